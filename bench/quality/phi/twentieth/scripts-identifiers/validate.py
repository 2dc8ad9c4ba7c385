#!/usr/bin/env python3
import json, os, sys, collections, re
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"name","date","age","phone","fax","email","ssn","mrn","health-plan","account","license",
         "address","zip","url","ip","vehicle","device","card","iban"}
errors = []
def luhn_ok(d):
    t = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9: n -= 9
        t += n
    return t % 10 == 0
def iban_ok(s):
    c = s.replace(' ', '').upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]{8,30}', c): return False
    r = c[4:] + c[:4]
    return int(''.join(str(int(x, 36)) for x in r)) % 97 == 1
seen = {}
counts = collections.Counter()
nrec = {}
for fname, must_clean in (("international-identifiers.jsonl", False), ("clean-case-sentences.jsonl", True)):
    n = 0
    with open(os.path.join(OUT, fname), encoding='utf-8') as f:
        for ln, line in enumerate(f, 1):
            where = f"{fname}:{ln}"
            try:
                r = json.loads(line)
            except Exception as e:
                errors.append(f"{where} JSON error {e}"); continue
            n += 1
            t, phi = r.get("text"), r.get("phi")
            if not isinstance(t, str) or not isinstance(phi, list):
                errors.append(f"{where} bad fields"); continue
            if any(ord(c) > 0xFFFF for c in t): errors.append(f"{where} non-BMP char")
            if t in seen: errors.append(f"{where} duplicate text of {seen[t]}")
            seen[t] = where
            if must_clean and phi: errors.append(f"{where} clean record has spans")
            if not must_clean and not phi: errors.append(f"{where} identifier record without spans")
            prev_end = -1
            for s in sorted(phi, key=lambda s: s["start"]):
                k, a, b = s.get("kind"), s.get("start"), s.get("end")
                if k not in KINDS: errors.append(f"{where} unknown kind {k}")
                if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(t)):
                    errors.append(f"{where} offsets out of range {s}"); continue
                if a < prev_end: errors.append(f"{where} overlap at {a}")
                prev_end = b
                v = t[a:b]
                if v != v.strip(): errors.append(f"{where} whitespace at span edge {v!r}")
                if k == "card":
                    d = re.sub(r'[ -]', '', v)
                    if not (d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)): errors.append(f"{where} card fails Luhn {v!r}")
                if k == "iban" and not iban_ok(v): errors.append(f"{where} IBAN fails mod-97 {v!r}")
                if k == "age":
                    if not (v.isdigit() and int(v) >= 90): errors.append(f"{where} age not >=90 {v!r}")
                counts[k] += 1
    nrec[fname] = n
lines = []
for fn, n in nrec.items(): lines.append(f"{fn}: {n} records")
lines.append("spans per kind:")
for k in sorted(KINDS): lines.append(f"  {k}: {counts[k]}")
lines.append(f"total spans: {sum(counts.values())}")
lines.append(f"errors: {len(errors)}")
lines += errors
out = "\n".join(lines)
print(out)
with open(os.path.join(OUT, "scripts", "validate_output.txt"), "w") as f: f.write(out + "\n")
sys.exit(1 if errors else 0)
