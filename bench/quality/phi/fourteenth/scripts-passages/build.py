#!/usr/bin/env python3
"""Build public-health-passages.jsonl from the hand-typed source files in scripts/src/.

Source format: blocks beginning with a line '=== Title', then 'source: ...', 'section: ...',
then the passage text (one or more lines, joined with spaces). Files named ph_*.txt hold
passages about no patient (patient=false); files named pt_*.txt hold fictional patient
vignettes (patient=true). Nothing here chooses names, numbers or places: every passage is
typed in the source files. The script only parses, shuffles with a fixed seed and numbers.
"""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
OUT = os.path.join(os.path.dirname(HERE), "public-health-passages.jsonl")
SEED = 14


def parse(path, patient):
    text = open(path, encoding="utf-8").read()
    recs = []
    for block in text.split("\n=== "):
        block = block.strip()
        if block.startswith("=== "):
            block = block[4:]
        if not block:
            continue
        lines = [l.rstrip() for l in block.split("\n")]
        title = lines[0].strip()
        assert lines[1].startswith("source: "), (path, title)
        assert lines[2].startswith("section: "), (path, title)
        source = lines[1][len("source: "):].strip()
        section = lines[2][len("section: "):].strip()
        body = " ".join(l.strip() for l in lines[3:] if l.strip())
        recs.append({"title": title, "text": body, "source": source,
                     "section": section, "patient": patient})
    return recs


def main():
    recs = []
    for name in sorted(os.listdir(SRC)):
        if not name.endswith(".txt"):
            continue
        if name.startswith("ph_"):
            recs += parse(os.path.join(SRC, name), False)
        elif name.startswith("pt_"):
            recs += parse(os.path.join(SRC, name), True)
        else:
            sys.exit("unexpected source file: " + name)
    random.Random(SEED).shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            obj = {"id": "ph14-%03d" % i, "title": r["title"], "text": r["text"],
                   "source": r["source"], "section": r["section"], "patient": r["patient"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), OUT))


if __name__ == "__main__":
    main()
