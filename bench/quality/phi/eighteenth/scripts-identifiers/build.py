#!/usr/bin/env python3
"""Build the two JSONL files from the hand-typed sources.

Source format: one record per line; lines that are blank or start with '#' are skipped.
Identifiers are marked inline as [[kind|text]]. The only computed content:
  * card spans: a trailing 'X' is replaced by the Luhn check digit;
  * iban spans: '??' after the country code is replaced by the ISO 13616 mod-97 check digits.
Offsets are 0-based, end-exclusive, counted in UTF-16 code units (all text is BMP, so equal to str indices).
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MARK = re.compile(r"\[\[([a-z-]+)\|(.+?)\]\]")


def luhn_complete(span):
    assert span.count("X") == 1 and span.rstrip().endswith("X"), span
    digits = [int(c) for c in span if c.isdigit()]
    # the check digit will sit at the right-most position; double every second digit from the right of the payload
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    check = (10 - total % 10) % 10
    return span.replace("X", str(check))


def iban_complete(span):
    assert span[2:4] == "??", span
    compact = span.replace(" ", "")
    country, bban = compact[:2], compact[4:]
    rearranged = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearranged)
    check = 98 - int(num) % 97
    return span[:2] + "%02d" % check + span[4:]


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def parse_line(line):
    out, spans, pos = [], [], 0
    cur = ""
    for m in MARK.finditer(line):
        cur += line[pos:m.start()]
        kind, text = m.group(1), m.group(2)
        if kind == "card":
            text = luhn_complete(text)
        elif kind == "iban":
            text = iban_complete(text)
        start = utf16_len(cur)
        cur += text
        spans.append({"kind": kind, "start": start, "end": start + utf16_len(text)})
        pos = m.end()
    cur += line[pos:]
    if "[[" in cur or "]]" in cur:
        raise ValueError("unparsed markup: " + line)
    return {"text": cur, "phi": spans}


def read_sources(names):
    recs = []
    for n in names:
        with open(os.path.join(HERE, n), encoding="utf-8") as f:
            for raw in f:
                line = raw.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                recs.append(parse_line(line))
    return recs


def write(path, recs):
    with open(path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    ids = read_sources(["ids_anglo.txt", "ids_intl.txt"])
    clean = read_sources(["clean_a.txt", "clean_b.txt"])
    for r in clean:
        if r["phi"]:
            sys.exit("clean source contains markup: " + r["text"])
    write(os.path.join(OUT, "international-identifiers.jsonl"), ids)
    write(os.path.join(OUT, "clean-case-sentences.jsonl"), clean)
    print("identifier records:", len(ids), "clean records:", len(clean))
