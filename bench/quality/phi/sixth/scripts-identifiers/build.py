#!/usr/bin/env python3
"""Markup -> jsonl. Source lines: one record per line, identifiers as [[kind|text]].
In card spans a trailing '#' is replaced by the computed Luhn check digit; in iban spans
'##' after the country code is replaced by the computed ISO 13616 mod-97 check digits."""
import json, re, glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MARK = re.compile(r"\[\[([a-z-]+)\|(.*?)\]\]")

def luhn_digit(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    return str((10 - s % 10) % 10)

def iban_fill(txt):
    compact = txt.replace(" ", "")
    cc, bban = compact[:2], compact[4:]
    num = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    chk = 98 - int(num) % 97
    return txt.replace("##", "%02d" % chk, 1)

def fill(kind, txt):
    if kind == "card" and "#" in txt:
        body = re.sub(r"\D", "", txt.replace("#", ""))
        txt = txt.replace("#", luhn_digit(body))
    if kind == "iban" and "##" in txt:
        txt = iban_fill(txt)
    return txt

def parse(line):
    out, spans, pos = [], [], 0
    cur = 0
    for m in MARK.finditer(line):
        out.append(line[pos:m.start()]); cur += m.start() - pos
        kind, txt = m.group(1), fill(m.group(1), m.group(2))
        spans.append({"kind": kind, "start": cur, "end": cur + len(txt)})
        out.append(txt); cur += len(txt); pos = m.end()
    out.append(line[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text, line
    return {"text": text, "phi": spans}

def build(pattern, dest):
    recs = []
    for fn in sorted(glob.glob(os.path.join(HERE, "src", pattern))):
        with open(fn, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("%%"):
                    continue
                recs.append(parse(line))
    with open(os.path.join(OUT, dest), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(dest, len(recs))

if __name__ == "__main__":
    build("ids_*.txt", "international-identifiers.jsonl")
    build("clean_*.txt", "clean-case-sentences.jsonl")
