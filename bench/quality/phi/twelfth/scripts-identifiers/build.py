#!/usr/bin/env python3
"""Build the two JSONL files from hand-typed sources.

Source format: one record per line; blank lines and lines starting with '#' are skipped.
Identifier spans are marked inline as [[kind|text]]. The only values this script computes are
  * a card's Luhn check digit, written as '?' at the end of a card span, and
  * an IBAN's two check digits, written as '??' right after the country code.
Everything else (names, numbers, places, wording) is typed by hand in the source files.
"""
import json, re, sys, pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
MARK = re.compile(r"\[\[([a-z-]+)\|(.*?)\]\]")

def luhn_digit(body):
    digits = [int(c) for c in body if c.isdigit()]
    total = 0
    # check digit will be appended: rightmost existing digit is doubled
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)

def iban_check(text):
    compact = text.replace(" ", "")
    cc, bban = compact[:2], compact[4:]
    s = "".join(str(int(ch, 36)) for ch in (bban + cc + "00"))
    return "%02d" % (98 - int(s) % 97)

def fill(kind, val):
    if kind == "card" and "?" in val:
        i = val.index("?")
        val = val[:i] + luhn_digit(val[:i]) + val[i + 1:]
    if kind == "iban" and val[2:4] == "??":
        val = val[:2] + iban_check(val) + val[4:]
    return val

def parse(line):
    out, spans, pos = [], [], 0
    for m in MARK.finditer(line):
        out.append(line[pos:m.start()])
        cur = sum(len(p) for p in out)
        val = fill(m.group(1), m.group(2))
        out.append(val)
        spans.append({"kind": m.group(1), "start": cur, "end": cur + len(val)})
        pos = m.end()
    out.append(line[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError("unbalanced markup: " + line)
    return {"text": text, "phi": spans}

def read(paths):
    recs = []
    for p in paths:
        for n, raw in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            try:
                recs.append(parse(line.strip()))
            except Exception as e:
                sys.exit("%s:%d: %s" % (p.name, n, e))
    return recs

def main():
    ids = read(sorted(HERE.glob("src_ids_*.txt")))
    clean = read(sorted(HERE.glob("src_clean_*.txt")))
    for name, recs in (("international-identifiers.jsonl", ids), ("clean-case-sentences.jsonl", clean)):
        with open(OUT / name, "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(name, len(recs))

if __name__ == "__main__":
    main()
