#!/usr/bin/env python3
"""Validate the two JSONL files. Prints errors, warnings and counts; exit 1 on errors."""
import json, re, sys, pathlib, collections

OUT = pathlib.Path(__file__).resolve().parent.parent
KINDS = {"name","date","address","zip","phone","fax","email","url","ip","ssn","mrn","health-plan",
         "account","license","vehicle","device","card","iban","age"}
IBAN_LEN = {"GB":22,"IE":22,"DE":22,"FR":27,"ES":24,"PT":25,"IT":27,"NL":18,"BE":16,"CH":21,"AT":20,
            "SE":24,"NO":15,"DK":18,"FI":18,"PL":28,"CZ":24,"HU":28,"RO":24,"HR":21,"GR":27,"TR":26,
            "SA":24,"AE":23}
TITLES = re.compile(r"^(Dr|Dr\.|Dra\.|Mr|Mrs|Ms|Miss|Prof|Prof\.|Mme|Herr|Frau|Sr\.|Sra\.|Alhaji|Don|Doña)\s")
WEEKDAYS = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|lunes|martes|jeudi|mardi|dinsdag|venerdì|montag)\b", re.I)

def luhn_ok(num):
    d = [int(c) for c in num]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9: x -= 9
        s += x
    return s % 10 == 0

def iban_ok(v):
    c = v.replace(' ', '')
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c): return False, "format"
    if c[:2] in IBAN_LEN and len(c) != IBAN_LEN[c[:2]]: return False, "length %d" % len(c)
    r = c[4:] + c[:4]
    return int(''.join(str(int(ch, 36)) for ch in r)) % 97 == 1, "mod97"

def check(fname, must_be_clean, errors, warnings, seen):
    kinds = collections.Counter(); n = 0
    for ln, line in enumerate(open(OUT / fname, encoding='utf-8'), 1):
        where = f"{fname}:{ln}"
        try:
            rec = json.loads(line)
        except Exception as e:
            errors.append(f"{where} bad JSON {e}"); continue
        n += 1
        t = rec.get("text"); phi = rec.get("phi")
        if not isinstance(t, str) or not isinstance(phi, list):
            errors.append(f"{where} bad structure"); continue
        if set(rec) != {"text", "phi"}: errors.append(f"{where} extra keys")
        if any(ord(ch) > 0xFFFF for ch in t): errors.append(f"{where} non-BMP char")
        if t != t.strip() or not t: errors.append(f"{where} text whitespace/empty")
        if t in seen: errors.append(f"{where} duplicate text (also {seen[t]})")
        seen[t] = where
        if must_be_clean and phi: errors.append(f"{where} clean record has spans")
        prev_end = -1
        for sp in sorted(phi, key=lambda s: (s.get("start", 0), s.get("end", 0))):
            k, a, b = sp.get("kind"), sp.get("start"), sp.get("end")
            if k not in KINDS: errors.append(f"{where} unknown kind {k}")
            if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(t)):
                errors.append(f"{where} offsets out of range {sp}"); continue
            if a < prev_end: errors.append(f"{where} overlapping span {sp}")
            prev_end = b
            v = t[a:b]
            if v != v.strip(): errors.append(f"{where} whitespace at span edge {v!r}")
            if a > 0 and t[a-1].isalnum() and k not in ("name",) or b < len(t) and t[b].isalnum() and k not in ("name", "age"):
                warnings.append(f"{where} span {k} {v!r} touches alnum neighbour")
            if k == "card":
                digits = re.sub(r"[ -]", "", v)
                if not digits.isdigit() or not 13 <= len(digits) <= 19: errors.append(f"{where} card format {v!r}")
                elif not luhn_ok(digits): errors.append(f"{where} card Luhn fails {v!r}")
            if k == "iban":
                ok, why = iban_ok(v)
                if not ok: errors.append(f"{where} IBAN fails ({why}) {v!r}")
            if k == "age":
                if not v.isdigit() or int(v) < 90: errors.append(f"{where} age span not a number >= 90: {v!r}")
            if k == "name" and TITLES.match(v): errors.append(f"{where} title inside name span {v!r}")
            if k == "date":
                if WEEKDAYS.search(v): errors.append(f"{where} weekday inside date span {v!r}")
                if re.fullmatch(r"\d{4}", v): errors.append(f"{where} bare year as date {v!r}")
            kinds[k] += 1
    return n, kinds

def main():
    errors, warnings, seen = [], [], {}
    n1, k1 = check("international-identifiers.jsonl", False, errors, warnings, seen)
    n2, k2 = check("clean-case-sentences.jsonl", True, errors, warnings, seen)
    print(f"international-identifiers.jsonl: {n1} records, {sum(k1.values())} spans")
    for k, v in k1.most_common(): print(f"  {k:12s} {v}")
    print(f"clean-case-sentences.jsonl: {n2} records, 0 spans expected, {sum(k2.values())} found")
    for w in warnings: print("WARNING", w)
    for e in errors: print("ERROR", e)
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    if n1 < 380: print("ERROR too few identifier records"); errors.append(1)
    if n2 < 330: print("ERROR too few clean records"); errors.append(1)
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
