"""Parse the hand-typed source files (src_*.txt) into records.

Format of each record:
== Title
S: source string
C: section string
text (one or more lines, joined with single spaces)
"""
import glob
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def parse_file(path):
    recs = []
    cur = None
    with open(path, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if line.startswith("== "):
                if cur:
                    recs.append(cur)
                cur = {"title": line[3:].strip(), "source": None, "section": None,
                       "lines": [], "file": os.path.basename(path), "line": lineno}
            elif cur is None:
                if line.strip():
                    raise ValueError(f"{path}:{lineno}: text before first record")
            elif line.startswith("S: ") and cur["source"] is None:
                cur["source"] = line[3:].strip()
            elif line.startswith("C: ") and cur["section"] is None:
                cur["section"] = line[3:].strip()
            elif line.strip():
                cur["lines"].append(line.strip())
    if cur:
        recs.append(cur)
    out = []
    for r in recs:
        if not r["source"] or not r["section"] or not r["lines"]:
            raise ValueError(f"{r['file']}:{r['line']}: incomplete record {r['title']!r}")
        out.append({"title": r["title"], "text": " ".join(r["lines"]),
                    "source": r["source"], "section": r["section"],
                    "file": r["file"], "line": r["line"]})
    return out


def load_all():
    """Return list of (record, patient_flag). Files named src_pt_*.txt are patient=true."""
    allrecs = []
    for path in sorted(glob.glob(os.path.join(HERE, "src_*.txt"))):
        patient = os.path.basename(path).startswith("src_pt_")
        for r in parse_file(path):
            r["patient"] = patient
            allrecs.append(r)
    return allrecs


if __name__ == "__main__":
    recs = load_all()
    bad = 0
    for r in recs:
        n = len(r["text"].split())
        if not 60 <= n <= 150:
            bad += 1
            print(f"WORDS {n}: {r['file']}:{r['line']} {r['title']}")
    print(len(recs), "records;", sum(r["patient"] for r in recs), "patient;", bad, "out of range")
