#!/usr/bin/env python3
"""Strip inline markup [[kind|surface]] from hand-typed sources, compute offsets.
Only check digits are computed: [[card*|...]] -> last digit replaced by Luhn digit;
[[iban*|CC?? ...]] -> '??' replaced by ISO 13616 mod-97 check digits."""
import json, re, glob, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MARK = re.compile(r"\[\[([a-z-]+\*?)\|(.*?)\]\]")

def luhn_fix(s):
    digs = [c for c in s if c.isdigit()]
    body = digs[:-1]
    tot = 0
    for i, d in enumerate(reversed(body)):
        v = int(d)
        if i % 2 == 0:
            v *= 2
            if v > 9: v -= 9
        tot += v
    chk = (10 - tot % 10) % 10
    idx = max(i for i, c in enumerate(s) if c.isdigit())
    return s[:idx] + str(chk) + s[idx+1:]

def iban_fix(s):
    compact = s.replace(" ", "").replace("?", "0").upper()
    re_ = compact[4:] + compact[:2] + "00"
    num = "".join(str(int(c, 36)) for c in re_)
    chk = 98 - int(num) % 97
    return s.replace("??", "%02d" % chk, 1)

def parse(line):
    out, spans, pos = [], [], 0
    for m in MARK.finditer(line):
        out.append(line[pos:m.start()])
        kind, surf = m.group(1), m.group(2)
        if kind.endswith("*"):
            kind = kind[:-1]
            surf = luhn_fix(surf) if kind == "card" else iban_fix(surf)
        start = sum(len(x) for x in out)
        out.append(surf)
        spans.append({"kind": kind, "start": start, "end": start + len(surf)})
        pos = m.end()
    out.append(line[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError("unparsed markup: " + line)
    return {"text": text, "phi": spans}

def build(pattern, outname):
    recs = []
    for fn in sorted(glob.glob(os.path.join(HERE, "src", pattern))):
        with open(fn, encoding="utf-8") as f:
            for ln in f:
                ln = ln.rstrip("\n")
                if not ln.strip() or ln.startswith("#"):
                    continue
                recs.append(parse(ln))
    with open(os.path.join(OUT, outname), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(outname, len(recs), "records", sum(len(r["phi"]) for r in recs), "spans")

build("id_*.txt", "international-identifiers.jsonl")
build("clean_*.txt", "clean-case-sentences.jsonl")
