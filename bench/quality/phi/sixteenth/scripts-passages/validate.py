#!/usr/bin/env python3
"""Validate public-health-passages.jsonl against the brief."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "public-health-passages.jsonl")
KEYS = ["id", "title", "text", "source", "section", "patient"]
errors = []
recs = []
with open(PATH, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append("line %d: JSON error %s" % (ln, e)); continue
        if list(obj.keys()) != KEYS:
            errors.append("line %d: key order %s" % (ln, list(obj.keys())))
        if obj.get("id") != "ph16-%03d" % ln:
            errors.append("line %d: id %r not sequential" % (ln, obj.get("id")))
        if not isinstance(obj.get("patient"), bool):
            errors.append("line %d: patient not boolean" % ln)
        for k in ("title", "text", "source", "section"):
            if not isinstance(obj.get(k), str) or not obj[k].strip():
                errors.append("line %d: empty %s" % (ln, k))
        recs.append(obj)
wc = [len(r["text"].split()) for r in recs]
for r, n in zip(recs, wc):
    if not 60 <= n <= 150:
        errors.append("%s: %d words" % (r["id"], n))
    if r["patient"] is False and not (r["source"].startswith("Synthetic") and "in the style of" in r["source"]):
        errors.append("%s: non-patient source %r" % (r["id"], r["source"]))
    if r["patient"] is True and not r["source"].startswith("Fictional"):
        errors.append("%s: patient source %r" % (r["id"], r["source"]))
for field in ("id", "title", "text"):
    seen = {}
    for r in recs:
        key = " ".join(r[field].lower().split())
        if key in seen:
            errors.append("duplicate %s: %s and %s" % (field, seen[key], r["id"]))
        seen[key] = r["id"]
# near-duplicate check: identical first 12 words
seen = {}
for r in recs:
    key = " ".join(r["text"].lower().split()[:12])
    if key in seen:
        errors.append("near-duplicate opening: %s and %s" % (seen[key], r["id"]))
    seen[key] = r["id"]
n_false = sum(1 for r in recs if r["patient"] is False)
n_true = sum(1 for r in recs if r["patient"] is True)
if n_false < 300: errors.append("only %d patient:false" % n_false)
if n_true < 40: errors.append("only %d patient:true" % n_true)
# shuffle sanity: patient:true rows should not all be contiguous
idx = [i for i, r in enumerate(recs) if r["patient"]]
if idx and idx[-1] - idx[0] + 1 == len(idx):
    errors.append("patient:true rows are contiguous (not shuffled?)")
print("file:", PATH)
print("records:", len(recs))
print("patient:false:", n_false)
print("patient:true:", n_true)
print("words per text: min %d, max %d, mean %.1f" % (min(wc), max(wc), sum(wc) / len(wc)))
fw = [n for r, n in zip(recs, wc) if not r["patient"]]
tw = [n for r, n in zip(recs, wc) if r["patient"]]
print("  patient:false mean %.1f, patient:true mean %.1f" % (sum(fw) / len(fw), sum(tw) / len(tw)))
if errors:
    print("ERRORS (%d):" % len(errors))
    for e in errors: print("  " + e)
    sys.exit(1)
print("OK: all checks passed")
