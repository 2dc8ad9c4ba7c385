#!/usr/bin/env python3
"""Build the two JSONL files from typed sources.

Source format: one record per line. Identifier spans are written inline as
[[kind|text]]. Lines starting with '#' and blank lines are ignored.
The only computation allowed: a card number whose final character is '?' gets
its Luhn check digit; an IBAN whose characters 3-4 are '??' gets its mod-97
check pair. Everything else is exactly as typed.
"""
import json, re, sys, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MARK = re.compile(r"\[\[([a-z-]+)\|(.*?)\]\]")


def luhn_fill(s):
    digits = [int(c) for c in s[:-1] if c.isdigit()]
    total = 0
    # check digit will be rightmost; double every second from the right of payload
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return s[:-1] + str((10 - total % 10) % 10)


def iban_fill(s):
    compact = s.replace(" ", "")
    cc, rest = compact[:2], compact[4:]
    rearr = rest + cc + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    check = 98 - int(num) % 97
    return s[:2] + "%02d" % check + s[4:]


def parse(line):
    out, spans, pos = [], [], 0
    for m in MARK.finditer(line):
        out.append(line[pos:m.start()])
        kind, txt = m.group(1), m.group(2)
        if kind == "card" and txt.endswith("?"):
            txt = luhn_fill(txt)
        if kind == "iban" and txt[2:4] == "??":
            txt = iban_fill(txt)
        start = sum(len(x) for x in out)
        out.append(txt)
        spans.append({"kind": kind, "start": start, "end": start + len(txt)})
        pos = m.end()
    out.append(line[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        sys.exit("unparsed markup: " + line)
    return {"text": text, "phi": spans}


def load(names):
    recs = []
    for n in names:
        with open(os.path.join(HERE, n), encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                recs.append(parse(line))
    return recs


def write(path, recs):
    with open(path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    ids = load(["ids_anglo.txt", "ids_intl.txt"])
    clean = load(["clean_1.txt", "clean_2.txt"])
    for r in clean:
        if r["phi"]:
            sys.exit("clean record has markup: " + r["text"])
    write(os.path.join(OUT, "international-identifiers.jsonl"), ids)
    write(os.path.join(OUT, "clean-case-sentences.jsonl"), clean)
    print("identifier records:", len(ids), "clean records:", len(clean))
