#!/usr/bin/env python3
"""Validate public-health-passages.jsonl: JSON parse, exact keys and order,
sequential ids, 50-150 words, no duplicate texts/titles, value types, counts."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "public-health-passages.jsonl")
KEYS = ["id", "title", "text", "source", "section", "patient"]
MIN_NEG, MIN_POS = 200, 40

errors = []
seen_text, seen_title = {}, {}
n_false = n_true = 0
with open(PATH, encoding="utf-8") as f:
    lines = f.read().split("\n")
if lines and lines[-1] == "":
    lines = lines[:-1]
for i, line in enumerate(lines, 1):
    try:
        obj = json.loads(line)
    except Exception as e:
        errors.append(f"line {i}: JSON error {e}")
        continue
    if list(obj.keys()) != KEYS:
        errors.append(f"line {i}: keys {list(obj.keys())}")
        continue
    if obj["id"] != f"ph4-{i:03d}":
        errors.append(f"line {i}: id {obj['id']} not sequential")
    for k in ["title", "text", "source", "section"]:
        if not isinstance(obj[k], str) or not obj[k].strip():
            errors.append(f"line {i}: empty/non-string {k}")
    if not isinstance(obj["patient"], bool):
        errors.append(f"line {i}: patient not bool")
    wc = len(obj["text"].split())
    if not 50 <= wc <= 150:
        errors.append(f"line {i} {obj['id']}: {wc} words")
    src = obj["source"]
    if not (src.startswith("Synthetic") or src.startswith("Reproduced")) or "(fictional)" not in src and "Synthetic" not in src:
        errors.append(f"line {i}: source wording {src!r}")
    norm = re.sub(r"\s+", " ", obj["text"].strip().lower())
    if norm in seen_text:
        errors.append(f"line {i}: duplicate text of line {seen_text[norm]}")
    seen_text[norm] = i
    if obj["title"] in seen_title:
        errors.append(f"line {i}: duplicate title of line {seen_title[obj['title']]}")
    seen_title[obj["title"]] = i
    if obj["patient"] is True:
        n_true += 1
    elif obj["patient"] is False:
        n_false += 1
if n_false < MIN_NEG:
    errors.append(f"only {n_false} patient:false (need {MIN_NEG})")
if n_true < MIN_POS:
    errors.append(f"only {n_true} patient:true (need {MIN_POS})")
print(f"{len(lines)} passages: {n_false} patient:false, {n_true} patient:true")
for e in errors:
    print("ERROR", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
