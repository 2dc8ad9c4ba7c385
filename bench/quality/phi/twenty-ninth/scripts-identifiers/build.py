#!/usr/bin/env python3
"""Build the two JSONL files from hand-typed sources with inline [[kind|text]] markup.

Only computations allowed: offsets, Luhn check digit for cards (a trailing '?' in a
card span), and ISO 13616 mod-97 check digits for IBANs ('??' in positions 3-4).
"""
import json, re, sys, pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
MARK = re.compile(r"\[\[([a-z-]+)\|(.+?)\]\]")


def luhn_digit(body):
    digits = [int(c) for c in body if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:  # these get doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def iban_fill(text):
    compact = text.replace(" ", "")
    assert compact[2:4] == "??", text
    rearr = compact[4:] + compact[:2] + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    check = 98 - int(num) % 97
    cd = "%02d" % check
    i = text.index("??")
    return text[:i] + cd + text[i + 2:]


def parse(line):
    out, spans, pos = [], [], 0
    for m in MARK.finditer(line):
        out.append(line[pos:m.start()])
        kind, val = m.group(1), m.group(2)
        if kind == "card" and val.endswith("?"):
            val = val[:-1] + luhn_digit(val[:-1])
        if kind == "iban" and "??" in val:
            val = iban_fill(val)
        start = sum(len(s) for s in out)
        out.append(val)
        spans.append({"kind": kind, "start": start, "end": start + len(val)})
        pos = m.end()
    out.append(line[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text, line
    return text, spans


def read_lines(pattern):
    recs = []
    for p in sorted(HERE.glob(pattern)):
        for raw in p.read_text(encoding="utf-8").splitlines():
            s = raw.strip()
            if not s or s.startswith("#"):
                continue
            recs.append(parse(s))
    return recs


def main():
    ids = read_lines("src_ids_*.txt")
    clean = read_lines("src_clean_*.txt")
    with open(OUT / "international-identifiers.jsonl", "w", encoding="utf-8") as f:
        for t, sp in ids:
            f.write(json.dumps({"text": t, "phi": sp}, ensure_ascii=False) + "\n")
    with open(OUT / "clean-case-sentences.jsonl", "w", encoding="utf-8") as f:
        for t, sp in clean:
            if sp:
                sys.exit("clean record has markup: " + t)
            f.write(json.dumps({"text": t, "phi": []}, ensure_ascii=False) + "\n")
    print(f"identifier records: {len(ids)}  clean records: {len(clean)}")


if __name__ == "__main__":
    main()
