#!/usr/bin/env python3
"""Validate public-health-passages.jsonl. Prints each error and a final error count."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build  # noqa: E402

PATH = build.OUT
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
        rows.append((n, obj))

seen_texts = {}
for idx, (n, o) in enumerate(rows, 1):
    if list(o.keys()) != KEYS:
        errors.append(f"line {n}: key order {list(o.keys())}")
        continue
    if o["id"] != f"ph10-{idx:03d}":
        errors.append(f"line {n}: id {o['id']} not sequential (expected ph10-{idx:03d})")
    for k in ("title", "text", "source", "section"):
        if not isinstance(o[k], str) or not o[k].strip():
            errors.append(f"line {n}: empty or non-string {k}")
    if not isinstance(o["patient"], bool):
        errors.append(f"line {n}: patient not boolean")
    wc = len(o["text"].split())
    if wc < 50 or wc > 150:
        errors.append(f"line {n}: {wc} words")
    norm = re.sub(r"\s+", " ", o["text"].strip().lower())
    if norm in seen_texts:
        errors.append(f"line {n}: duplicate text of line {seen_texts[norm]}")
    seen_texts[norm] = n
    if o["patient"] is False and not o["source"].startswith("Synthetic ") or \
       (o["patient"] is False and " in the style of " not in o["source"]):
        errors.append(f"line {n}: false row source must begin 'Synthetic ... in the style of'")
    if o["patient"] is True and not o["source"].startswith("Fictional "):
        errors.append(f"line {n}: true row source must begin 'Fictional '")

titles = [o["title"] for _, o in rows]
if len(set(titles)) != len(titles):
    errors.append("duplicate titles present")

nf = sum(1 for _, o in rows if o.get("patient") is False)
nt = sum(1 for _, o in rows if o.get("patient") is True)
if nf < 230:
    errors.append(f"only {nf} patient:false rows (need >= 230)")
if nt < 40:
    errors.append(f"only {nt} patient:true rows (need >= 40)")

# shuffled with the fixed seed: file order must equal a fresh rebuild from sources
expected = build.ordered(build.load_records())
if [o for _, o in rows] != expected:
    errors.append("file does not match a fresh fixed-seed rebuild from scripts/*.txt")
# and genuinely shuffled: true rows must not be all bunched at one end
pos = [i for i, (_, o) in enumerate(rows) if o.get("patient")]
if pos and (pos[-1] - pos[0]) < len(rows) // 2:
    errors.append("patient:true rows are not spread through the file")

for e in errors:
    print("ERROR:", e)
print(f"rows={len(rows)} patient_false={nf} patient_true={nt}")
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
