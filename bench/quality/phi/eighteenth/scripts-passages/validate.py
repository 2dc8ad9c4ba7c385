#!/usr/bin/env python3
"""Validate public-health-passages.jsonl against the brief."""
import json, pathlib, re, sys, collections

OUT = pathlib.Path(__file__).resolve().parent.parent / "public-health-passages.jsonl"
KEYS = ["id", "title", "text", "source", "section", "patient"]
errors = []
rows = []
for n, line in enumerate(OUT.read_text(encoding="utf-8").splitlines(), 1):
    try:
        obj = json.loads(line, object_pairs_hook=lambda kv: kv)
    except Exception as e:
        errors.append(f"line {n}: JSON error {e}")
        continue
    keys = [k for k, _ in obj]
    if keys != KEYS:
        errors.append(f"line {n}: key order {keys}")
    rows.append(dict(obj))

for i, r in enumerate(rows, 1):
    if r.get("id") != f"ph18-{i:03d}":
        errors.append(f"row {i}: id {r.get('id')} not sequential")
    if not isinstance(r.get("patient"), bool):
        errors.append(f"{r['id']}: patient not boolean")
    for k in ("title", "text", "source", "section"):
        if not isinstance(r.get(k), str) or not r[k].strip():
            errors.append(f"{r['id']}: empty {k}")
    wc = len(r["text"].split())
    if not 60 <= wc <= 150:
        errors.append(f"{r['id']}: {wc} words ({r['title']})")
    if r["patient"] is False and not r["source"].startswith("Synthetic"):
        errors.append(f"{r['id']}: non-patient source must start 'Synthetic'")
    if r["patient"] is False and "in the style of" not in r["source"]:
        errors.append(f"{r['id']}: non-patient source lacks 'in the style of'")
    if r["patient"] is True and not r["source"].startswith("Fictional"):
        errors.append(f"{r['id']}: patient source must start 'Fictional'")

for field in ("text", "title"):
    c = collections.Counter(r[field] for r in rows)
    for v, k in c.items():
        if k > 1:
            errors.append(f"duplicate {field}: {v[:60]!r} x{k}")

neg = sum(1 for r in rows if r["patient"] is False)
pos = sum(1 for r in rows if r["patient"] is True)
wcs = [len(r["text"].split()) for r in rows]
print(f"rows: {len(rows)}  patient=false: {neg}  patient=true: {pos}")
print(f"words per passage: min {min(wcs)}  max {max(wcs)}  mean {sum(wcs)/len(wcs):.1f}")
if neg < 300:
    errors.append(f"only {neg} patient=false passages (need >= 300)")
if pos < 40:
    errors.append(f"only {pos} patient=true passages (need >= 40)")
if errors:
    print("FAIL")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: JSON parses, key order, sequential ids, 60-150 words, no duplicates, counts met")
