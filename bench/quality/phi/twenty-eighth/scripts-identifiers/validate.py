#!/usr/bin/env python3
"""Validate the two JSONL files. Prints counts; exits non-zero on any error."""
import json, os, re, sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"name", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health-plan", "account",
         "license", "address", "zip", "url", "ip", "vehicle", "device", "card", "iban"}
IBAN_LEN = {"AT": 20, "BE": 16, "CH": 21, "CZ": 24, "DE": 22, "DK": 18, "EE": 20, "ES": 24, "FI": 18,
            "FR": 27, "GB": 22, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IT": 27, "LT": 20,
            "LU": 20, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SA": 24, "SE": 24, "TR": 26,
            "AE": 23}
TITLES = re.compile(r"^(Dr|Mr|Mrs|Ms|Mme|M|Sr|Sra|Herr|Frau|Pastor|Sgt|SGT|Spc|Prof|Dott|Smt)\.?\s", re.I)
errors, warnings = [], []


def luhn_ok(d):
    total = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def iban_ok(s):
    c = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c):
        return False, "format"
    if c[:2] in IBAN_LEN and len(c) != IBAN_LEN[c[:2]]:
        return False, "length %d" % len(c)
    num = "".join(str(int(ch, 36)) for ch in c[4:] + c[:4])
    return int(num) % 97 == 1, "mod97"


def load(name):
    recs = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for i, ln in enumerate(f, 1):
            try:
                r = json.loads(ln)
            except Exception as e:
                errors.append("%s:%d JSON error %s" % (name, i, e))
                continue
            if set(r) != {"text", "phi"} or not isinstance(r["text"], str) or not isinstance(r["phi"], list):
                errors.append("%s:%d bad keys/types" % (name, i))
                continue
            recs.append((i, r))
    return recs


def check_record(name, i, r, kinds):
    t = r["text"]
    if any(ord(c) > 0xFFFF for c in t):
        errors.append("%s:%d non-BMP character" % (name, i))
    if len(t.encode("utf-16-le")) // 2 != len(t):
        errors.append("%s:%d utf-16 length mismatch" % (name, i))
    if t != t.strip() or not t:
        errors.append("%s:%d text has edge whitespace or is empty" % (name, i))
    prev_end = -1
    for sp in sorted(r["phi"], key=lambda s: (s.get("start", -1), s.get("end", -1))):
        if set(sp) != {"kind", "start", "end"}:
            errors.append("%s:%d span keys %s" % (name, i, sp)); continue
        k, s, e = sp["kind"], sp["start"], sp["end"]
        if k not in KINDS:
            errors.append("%s:%d unknown kind %s" % (name, i, k))
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(t)):
            errors.append("%s:%d offsets out of range %s" % (name, i, sp)); continue
        if s < prev_end:
            errors.append("%s:%d overlapping spans at %d" % (name, i, s))
        prev_end = e
        v = t[s:e]
        if v != v.strip():
            errors.append("%s:%d whitespace at span edge %r" % (name, i, v))
        kinds[k] += 1
        if k == "card":
            d = re.sub(r"[ -]", "", v)
            if not d.isdigit() or not 13 <= len(d) <= 19 or not luhn_ok(d):
                errors.append("%s:%d card fails %r" % (name, i, v))
        elif k == "iban":
            ok, why = iban_ok(v)
            if not ok:
                errors.append("%s:%d iban fails (%s) %r" % (name, i, why, v))
        elif k == "age":
            if not v.isdigit() or int(v) < 90:
                errors.append("%s:%d age not a number >= 90: %r" % (name, i, v))
        elif k == "name" and TITLES.match(v):
            errors.append("%s:%d title inside name span %r" % (name, i, v))
        if v[-1] in ",;:" or v[0] in ",;:.":
            warnings.append("%s:%d span edge punctuation %r" % (name, i, v))


ids = load("international-identifiers.jsonl")
clean = load("clean-case-sentences.jsonl")
kinds = Counter()
for i, r in ids:
    if not r["phi"]:
        errors.append("international-identifiers.jsonl:%d has no spans" % i)
    check_record("international-identifiers.jsonl", i, r, kinds)
for i, r in clean:
    if r["phi"]:
        errors.append("clean-case-sentences.jsonl:%d has spans" % i)
    check_record("clean-case-sentences.jsonl", i, r, Counter())
texts = Counter(r["text"] for _, r in ids + clean)
for t, n in texts.items():
    if n > 1:
        errors.append("duplicate text (%d times): %s" % (n, t[:80]))

print("international-identifiers.jsonl records:", len(ids))
print("clean-case-sentences.jsonl records:", len(clean))
print("spans total:", sum(kinds.values()))
print("spans per kind:")
for k in sorted(KINDS):
    print("  %-12s %d" % (k, kinds[k]))
for w in warnings:
    print("WARNING", w)
for e in errors:
    print("ERROR", e)
print("RESULT:", "FAIL (%d errors)" % len(errors) if errors else "PASS")
sys.exit(1 if errors else 0)
