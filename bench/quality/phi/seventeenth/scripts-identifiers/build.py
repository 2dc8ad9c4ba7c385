#!/usr/bin/env python3
"""Build the two JSONL files from hand-typed sources.

Sources (typed by hand):
  ids_*.txt   one identifier record per line, spans marked inline as [[kind|text]]
  clean_*.txt one clean sentence per line (no markup)
Lines starting with '#' and blank lines are ignored.

The only computation performed on content: a '@' inside a card span is replaced with the
Luhn check digit, and '@@' inside an IBAN span (right after the country code) is replaced
with the ISO 13616 mod-97 check digits. Everything else is exactly as typed.
"""
import glob, json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MARK = re.compile(r"\[\[([a-z-]+)\|(.*?)\]\]")


def luhn_digit(payload_digits):
    total = 0
    # payload without check digit; double every second digit starting from the rightmost
    for i, ch in enumerate(reversed(payload_digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def fill_card(t):
    if "@" not in t:
        return t
    digits = "".join(c for c in t if c.isdigit())
    return t.replace("@", luhn_digit(digits))


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def fill_iban(t):
    if "@@" not in t:
        return t
    country = t[:2]
    rest = t[4:].replace(" ", "")
    return country + iban_check(country, rest) + t[4:]


def parse(line):
    out, spans, pos = [], [], 0
    for m in MARK.finditer(line):
        out.append(line[pos:m.start()])
        kind, txt = m.group(1), m.group(2)
        if kind == "card":
            txt = fill_card(txt)
        elif kind == "iban":
            txt = fill_iban(txt)
        start = sum(len(x) for x in out)
        out.append(txt)
        spans.append({"kind": kind, "start": start, "end": start + len(txt)})
        pos = m.end()
    out.append(line[pos:])
    return "".join(out), spans


def read_lines(pattern):
    rows = []
    for fn in sorted(glob.glob(os.path.join(HERE, pattern))):
        with open(fn, encoding="utf-8") as f:
            for raw in f:
                line = raw.rstrip("\n").strip()
                if not line or line.startswith("#"):
                    continue
                rows.append(line)
    return rows


def main():
    ids = [parse(l) for l in read_lines("ids_*.txt")]
    with open(os.path.join(OUT, "international-identifiers.jsonl"), "w", encoding="utf-8") as f:
        for text, spans in ids:
            f.write(json.dumps({"text": text, "phi": spans}, ensure_ascii=False) + "\n")
    clean = read_lines("clean_*.txt")
    with open(os.path.join(OUT, "clean-case-sentences.jsonl"), "w", encoding="utf-8") as f:
        for text in clean:
            if "[[" in text:
                raise SystemExit("markup in clean sentence: " + text)
            f.write(json.dumps({"text": text, "phi": []}, ensure_ascii=False) + "\n")
    print("identifier records:", len(ids), "clean records:", len(clean))


if __name__ == "__main__":
    main()
