#!/usr/bin/env python3
"""Build the two JSONL files from hand-typed sources.

Sources: scripts/ids_*.txt (one record per line, inline [[kind|text]] markup) and
scripts/clean_*.txt (one plain sentence per line). Lines that are blank or start
with '#' are skipped. The only computed content: a '?' at the end of a card span is
replaced by its Luhn check digit, and '??' after the country code of an IBAN span is
replaced by the ISO 13616 mod-97 check digits. Everything else is typed by hand.
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MARK = re.compile(r"\[\[([a-z-]+)\|(.+?)\]\]")


def luhn_fill(s):
    digits = [c for c in s if c.isdigit()]
    # check digit d makes the full number valid
    for d in range(10):
        nums = [int(c) for c in digits] + [d]
        total = 0
        for i, n in enumerate(reversed(nums)):
            if i % 2 == 1:
                n *= 2
                if n > 9:
                    n -= 9
            total += n
        if total % 10 == 0:
            return s.replace("?", str(d))
    raise ValueError(s)


def iban_fill(s):
    compact = re.sub(r"\s", "", s)
    country, bban = compact[:2], compact[4:]
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    check = 98 - int(num) % 97
    return s.replace("??", "%02d" % check, 1)


def parse(line):
    out, spans, pos = [], [], 0
    length = 0
    for m in MARK.finditer(line):
        before = line[pos:m.start()]
        out.append(before)
        length += len(before)
        kind, text = m.group(1), m.group(2)
        if kind == "card" and "?" in text:
            text = luhn_fill(text)
        if kind == "iban" and "??" in text:
            text = iban_fill(text)
        spans.append({"kind": kind, "start": length, "end": length + len(text)})
        out.append(text)
        length += len(text)
        pos = m.end()
    out.append(line[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError("unparsed markup: " + line)
    return text, spans


def read(pattern):
    lines = []
    for path in sorted(glob.glob(os.path.join(HERE, pattern))):
        with open(path, encoding="utf-8") as f:
            for raw in f:
                raw = raw.rstrip("\n")
                if not raw.strip() or raw.startswith("#"):
                    continue
                lines.append(raw.strip())
    return lines


def main():
    with open(os.path.join(OUT, "international-identifiers.jsonl"), "w", encoding="utf-8") as f:
        for line in read("ids_*.txt"):
            text, spans = parse(line)
            f.write(json.dumps({"text": text, "phi": spans}, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "clean-case-sentences.jsonl"), "w", encoding="utf-8") as f:
        for line in read("clean_*.txt"):
            text, spans = parse(line)
            if spans:
                raise ValueError("markup in clean source: " + line)
            f.write(json.dumps({"text": text, "phi": []}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
