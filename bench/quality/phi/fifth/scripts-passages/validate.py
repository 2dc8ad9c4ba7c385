"""Validate public-health-passages.jsonl. Exit 1 on any error."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "public-health-passages.jsonl")
KEYS = ["id", "title", "text", "source", "section", "patient"]
errors = []; seen = set(); n_true = n_false = 0
with open(PATH, encoding="utf-8") as f:
    lines = f.read().splitlines()
for i, line in enumerate(lines, 1):
    try:
        rec = json.loads(line)
    except Exception as e:
        errors.append("line %d: JSON error %s" % (i, e)); continue
    if list(rec.keys()) != KEYS:
        errors.append("line %d: keys %s" % (i, list(rec.keys())))
    if rec.get("id") != "ph5-%03d" % i:
        errors.append("line %d: id %s not sequential" % (i, rec.get("id")))
    for k in ["title", "text", "source", "section"]:
        if not isinstance(rec.get(k), str) or not rec.get(k).strip():
            errors.append("line %d: empty/non-string %s" % (i, k))
    if not isinstance(rec.get("patient"), bool):
        errors.append("line %d: patient not bool" % i)
    wc = len(str(rec.get("text", "")).split())
    if not 50 <= wc <= 150:
        errors.append("line %d (%s): %d words" % (i, rec.get("id"), wc))
    t = rec.get("text")
    if t in seen:
        errors.append("line %d: duplicate text" % i)
    seen.add(t)
    src = str(rec.get("source", ""))
    if not (src.startswith("Synthetic") or src.startswith("Reproduced")):
        errors.append("line %d: source wording" % i)
    if rec.get("patient") is True: n_true += 1
    elif rec.get("patient") is False: n_false += 1
print("passages:", len(lines), "patient:false:", n_false, "patient:true:", n_true)
if n_false < 200: errors.append("patient:false count %d < 200" % n_false)
if n_true < 40: errors.append("patient:true count %d < 40" % n_true)
for e in errors: print("ERROR", e)
print("errors:", len(errors))
sys.exit(1 if errors else 0)
