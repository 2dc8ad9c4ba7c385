#!/usr/bin/env python3
"""Validate public-health-passages.jsonl. Prints each error and a final error count."""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build  # noqa: E402

PATH = os.path.join(os.path.dirname(HERE), "public-health-passages.jsonl")
KEYS = ["id", "title", "text", "source", "section", "patient"]
MIN_FALSE, MIN_TRUE = 230, 40

errors = []
records = []
with open(PATH, encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: JSON error {e}")
            continue
        records.append(obj)
        if list(obj.keys()) != KEYS:
            errors.append(f"line {n}: key order {list(obj.keys())}")
        exp_id = f"ph8-{n:03d}"
        if obj.get("id") != exp_id:
            errors.append(f"line {n}: id {obj.get('id')} != {exp_id}")
        if not isinstance(obj.get("patient"), bool):
            errors.append(f"line {n}: patient not boolean")
        for k in ("title", "text", "source", "section"):
            if not isinstance(obj.get(k), str) or not obj.get(k).strip():
                errors.append(f"line {n}: empty or non-string {k}")
        words = len(str(obj.get("text", "")).split())
        if not 50 <= words <= 150:
            errors.append(f"line {n}: {words} words")
        src = str(obj.get("source", ""))
        if obj.get("patient") is False and not (src.startswith("Synthetic") and " in the style of " in src):
            errors.append(f"line {n}: false source must be 'Synthetic ... in the style of ...'")
        if obj.get("patient") is True and not src.startswith("Fictional"):
            errors.append(f"line {n}: true source must begin 'Fictional'")

# duplicates (exact and whitespace/case-normalised)
seen = {}
for r in records:
    key = re.sub(r"\s+", " ", r.get("text", "")).strip().lower()
    if key in seen:
        errors.append(f"{r['id']}: duplicate text of {seen[key]}")
    seen.setdefault(key, r["id"])
titles = {}
for r in records:
    if r["title"] in titles:
        errors.append(f"{r['id']}: duplicate title of {titles[r['title']]}")
    titles.setdefault(r["title"], r["id"])

# shuffle reproducibility: rebuilding from sources with the fixed seed gives the same order
src_recs = []
for p in sorted(glob.glob(os.path.join(HERE, "sources", "*.txt"))):
    src_recs.extend(build.parse(p))
random.Random(build.SEED).shuffle(src_recs)
if [" ".join(r["lines"]) for r in src_recs] != [r["text"] for r in records]:
    errors.append("file order does not match a fresh build with the fixed seed")

# shuffled: patient labels should not be in one block
labels = [r["patient"] for r in records]
runs = sum(1 for a, b in zip(labels, labels[1:]) if a != b)
if runs < 10:
    errors.append(f"labels look unshuffled ({runs} label changes)")

nf = sum(1 for r in records if r.get("patient") is False)
nt = sum(1 for r in records if r.get("patient") is True)
if nf < MIN_FALSE:
    errors.append(f"only {nf} patient:false (need {MIN_FALSE})")
if nt < MIN_TRUE:
    errors.append(f"only {nt} patient:true (need {MIN_TRUE})")

wc = [len(r["text"].split()) for r in records]
for e in errors:
    print("ERROR", e)
print(f"records: {len(records)}  patient:false {nf}  patient:true {nt}")
print(f"words per text: min {min(wc)} max {max(wc)} mean {sum(wc)/len(wc):.1f}")
print(f"label changes in shuffled order: {runs}")
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
