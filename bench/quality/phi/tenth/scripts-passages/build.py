#!/usr/bin/env python3
"""Build public-health-passages.jsonl from the hand-typed source files in this folder.

Source format (one record per blank-line-separated block):
    == title || source || section
    text line(s)
Files named false_*.txt hold patient:false passages; true_*.txt hold patient:true passages.
The script only parses, shuffles (fixed seed) and numbers; it never invents content.
"""
import glob, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "public-health-passages.jsonl")
SEED = 20261010


def load_records():
    recs = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.txt"))):
        name = os.path.basename(path)
        if name.startswith("false_"):
            patient = False
        elif name.startswith("true_"):
            patient = True
        else:
            continue
        with open(path, encoding="utf-8") as fh:
            blocks = [b for b in fh.read().strip().split("\n\n") if b.strip()]
        for b in blocks:
            lines = b.strip("\n").split("\n")
            head = lines[0]
            if not head.startswith("== "):
                raise SystemExit(f"{name}: bad header {head!r}")
            parts = head[3:].split(" || ")
            if len(parts) != 3:
                raise SystemExit(f"{name}: header needs 3 fields: {head!r}")
            title, source, section = (p.strip() for p in parts)
            text = "\n".join(l.rstrip() for l in lines[1:]).strip()
            recs.append({"title": title, "text": text, "source": source,
                         "section": section, "patient": patient, "_file": name})
    return recs


def ordered(recs):
    recs = list(recs)
    random.Random(SEED).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": f"ph10-{i:03d}", "title": r["title"], "text": r["text"],
                    "source": r["source"], "section": r["section"], "patient": r["patient"]})
    return out


def main():
    rows = ordered(load_records())
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    nf = sum(1 for r in rows if not r["patient"])
    print(f"wrote {len(rows)} rows to {OUT}: patient false={nf}, true={len(rows)-nf}")


if __name__ == "__main__":
    main()
