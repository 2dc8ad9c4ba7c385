#!/usr/bin/env python3
"""Validate the two JSONL files; prints counts per kind."""
import json, os, re, sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"name", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health-plan", "account",
         "license", "address", "zip", "url", "ip", "vehicle", "device", "card", "iban"}
IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "GB": 22, "IE": 22, "PL": 28,
            "SE": 24, "NO": 15, "DK": 18, "FI": 18, "PT": 25, "AT": 20, "CH": 21, "TR": 26, "SA": 24,
            "AE": 23, "IL": 23, "GR": 27, "HR": 21, "RO": 24, "LT": 20, "EE": 20, "HU": 28, "CZ": 24,
            "BR": 29, "PK": 24, "LU": 20, "LV": 21, "SI": 19, "SK": 24, "BG": 22, "JO": 30, "QA": 29,
            "EG": 29, "MU": 30, "TN": 24, "CY": 28, "MT": 31, "IS": 26, "LB": 28, "KW": 30, "BH": 22}
errors = []


def err(msg):
    errors.append(msg)


def luhn_ok(d):
    total = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def iban_ok(s):
    c = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c):
        return False, "format"
    if c[:2] in IBAN_LEN and len(c) != IBAN_LEN[c[:2]]:
        return False, "length %d for %s" % (len(c), c[:2])
    r = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1, "mod97"


def load(name):
    recs = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                recs.append((n, json.loads(line)))
            except Exception as e:
                err("%s:%d JSON error %s" % (name, n, e))
    return recs


ids = load("international-identifiers.jsonl")
clean = load("clean-case-sentences.jsonl")
kinds = Counter()
seen = {}
for fname, recs, must_have in (("international-identifiers.jsonl", ids, True),
                               ("clean-case-sentences.jsonl", clean, False)):
    for n, r in recs:
        where = "%s:%d" % (fname, n)
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err(where + " empty text")
            continue
        if any(ord(c) > 0xFFFF for c in t):
            err(where + " non-BMP character")
        if t in seen:
            err(where + " duplicate text of " + seen[t])
        seen[t] = where
        phi = r.get("phi")
        if not isinstance(phi, list):
            err(where + " phi not a list")
            continue
        if must_have and not phi:
            err(where + " no spans")
        if not must_have and phi:
            err(where + " clean record has spans")
        last_end = -1
        for s in sorted(phi, key=lambda s: (s["start"], s["end"])):
            k, a, b = s.get("kind"), s.get("start"), s.get("end")
            if k not in KINDS:
                err("%s unknown kind %r" % (where, k))
            if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(t)):
                err("%s bad offsets %r" % (where, s))
                continue
            if a < last_end:
                err("%s overlapping span %r" % (where, s))
            last_end = b
            v = t[a:b]
            if v != v.strip():
                err("%s whitespace at span edge %r" % (where, v))
            kinds[k] += 1
            if k == "card":
                d = re.sub(r"[ \-]", "", v)
                if not d.isdigit() or not 13 <= len(d) <= 19 or not luhn_ok(d):
                    err("%s card fails Luhn/length %r" % (where, v))
            if k == "iban":
                ok, why = iban_ok(v)
                if not ok:
                    err("%s iban fails %s %r" % (where, why, v))
            if k == "age":
                if not v.isdigit() or int(v) < 90:
                    err("%s age not a number >= 90: %r" % (where, v))

lines = []
lines.append("international-identifiers.jsonl: %d records" % len(ids))
lines.append("clean-case-sentences.jsonl: %d records" % len(clean))
lines.append("spans total: %d" % sum(kinds.values()))
for k in sorted(KINDS):
    lines.append("  %-12s %d" % (k, kinds[k]))
lines.append("errors: %d" % len(errors))
lines.extend("  " + e for e in errors)
print("\n".join(lines))
sys.exit(1 if errors else 0)
