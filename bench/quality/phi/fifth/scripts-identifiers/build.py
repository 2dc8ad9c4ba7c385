#!/usr/bin/env python3
"""Build jsonl files from hand-written markup sources.
Markup: [[kind|surface text]]. A literal backslash-n in a source line becomes a newline.
In card spans a trailing '?' is replaced by the Luhn check digit; in iban spans '??' at
positions 3-4 is replaced by the ISO 13616 mod-97 check digits."""
import json, re, glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MARK = re.compile(r"\[\[([a-z-]+)\|(.*?)\]\]")

def luhn_digit(partial):
    digits = [int(c) for c in partial if c.isdigit()]
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
    # replace the first '??' in the spaced form
    return s.replace("??", chk, 1)

def fill(kind, text):
    if kind == "card" and text.endswith("?"):
        return text[:-1] + luhn_digit(text[:-1])
    if kind == "iban" and "??" in text:
        return iban_fill(text)
    return text

def parse(line):
    line = line.replace("\\n", "\n")
    out, spans, pos = [], [], 0
    for m in MARK.finditer(line):
        out.append(line[pos:m.start()])
        cur = sum(len(x) for x in out)
        t = fill(m.group(1), m.group(2))
        spans.append({"kind": m.group(1), "start": cur, "end": cur + len(t)})
        out.append(t)
        pos = m.end()
    out.append(line[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError("unparsed markup: " + line)
    return {"text": text, "phi": spans}

def build(pattern, dest):
    recs = []
    for fn in sorted(glob.glob(os.path.join(HERE, pattern))):
        for line in open(fn, encoding="utf-8"):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            recs.append(parse(line))
    with open(os.path.join(OUT, dest), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(dest, len(recs))

if __name__ == "__main__":
    build("ids_*.txt", "international-identifiers.jsonl")
    build("clean_*.txt", "clean-case-sentences.jsonl")
