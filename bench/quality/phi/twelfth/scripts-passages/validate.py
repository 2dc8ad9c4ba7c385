#!/usr/bin/env python3
"""Validate public-health-passages.jsonl against the brief."""
import json, pathlib, sys, collections

OUT = pathlib.Path(__file__).resolve().parent.parent / "public-health-passages.jsonl"
KEYS = ["id", "title", "text", "source", "section", "patient"]
errors = []
recs = []
for n, line in enumerate(OUT.read_text(encoding="utf-8").splitlines(), 1):
    try:
        obj = json.loads(line)
    except Exception as e:
        errors.append(f"line {n}: JSON error {e}"); continue
    recs.append(obj)
    if list(obj.keys()) != KEYS:
        errors.append(f"line {n}: key order {list(obj.keys())}")
    if obj.get("id") != f"ph12-{n:03d}":
        errors.append(f"line {n}: id {obj.get('id')} not sequential")
    if not isinstance(obj.get("patient"), bool):
        errors.append(f"line {n}: patient not bool")
    for k in ("title", "text", "source", "section"):
        if not isinstance(obj.get(k), str) or not obj[k].strip():
            errors.append(f"line {n}: empty {k}")
    wc = len(obj.get("text", "").split())
    if not obj.get("patient") and not (60 <= wc <= 150):
        errors.append(f"line {n} {obj['id']}: {wc} words (title {obj['title']!r})")
    if obj.get("patient") is True and not (40 <= wc <= 200):
        errors.append(f"line {n} {obj['id']}: patient passage {wc} words")
    src = obj.get("source", "")
    if obj.get("patient") is False and not (src.startswith("Synthetic") and " in the style of " in src):
        errors.append(f"line {n}: bad source for non-patient: {src!r}")
    if obj.get("patient") is True and not src.startswith("Fictional"):
        errors.append(f"line {n}: bad source for patient: {src!r}")

texts = collections.Counter(r["text"] for r in recs)
titles = collections.Counter(r["title"] for r in recs)
for t, c in texts.items():
    if c > 1: errors.append(f"duplicate text x{c}: {t[:60]}")
for t, c in titles.items():
    if c > 1: errors.append(f"duplicate title x{c}: {t}")
ids = collections.Counter(r["id"] for r in recs)
for t, c in ids.items():
    if c > 1: errors.append(f"duplicate id {t}")

npub = sum(1 for r in recs if r["patient"] is False)
npat = sum(1 for r in recs if r["patient"] is True)
if npub < 300: errors.append(f"only {npub} patient:false passages (need >=300)")
if npat < 40: errors.append(f"only {npat} patient:true passages (need >=40)")
wcs = [len(r["text"].split()) for r in recs if not r["patient"]]
print(f"records: {len(recs)}")
print(f"patient:false: {npub}  patient:true: {npat}")
if wcs:
    print(f"patient:false words: min {min(wcs)} max {max(wcs)} mean {sum(wcs)/len(wcs):.1f}")
pw = [len(r["text"].split()) for r in recs if r["patient"]]
if pw:
    print(f"patient:true words: min {min(pw)} max {max(pw)} mean {sum(pw)/len(pw):.1f}")
if errors:
    print(f"ERRORS ({len(errors)}):")
    for e in errors: print("  " + e)
    sys.exit(1)
print("OK: all checks passed")
