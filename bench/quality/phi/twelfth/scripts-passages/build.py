#!/usr/bin/env python3
"""Build public-health-passages.jsonl from the hand-typed source files.

Source format (typed by hand): blocks starting with '=== Title', then
'source: ...', 'section: ...', then one or more lines of passage text.
Files named src_*patient*.txt hold patient:true passages; all others false.
The only automated step is a seeded shuffle and sequential id numbering.
"""
import json, random, pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "public-health-passages.jsonl"
SEED = 20261207

def parse(path):
    items, cur = [], None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if line.startswith("=== "):
            if cur: items.append(cur)
            cur = {"title": line[4:].strip(), "source": None, "section": None, "lines": []}
        elif cur is None or not line.strip():
            continue
        elif line.startswith("source: ") and cur["source"] is None:
            cur["source"] = line[8:].strip()
        elif line.startswith("section: ") and cur["section"] is None:
            cur["section"] = line[9:].strip()
        else:
            cur["lines"].append(line.strip())
    if cur: items.append(cur)
    return items

def main():
    recs = []
    for f in sorted(HERE.glob("src_*.txt")):
        patient = "patient" in f.name
        for it in parse(f):
            recs.append({"title": it["title"], "text": " ".join(it["lines"]),
                         "source": it["source"], "section": it["section"],
                         "patient": patient, "_file": f.name})
    rng = random.Random(SEED)
    rng.shuffle(recs)
    with OUT.open("w", encoding="utf-8") as fh:
        for i, r in enumerate(recs, 1):
            obj = {"id": f"ph12-{i:03d}", "title": r["title"], "text": r["text"],
                   "source": r["source"], "section": r["section"], "patient": r["patient"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {OUT}")

if __name__ == "__main__":
    main()
