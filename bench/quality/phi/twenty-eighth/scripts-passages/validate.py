#!/usr/bin/env python3
"""Validate public-health-passages.jsonl against the brief."""
import json, os, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from textutil import word_count

PATH = os.path.join(os.path.dirname(HERE), "public-health-passages.jsonl")
KEYS = ["id", "title", "text", "source", "section", "patient"]
errors = []
recs = []
with open(PATH, encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append("line %d: JSON error %s" % (ln, e)); continue
        if list(obj.keys()) != KEYS:
            errors.append("line %d: key order %s" % (ln, list(obj.keys())))
        if obj.get("id") != "ph28-%03d" % ln:
            errors.append("line %d: id %r not sequential" % (ln, obj.get("id")))
        if not isinstance(obj.get("patient"), bool):
            errors.append("line %d: patient not boolean" % ln)
        for k in ("title", "text", "source", "section"):
            if not isinstance(obj.get(k), str) or not obj[k].strip():
                errors.append("line %d: empty %s" % (ln, k))
        wc = word_count(obj.get("text", ""))
        if not 60 <= wc <= 150:
            errors.append("line %d: %d words" % (ln, wc))
        src = obj.get("source", "")
        if obj.get("patient") is False and not (src.startswith("Synthetic") and " in the style of " in src):
            errors.append("line %d: non-patient source %r" % (ln, src))
        if obj.get("patient") is True and not src.startswith("Fictional"):
            errors.append("line %d: patient source %r" % (ln, src))
        recs.append(obj)

for field in ("id", "title", "text"):
    c = Counter(r[field] for r in recs)
    for v, n in c.items():
        if n > 1:
            errors.append("duplicate %s: %r x%d" % (field, v[:60], n))
# near-duplicate check: identical first 12 words
c = Counter(" ".join(r["text"].split()[:12]) for r in recs)
for v, n in c.items():
    if n > 1:
        errors.append("near-duplicate opening: %r x%d" % (v, n))

n_false = sum(1 for r in recs if r["patient"] is False)
n_true = sum(1 for r in recs if r["patient"] is True)
if n_false < 300: errors.append("only %d patient:false" % n_false)
if n_true < 40: errors.append("only %d patient:true" % n_true)
wcs = [word_count(r["text"]) for r in recs]
print("records: %d  patient:false %d  patient:true %d" % (len(recs), n_false, n_true))
print("word count min %d max %d mean %.1f" % (min(wcs), max(wcs), sum(wcs) / len(wcs)))
first_true = [i for i, r in enumerate(recs, 1) if r["patient"]][:5]
print("first patient:true line numbers (shuffle check):", first_true)
if errors:
    print("ERRORS (%d):" % len(errors)); [print("  " + e) for e in errors]; sys.exit(1)
print("OK: all checks passed")
