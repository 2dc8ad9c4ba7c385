#!/usr/bin/env python3
"""Validate the two JSONL files. Prints errors, warnings and counts; exit 1 if any error."""
import json, os, re, sys, collections

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"name", "date", "address", "zip", "phone", "fax", "email", "url", "ip", "ssn", "mrn",
         "health-plan", "account", "license", "vehicle", "device", "card", "iban", "age"}
IBAN_LEN = {"AT": 20, "BE": 16, "BR": 29, "CH": 21, "CZ": 24, "DE": 22, "DK": 18, "ES": 24, "FI": 18,
            "FR": 27, "GB": 22, "GR": 27, "HU": 28, "IE": 22, "IL": 23, "IT": 27, "NL": 18, "NO": 15,
            "PL": 28, "PT": 25, "RO": 24, "SA": 24, "SE": 24, "TR": 26, "AE": 23}
WEEKDAYS = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(lunes|martes|montag|freitag|lundi|jeudi)\b", re.I)
TITLES = re.compile(r"^(dr|dr\.|mr|mr\.|mrs|mrs\.|ms|ms\.|prof|prof\.|miss|officer|dra\.|dott\.)\s", re.I)

def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0

def iban_ok(v):
    s = re.sub(r"\s", "", v).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False, "format"
    want = IBAN_LEN.get(s[:2])
    if want and len(s) != want:
        return False, "length %d != %d" % (len(s), want)
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1, "mod97"

def main():
    errors, warnings = [], []
    seen = {}
    kind_counts = collections.Counter()
    files = {"international-identifiers.jsonl": 380, "clean-case-sentences.jsonl": 330}
    n_records = {}
    for fn, minimum in files.items():
        path = os.path.join(ROOT, fn)
        n = 0
        with open(path, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                where = "%s:%d" % (fn, ln)
                try:
                    rec = json.loads(line)
                except Exception as e:
                    errors.append("%s JSON error %s" % (where, e)); continue
                n += 1
                if set(rec) != {"text", "phi"}:
                    errors.append("%s unexpected keys %s" % (where, sorted(rec)))
                text, phi = rec.get("text"), rec.get("phi")
                if not isinstance(text, str) or not text.strip():
                    errors.append("%s empty text" % where); continue
                if any(ord(c) > 0xFFFF for c in text):
                    errors.append("%s character outside BMP" % where)
                if text in seen:
                    errors.append("%s duplicate text (first at %s)" % (where, seen[text]))
                seen[text] = where
                if fn.startswith("clean") and phi:
                    errors.append("%s clean record has spans" % where)
                last_end = -1
                for sp in sorted(phi, key=lambda s: (s.get("start", -1), s.get("end", -1))):
                    k, a, b = sp.get("kind"), sp.get("start"), sp.get("end")
                    if k not in KINDS:
                        errors.append("%s unknown kind %r" % (where, k))
                    if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(text)):
                        errors.append("%s bad offsets %r" % (where, sp)); continue
                    if a < last_end:
                        errors.append("%s overlapping span at %d" % (where, a))
                    last_end = b
                    v = text[a:b]
                    if v != v.strip():
                        errors.append("%s span has outer whitespace %r" % (where, v))
                    kind_counts[k] += 1
                    if k == "card":
                        d = re.sub(r"[ \-]", "", v)
                        if not d.isdigit() or not 13 <= len(d) <= 19:
                            errors.append("%s card not 13-19 digits %r" % (where, v))
                        elif not luhn_ok(d):
                            errors.append("%s card fails Luhn %r" % (where, v))
                    elif k == "iban":
                        ok, why = iban_ok(v)
                        if not ok:
                            errors.append("%s IBAN fails %s %r" % (where, why, v))
                    elif k == "age":
                        if not v.isdigit() or int(v) < 90:
                            errors.append("%s age span not a number >= 90 %r" % (where, v))
                    elif k == "date":
                        if WEEKDAYS.search(v):
                            warnings.append("%s weekday inside date span %r" % (where, v))
                        if re.fullmatch(r"\d{4}", v) or re.fullmatch(r"[A-Za-z]+\.? \d{4}", v):
                            errors.append("%s bare year or month+year labelled as date %r" % (where, v))
                    elif k == "name":
                        if TITLES.match(v):
                            errors.append("%s title inside name span %r" % (where, v))
                    elif k == "email" and "@" not in v:
                        errors.append("%s email without @ %r" % (where, v))
        n_records[fn] = n
        if n < minimum:
            errors.append("%s has %d records, fewer than %d" % (fn, n, minimum))
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    total = sum(kind_counts.values())
    print("records:", n_records)
    print("spans:", total)
    for k in sorted(KINDS, key=lambda k: -kind_counts[k]):
        print("  %-12s %4d  %5.1f%%" % (k, kind_counts[k], 100.0 * kind_counts[k] / max(total, 1)))
    print("errors:", len(errors), "warnings:", len(warnings))
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
