#!/usr/bin/env python3
import json, sys, pathlib, collections, re

OUT = pathlib.Path(__file__).resolve().parent.parent
KINDS = {"name", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health-plan", "account", "license",
         "address", "zip", "url", "ip", "vehicle", "device", "card", "iban"}
IBAN_LEN = {"AD": 24, "AE": 23, "AT": 20, "BE": 16, "BG": 22, "BH": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22,
            "DK": 18, "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21, "HU": 28, "IE": 22,
            "IL": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "LB": 28, "LT": 20, "LU": 20, "LV": 21, "MT": 31,
            "NL": 18, "NO": 15, "PL": 28, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SE": 24, "SI": 19,
            "SK": 24, "TN": 24, "TR": 26, "MC": 27, "EG": 29, "BA": 20, "ME": 22, "MK": 19, "AL": 28, "GE": 22,
            "UA": 29, "BR": 29, "MU": 30, "PK": 24, "JO": 30}

def luhn_ok(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0

def iban_ok(s):
    c = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c):
        return False, "format"
    if c[:2] in IBAN_LEN and len(c) != IBAN_LEN[c[:2]]:
        return False, "length %d != %d" % (len(c), IBAN_LEN[c[:2]])
    r = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1, "mod97"

def main():
    errors, texts = [], {}
    counts = collections.Counter()
    nrec = {}
    for fname, clean in (("international-identifiers.jsonl", False), ("clean-case-sentences.jsonl", True)):
        n = 0
        for ln, line in enumerate(open(OUT / fname, encoding="utf-8"), 1):
            where = "%s:%d" % (fname, ln)
            try:
                r = json.loads(line)
            except Exception as e:
                errors.append("%s: bad json %s" % (where, e)); continue
            n += 1
            t, phi = r.get("text"), r.get("phi")
            if not isinstance(t, str) or not isinstance(phi, list) or set(r) != {"text", "phi"}:
                errors.append(where + ": bad shape"); continue
            if any(ord(ch) > 0xFFFF for ch in t):
                errors.append(where + ": non-BMP char")
            if "[[" in t or "]]" in t:
                errors.append(where + ": leftover markup")
            if t != t.strip() or not t:
                errors.append(where + ": text edge whitespace/empty")
            if t in texts:
                errors.append("%s: duplicate text (also %s)" % (where, texts[t]))
            texts[t] = where
            if clean and phi:
                errors.append(where + ": clean record has spans")
            if not clean and not phi:
                errors.append(where + ": identifier record without spans")
            prev_end = -1
            for s in sorted(phi, key=lambda s: (s.get("start", 0), s.get("end", 0))):
                k, a, b = s.get("kind"), s.get("start"), s.get("end")
                if k not in KINDS:
                    errors.append("%s: unknown kind %r" % (where, k)); continue
                if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(t)):
                    errors.append("%s: offsets out of range %r" % (where, s)); continue
                if a < prev_end:
                    errors.append("%s: overlap at %d" % (where, a))
                prev_end = b
                v = t[a:b]
                if v != v.strip():
                    errors.append("%s: whitespace at span edge %r" % (where, v))
                if k == "card":
                    d = re.sub(r"[ -]", "", v)
                    if not d.isdigit() or not 13 <= len(d) <= 19 or not luhn_ok(d):
                        errors.append("%s: card fails Luhn/length %r" % (where, v))
                if k == "iban":
                    ok, why = iban_ok(v)
                    if not ok:
                        errors.append("%s: iban fails %s %r" % (where, why, v))
                if k == "age":
                    if not v.isdigit() or int(v) < 90:
                        errors.append("%s: age span not a number >= 90 %r" % (where, v))
                counts[k] += 1
        nrec[fname] = n
    lines = []
    for f, n in nrec.items():
        lines.append("%s: %d records" % (f, n))
    lines.append("spans total: %d" % sum(counts.values()))
    for k in sorted(KINDS):
        lines.append("  %-12s %d" % (k, counts[k]))
    lines.append("errors: %d" % len(errors))
    lines += ["  " + e for e in errors]
    print("\n".join(lines))
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
