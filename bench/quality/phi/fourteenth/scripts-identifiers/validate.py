#!/usr/bin/env python3
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KINDS = {"name", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health-plan", "account",
         "license", "address", "zip", "url", "ip", "vehicle", "device", "card", "iban"}
IBAN_LEN = {"AD": 24, "AE": 23, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22,
            "DK": 18, "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21, "HU": 28,
            "IE": 22, "IL": 23, "IS": 26, "IT": 27, "LT": 20, "LU": 20, "LV": 21, "MT": 31, "NL": 18,
            "NO": 15, "PL": 28, "PT": 25, "RO": 24, "RS": 22, "SA": 24, "SE": 24, "SI": 19, "SK": 24,
            "TR": 26, "QA": 29, "JO": 30, "EG": 29, "MA": 28, "TN": 24, "BR": 29, "KW": 30, "LB": 28}


def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if not 13 <= len(d) <= 19:
        return False
    t = 0
    for i, n in enumerate(reversed(d)):
        if i % 2:
            n *= 2
            n -= 9 if n > 9 else 0
        t += n
    return t % 10 == 0


def iban_ok(s):
    c = re.sub(r"\s", "", s)
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c):
        return False
    if IBAN_LEN.get(c[:2]) != len(c):
        return False
    r = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def main():
    errors, seen = [], {}
    kinds = collections.Counter()
    counts = {}
    for fname, clean in (("international-identifiers.jsonl", False), ("clean-case-sentences.jsonl", True)):
        n = 0
        with open(os.path.join(OUT, fname), encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                where = "%s:%d" % (fname, ln)
                try:
                    rec = json.loads(line)
                except Exception as e:
                    errors.append("%s bad json %s" % (where, e)); continue
                n += 1
                text, phi = rec.get("text"), rec.get("phi")
                if not isinstance(text, str) or not isinstance(phi, list) or set(rec) != {"text", "phi"}:
                    errors.append(where + " bad shape"); continue
                if any(ord(ch) > 0xFFFF for ch in text):
                    errors.append(where + " non-BMP character")
                key = text.strip()
                if key in seen:
                    errors.append("%s duplicate of %s" % (where, seen[key]))
                seen[key] = where
                if clean:
                    if phi:
                        errors.append(where + " clean record has spans")
                    continue
                if not phi:
                    errors.append(where + " no spans")
                prev_end = -1
                for sp in sorted(phi, key=lambda s: s["start"]):
                    k, s, e = sp.get("kind"), sp.get("start"), sp.get("end")
                    if k not in KINDS:
                        errors.append("%s unknown kind %r" % (where, k)); continue
                    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                        errors.append("%s bad offsets %r" % (where, sp)); continue
                    if s < prev_end:
                        errors.append("%s overlap at %d" % (where, s))
                    prev_end = e
                    val = text[s:e]
                    if val != val.strip():
                        errors.append("%s whitespace at edge %r" % (where, val))
                    if k == "card" and not luhn_ok(val):
                        errors.append("%s card fails Luhn %r" % (where, val))
                    if k == "iban" and not iban_ok(val):
                        errors.append("%s iban fails mod-97/length %r" % (where, val))
                    if k == "age":
                        if not val.isdigit() or int(val) < 90:
                            errors.append("%s age not a number >= 90 %r" % (where, val))
                    kinds[k] += 1
        counts[fname] = n
    lines = []
    for fname, n in counts.items():
        lines.append("%s: %d records" % (fname, n))
    lines.append("spans per kind (international-identifiers.jsonl):")
    for k in sorted(KINDS):
        lines.append("  %-12s %d" % (k, kinds[k]))
    lines.append("  %-12s %d" % ("TOTAL", sum(kinds.values())))
    lines.append("errors: %d" % len(errors))
    lines.extend("  " + e for e in errors[:200])
    out = "\n".join(lines) + "\n"
    sys.stdout.write(out)
    with open(os.path.join(HERE, "validate_output.txt"), "w", encoding="utf-8") as f:
        f.write(out)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
