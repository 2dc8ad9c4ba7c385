#!/usr/bin/env python3
"""Validate the two JSONL files and print counts. Usage: python3 validate.py [> validate_output.txt]"""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KINDS = ["name", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health-plan", "account", "license",
         "address", "zip", "url", "ip", "vehicle", "device", "card", "iban"]
IBAN_LEN = {"AD": 24, "AE": 23, "AT": 20, "BE": 16, "BR": 29, "CH": 21, "CZ": 24, "DE": 22, "DK": 18, "EE": 20,
            "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IT": 27,
            "LT": 20, "LU": 20, "LV": 21, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PT": 25, "RO": 24, "RS": 22,
            "SA": 24, "SE": 24, "TR": 26}
errors = []


def err(f, i, msg):
    errors.append("%s line %d: %s" % (f, i, msg))


def luhn_ok(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_ok(s):
    c = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c):
        return False, "bad shape"
    if c[:2] in IBAN_LEN and len(c) != IBAN_LEN[c[:2]]:
        return False, "length %d != %d" % (len(c), IBAN_LEN[c[:2]])
    num = "".join(str(int(ch, 36)) for ch in c[4:] + c[:4])
    return int(num) % 97 == 1, "mod97"


def load(fname):
    recs = []
    with open(os.path.join(OUT, fname), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                err(fname, i, "JSON: %s" % e)
                continue
            if set(r) != {"text", "phi"} or not isinstance(r["text"], str) or not isinstance(r["phi"], list):
                err(fname, i, "bad record shape")
                continue
            recs.append((i, r))
    return recs


def check(fname, recs, clean):
    kinds = collections.Counter()
    for i, r in recs:
        t = r["text"]
        if any(ord(ch) > 0xFFFF for ch in t):
            err(fname, i, "non-BMP character")
        if not t.strip():
            err(fname, i, "empty text")
        if clean:
            if r["phi"]:
                err(fname, i, "clean record has spans")
            continue
        if not r["phi"]:
            err(fname, i, "identifier record without spans")
        prev_end = -1
        for s in sorted(r["phi"], key=lambda s: (s["start"], s["end"])):
            k, a, b = s.get("kind"), s.get("start"), s.get("end")
            if k not in KINDS:
                err(fname, i, "unknown kind %r" % k)
            if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(t)):
                err(fname, i, "offsets out of range %r" % s)
                continue
            if a < prev_end:
                err(fname, i, "overlapping spans at %d" % a)
            prev_end = b
            v = t[a:b]
            if v != v.strip():
                err(fname, i, "whitespace at span edge %r" % v)
            kinds[k] += 1
            if k == "card":
                d = re.sub(r"\D", "", v)
                if not (13 <= len(d) <= 19) or not luhn_ok(d):
                    err(fname, i, "card fails Luhn/length %r" % v)
            elif k == "iban":
                ok, why = iban_ok(v)
                if not ok:
                    err(fname, i, "IBAN fails %s %r" % (why, v))
            elif k == "age":
                if not v.isdigit() or int(v) < 90:
                    err(fname, i, "age span not a number >= 90: %r" % v)
    return kinds


ids = load("international-identifiers.jsonl")
clean = load("clean-case-sentences.jsonl")
kinds = check("international-identifiers.jsonl", ids, False)
check("clean-case-sentences.jsonl", clean, True)
seen = {}
for fname, recs in (("international-identifiers.jsonl", ids), ("clean-case-sentences.jsonl", clean)):
    for i, r in recs:
        key = r["text"]
        if key in seen:
            err(fname, i, "duplicate text (also %s)" % seen[key])
        seen[key] = "%s line %d" % (fname, i)

print("international-identifiers.jsonl records:", len(ids))
print("clean-case-sentences.jsonl records:", len(clean))
print("spans total:", sum(kinds.values()))
print("spans per kind:")
for k in KINDS:
    print("  %-12s %d" % (k, kinds[k]))
missing = [k for k in KINDS if kinds[k] == 0]
if missing:
    errors.append("kinds with no spans: %s" % missing)
print("errors:", len(errors))
for e in errors:
    print("  " + e)
print("RESULT:", "PASS" if not errors else "FAIL")
sys.exit(1 if errors else 0)
