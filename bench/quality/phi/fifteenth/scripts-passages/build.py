"""Build public-health-passages.jsonl from the hand-typed src_*.txt files.

Every passage, title, source and section was typed by hand in the src files;
this script only parses, shuffles with a fixed seed and numbers the ids.
"""
import json
import os
import random

from parse_src import load_all

SEED = 15015
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "public-health-passages.jsonl")


def main():
    recs = load_all()
    texts = set()
    for r in recs:
        if r["text"] in texts:
            raise SystemExit(f"duplicate text: {r['title']}")
        texts.add(r["text"])
    random.Random(SEED).shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, r in enumerate(recs, 1):
            obj = {
                "id": f"ph15-{i:03d}",
                "title": r["title"],
                "text": r["text"],
                "source": r["source"],
                "section": r["section"],
                "patient": r["patient"],
            }
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {OUT}")


if __name__ == "__main__":
    main()
