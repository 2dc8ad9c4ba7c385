#!/usr/bin/env python3
"""Validate public-health-passages.jsonl against the brief."""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "public-health-passages.jsonl")
KEYS = ["id", "title", "text", "source", "section", "patient"]
MIN_FALSE, MIN_TRUE = 300, 40

errors = []
recs = []
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            obj = json.loads(line)
        except Exception as e:
            errors.append("line %d: JSON error %s" % (n, e)); continue
        if list(obj.keys()) != KEYS:
            errors.append("line %d: key order %s" % (n, list(obj.keys())))
        if obj.get("id") != "ph14-%03d" % n:
            errors.append("line %d: id %r not sequential" % (n, obj.get("id")))
        if not isinstance(obj.get("patient"), bool):
            errors.append("line %d: patient not bool" % n)
        for k in ("title", "text", "source", "section"):
            if not isinstance(obj.get(k), str) or not obj.get(k).strip():
                errors.append("line %d: empty %s" % (n, k))
        wc = len(obj.get("text", "").split())
        if not 60 <= wc <= 150:
            errors.append("line %d (%s): word count %d" % (n, obj.get("id"), wc))
        src = obj.get("source", "")
        if obj.get("patient") is False and not src.startswith("Synthetic") :
            errors.append("line %d: non-patient source must start 'Synthetic'" % n)
        if obj.get("patient") is False and "in the style of" not in src:
            errors.append("line %d: non-patient source lacks 'in the style of'" % n)
        if obj.get("patient") is True and not src.startswith("Fictional"):
            errors.append("line %d: patient source must start 'Fictional'" % n)
        recs.append(obj)

for field in ("id", "title", "text"):
    c = collections.Counter(r[field] for r in recs)
    d = [k for k, v in c.items() if v > 1]
    if d:
        errors.append("duplicate %s: %s" % (field, d[:5]))
# near-duplicate check: identical first 12 words
c = collections.Counter(" ".join(r["text"].split()[:12]) for r in recs)
d = [k for k, v in c.items() if v > 1]
if d:
    errors.append("near-duplicate openings: %s" % d[:5])

nf = sum(1 for r in recs if r["patient"] is False)
nt = sum(1 for r in recs if r["patient"] is True)
if nf < MIN_FALSE: errors.append("only %d patient=false (need %d)" % (nf, MIN_FALSE))
if nt < MIN_TRUE: errors.append("only %d patient=true (need %d)" % (nt, MIN_TRUE))

wcs = [len(r["text"].split()) for r in recs]
print("file:", PATH)
print("records:", len(recs))
print("patient=false:", nf)
print("patient=true:", nt)
print("word count min/mean/max: %d / %.1f / %d" % (min(wcs), sum(wcs) / len(wcs), max(wcs)))
langs = collections.Counter()
for r in recs:
    m = re.match(r"(Synthetic|Fictional) (\w+)-language", r["source"])
    langs[m.group(2) if m else "English"] += 1
print("languages:", dict(langs))
if errors:
    print("ERRORS (%d):" % len(errors))
    for e in errors: print("  " + e)
    sys.exit(1)
print("OK: all checks passed")
