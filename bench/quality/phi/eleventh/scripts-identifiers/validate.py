#!/usr/bin/env python3
import json, sys, os, collections
KINDS = {"name","date","address","zip","phone","fax","email","url","ip","ssn","mrn",
         "health-plan","account","license","vehicle","device","card","iban","age"}
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errors = []
def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if not 13 <= len(d) <= 19: return False
    t = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9: x -= 9
        t += x
    return t % 10 == 0
def iban_ok(s):
    c = s.replace(" ", "")
    if not (c[:2].isalpha() and c[2:4].isdigit()): return False
    r = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1
seen = set()
for fname, must_clean in (("international-identifiers.jsonl", False), ("clean-case-sentences.jsonl", True)):
    counts = collections.Counter(); n = 0; nspans = 0
    with open(os.path.join(root, fname), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            where = "%s:%d" % (fname, ln)
            try: r = json.loads(line)
            except Exception as e: errors.append("%s bad json %s" % (where, e)); continue
            n += 1
            t = r.get("text"); phi = r.get("phi")
            if not isinstance(t, str) or not isinstance(phi, list): errors.append(where + " bad shape"); continue
            if t in seen: errors.append(where + " duplicate text")
            seen.add(t)
            if any(ord(ch) > 0xFFFF for ch in t): errors.append(where + " non-BMP char")
            if must_clean and phi: errors.append(where + " clean record has spans")
            if not must_clean and not phi: errors.append(where + " identifier record without spans")
            last_end = -1
            for s in sorted(phi, key=lambda s: s["start"]):
                k, a, b = s.get("kind"), s.get("start"), s.get("end")
                if k not in KINDS: errors.append("%s unknown kind %r" % (where, k))
                if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(t)):
                    errors.append("%s offsets out of range %r" % (where, s)); continue
                if a < last_end: errors.append("%s overlapping span %r" % (where, s))
                last_end = b
                v = t[a:b]
                if v != v.strip(): errors.append("%s whitespace at span edge %r" % (where, v))
                if k == "card" and not luhn_ok(v): errors.append("%s Luhn fails %r" % (where, v))
                if k == "iban" and not iban_ok(v): errors.append("%s mod-97 fails %r" % (where, v))
                if k == "age" and not (v.isdigit() and int(v) >= 90): errors.append("%s bad age %r" % (where, v))
                counts[k] += 1; nspans += 1
    print("%s: %d records, %d spans" % (fname, n, nspans))
    for k, c in sorted(counts.items(), key=lambda x: -x[1]):
        print("  %-12s %4d  (%.1f%%)" % (k, c, 100.0 * c / max(nspans, 1)))
print("errors: %d" % len(errors))
for e in errors[:50]: print("  " + e)
sys.exit(1 if errors else 0)
