#!/usr/bin/env python3
"""Markup -> jsonl. Source: ids*.txt (one record per line, [[kind|text]] spans), clean*.txt (one sentence per line).
Card spans may end in '?' (Luhn check digit computed); IBAN spans may have '??' as check digits (mod-97 computed)."""
import json, re, glob, os
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
PAT = re.compile(r"\[\[([a-z-]+)\|(.+?)\]\]")
def luhn_digit(digits):
    s = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    return str((10 - s % 10) % 10)
def fix_card(t):
    if t.endswith("?"):
        ds = re.sub(r"\D", "", t[:-1]); return t[:-1] + luhn_digit(ds)
    return t
def fix_iban(t):
    if "??" in t:
        raw = re.sub(r"\s", "", t); cc = raw[:2]; bban = raw[4:]
        n = int("".join(str(int(ch, 36)) for ch in (bban + cc + "00")))
        return t.replace("??", "%02d" % (98 - n % 97), 1)
    return t
def parse(line):
    text, spans, pos = "", [], 0
    for m in PAT.finditer(line):
        text += line[pos:m.start()]; kind, val = m.group(1), m.group(2)
        if kind == "card": val = fix_card(val)
        if kind == "iban": val = fix_iban(val)
        spans.append({"kind": kind, "start": len(text), "end": len(text) + len(val)})
        text += val; pos = m.end()
    text += line[pos:]
    return text, spans
def lines(pattern):
    for f in sorted(glob.glob(os.path.join(HERE, pattern))):
        for ln in open(f, encoding="utf-8"):
            ln = ln.rstrip("\n")
            if ln.strip() and not ln.startswith("#"): yield ln.replace("\\n", "\n")
with open(os.path.join(OUT, "international-identifiers.jsonl"), "w", encoding="utf-8") as o:
    for ln in lines("ids*.txt"):
        t, s = parse(ln); o.write(json.dumps({"text": t, "phi": s}, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "clean-case-sentences.jsonl"), "w", encoding="utf-8") as o:
    for ln in lines("clean*.txt"):
        assert "[[" not in ln, ln
        o.write(json.dumps({"text": ln, "phi": []}, ensure_ascii=False) + "\n")
print("built")
