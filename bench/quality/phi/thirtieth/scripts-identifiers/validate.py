#!/usr/bin/env python3
"""Validate the two JSONL files; print counts."""
import json, os, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KINDS = {"name", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health-plan", "account",
         "license", "address", "zip", "url", "ip", "vehicle", "device", "card", "iban"}
IBAN_LEN = {"AD": 24, "AE": 23, "AT": 20, "BE": 16, "BG": 22, "BR": 29, "CH": 21, "CY": 28, "CZ": 24,
            "DE": 22, "DK": 18, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GR": 27,
            "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IS": 26, "IT": 27, "JO": 30, "LB": 28, "LT": 20,
            "LU": 20, "LV": 21, "MA": 28, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28,
            "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SE": 24, "SI": 19, "SK": 24, "TN": 24,
            "TR": 26, "UA": 29}


def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0 and 13 <= len(d) <= 19


def iban_ok(s):
    c = s.replace(" ", "")
    if not c[:2].isalpha() or not c[2:4].isdigit():
        return False
    if c[:2] in IBAN_LEN and len(c) != IBAN_LEN[c[:2]]:
        return False
    num = "".join(str(int(ch, 36)) for ch in c[4:] + c[:4])
    return int(num) % 97 == 1


def main():
    errors = []
    texts = collections.Counter()
    kinds = collections.Counter()
    recs = {}
    for fname, must_have in (("international-identifiers.jsonl", True), ("clean-case-sentences.jsonl", False)):
        n = 0
        with open(os.path.join(OUT, fname), encoding="utf-8") as f:
            for ln_no, ln in enumerate(f, 1):
                where = "%s:%d" % (fname, ln_no)
                try:
                    r = json.loads(ln)
                except Exception as e:
                    errors.append("%s bad json %s" % (where, e)); continue
                n += 1
                t, phi = r.get("text"), r.get("phi")
                if not isinstance(t, str) or not isinstance(phi, list) or set(r) != {"text", "phi"}:
                    errors.append("%s bad shape" % where); continue
                if any(ord(ch) > 0xFFFF for ch in t):
                    errors.append("%s non-BMP char" % where)
                if not t.strip():
                    errors.append("%s empty text" % where)
                texts[t] += 1
                if must_have and not phi:
                    errors.append("%s no spans" % where)
                if not must_have and phi:
                    errors.append("%s clean record has spans" % where)
                last_end = -1
                for s in sorted(phi, key=lambda s: (s.get("start", -1), s.get("end", -1))):
                    k, a, b = s.get("kind"), s.get("start"), s.get("end")
                    if k not in KINDS:
                        errors.append("%s unknown kind %r" % (where, k)); continue
                    if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(t)):
                        errors.append("%s offsets out of range %r" % (where, s)); continue
                    if a < last_end:
                        errors.append("%s overlap at %d" % (where, a))
                    last_end = b
                    v = t[a:b]
                    if v != v.strip():
                        errors.append("%s whitespace at span edge %r" % (where, v))
                    if k == "card" and not luhn_ok(v):
                        errors.append("%s card fails Luhn %r" % (where, v))
                    if k == "iban" and not iban_ok(v):
                        errors.append("%s IBAN fails mod-97/length %r" % (where, v))
                    if k == "age" and not (v.isdigit() and int(v) >= 90):
                        errors.append("%s age not a number >= 90 %r" % (where, v))
                    kinds[k] += 1
        recs[fname] = n
    for t, c in texts.items():
        if c > 1:
            errors.append("duplicate text x%d: %r" % (c, t[:80]))
    print("records:")
    for k, v in recs.items():
        print("  %-36s %d" % (k, v))
    print("spans per kind (identifier file):")
    for k in sorted(KINDS):
        print("  %-12s %d" % (k, kinds[k]))
    print("  %-12s %d" % ("TOTAL", sum(kinds.values())))
    print("errors: %d" % len(errors))
    for e in errors:
        print("  " + e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
