#!/usr/bin/env python3
"""Parse hand-typed passage files in src/ and write the shuffled JSONL.
Files whose name starts with 'P' hold fictional patient passages (patient: true);
all others hold passages about no patient (patient: false)."""
import json, os, random
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
OUT = os.path.join(os.path.dirname(HERE), "public-health-passages.jsonl")
SEED = 16016

def parse(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    items = []
    for block in raw.split("\n===\n"):
        block = block.strip()
        if not block:
            continue
        lines = block.split("\n")
        assert lines[0].startswith("T: "), (path, lines[0])
        assert lines[1].startswith("S: "), (path, lines[1])
        assert lines[2].startswith("C: "), (path, lines[2])
        text = " ".join(l.strip() for l in lines[3:] if l.strip())
        items.append((lines[0][3:].strip(), text, lines[1][3:].strip(), lines[2][3:].strip()))
    return items

def main():
    records = []
    for name in sorted(os.listdir(SRC)):
        if not name.endswith(".txt"):
            continue
        patient = name.startswith("P")
        for title, text, source, section in parse(os.path.join(SRC, name)):
            records.append({"title": title, "text": text, "source": source,
                            "section": section, "patient": patient, "_file": name})
    random.Random(SEED).shuffle(records)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(records, 1):
            obj = {"id": "ph16-%03d" % i, "title": r["title"], "text": r["text"],
                   "source": r["source"], "section": r["section"], "patient": r["patient"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print("wrote", len(records), "records to", OUT)

if __name__ == "__main__":
    main()
