#!/usr/bin/env python3
"""Parse hand-typed source files (false_*.txt, true_*.txt), shuffle with a fixed seed,
assign sequential ids and write ../public-health-passages.jsonl."""
import glob, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "public-health-passages.jsonl")
SEED = 11


def parse(path, label):
    recs, cur = [], {}
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip():
                continue
            tag, _, val = line.partition(": ")
            if tag == "T":
                if cur:
                    recs.append(cur)
                cur = {"title": val.strip()}
            elif tag in ("S", "C", "X"):
                key = {"S": "source", "C": "section", "X": "text"}[tag]
                if key in cur:
                    raise SystemExit(f"{path}: duplicate {key} in {cur.get('title')}")
                cur[key] = val.strip()
            else:
                raise SystemExit(f"{path}: bad line {line[:60]!r}")
    if cur:
        recs.append(cur)
    for r in recs:
        for k in ("title", "source", "section", "text"):
            if k not in r:
                raise SystemExit(f"{path}: missing {k} in {r.get('title')}")
        r["patient"] = label
    return recs


def main():
    recs = []
    for p in sorted(glob.glob(os.path.join(HERE, "false_*.txt"))):
        recs += parse(p, False)
    for p in sorted(glob.glob(os.path.join(HERE, "true_*.txt"))):
        recs += parse(p, True)
    random.Random(SEED).shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, r in enumerate(recs, 1):
            obj = {"id": f"ph11-{i:03d}", "title": r["title"], "text": r["text"],
                   "source": r["source"], "section": r["section"], "patient": r["patient"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    nf = sum(not r["patient"] for r in recs)
    print(f"wrote {len(recs)} records ({nf} false, {len(recs) - nf} true) to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
