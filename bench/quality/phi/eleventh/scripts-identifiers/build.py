#!/usr/bin/env python3
"""Build JSONL from hand-typed source files.

Source format: one record per line; '#' lines and blank lines are skipped.
Inline markup [[kind|surface text]] marks an identifier span.
In card spans a single '?' stands for the Luhn check digit; in IBAN spans
'??' in positions 3-4 stand for the ISO 13616 mod-97 check digits. These are
the ONLY values the script computes; everything else is typed by hand.
"""
import json, re, sys, glob, os

KINDS = {"name","date","address","zip","phone","fax","email","url","ip","ssn","mrn",
         "health-plan","account","license","vehicle","device","card","iban","age"}
MARK = re.compile(r"\[\[([a-z\-]+)\|(.+?)\]\]")

def luhn_fill(s):
    digits = [c for c in s if c.isdigit() or c == "?"]
    assert digits[-1] == "?", s
    body = [int(c) for c in digits[:-1]]
    total = 0
    for i, d in enumerate(reversed(body)):
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        total += d
    check = (10 - total % 10) % 10
    return s.replace("?", str(check))

def iban_fill(s):
    compact = s.replace(" ", "")
    assert compact[2:4] == "??", s
    rearr = compact[4:] + compact[:2] + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    check = 98 - int(num) % 97
    return s.replace("??", "%02d" % check, 1)

def parse(line, where):
    out, spans, pos = [], [], 0
    text = ""
    for m in MARK.finditer(line):
        text += line[pos:m.start()]
        kind, val = m.group(1), m.group(2)
        if kind not in KINDS:
            sys.exit("unknown kind %r at %s" % (kind, where))
        if kind == "card" and "?" in val: val = luhn_fill(val)
        if kind == "iban" and "??" in val: val = iban_fill(val)
        start = len(text); text += val
        spans.append({"kind": kind, "start": start, "end": len(text)})
        pos = m.end()
    text += line[pos:]
    if "[[" in text or "]]" in text:
        sys.exit("stray markup at %s: %s" % (where, line))
    return {"text": text, "phi": spans}

def build(pattern, outpath, clean=False):
    recs = []
    for fn in sorted(glob.glob(pattern)):
        with open(fn, encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"): continue
                line = line.replace("\\n", "\n")
                r = parse(line, "%s:%d" % (fn, i))
                if clean and r["phi"]:
                    sys.exit("markup in clean file %s:%d" % (fn, i))
                recs.append(r)
    with open(outpath, "w", encoding="utf-8") as f:
        for r in recs: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(outpath, len(recs))

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
build(os.path.join(here, "src", "phi_*.txt"), os.path.join(root, "international-identifiers.jsonl"))
build(os.path.join(here, "src", "clean_*.txt"), os.path.join(root, "clean-case-sentences.jsonl"), clean=True)
