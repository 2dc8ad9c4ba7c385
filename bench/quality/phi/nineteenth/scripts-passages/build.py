#!/usr/bin/env python3
"""Parse the hand-typed passage files (p*.txt) and write public-health-passages.jsonl.

Record format in each p*.txt file:
    == Title || Source || Section || F   (F = about no patient; T = identifies one fictional patient)
    passage text (one or more lines, joined by single spaces)
Note: a source line without a trailing flag defaults to F for p0*.txt files, T for patient*.txt.
"""
import glob, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "public-health-passages.jsonl")
SEED = 19190519

def parse(path):
    recs, cur = [], None
    default_patient = os.path.basename(path).startswith("patient")
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("== "):
                if cur: recs.append(cur)
                parts = [p.strip() for p in line[3:].split("||")]
                if len(parts) == 4:
                    flag = parts[3].upper()
                    assert flag in ("T", "F"), (path, line)
                    patient = flag == "T"
                elif len(parts) == 3:
                    patient = default_patient
                else:
                    raise ValueError(f"bad header in {path}: {line}")
                cur = {"title": parts[0], "source": parts[1], "section": parts[2],
                       "patient": patient, "lines": [], "file": os.path.basename(path)}
            elif line.strip():
                cur["lines"].append(line.strip())
    if cur: recs.append(cur)
    return recs

def main():
    recs = []
    for path in sorted(glob.glob(os.path.join(HERE, "p*.txt"))):
        recs.extend(parse(path))
    random.Random(SEED).shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as out:
        for i, r in enumerate(recs, 1):
            obj = {"id": f"ph19-{i:03d}", "title": r["title"], "text": " ".join(r["lines"]),
                   "source": r["source"], "section": r["section"], "patient": r["patient"]}
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {OUT}")

if __name__ == "__main__":
    main()
