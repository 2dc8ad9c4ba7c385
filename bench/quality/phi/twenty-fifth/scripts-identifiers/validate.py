#!/usr/bin/env python3
"""Validate the two JSONL files; prints counts per kind and any errors."""
import json, os, re, sys, collections

KINDS = {"name", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health-plan", "account",
         "license", "address", "zip", "url", "ip", "vehicle", "device", "card", "iban"}
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def luhn_ok(s):
    d = re.sub(r"\D", "", s)
    if not (13 <= len(d) <= 19) or re.search(r"[^\d \-]", s):
        return False
    tot = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def iban_ok(s):
    c = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", c):
        return False
    r = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def utf16len(s):
    return len(s.encode("utf-16-le")) // 2


def main():
    errors = []
    seen = {}
    counts = collections.Counter()
    nrec = {}
    for fn, clean in (("international-identifiers.jsonl", False), ("clean-case-sentences.jsonl", True)):
        n = 0
        with open(os.path.join(OUT, fn), encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                where = "%s:%d" % (fn, i)
                try:
                    rec = json.loads(line)
                except Exception as e:
                    errors.append("%s JSON error %s" % (where, e)); continue
                n += 1
                t, phi = rec.get("text"), rec.get("phi")
                if not isinstance(t, str) or not isinstance(phi, list) or set(rec) != {"text", "phi"}:
                    errors.append("%s bad structure" % where); continue
                if utf16len(t) != len(t):
                    errors.append("%s non-BMP character" % where)
                if t in seen:
                    errors.append("%s duplicate text (also %s)" % (where, seen[t]))
                seen[t] = where
                if clean:
                    if phi:
                        errors.append("%s clean record has spans" % where)
                    continue
                if not phi:
                    errors.append("%s identifier record without spans" % where)
                prev_end = -1
                for sp in sorted(phi, key=lambda s: (s["start"], s["end"])):
                    k, a, b = sp.get("kind"), sp.get("start"), sp.get("end")
                    if k not in KINDS:
                        errors.append("%s unknown kind %r" % (where, k)); continue
                    if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(t)):
                        errors.append("%s offsets out of range %r" % (where, sp)); continue
                    if a < prev_end:
                        errors.append("%s overlapping spans" % where)
                    prev_end = b
                    v = t[a:b]
                    if v != v.strip():
                        errors.append("%s whitespace at span edge %r" % (where, v))
                    if k == "card" and not luhn_ok(v):
                        errors.append("%s card fails Luhn %r" % (where, v))
                    if k == "iban" and not iban_ok(v):
                        errors.append("%s IBAN fails mod-97 %r" % (where, v))
                    if k == "age" and not (v.isdigit() and int(v) >= 90):
                        errors.append("%s age span not >= 90: %r" % (where, v))
                    counts[k] += 1
        nrec[fn] = n
    for fn, n in nrec.items():
        print("%s: %d records" % (fn, n))
    print("spans total: %d" % sum(counts.values()))
    for k in sorted(KINDS):
        print("  %-12s %d" % (k, counts[k]))
    if errors:
        print("ERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: no errors")


if __name__ == "__main__":
    main()
