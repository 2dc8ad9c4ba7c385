#!/usr/bin/env python3
"""Build the JSONL files from typed sources.

Sources use inline markup [[kind|text]]. The markup is stripped and the span offsets
are computed on the resulting plain text (Python str indices == UTF-16 units because
all text stays in the Basic Multilingual Plane).

The only values this script computes:
  * card spans: a trailing '?' is replaced by the Luhn check digit;
  * iban spans: '??' at positions 3-4 is replaced by the ISO 7064 mod-97 check pair.
Everything else (names, numbers, places) is typed by hand in the source files.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MARK = re.compile(r"\[\[([a-z-]+)\|(.+?)\]\]")


def luhn_fill(s):
    assert s.endswith("?"), s
    digits = [int(c) for c in s[:-1] if c.isdigit()]
    total = 0
    # check digit will be at the rightmost position; double every second digit from the right of payload
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    check = (10 - total % 10) % 10
    return s[:-1] + str(check)


def iban_fill(s):
    assert s[2:4] == "??", s
    compact = s.replace(" ", "")
    rearr = compact[4:] + compact[:2] + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    check = 98 - int(num) % 97
    return s[:2] + "%02d" % check + s[4:]


def parse_line(line):
    text, spans, pos = [], [], 0
    cur = 0
    for m in MARK.finditer(line):
        text.append(line[pos:m.start()])
        cur += m.start() - pos
        kind, val = m.group(1), m.group(2)
        if kind == "card" and val.endswith("?"):
            val = luhn_fill(val)
        if kind == "iban" and val[2:4] == "??":
            val = iban_fill(val)
        spans.append({"kind": kind, "start": cur, "end": cur + len(val)})
        text.append(val)
        cur += len(val)
        pos = m.end()
    text.append(line[pos:])
    t = "".join(text)
    assert "[[" not in t and "]]" not in t, line
    return {"text": t, "phi": spans}


def read_src(names):
    recs = []
    for n in names:
        with open(os.path.join(HERE, n), encoding="utf-8") as f:
            for raw in f:
                raw = raw.rstrip("\n")
                if not raw.strip() or raw.startswith("#"):
                    continue
                recs.append(parse_line(raw.replace("\\n", "\n")))
    return recs


def write(path, recs):
    with open(path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    ids = read_src(sorted(n for n in os.listdir(HERE) if n.startswith("ids_") and n.endswith(".txt")))
    clean = read_src(sorted(n for n in os.listdir(HERE) if n.startswith("clean_") and n.endswith(".txt")))
    write(os.path.join(OUT, "international-identifiers.jsonl"), ids)
    write(os.path.join(OUT, "clean-case-sentences.jsonl"), clean)
    print("identifier records:", len(ids), "clean records:", len(clean))
