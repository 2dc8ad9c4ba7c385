#!/usr/bin/env python3
"""Build the blind evaluation JSONL files from hand-typed sources.

Source lines carry inline markup [[kind|text]]. The only computed content:
  * card spans: a single '?' is replaced by the Luhn check digit;
  * iban spans: '??' (the two check digits) is replaced by the ISO 13616 mod-97 pair.
Lines starting with '#' and blank lines are ignored.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MARK = re.compile(r"\[\[([a-z-]+)\|(.+?)\]\]")


def luhn_fill(s):
    digits = [c for c in s if c.isdigit() or c == "?"]
    assert digits.count("?") == 1 and digits[-1] == "?", s
    body = [int(c) for c in digits[:-1]]
    total = 0
    for i, d in enumerate(reversed(body)):
        if i % 2 == 0:  # these positions get doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return s.replace("?", str((10 - total % 10) % 10))


def iban_fill(s):
    compact = s.replace(" ", "")
    assert compact[2:4] == "??", s
    rearr = compact[4:] + compact[:2] + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    check = 98 - int(num) % 97
    return s.replace("??", "%02d" % check, 1)


def parse(line):
    text, spans, pos = [], [], 0
    out_len = 0
    for m in MARK.finditer(line):
        plain = line[pos:m.start()]
        assert "[[" not in plain and "]]" not in plain, line
        text.append(plain)
        out_len += len(plain)
        kind, val = m.group(1), m.group(2)
        if kind == "card":
            val = luhn_fill(val)
        elif kind == "iban":
            val = iban_fill(val)
        spans.append({"kind": kind, "start": out_len, "end": out_len + len(val)})
        text.append(val)
        out_len += len(val)
        pos = m.end()
    rest = line[pos:]
    assert "[[" not in rest and "]]" not in rest, line
    text.append(rest)
    return "".join(text), spans


def read(names):
    recs = []
    for n in names:
        with open(os.path.join(HERE, n), encoding="utf-8") as f:
            for raw in f:
                line = raw.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                t, s = parse(line.strip())
                recs.append({"text": t, "phi": s})
    return recs


def write(name, recs):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(name, len(recs))


if __name__ == "__main__":
    write("international-identifiers.jsonl", read(["ids_anglo.txt", "ids_intl.txt"]))
    clean = read(["clean_en.txt", "clean_other.txt"])
    for r in clean:
        assert not r["phi"], r
    write("clean-case-sentences.jsonl", clean)
