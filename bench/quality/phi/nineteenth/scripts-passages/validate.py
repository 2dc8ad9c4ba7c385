#!/usr/bin/env python3
"""Validate public-health-passages.jsonl: JSON parses, key order, sequential ids,
word counts 60-150, no duplicate ids/titles/texts, source prefixes, counts met."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wordcount import count_words

PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "public-health-passages.jsonl")
KEYS = ["id", "title", "text", "source", "section", "patient"]
errors, recs = [], []
with open(PATH, encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {ln}: JSON error {e}"); continue
        if list(obj.keys()) != KEYS:
            errors.append(f"line {ln}: key order {list(obj.keys())}")
        if obj.get("id") != f"ph19-{ln:03d}":
            errors.append(f"line {ln}: id {obj.get('id')} not sequential")
        if not isinstance(obj.get("patient"), bool):
            errors.append(f"line {ln}: patient not boolean")
        for k in ("title", "text", "source", "section"):
            if not isinstance(obj.get(k), str) or not obj[k].strip():
                errors.append(f"line {ln}: empty {k}")
        n = count_words(obj.get("text", ""))
        if not 60 <= n <= 150:
            errors.append(f"line {ln}: {n} words")
        src = obj.get("source", "")
        if obj.get("patient") is False and not (src.startswith("Synthetic") and "in the style of" in src):
            errors.append(f"line {ln}: non-patient source must start 'Synthetic ... in the style of'")
        if obj.get("patient") is True and not src.startswith("Fictional"):
            errors.append(f"line {ln}: patient source must start 'Fictional'")
        recs.append(obj)

for key in ("id", "title", "text"):
    seen = {}
    for r in recs:
        v = r.get(key, "").strip().lower()
        if v in seen:
            errors.append(f"duplicate {key}: {r['id']} and {seen[v]}")
        seen[v] = r["id"]

neg = sum(1 for r in recs if r.get("patient") is False)
pos = sum(1 for r in recs if r.get("patient") is True)
wc = [count_words(r["text"]) for r in recs]
if neg < 300: errors.append(f"only {neg} patient=false passages (need >= 300)")
if pos < 40: errors.append(f"only {pos} patient=true passages (need >= 40)")
print(f"file: {PATH}")
print(f"records: {len(recs)}  patient=false: {neg}  patient=true: {pos}")
print(f"word counts: min {min(wc)}  max {max(wc)}  mean {sum(wc)/len(wc):.1f}")
if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors: print("  " + e)
    sys.exit(1)
print("PASS: all checks met")
