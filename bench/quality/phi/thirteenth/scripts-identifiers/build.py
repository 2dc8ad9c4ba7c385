#!/usr/bin/env python3
"""Build the two JSONL files from the hand-typed sources in this folder.

Source format: one record per line. Blank lines and lines starting with '#' are skipped.
Identifier records carry inline markup [[kind|text]]; the markup is stripped and the
span offsets (0-based, end-exclusive; BMP only so Python offsets == UTF-16 offsets)
are computed from the stripped text.

The only values this script computes are check digits:
  * card: a single '?' (last digit) is replaced by the Luhn check digit;
  * iban: '??' after the country code is replaced by the ISO 13616 mod-97 check pair.
Everything else (names, numbers, places) is typed by hand in the sources.
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KINDS = {"name", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health-plan", "account",
         "license", "address", "zip", "url", "ip", "vehicle", "device", "card", "iban"}
MARK = re.compile(r"\[\[([a-z-]+)\|(.+?)\]\]")


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def fill_card(s):
    if "?" not in s:
        return s
    assert s.count("?") == 1 and s.rstrip().endswith("?"), s
    for c in "0123456789":
        cand = s.replace("?", c)
        if luhn_ok("".join(ch for ch in cand if ch.isdigit())):
            return cand
    raise ValueError(s)


def fill_iban(s):
    if "??" not in s:
        return s
    compact = s.replace(" ", "").replace("??", "00")
    rearr = compact[4:] + compact[:4]
    num = "".join(str(int(ch, 36)) for ch in rearr)
    check = 98 - int(num) % 97
    return s.replace("??", "%02d" % check, 1)


def parse(line, where):
    out = []
    spans = []
    pos = 0
    length = 0
    for m in MARK.finditer(line):
        pre = line[pos:m.start()]
        out.append(pre)
        length += len(pre)
        kind, txt = m.group(1), m.group(2)
        if kind not in KINDS:
            raise SystemExit("%s: unknown kind %r" % (where, kind))
        if kind == "card":
            txt = fill_card(txt)
        elif kind == "iban":
            txt = fill_iban(txt)
        spans.append({"kind": kind, "start": length, "end": length + len(txt)})
        out.append(txt)
        length += len(txt)
        pos = m.end()
    out.append(line[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise SystemExit("%s: stray markup in %r" % (where, text))
    return text, spans


def read_sources(pattern):
    records = []
    for path in sorted(glob.glob(os.path.join(HERE, pattern))):
        with open(path, encoding="utf-8") as fh:
            for n, raw in enumerate(fh, 1):
                line = raw.rstrip("\n").strip()
                if not line or line.startswith("#"):
                    continue
                text, spans = parse(line, "%s:%d" % (os.path.basename(path), n))
                records.append({"text": text, "phi": spans})
    return records


def write(path, records):
    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    ids = read_sources("ids_*.txt")
    clean = read_sources("clean_*.txt")
    for r in clean:
        if r["phi"]:
            raise SystemExit("clean record with markup: %r" % r["text"])
    write(os.path.join(OUT, "international-identifiers.jsonl"), ids)
    write(os.path.join(OUT, "clean-case-sentences.jsonl"), clean)
    print("identifier records: %d, clean records: %d" % (len(ids), len(clean)))


if __name__ == "__main__":
    main()
