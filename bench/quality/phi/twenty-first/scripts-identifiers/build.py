#!/usr/bin/env python3
"""Build the two JSONL files from typed sources.

Sources use inline markup [[kind|text]]. The only computed values:
 - card spans: a trailing '?' is replaced by the Luhn check digit;
 - iban spans: the two characters after the country code may be '??' and are
   replaced by the ISO 13616 mod-97 check digits.
Everything else (names, numbers, places) is typed by hand in the source files.
"""
import json, re, sys, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MARK = re.compile(r"\[\[([a-z\-]+)\|(.+?)\]\]")

def luhn_digit(partial):
    digits = [int(c) for c in partial if c.isdigit()]
    total = 0
    # the check digit will be appended at the right; double every second from right starting with the last partial digit
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)

def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)

def fix_card(t):
    if t.endswith("?"):
        return t[:-1] + luhn_digit(t[:-1])
    return t

def fix_iban(t):
    if t[2:4] == "??":
        bban = re.sub(r"[^0-9A-Za-z]", "", t[4:]).upper()
        return t[:2] + iban_check(t[:2].upper(), bban) + t[4:]
    return t

def parse(line):
    text, spans, pos = "", [], 0
    for m in MARK.finditer(line):
        text += line[pos:m.start()]
        kind, val = m.group(1), m.group(2)
        if kind == "card":
            val = fix_card(val)
        elif kind == "iban":
            val = fix_iban(val)
        start = len(text)
        text += val
        spans.append({"kind": kind, "start": start, "end": len(text)})
        pos = m.end()
    text += line[pos:]
    if "[[" in text or "]]" in text:
        raise SystemExit("unparsed markup: " + line)
    return text, spans

def read_lines(names):
    for n in names:
        with open(os.path.join(HERE, n), encoding="utf-8") as f:
            for ln in f:
                ln = ln.rstrip("\n")
                if not ln.strip() or ln.startswith("#"):
                    continue
                yield ln

def main():
    id_src = sorted(n for n in os.listdir(HERE) if n.startswith("ids_") and n.endswith(".txt"))
    cl_src = sorted(n for n in os.listdir(HERE) if n.startswith("clean_") and n.endswith(".txt"))
    with open(os.path.join(OUT, "international-identifiers.jsonl"), "w", encoding="utf-8") as f:
        for ln in read_lines(id_src):
            t, s = parse(ln)
            f.write(json.dumps({"text": t, "phi": s}, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "clean-case-sentences.jsonl"), "w", encoding="utf-8") as f:
        for ln in read_lines(cl_src):
            t, s = parse(ln)
            if s:
                raise SystemExit("span in clean source: " + ln)
            f.write(json.dumps({"text": t, "phi": []}, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
