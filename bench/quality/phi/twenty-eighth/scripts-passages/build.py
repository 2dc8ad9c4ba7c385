#!/usr/bin/env python3
"""Parse the hand-typed passage files in src/ and write public-health-passages.jsonl.

Files named p_*.txt hold fictional patient passages (patient: true); all others hold
public-health passages (patient: false). Each record:
  @@ title
  S: source
  C: section
  text lines...
The only automatic step is a shuffle with a fixed seed, then sequential ids.
"""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
OUT = os.path.join(os.path.dirname(HERE), "public-health-passages.jsonl")
SEED = 2028


def parse(path, patient):
    recs, cur = [], None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if line.startswith("@@ "):
                if cur:
                    recs.append(cur)
                cur = {"title": line[3:].strip(), "text": [], "source": None, "section": None,
                       "patient": patient, "file": os.path.basename(path)}
            elif cur is None or not line.strip():
                continue
            elif line.startswith("S: ") and cur["source"] is None:
                cur["source"] = line[3:].strip()
            elif line.startswith("C: ") and cur["section"] is None:
                cur["section"] = line[3:].strip()
            else:
                cur["text"].append(line.strip())
    if cur:
        recs.append(cur)
    for r in recs:
        r["text"] = " ".join(r["text"])
        if not r["source"] or not r["section"] or not r["text"]:
            sys.exit("incomplete record %r in %s" % (r["title"], path))
    return recs


def main():
    recs = []
    for name in sorted(os.listdir(SRC)):
        if name.endswith(".txt"):
            recs.extend(parse(os.path.join(SRC, name), name.startswith("p_")))
    random.Random(SEED).shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, r in enumerate(recs, 1):
            obj = {"id": "ph28-%03d" % i, "title": r["title"], "text": r["text"],
                   "source": r["source"], "section": r["section"], "patient": r["patient"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), OUT))


if __name__ == "__main__":
    main()
