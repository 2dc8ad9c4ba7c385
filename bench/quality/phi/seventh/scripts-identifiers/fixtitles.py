# moves honorifics out of name spans in source files (convention: titles stay outside)
import re, sys
T = r"(Dr\.?|Dre\.?|Mrs\.?|Mr\.?|Ms\.?|Nurse|Rev\.?|Prof\.?|Sgt\.?|Fr\.?|Sra\.?|Sr\.?|Herr|Frau|Pani|Pan|Sig\.?|Sig\.ra|M\.|Mme|Dhr\.|mw\.|Meneer|Whaea|Aunty|Auntie|Uncle|Abuela|Abuelita|Mama|Nana|Pfarrer|Schwester|dr\.?)"
for p in sys.argv[1:]:
    s = open(p, encoding="utf-8").read()
    s2 = re.sub(r"\[\[name\|" + T + r" ", r"\1 [[name|", s)
    open(p, "w", encoding="utf-8").write(s2)
