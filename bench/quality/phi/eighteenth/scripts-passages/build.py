#!/usr/bin/env python3
"""Build public-health-passages.jsonl from hand-typed source files.

Source format (scripts/sources/*.txt): records separated by a line '---'.
Each record: 'T: title', 'S: source', 'C: section', then the passage text
(one or more lines, joined with single spaces). Files named ph_*.txt hold
passages about no patient (patient=false); files named pt_*.txt hold
fictional patient vignettes (patient=true).
The records are shuffled with a fixed seed, then numbered ph18-001, ...
"""
import json, random, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "public-health-passages.jsonl"
SEED = 18018


def parse(path):
    recs = []
    for block in path.read_text(encoding="utf-8").split("\n---\n"):
        lines = [l.rstrip() for l in block.strip().splitlines() if l.strip()]
        if not lines:
            continue
        meta, body = {}, []
        for l in lines:
            if l[:3] in ("T: ", "S: ", "C: ") and not body:
                meta[l[0]] = l[3:].strip()
            else:
                body.append(l.strip())
        if set(meta) != {"T", "S", "C"} or not body:
            sys.exit(f"bad record in {path.name}: {lines[:2]}")
        recs.append({"title": meta["T"], "text": " ".join(body),
                     "source": meta["S"], "section": meta["C"],
                     "patient": path.name.startswith("pt_"), "_file": path.name})
    return recs


def main():
    recs = []
    for p in sorted((HERE / "sources").glob("*.txt")):
        recs.extend(parse(p))
    random.Random(SEED).shuffle(recs)
    with OUT.open("w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            obj = {"id": f"ph18-{i:03d}", "title": r["title"], "text": r["text"],
                   "source": r["source"], "section": r["section"], "patient": r["patient"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {OUT}")


if __name__ == "__main__":
    main()
