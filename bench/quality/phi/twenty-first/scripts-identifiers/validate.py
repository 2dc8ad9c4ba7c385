#!/usr/bin/env python3
import json, os, re, sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = set("name date age phone fax email ssn mrn health-plan account license address zip url ip vehicle device card iban".split())
errors, seen = [], {}
counts = Counter()

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
    s = re.sub(r"[\s\-]", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def check(fname, want_spans):
    n = 0
    with open(os.path.join(OUT, fname), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            where = "%s:%d" % (fname, i)
            try:
                rec = json.loads(line)
            except Exception as e:
                errors.append("%s bad json %s" % (where, e)); continue
            n += 1
            t, phi = rec.get("text"), rec.get("phi")
            if not isinstance(t, str) or not isinstance(phi, list):
                errors.append(where + " bad shape"); continue
            if any(ord(c) > 0xFFFF for c in t):
                errors.append(where + " non-BMP char")
            if t in seen:
                errors.append("%s duplicate text of %s" % (where, seen[t]))
            seen[t] = where
            if want_spans and not phi:
                errors.append(where + " no spans")
            if not want_spans and phi:
                errors.append(where + " clean record has spans")
            prev_end = -1
            for sp in sorted(phi, key=lambda s: s["start"]):
                k, a, b = sp.get("kind"), sp.get("start"), sp.get("end")
                if k not in KINDS:
                    errors.append("%s unknown kind %s" % (where, k))
                if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(t)):
                    errors.append("%s bad offsets %r" % (where, sp)); continue
                if a < prev_end:
                    errors.append("%s overlap %r" % (where, sp))
                prev_end = b
                v = t[a:b]
                if v != v.strip():
                    errors.append("%s whitespace at edge %r" % (where, v))
                if k == "card" and not luhn_ok(v):
                    errors.append("%s card fails Luhn %r" % (where, v))
                if k == "iban" and not iban_ok(v):
                    errors.append("%s iban fails mod-97 %r" % (where, v))
                if k == "age" and not (v.isdigit() and int(v) >= 90):
                    errors.append("%s age not >=90 %r" % (where, v))
                counts[k] += 1
    return n

n_id = check("international-identifiers.jsonl", True)
n_cl = check("clean-case-sentences.jsonl", False)
print("identifier records:", n_id)
print("clean records:", n_cl)
print("spans per kind:")
for k in sorted(KINDS):
    print("  %-12s %d" % (k, counts[k]))
print("total spans:", sum(counts.values()))
if n_id < 250: errors.append("fewer than 250 identifier records")
if n_cl < 400: errors.append("fewer than 400 clean records")
print("errors:", len(errors))
for e in errors:
    print("  " + e)
sys.exit(1 if errors else 0)
