#!/usr/bin/env python3
"""Validate ../public-health-passages.jsonl: JSON parses, exact key order, sequential ids,
text 50-150 words, no duplicate texts or titles, source prefixes, label counts, and that the
order matches a fresh build with the fixed seed."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "public-health-passages.jsonl")
KEYS = ["id", "title", "text", "source", "section", "patient"]
MIN_FALSE, MIN_TRUE = 230, 40

errors = []
recs = []
with open(PATH, encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON: {e}")
            continue
        if list(obj.keys()) != KEYS:
            errors.append(f"line {n}: key order {list(obj.keys())}")
        if obj.get("id") != f"ph11-{n:03d}":
            errors.append(f"line {n}: id {obj.get('id')!r} not sequential")
        for k in KEYS[1:5]:
            if not isinstance(obj.get(k), str) or not obj.get(k).strip():
                errors.append(f"line {n}: empty or non-string {k}")
        if not isinstance(obj.get("patient"), bool):
            errors.append(f"line {n}: patient not boolean")
        wc = len(str(obj.get("text", "")).split())
        if not 50 <= wc <= 150:
            errors.append(f"line {n}: text has {wc} words")
        src = str(obj.get("source", ""))
        if obj.get("patient") is False and not (src.startswith("Synthetic ") and " in the style of " in src):
            errors.append(f"line {n}: false-label source must start 'Synthetic ... in the style of'")
        if obj.get("patient") is True and not src.startswith("Fictional "):
            errors.append(f"line {n}: true-label source must start 'Fictional'")
        recs.append(obj)

seen = {}
for r in recs:
    t = " ".join(r["text"].split()).lower()
    if t in seen:
        errors.append(f"{r['id']}: duplicate text of {seen[t]}")
    seen[t] = r["id"]
titles = {}
for r in recs:
    if r["title"] in titles:
        errors.append(f"{r['id']}: duplicate title of {titles[r['title']]}")
    titles[r["title"]] = r["id"]

nf = sum(r["patient"] is False for r in recs)
nt = sum(r["patient"] is True for r in recs)
if nf < MIN_FALSE:
    errors.append(f"only {nf} patient:false (need {MIN_FALSE})")
if nt < MIN_TRUE:
    errors.append(f"only {nt} patient:true (need {MIN_TRUE})")

# shuffled, not grouped: labels should be interleaved
runs = sum(1 for a, b in zip(recs, recs[1:]) if a["patient"] != b["patient"])
if runs < 10:
    errors.append(f"labels look unshuffled ({runs} label changes)")

# reproducibility: rebuilding with the fixed seed gives the same order
sys.path.insert(0, HERE)
import build
rebuilt = []
for p in sorted(__import__("glob").glob(os.path.join(HERE, "false_*.txt"))):
    rebuilt += build.parse(p, False)
for p in sorted(__import__("glob").glob(os.path.join(HERE, "true_*.txt"))):
    rebuilt += build.parse(p, True)
__import__("random").Random(build.SEED).shuffle(rebuilt)
if [r["text"] for r in rebuilt] != [r["text"] for r in recs]:
    errors.append("file order does not match a fresh build with the fixed seed")

wcs = [len(r["text"].split()) for r in recs]
print(f"records: {len(recs)}  patient:false: {nf}  patient:true: {nt}")
print(f"words per text: min {min(wcs)}, max {max(wcs)}, mean {sum(wcs)/len(wcs):.1f}")
print(f"label changes in shuffled order: {runs}")
for e in errors:
    print("ERROR:", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
