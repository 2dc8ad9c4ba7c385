#!/usr/bin/env python3
"""Validate international-identifiers.jsonl and clean-case-sentences.jsonl."""
import json, sys, pathlib, collections

OUT = pathlib.Path(__file__).resolve().parent.parent
KINDS = {"name", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health-plan", "account",
         "license", "address", "zip", "url", "ip", "vehicle", "device", "card", "iban"}
IBAN_LEN = {"AD": 24, "AE": 23, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CZ": 24, "DE": 22, "DK": 18,
            "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21, "HU": 28, "IE": 22,
            "IL": 23, "IT": 27, "LT": 20, "LU": 20, "LV": 21, "NL": 18, "NO": 15, "PL": 28, "PT": 25,
            "RO": 24, "SA": 24, "SE": 24, "SI": 19, "SK": 24, "TR": 26}
errors = []


def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def iban_ok(s):
    c = s.replace(" ", "")
    if not c[:2].isalpha() or not c.isalnum():
        return False
    if c[:2] in IBAN_LEN and len(c) != IBAN_LEN[c[:2]]:
        return False
    r = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def load(name):
    recs = []
    for n, line in enumerate(open(OUT / name, encoding="utf-8"), 1):
        try:
            recs.append((n, json.loads(line)))
        except Exception as e:
            errors.append(f"{name}:{n}: bad JSON {e}")
    return recs


ids = load("international-identifiers.jsonl")
clean = load("clean-case-sentences.jsonl")
counts = collections.Counter()
seen = {}
for fname, recs, must_have in (("international-identifiers.jsonl", ids, True),
                               ("clean-case-sentences.jsonl", clean, False)):
    for n, r in recs:
        t, phi = r.get("text"), r.get("phi")
        where = f"{fname}:{n}"
        if not isinstance(t, str) or not isinstance(phi, list) or set(r) != {"text", "phi"}:
            errors.append(f"{where}: wrong shape"); continue
        if any(ord(ch) > 0xFFFF for ch in t):
            errors.append(f"{where}: non-BMP character")
        if t in seen:
            errors.append(f"{where}: duplicate text of {seen[t]}")
        seen[t] = where
        if must_have and not phi:
            errors.append(f"{where}: no spans")
        if not must_have and phi:
            errors.append(f"{where}: clean record has spans")
        last_end = -1
        for sp in sorted(phi, key=lambda s: (s["start"], s["end"])):
            k, s, e = sp.get("kind"), sp.get("start"), sp.get("end")
            if k not in KINDS:
                errors.append(f"{where}: unknown kind {k}")
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(t)):
                errors.append(f"{where}: bad offsets {sp}"); continue
            if s < last_end:
                errors.append(f"{where}: overlap at {sp}")
            last_end = e
            v = t[s:e]
            if v != v.strip():
                errors.append(f"{where}: whitespace at span edge {v!r}")
            if k == "card":
                nd = sum(ch.isdigit() for ch in v)
                if not (13 <= nd <= 19) or not luhn_ok(v):
                    errors.append(f"{where}: card fails Luhn/length {v!r}")
            if k == "iban" and not iban_ok(v):
                errors.append(f"{where}: IBAN fails mod-97/length {v!r}")
            if k == "age" and not (v.isdigit() and int(v) >= 90):
                errors.append(f"{where}: age not >= 90 {v!r}")
            counts[k] += 1

print(f"identifier records: {len(ids)}")
print(f"clean records: {len(clean)}")
print(f"total spans: {sum(counts.values())}")
for k in sorted(KINDS, key=lambda k: (-counts[k], k)):
    print(f"  {k:12s} {counts[k]}")
print(f"errors: {len(errors)}")
for e in errors:
    print("  " + e)
sys.exit(1 if errors else 0)
