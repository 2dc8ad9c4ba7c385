#!/usr/bin/env python3
"""Assemble the two JSONL deliverables from the hand-written sources in src/.

src/sent_*.txt : one hand-written clean case sentence per line.
src/pass_*.txt : passages in blocks:
    === F|T | title | source | section
    passage text (one paragraph)
F = patient false (published-guidance style), T = patient true (identifiable patient).

Standard library only. Fixed seeds so the output is reproducible.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
SENT_SEED = 20240611
PASS_SEED = 4357  # shuffle seed for passages (true and false mixed)


def load_sentences():
    out = []
    for p in sorted(glob.glob(os.path.join(SRC, "sent_*.txt"))):
        with open(p, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line:
                    out.append(line)
    return out


def load_passages():
    out = []
    for p in sorted(glob.glob(os.path.join(SRC, "pass_*.txt"))):
        with open(p, encoding="utf-8") as f:
            text = f.read()
        for block in re.split(r"^=== ", text, flags=re.M):
            block = block.strip()
            if not block:
                continue
            header, _, body = block.partition("\n")
            parts = [x.strip() for x in header.split("|")]
            assert len(parts) == 4, (p, header)
            flag, title, source, section = parts
            assert flag in ("F", "T"), (p, header)
            body = " ".join(body.split())
            assert body, (p, header)
            out.append({"title": title, "text": body, "source": source,
                        "section": section, "patient": flag == "T"})
    return out


def main():
    sents = load_sentences()
    random.Random(SENT_SEED).shuffle(sents)
    with open(os.path.join(HERE, "clean-case-sentences.jsonl"), "w", encoding="utf-8") as f:
        for s in sents:
            f.write(json.dumps({"text": s, "phi": []}, ensure_ascii=False) + "\n")

    passages = load_passages()
    random.Random(PASS_SEED).shuffle(passages)
    with open(os.path.join(HERE, "public-health-passages.jsonl"), "w", encoding="utf-8") as f:
        for i, rec in enumerate(passages, 1):
            row = {"id": "ph2-%03d" % i, "title": rec["title"], "text": rec["text"],
                   "source": rec["source"], "section": rec["section"], "patient": rec["patient"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("sentences:", len(sents), "passages:", len(passages),
          "patient true:", sum(p["patient"] for p in passages))


if __name__ == "__main__":
    main()
