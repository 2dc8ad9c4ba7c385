#!/usr/bin/env python3
"""Build the two JSONL files from typed sources.
Identifier sources (ids_*.txt): one record per line, inline markup [[kind|text]].
Clean sources (clean_*.txt): one sentence per line.
Lines starting with '#' and blank lines are skipped.
The only computed content: a trailing 'X' inside a [[card|...]] span is replaced by its Luhn
check digit, and '??' in positions 3-4 of an [[iban|...]] span by the mod-97 check digits."""
import json, re, glob, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MARK = re.compile(r"\[\[([a-z-]+)\|(.+?)\]\]")

def luhn_digit(body):
    digits = [int(c) for c in body if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        total += d
    return str((10 - total % 10) % 10)

def iban_fill(s):
    compact = s.replace(" ", "")
    cc, bban = compact[:2], compact[4:]
    num = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    chk = "%02d" % (98 - int(num) % 97)
    i = s.index("??")
    return s[:i] + chk + s[i+2:]

def strip(line):
    text, spans, pos = [], [], 0
    last = 0
    for m in MARK.finditer(line):
        text.append(line[last:m.start()])
        pos += len(line[last:m.start()])
        kind, val = m.group(1), m.group(2)
        if kind == "card" and val.endswith("X"):
            val = val[:-1] + luhn_digit(val[:-1])
        if kind == "iban" and "??" in val:
            val = iban_fill(val)
        spans.append({"kind": kind, "start": pos, "end": pos + len(val)})
        text.append(val)
        pos += len(val)
        last = m.end()
    text.append(line[last:])
    t = "".join(text)
    if "[[" in t or "]]" in t:
        sys.exit("unbalanced markup: " + line)
    return t, spans

def read(pattern):
    for fn in sorted(glob.glob(os.path.join(HERE, pattern))):
        with open(fn, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                line = line.replace("\\n", "\n")
                if not line.strip() or line.startswith("#"):
                    continue
                yield line

with open(os.path.join(OUT, "international-identifiers.jsonl"), "w", encoding="utf-8") as f:
    n = 0
    for line in read("ids_*.txt"):
        t, spans = strip(line)
        f.write(json.dumps({"text": t, "phi": spans}, ensure_ascii=False) + "\n"); n += 1
print("identifier records", n)
with open(os.path.join(OUT, "clean-case-sentences.jsonl"), "w", encoding="utf-8") as f:
    n = 0
    for line in read("clean_*.txt"):
        if "[[" in line: sys.exit("markup in clean: " + line)
        f.write(json.dumps({"text": line, "phi": []}, ensure_ascii=False) + "\n"); n += 1
print("clean records", n)
