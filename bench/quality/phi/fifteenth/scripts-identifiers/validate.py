#!/usr/bin/env python3
"""Validate the two JSONL outputs; prints counts and any errors."""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KINDS = {"name", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health-plan", "account",
         "license", "address", "zip", "url", "ip", "vehicle", "device", "card", "iban"}


def luhn_ok(s):
    d = re.sub(r"\D", "", s)
    if not 13 <= len(d) <= 19 or re.search(r"[^\d \-]", s):
        return False
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def iban_ok(s):
    c = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", c):
        return False
    r = c[4:] + c[:4]
    return int("".join(str(int(x, 36)) for x in r)) % 97 == 1


def main():
    errors = []
    texts = collections.Counter()
    kinds = collections.Counter()
    nrec = {}
    for fname, must_have_spans in (("international-identifiers.jsonl", True), ("clean-case-sentences.jsonl", False)):
        n = 0
        with open(os.path.join(OUT, fname), encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                where = "%s:%d" % (fname, ln)
                try:
                    rec = json.loads(line)
                except Exception as e:
                    errors.append("%s bad JSON %s" % (where, e)); continue
                n += 1
                if set(rec) != {"text", "phi"}:
                    errors.append("%s keys %s" % (where, sorted(rec)))
                t, phi = rec.get("text", ""), rec.get("phi", [])
                if not isinstance(t, str) or not t.strip():
                    errors.append("%s empty text" % where)
                if any(ord(ch) > 0xFFFF for ch in t):
                    errors.append("%s non-BMP character" % where)
                if t != t.strip():
                    errors.append("%s text has edge whitespace" % where)
                texts[t] += 1
                if must_have_spans and not phi:
                    errors.append("%s no spans" % where)
                if not must_have_spans and phi:
                    errors.append("%s clean record has spans" % where)
                last_end = -1
                for sp in sorted(phi, key=lambda s: (s["start"], s["end"])):
                    k, a, b = sp.get("kind"), sp.get("start"), sp.get("end")
                    if k not in KINDS:
                        errors.append("%s unknown kind %r" % (where, k)); continue
                    if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(t)):
                        errors.append("%s bad offsets %r" % (where, sp)); continue
                    if a < last_end:
                        errors.append("%s overlapping spans at %d" % (where, a))
                    last_end = b
                    s = t[a:b]
                    if s != s.strip():
                        errors.append("%s whitespace at span edge %r" % (where, s))
                    if k == "card" and not luhn_ok(s):
                        errors.append("%s card fails Luhn %r" % (where, s))
                    if k == "iban" and not iban_ok(s):
                        errors.append("%s IBAN fails mod-97 %r" % (where, s))
                    if k == "age" and not (s.isdigit() and int(s) >= 90):
                        errors.append("%s age not a number >= 90: %r" % (where, s))
                    kinds[k] += 1
        nrec[fname] = n
    for t, c in texts.items():
        if c > 1:
            errors.append("duplicate text x%d: %s" % (c, t[:80]))
    for fname, n in nrec.items():
        print("%s: %d records" % (fname, n))
    print("spans by kind:")
    for k in sorted(KINDS):
        print("  %-12s %d" % (k, kinds[k]))
    print("  %-12s %d" % ("TOTAL", sum(kinds.values())))
    print("errors: %d" % len(errors))
    for e in errors:
        print("  " + e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
