#!/usr/bin/env python3
"""Build public-health-passages.jsonl from hand-typed source files in sources/.

Source format: a header line
  ## title || source || section || F   (F = patient false, T = patient true)
followed by the text lines, until the next header. The text is joined with single spaces.
Records are shuffled with a fixed seed, then numbered ph8-001, ph8-002, ...
"""
import glob, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "public-health-passages.jsonl")
SEED = 8088


def parse(path):
    recs, cur = [], None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("## "):
                if cur:
                    recs.append(cur)
                parts = [p.strip() for p in line[3:].split("||")]
                if len(parts) != 4 or parts[3] not in ("F", "T"):
                    sys.exit(f"bad header in {path}: {line}")
                cur = {"title": parts[0], "source": parts[1], "section": parts[2],
                       "patient": parts[3] == "T", "lines": []}
            elif cur is not None and line.strip():
                cur["lines"].append(line.strip())
    if cur:
        recs.append(cur)
    return recs


def main():
    recs = []
    for p in sorted(glob.glob(os.path.join(HERE, "sources", "*.txt"))):
        recs.extend(parse(p))
    random.Random(SEED).shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as out:
        for i, r in enumerate(recs, 1):
            obj = {"id": f"ph8-{i:03d}", "title": r["title"], "text": " ".join(r["lines"]),
                   "source": r["source"], "section": r["section"], "patient": r["patient"]}
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
    nt = sum(r["patient"] for r in recs)
    print(f"wrote {len(recs)} records ({len(recs)-nt} false, {nt} true) to {OUT}")


if __name__ == "__main__":
    main()
