#!/usr/bin/env python3
"""Build the two JSONL files from the typed sources.

Markup: [[kind|text]] marks an identifier span. The only computed values are:
  - card spans: a single '?' is replaced by the Luhn check digit;
  - iban spans: '??' right after the country code is replaced by the mod-97 check digits.
Everything else (names, numbers, places) is typed by hand in the *.txt sources.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MARK = re.compile(r"\[\[([a-z-]+)\|(.+?)\]\]")


def luhn_fill(s):
    assert s.count("?") == 1, s
    digits = [c for c in s if c.isdigit() or c == "?"]
    assert digits[-1] == "?", "check digit must be last: " + s
    body = [int(c) for c in digits[:-1]]
    total = 0
    # positions from the right, the check digit is position 1 (not doubled)
    for i, d in enumerate(reversed(body)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    check = (10 - total % 10) % 10
    return s.replace("?", str(check))


def iban_fill(s):
    assert s[2:4] == "??", s
    compact = s.replace(" ", "")
    cc, bban = compact[:2], compact[4:]
    num = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    check = 98 - int(num) % 97
    return s[:2] + "%02d" % check + s[4:]


def parse(line):
    text, spans, pos = [], [], 0
    for m in MARK.finditer(line):
        text.append(line[pos:m.start()])
        kind, val = m.group(1), m.group(2)
        if kind == "card":
            val = luhn_fill(val)
        elif kind == "iban":
            val = iban_fill(val)
        start = sum(len(t) for t in text)
        text.append(val)
        spans.append({"kind": kind, "start": start, "end": start + len(val)})
        pos = m.end()
    text.append(line[pos:])
    out = "".join(text)
    if "[[" in out or "]]" in out:
        raise ValueError("unparsed markup: " + line)
    return out, spans


def read(names):
    recs = []
    for n in names:
        with open(os.path.join(HERE, n), encoding="utf-8") as f:
            for ln in f:
                ln = ln.rstrip("\n")
                if not ln.strip() or ln.startswith("#"):
                    continue
                recs.append(parse(ln))
    return recs


def write(path, recs):
    with open(path, "w", encoding="utf-8") as f:
        for t, sp in recs:
            f.write(json.dumps({"text": t, "phi": sp}, ensure_ascii=False) + "\n")


ids = read(["ids_anglo.txt", "ids_intl.txt"])
clean = read(["clean_1.txt", "clean_2.txt", "clean_3.txt", "clean_4.txt"])
for t, sp in clean:
    assert not sp, t
write(os.path.join(OUT, "international-identifiers.jsonl"), ids)
write(os.path.join(OUT, "clean-case-sentences.jsonl"), clean)
print("identifier records:", len(ids), "clean records:", len(clean))
