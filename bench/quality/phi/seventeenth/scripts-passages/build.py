#!/usr/bin/env python3
"""Build public-health-passages.jsonl from the hand-typed source files in this folder.

Source format: blocks separated by a line '---'. Each block has lines
'T: title', 'S: source', 'C: section', then the passage text (may span lines).
Files named np_*.txt hold patient:false passages; pt_*.txt hold patient:true passages.
Nothing here chooses names, numbers or places: it only parses, shuffles (fixed seed) and numbers.
"""
import json, random, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "public-health-passages.jsonl"
SEED = 17017


def parse(path):
    items = []
    blocks = path.read_text(encoding="utf-8").split("\n---")
    for b in blocks:
        lines = [l for l in b.strip("\n").split("\n")]
        lines = [l for l in lines if l.strip() != ""]
        if not lines:
            continue
        meta = {}
        body = []
        for l in lines:
            if l[:3] in ("T: ", "S: ", "C: ") and not body:
                meta[l[0]] = l[3:].strip()
            else:
                body.append(l.strip())
        if set(meta) != {"T", "S", "C"} or not body:
            sys.exit(f"bad block in {path.name}: {lines[:2]}")
        items.append((meta["T"], " ".join(body), meta["S"], meta["C"]))
    return items


def main():
    recs = []
    for p in sorted(HERE.glob("np_*.txt")):
        for t, x, s, c in parse(p):
            recs.append((t, x, s, c, False, p.name))
    for p in sorted(HERE.glob("pt_*.txt")):
        for t, x, s, c in parse(p):
            recs.append((t, x, s, c, True, p.name))
    random.Random(SEED).shuffle(recs)
    with OUT.open("w", encoding="utf-8") as f:
        for i, (t, x, s, c, pt, _) in enumerate(recs, 1):
            obj = {"id": f"ph17-{i:03d}", "title": t, "text": x, "source": s,
                   "section": c, "patient": pt}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {OUT}")
    print(f"patient:false {sum(1 for r in recs if not r[4])}, patient:true {sum(1 for r in recs if r[4])}")


if __name__ == "__main__":
    main()
