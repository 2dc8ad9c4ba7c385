#!/usr/bin/env python3
"""Validate the two JSONL files and print counts per kind."""
import json, os, re, sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"name", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health-plan", "account",
         "license", "address", "zip", "url", "ip", "vehicle", "device", "card", "iban"}
errors = []


def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if not 13 <= len(d) <= 19:
        return False
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def iban_ok(s):
    c = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", c):
        return False
    r = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def load(name):
    recs = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                recs.append((i, json.loads(line)))
            except Exception as e:
                errors.append(f"{name}:{i}: JSON error {e}")
    return recs


ids = load("international-identifiers.jsonl")
clean = load("clean-case-sentences.jsonl")
kinds = Counter()
seen = {}
for fname, recs, must_have in (("international-identifiers.jsonl", ids, True),
                               ("clean-case-sentences.jsonl", clean, False)):
    for i, r in recs:
        t = r.get("text")
        phi = r.get("phi")
        where = f"{fname}:{i}"
        if not isinstance(t, str) or not isinstance(phi, list):
            errors.append(f"{where}: bad shape"); continue
        if any(ord(ch) > 0xFFFF for ch in t):
            errors.append(f"{where}: non-BMP character")
        key = t.strip()
        if key in seen:
            errors.append(f"{where}: duplicate text of {seen[key]}")
        seen[key] = where
        if must_have and not phi:
            errors.append(f"{where}: no spans")
        if not must_have and phi:
            errors.append(f"{where}: clean record has spans")
        prev_end = -1
        for s in sorted(phi, key=lambda s: (s["start"], s["end"])):
            k, a, b = s.get("kind"), s.get("start"), s.get("end")
            if k not in KINDS:
                errors.append(f"{where}: unknown kind {k}")
            if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(t)):
                errors.append(f"{where}: offsets out of range {s}"); continue
            if a < prev_end:
                errors.append(f"{where}: overlap at {s}")
            prev_end = b
            v = t[a:b]
            if v != v.strip():
                errors.append(f"{where}: whitespace at span edge {v!r}")
            if k == "card" and not luhn_ok(v):
                errors.append(f"{where}: card fails Luhn {v!r}")
            if k == "iban" and not iban_ok(v):
                errors.append(f"{where}: IBAN fails mod-97 {v!r}")
            if k == "age":
                if not v.isdigit() or int(v) < 90:
                    errors.append(f"{where}: age span not a number >= 90 {v!r}")
            kinds[k] += 1

print(f"international-identifiers.jsonl records: {len(ids)}")
print(f"clean-case-sentences.jsonl records: {len(clean)}")
print(f"total spans: {sum(kinds.values())}")
for k in sorted(KINDS):
    print(f"  {k:12s} {kinds[k]}")
print(f"errors: {len(errors)}")
for e in errors:
    print("  " + e)
sys.exit(1 if errors else 0)
