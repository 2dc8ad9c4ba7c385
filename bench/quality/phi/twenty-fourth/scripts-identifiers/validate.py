#!/usr/bin/env python3
"""Validate the two JSONL files and print counts per kind."""
import json, os, re, sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"name", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health-plan", "account",
         "license", "address", "zip", "url", "ip", "vehicle", "device", "card", "iban"}
errors = []


def err(msg):
    errors.append(msg)


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
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]+", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def load(name):
    recs = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                err(f"{name}:{n}: bad JSON {e}")
                continue
            if set(r) != {"text", "phi"} or not isinstance(r["text"], str) or not isinstance(r["phi"], list):
                err(f"{name}:{n}: bad record shape")
                continue
            recs.append((n, r))
    return recs


def check(name, recs, clean):
    kinds = Counter()
    for n, r in recs:
        t = r["text"]
        if any(ord(c) > 0xFFFF for c in t):
            err(f"{name}:{n}: non-BMP character")
        if t != t.strip() or not t:
            err(f"{name}:{n}: empty text or edge whitespace")
        spans = r["phi"]
        if clean and spans:
            err(f"{name}:{n}: clean record has spans")
        if not clean and not spans:
            err(f"{name}:{n}: identifier record without spans")
        prev_end = -1
        for s in sorted(spans, key=lambda s: (s["start"], s["end"])):
            k, a, b = s.get("kind"), s.get("start"), s.get("end")
            if k not in KINDS:
                err(f"{name}:{n}: unknown kind {k}")
            if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(t)):
                err(f"{name}:{n}: bad offsets {s}")
                continue
            if a < prev_end:
                err(f"{name}:{n}: overlapping spans at {a}")
            prev_end = b
            v = t[a:b]
            if v != v.strip():
                err(f"{name}:{n}: whitespace at span edge {v!r}")
            kinds[k] += 1
            if k == "card":
                d = re.sub(r"[ -]", "", v)
                if not d.isdigit() or not 13 <= len(d) <= 19 or not luhn_ok(d):
                    err(f"{name}:{n}: card fails Luhn/length {v!r}")
            if k == "iban" and not iban_ok(v):
                err(f"{name}:{n}: IBAN fails mod-97 {v!r}")
            if k == "age" and (not v.isdigit() or int(v) < 90):
                err(f"{name}:{n}: age span not >= 90 {v!r}")
    return kinds


ids = load("international-identifiers.jsonl")
clean = load("clean-case-sentences.jsonl")
kinds = check("international-identifiers.jsonl", ids, False)
check("clean-case-sentences.jsonl", clean, True)
seen = {}
for name, recs in (("ids", ids), ("clean", clean)):
    for n, r in recs:
        if r["text"] in seen:
            err(f"duplicate text: {name}:{n} and {seen[r['text']]}")
        seen[r["text"]] = f"{name}:{n}"

print(f"international-identifiers.jsonl: {len(ids)} records, {sum(kinds.values())} spans")
print(f"clean-case-sentences.jsonl: {len(clean)} records, 0 spans expected")
print("spans per kind:")
for k in sorted(KINDS):
    print(f"  {k:12s} {kinds.get(k, 0)}")
print(f"errors: {len(errors)}")
for e in errors:
    print("  " + e)
sys.exit(1 if errors else 0)
