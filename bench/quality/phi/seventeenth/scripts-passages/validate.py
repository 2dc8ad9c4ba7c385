#!/usr/bin/env python3
"""Validate public-health-passages.jsonl against the brief."""
import json, sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "public-health-passages.jsonl"
KEYS = ["id", "title", "text", "source", "section", "patient"]
errors = []
recs = []
for n, line in enumerate(OUT.read_text(encoding="utf-8").splitlines(), 1):
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        errors.append(f"line {n}: JSON error {e}")
        continue
    if list(obj.keys()) != KEYS:
        errors.append(f"line {n}: key order {list(obj.keys())}")
    if obj.get("id") != f"ph17-{n:03d}":
        errors.append(f"line {n}: id {obj.get('id')} not sequential")
    if not isinstance(obj.get("patient"), bool):
        errors.append(f"line {n}: patient not bool")
    for k in ("title", "text", "source", "section"):
        if not isinstance(obj.get(k), str) or not obj[k].strip():
            errors.append(f"line {n}: empty {k}")
    wc = len(obj["text"].split())
    if obj["patient"] is False:
        if not (60 <= wc <= 150):
            errors.append(f"line {n}: non-patient word count {wc}")
        if not (obj["source"].startswith("Synthetic") and " in the style of " in obj["source"]):
            errors.append(f"line {n}: non-patient source prefix: {obj['source']}")
    else:
        if not obj["source"].startswith("Fictional"):
            errors.append(f"line {n}: patient source prefix: {obj['source']}")
    recs.append(obj)

def dup(field):
    seen = {}
    for r in recs:
        key = " ".join(r[field].lower().split())
        if key in seen:
            errors.append(f"duplicate {field}: {r['id']} and {seen[key]}")
        seen[key] = r["id"]
dup("text"); dup("title")

# near-duplicate check: Jaccard similarity of word 5-gram shingles
def sh(t):
    w = t.lower().split()
    return {tuple(w[i:i+5]) for i in range(len(w) - 4)}
S = [(r["id"], sh(r["text"])) for r in recs]
maxj = 0.0
for i in range(len(S)):
    for j in range(i + 1, len(S)):
        a, b = S[i][1], S[j][1]
        jac = len(a & b) / max(1, len(a | b))
        maxj = max(maxj, jac)
        if jac > 0.3:
            errors.append(f"near-duplicate {S[i][0]} {S[j][0]} jaccard {jac:.2f}")

npf = sum(1 for r in recs if r["patient"] is False)
npt = sum(1 for r in recs if r["patient"] is True)
if npf < 300: errors.append(f"only {npf} patient:false")
if npt < 40: errors.append(f"only {npt} patient:true")
wcs = [len(r["text"].split()) for r in recs if not r["patient"]]
wpt = [len(r["text"].split()) for r in recs if r["patient"]]
print(f"records: {len(recs)}")
print(f"patient:false {npf} (words min {min(wcs)}, max {max(wcs)}, mean {sum(wcs)/len(wcs):.1f})")
print(f"patient:true {npt} (words min {min(wpt)}, max {max(wpt)}, mean {sum(wpt)/len(wpt):.1f})")
print(f"max pairwise 5-gram Jaccard: {maxj:.3f}")
print(f"ids ph17-001..ph17-{len(recs):03d}")
if errors:
    print("ERRORS:"); [print(" ", e) for e in errors]; sys.exit(1)
print("OK: all checks passed")
