#!/usr/bin/env python3
"""Parse hand-typed source files and write public-health-passages.jsonl.

Source format: each record starts with a line
    @@ title || source || section
followed by the passage text (one or more lines) until the next @@ line.
Files named false_*.txt give patient=false, true_*.txt give patient=true.
The generator only parses, shuffles (fixed seed) and numbers; it chooses no content.
"""
import json, random, pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "public-health-passages.jsonl"
SEED = 20261207


def parse(path, patient):
    recs, cur = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("@@"):
            if cur:
                recs.append(cur)
            parts = [p.strip() for p in line[2:].split("||")]
            if len(parts) != 3:
                raise SystemExit(f"bad header in {path.name}: {line}")
            cur = {"title": parts[0], "source": parts[1], "section": parts[2], "lines": []}
        elif cur is not None and line.strip():
            cur["lines"].append(line.strip())
    if cur:
        recs.append(cur)
    out = []
    for r in recs:
        out.append({"title": r["title"], "text": " ".join(r["lines"]),
                    "source": r["source"], "section": r["section"], "patient": patient})
    return out


def main():
    src = HERE / "sources"
    records = []
    for p in sorted(src.glob("false_*.txt")):
        records += parse(p, False)
    for p in sorted(src.glob("true_*.txt")):
        records += parse(p, True)
    random.Random(SEED).shuffle(records)
    with OUT.open("w", encoding="utf-8") as f:
        for i, r in enumerate(records, 1):
            obj = {"id": f"ph9-{i:03d}", "title": r["title"], "text": r["text"],
                   "source": r["source"], "section": r["section"], "patient": r["patient"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    nf = sum(not r["patient"] for r in records)
    print(f"wrote {len(records)} records ({nf} false, {len(records)-nf} true) to {OUT}")


if __name__ == "__main__":
    main()
