#!/usr/bin/env python3
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "public-health-passages.jsonl")
KEYS = ["id", "title", "text", "source", "section", "patient"]
errors, seen, n_true, n_false = [], {}, 0, 0
with open(PATH, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            o = json.loads(line)
        except Exception as e:
            errors.append(f"line {ln}: JSON error {e}"); continue
        if list(o.keys()) != KEYS:
            errors.append(f"line {ln}: keys {list(o.keys())}")
        if o.get("id") != "ph6-%03d" % ln:
            errors.append(f"line {ln}: id {o.get('id')}")
        for k in ("title", "text", "source", "section"):
            if not isinstance(o.get(k), str) or not o.get(k).strip():
                errors.append(f"line {ln}: empty/non-string {k}")
        if not isinstance(o.get("patient"), bool):
            errors.append(f"line {ln}: patient not bool")
        wc = len(o.get("text", "").split())
        if not 50 <= wc <= 150:
            errors.append(f"line {ln} ({o.get('title')}): {wc} words")
        t = o.get("text", "")
        if t in seen:
            errors.append(f"line {ln}: duplicate text of line {seen[t]}")
        seen[t] = ln
        if o.get("patient") is True: n_true += 1
        elif o.get("patient") is False: n_false += 1
        src = o.get("source", "")
        if not ("Synthetic" in src or "fictional" in src):
            errors.append(f"line {ln}: source lacks Synthetic/fictional")
if n_false < 200: errors.append(f"only {n_false} patient:false (<200)")
if n_true < 40: errors.append(f"only {n_true} patient:true (<40)")
for e in errors: print("ERROR", e)
print(f"records={n_false+n_true} patient_false={n_false} patient_true={n_true} errors={len(errors)}")
sys.exit(1 if errors else 0)
