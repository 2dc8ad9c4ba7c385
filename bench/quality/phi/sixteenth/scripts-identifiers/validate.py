#!/usr/bin/env python3
"""Validate the two JSONL outputs; prints counts per kind."""
import json, os, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
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
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def iban_ok(s):
    c = s.replace(" ", "").upper()
    if len(c) < 15 or not c[:2].isalpha() or not c[2:4].isdigit() or not c.isalnum():
        return False
    r = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def utf16len(s):
    return len(s.encode("utf-16-le")) // 2


def check(path, clean):
    recs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                err(f"{path}:{n} JSON error {e}")
                continue
            t, phi = r.get("text"), r.get("phi")
            if not isinstance(t, str) or not isinstance(phi, list):
                err(f"{path}:{n} bad shape")
                continue
            if utf16len(t) != len(t):
                err(f"{path}:{n} non-BMP character")
            if clean and phi:
                err(f"{path}:{n} clean record has spans")
            if not clean and not phi:
                err(f"{path}:{n} identifier record without spans")
            last = -1
            for sp in sorted(phi, key=lambda s: s["start"]):
                s, e, k = sp["start"], sp["end"], sp["kind"]
                if k not in KINDS:
                    err(f"{path}:{n} unknown kind {k}")
                if not (0 <= s < e <= len(t)):
                    err(f"{path}:{n} offsets out of range {sp}")
                    continue
                if s < last:
                    err(f"{path}:{n} overlap at {s}")
                last = e
                v = t[s:e]
                if v != v.strip():
                    err(f"{path}:{n} whitespace at span edge {v!r}")
                if k == "card" and not luhn_ok(v):
                    err(f"{path}:{n} card fails Luhn {v}")
                if k == "iban" and not iban_ok(v):
                    err(f"{path}:{n} IBAN fails mod-97 {v}")
                if k == "age":
                    if not v.isdigit() or int(v) < 90:
                        err(f"{path}:{n} age not >= 90: {v}")
            recs.append(r)
    return recs


ids = check(os.path.join(OUT, "international-identifiers.jsonl"), False)
clean = check(os.path.join(OUT, "clean-case-sentences.jsonl"), True)
seen = collections.Counter(r["text"] for r in ids + clean)
for t, c in seen.items():
    if c > 1:
        err(f"duplicate text: {t[:80]}")
kinds = collections.Counter(sp["kind"] for r in ids for sp in r["phi"])
print(f"international-identifiers.jsonl: {len(ids)} records, {sum(kinds.values())} spans")
print(f"clean-case-sentences.jsonl: {len(clean)} records")
print("spans per kind:")
for k in sorted(KINDS):
    print(f"  {k:12s} {kinds.get(k, 0)}")
print("errors:", len(errors))
for e in errors:
    print("  ", e)
sys.exit(1 if errors else 0)
