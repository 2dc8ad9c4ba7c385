#!/usr/bin/env python3
"""Build the two JSONL files from hand-typed sources.

Sources: scripts/id_*.txt (one record a line, spans marked [[kind|text]]) and
scripts/clean_*.txt (one clean sentence a line, no markup). Lines that are empty or
start with '#' are skipped.  The only computed values: a '?' as the last digit of a
card span is replaced by its Luhn check digit, and '??' in positions 3-4 of an iban
span is replaced by the ISO 13616 mod-97 check pair.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MARK = re.compile(r"\[\[([a-z-]+)\|(.*?)\]\]")


def luhn_fill(s):
    digits = [c for c in s if c.isdigit()]
    total = 0
    # check digit will be appended at the right; so the rightmost existing digit is doubled
    for i, d in enumerate(reversed(digits)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return s.replace("?", str((10 - total % 10) % 10))


def iban_fill(s):
    compact = s.replace(" ", "")
    assert compact[2:4] == "??", s
    rearr = compact[4:] + compact[:2] + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    check = 98 - int(num) % 97
    return s.replace("??", "%02d" % check, 1)


def parse(line):
    out, spans, pos = [], [], 0
    for m in MARK.finditer(line):
        out.append(line[pos:m.start()])
        kind, txt = m.group(1), m.group(2)
        if kind == "card" and "?" in txt:
            txt = luhn_fill(txt)
        if kind == "iban" and "??" in txt:
            txt = iban_fill(txt)
        start = sum(len(x) for x in out)
        out.append(txt)
        spans.append({"kind": kind, "start": start, "end": start + len(txt)})
        pos = m.end()
    out.append(line[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError("stray markup: " + line)
    return text, spans


def read(prefix):
    rows = []
    for fn in sorted(os.listdir(HERE)):
        if fn.startswith(prefix) and fn.endswith(".txt"):
            with open(os.path.join(HERE, fn), encoding="utf-8") as f:
                for ln, line in enumerate(f, 1):
                    line = line.rstrip("\n").replace("\\n", "\n")
                    if not line.strip() or line.startswith("#"):
                        continue
                    rows.append((fn, ln, line))
    return rows


def main():
    with open(os.path.join(OUT, "international-identifiers.jsonl"), "w", encoding="utf-8") as f:
        for fn, ln, line in read("id_"):
            text, spans = parse(line)
            f.write(json.dumps({"text": text, "phi": spans}, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "clean-case-sentences.jsonl"), "w", encoding="utf-8") as f:
        for fn, ln, line in read("clean_"):
            if "[[" in line:
                raise ValueError("markup in clean %s:%d" % (fn, ln))
            f.write(json.dumps({"text": line, "phi": []}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
