"""Validate public-health-passages.jsonl against the brief."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "public-health-passages.jsonl")
KEYS = ["id", "title", "text", "source", "section", "patient"]

errors = []
rows = []
with open(PATH, encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: JSON error {e}")
            continue
        rows.append(obj)
        if list(obj.keys()) != KEYS:
            errors.append(f"line {n}: key order {list(obj.keys())}")
        if obj.get("id") != f"ph15-{n:03d}":
            errors.append(f"line {n}: id {obj.get('id')} not sequential")
        for k in ("title", "text", "source", "section"):
            if not isinstance(obj.get(k), str) or not obj[k].strip():
                errors.append(f"line {n}: empty or non-string {k}")
        if not isinstance(obj.get("patient"), bool):
            errors.append(f"line {n}: patient not boolean")
            continue
        wc = len(obj["text"].split())
        if obj["patient"] is False:
            if not 60 <= wc <= 150:
                errors.append(f"line {n}: {wc} words (need 60-150)")
            if not re.match(r"^Synthetic\b.*\bin the style of\b", obj["source"]):
                errors.append(f"line {n}: non-patient source must start 'Synthetic ... in the style of ...'")
        else:
            if not obj["source"].startswith("Fictional"):
                errors.append(f"line {n}: patient source must start 'Fictional'")
        if "  " in obj["text"] or obj["text"] != obj["text"].strip():
            errors.append(f"line {n}: whitespace problem")

for key in ("id", "title", "text"):
    c = collections.Counter(r.get(key) for r in rows)
    for v, k in c.items():
        if k > 1:
            errors.append(f"duplicate {key}: {v[:60]!r} x{k}")

neg = [r for r in rows if r.get("patient") is False]
pos = [r for r in rows if r.get("patient") is True]
if len(neg) < 300:
    errors.append(f"only {len(neg)} patient=false passages (need >= 300)")
if len(pos) < 40:
    errors.append(f"only {len(pos)} patient=true passages (need >= 40)")

wcs = [len(r["text"].split()) for r in neg]
wcp = [len(r["text"].split()) for r in pos]
print(f"file: {PATH}")
print(f"records: {len(rows)}  patient=false: {len(neg)}  patient=true: {len(pos)}")
if wcs:
    print(f"patient=false words: min {min(wcs)} max {max(wcs)} mean {sum(wcs)/len(wcs):.1f}")
if wcp:
    print(f"patient=true words: min {min(wcp)} max {max(wcp)} mean {sum(wcp)/len(wcp):.1f}")
print(f"first ids: {[r['id'] for r in rows[:3]]} last id: {rows[-1]['id'] if rows else None}")
if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("PASS: JSON parses, key order, sequential ids, word counts, no duplicates, counts met")
