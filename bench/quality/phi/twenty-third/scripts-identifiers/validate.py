#!/usr/bin/env python3
"""Validate the two JSONL files; prints counts per kind."""
import json, os, sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"name", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health-plan", "account",
         "license", "address", "zip", "url", "ip", "vehicle", "device", "card", "iban"}
errors = []


def err(msg):
    errors.append(msg)


def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if not 13 <= len(d) <= 19:
        return False
    tot = 0
    for i, n in enumerate(reversed(d)):
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def iban_ok(s):
    c = s.replace(" ", "")
    if not (c[:2].isalpha() and c[2:4].isdigit() and c.isalnum()):
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
                err("%s:%d bad json %s" % (name, i, e))
    return recs


ids = load("international-identifiers.jsonl")
clean = load("clean-case-sentences.jsonl")
kinds = Counter()
seen = {}
for name, recs in (("international-identifiers.jsonl", ids), ("clean-case-sentences.jsonl", clean)):
    for i, r in recs:
        t = r.get("text")
        phi = r.get("phi")
        if not isinstance(t, str) or not isinstance(phi, list):
            err("%s:%d bad shape" % (name, i)); continue
        if any(ord(ch) > 0xFFFF for ch in t):
            err("%s:%d non-BMP char" % (name, i))
        if t in seen:
            err("%s:%d duplicate text of %s" % (name, i, seen[t]))
        seen[t] = "%s:%d" % (name, i)
        if name.startswith("clean"):
            if phi:
                err("%s:%d clean record has spans" % (name, i))
            continue
        if not phi:
            err("%s:%d no spans" % (name, i))
        last = -1
        for s in sorted(phi, key=lambda x: x["start"]):
            k, a, b = s.get("kind"), s.get("start"), s.get("end")
            if k not in KINDS:
                err("%s:%d unknown kind %r" % (name, i, k))
            if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(t)):
                err("%s:%d bad offsets %r" % (name, i, s)); continue
            if a < last:
                err("%s:%d overlap at %d" % (name, i, a))
            last = b
            v = t[a:b]
            if v != v.strip():
                err("%s:%d whitespace at span edge %r" % (name, i, v))
            if k == "card" and not luhn_ok(v):
                err("%s:%d card fails Luhn %r" % (name, i, v))
            if k == "iban" and not iban_ok(v):
                err("%s:%d iban fails mod-97 %r" % (name, i, v))
            if k == "age" and not (v.isdigit() and int(v) >= 90):
                err("%s:%d age not >= 90 %r" % (name, i, v))
            kinds[k] += 1

print("identifier records: %d" % len(ids))
print("clean records: %d" % len(clean))
print("spans: %d" % sum(kinds.values()))
for k in sorted(KINDS):
    print("  %-12s %d" % (k, kinds[k]))
print("errors: %d" % len(errors))
for e in errors:
    print("  " + e)
sys.exit(1 if errors else 0)
