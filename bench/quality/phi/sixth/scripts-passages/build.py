#!/usr/bin/env python3
"""Build public-health-passages.jsonl from hand-written source files src_*.txt.
Record format: a header line '=== title || source || section || N|P' followed by the text."""
import json, random, glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "public-health-passages.jsonl")

def parse(path):
    recs, cur = [], None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("=== "):
            if cur: recs.append(cur)
            parts = [p.strip() for p in line[4:].split("||")]
            assert len(parts) == 4, (path, line)
            cur = {"title": parts[0], "source": parts[1], "section": parts[2],
                   "patient": {"N": False, "P": True}[parts[3]], "lines": []}
        elif cur is not None:
            cur["lines"].append(line)
    if cur: recs.append(cur)
    for r in recs:
        r["text"] = "\n".join(r.pop("lines")).strip()
    return recs

def main():
    recs = []
    for p in sorted(glob.glob(os.path.join(HERE, "src_*.txt"))):
        recs.extend(parse(p))
    random.Random(20261207).shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            obj = {"id": "ph6-%03d" % i, "title": r["title"], "text": r["text"],
                   "source": r["source"], "section": r["section"], "patient": r["patient"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print("wrote", len(recs), "records to", OUT)

if __name__ == "__main__":
    main()
