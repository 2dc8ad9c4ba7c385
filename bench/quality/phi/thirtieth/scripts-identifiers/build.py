#!/usr/bin/env python3
"""Build the two JSONL files from typed sources.

identifiers_*.txt : one record per line, inline markup [[kind|text]]; a literal
                    backslash-n in the source becomes a newline in the text.
clean_*.txt       : one clean sentence per line.
Lines that are empty or start with '#' are ignored.

The only things computed here: Luhn check digit for card spans whose text
ends in '?', and IBAN check pairs written as '??' after the country code.
"""
import json, re, glob, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MARK = re.compile(r"\[\[([a-z-]+)\|(.*?)\]\]")


def luhn_fill(s):
    assert s.count("?") == 1 and s.rstrip().endswith("?"), s
    digits = [int(c) for c in s if c.isdigit()]
    total = 0
    # the check digit will be at position 0 from the right; the others shift by one
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    check = (10 - total % 10) % 10
    return s.replace("?", str(check))


def iban_fill(s):
    compact = s.replace(" ", "")
    assert compact[2:4] == "??", s
    base = compact[4:] + compact[:2] + "00"
    num = "".join(str(int(c, 36)) for c in base)
    check = 98 - int(num) % 97
    return s.replace("??", "%02d" % check, 1)


def unesc(t):
    return t.replace("\\n", "\n")


def parse(line):
    text, spans, pos = "", [], 0
    for m in MARK.finditer(line):
        text += unesc(line[pos:m.start()])
        kind, val = m.group(1), unesc(m.group(2))
        if kind == "card" and "?" in val:
            val = luhn_fill(val)
        if kind == "iban" and "??" in val:
            val = iban_fill(val)
        start = len(text)
        text += val
        spans.append({"kind": kind, "start": start, "end": len(text)})
        pos = m.end()
    text += unesc(line[pos:])
    assert "[[" not in text and "]]" not in text, line
    return text, spans


def lines(pattern):
    for fn in sorted(glob.glob(os.path.join(HERE, pattern))):
        with open(fn, encoding="utf-8") as f:
            for ln in f:
                ln = ln.rstrip("\n")
                if not ln.strip() or ln.startswith("#"):
                    continue
                yield ln


def main():
    with open(os.path.join(OUT, "international-identifiers.jsonl"), "w", encoding="utf-8") as f:
        for ln in lines("identifiers_*.txt"):
            text, spans = parse(ln)
            f.write(json.dumps({"text": text, "phi": spans}, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "clean-case-sentences.jsonl"), "w", encoding="utf-8") as f:
        for ln in lines("clean_*.txt"):
            assert "[[" not in ln, ln
            f.write(json.dumps({"text": unesc(ln), "phi": []}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
