#!/usr/bin/env python3
"""Validate public-health-passages.jsonl: JSON parses, key order, sequential ids, word counts,
no duplicates, source prefixes, counts met."""
import json, os, sys, collections
from wordcount import word_count

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), 'public-health-passages.jsonl')
KEYS = ['id', 'title', 'text', 'source', 'section', 'patient']
errors = []
rows = []
with open(PATH, encoding='utf-8') as f:
    for n, line in enumerate(f, 1):
        try:
            obj = json.loads(line, object_pairs_hook=collections.OrderedDict)
        except Exception as e:
            errors.append(f'line {n}: JSON error {e}'); continue
        rows.append(obj)
        if list(obj.keys()) != KEYS:
            errors.append(f'line {n}: key order {list(obj.keys())}')
        if obj.get('id') != f'ph23-{n:03d}':
            errors.append(f'line {n}: id {obj.get("id")} not sequential')
        if not isinstance(obj.get('patient'), bool):
            errors.append(f'line {n}: patient not boolean')
        for k in ('title', 'text', 'source', 'section'):
            if not isinstance(obj.get(k), str) or not obj[k].strip():
                errors.append(f'line {n}: empty {k}')
        wc = word_count(obj.get('text', ''))
        if obj.get('patient') is False and not (60 <= wc <= 150):
            errors.append(f'line {n}: non-patient word count {wc} outside 60-150')
        if obj.get('patient') is True and not (40 <= wc <= 150):
            errors.append(f'line {n}: patient word count {wc} outside 40-150')
        src = obj.get('source', '')
        if obj.get('patient') is False and not (src.startswith('Synthetic') and ' in the style of ' in src):
            errors.append(f'line {n}: non-patient source prefix: {src[:60]}')
        if obj.get('patient') is True and not src.startswith('Fictional'):
            errors.append(f'line {n}: patient source prefix: {src[:60]}')

for key in ('text', 'title'):
    c = collections.Counter(r[key] for r in rows)
    for v, k in c.items():
        if k > 1:
            errors.append(f'duplicate {key}: {v[:70]}')
# near-duplicate check: identical first 12 words
c = collections.Counter(' '.join(r['text'].split()[:12]) for r in rows)
for v, k in c.items():
    if k > 1:
        errors.append(f'near-duplicate opening: {v}')

npos = sum(1 for r in rows if r['patient'] is True)
nneg = sum(1 for r in rows if r['patient'] is False)
if nneg < 300: errors.append(f'only {nneg} patient=false passages (need >= 300)')
if npos < 40: errors.append(f'only {npos} patient=true passages (need >= 40)')
wcs = [word_count(r['text']) for r in rows if r['patient'] is False]
wcp = [word_count(r['text']) for r in rows if r['patient'] is True]
print(f'file: {PATH}')
print(f'records: {len(rows)}  patient=false: {nneg}  patient=true: {npos}')
print(f'word counts patient=false: min {min(wcs)} max {max(wcs)} mean {sum(wcs)/len(wcs):.1f}')
print(f'word counts patient=true:  min {min(wcp)} max {max(wcp)} mean {sum(wcp)/len(wcp):.1f}')
print(f'first id {rows[0]["id"]}, last id {rows[-1]["id"]}')
if errors:
    print(f'FAIL: {len(errors)} problems'); [print(' -', e) for e in errors]; sys.exit(1)
print('PASS: all checks passed')
