#!/usr/bin/env python3
"""Build public-health-passages.jsonl from the hand-written source files in src/.

Source format: each record starts with a header line
    ### <title> || <source> || <section>
followed by the passage text (one or more lines, joined with spaces / kept
newlines collapsed to single spaces). Files named neg_*.txt hold
patient:false passages, pos_*.txt hold patient:true passages.
The records are shuffled with a fixed seed and numbered ph4-001, ph4-002, ...
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
OUT = os.path.join(os.path.dirname(HERE), "public-health-passages.jsonl")
SEED = 20261207


def parse(path, patient):
    text = open(path, encoding="utf-8").read()
    recs = []
    for chunk in re.split(r"^### ", text, flags=re.M)[1:]:
        header, _, body = chunk.partition("\n")
        parts = [p.strip() for p in header.split("||")]
        if len(parts) != 3:
            sys.exit(f"bad header in {path}: {header!r}")
        body = " ".join(line.strip() for line in body.strip().splitlines() if line.strip())
        recs.append({"title": parts[0], "text": body, "source": parts[1],
                     "section": parts[2], "patient": patient})
    return recs


def main():
    recs = []
    for name in sorted(os.listdir(SRC)):
        if not name.endswith(".txt"):
            continue
        if name.startswith("neg_"):
            recs += parse(os.path.join(SRC, name), False)
        elif name.startswith("pos_"):
            recs += parse(os.path.join(SRC, name), True)
    random.Random(SEED).shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            obj = {"id": f"ph4-{i:03d}", "title": r["title"], "text": r["text"],
                   "source": r["source"], "section": r["section"], "patient": r["patient"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    n_pos = sum(r["patient"] for r in recs)
    print(f"wrote {len(recs)} passages ({len(recs)-n_pos} patient:false, {n_pos} patient:true) to {OUT}")


if __name__ == "__main__":
    main()
