#!/usr/bin/env python3
import json, os, re, collections, sys
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = set("name date age phone fax email ssn mrn health-plan account license address zip url ip vehicle device card iban".split())
errors, seen, counts = [], {}, collections.Counter()

def luhn_ok(d):
    t = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2: x *= 2; x = x - 9 if x > 9 else x
        t += x
    return t % 10 == 0

def iban_ok(s):
    s = s.replace(' ', '')
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]+', s): return False
    r = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1

for fname, clean in (('international-identifiers.jsonl', False), ('clean-case-sentences.jsonl', True)):
    n = 0
    for ln, line in enumerate(open(os.path.join(OUT, fname), encoding='utf-8'), 1):
        where = f'{fname}:{ln}'
        try: rec = json.loads(line)
        except Exception as e: errors.append(f'{where} bad json {e}'); continue
        n += 1
        t, phi = rec['text'], rec['phi']
        if any(ord(c) > 0xFFFF for c in t): errors.append(f'{where} non-BMP')
        if t in seen: errors.append(f'{where} duplicate of {seen[t]}')
        seen[t] = where
        if clean and phi: errors.append(f'{where} clean record has spans')
        if not clean and not phi: errors.append(f'{where} no spans')
        prev = -1
        for s in sorted(phi, key=lambda s: s['start']):
            k, a, b = s['kind'], s['start'], s['end']
            if k not in KINDS: errors.append(f'{where} unknown kind {k}')
            if not (0 <= a < b <= len(t)): errors.append(f'{where} bad offsets'); continue
            if a < prev: errors.append(f'{where} overlap')
            prev = b
            v = t[a:b]
            if v != v.strip(): errors.append(f'{where} whitespace edge {v!r}')
            if k == 'card':
                d = re.sub(r'[ -]', '', v)
                if not d.isdigit() or not 13 <= len(d) <= 19 or not luhn_ok(d): errors.append(f'{where} bad card {v}')
            if k == 'iban' and not iban_ok(v): errors.append(f'{where} bad iban {v}')
            if k == 'age' and (not v.isdigit() or int(v) < 90): errors.append(f'{where} bad age {v}')
            counts[k] += 1
    print(f'{fname}: {n} records')
print('span counts per kind:')
for k in sorted(counts): print(f'  {k}: {counts[k]}')
print('total spans:', sum(counts.values()))
print('errors:', len(errors))
for e in errors: print('  ', e)
sys.exit(1 if errors else 0)
