#!/usr/bin/env python3
"""Build the two JSONL files from the hand-typed sources in this folder.

Markup: [[kind|text]] marks a span. The only computed content:
  * card spans: a single '#' is replaced by the Luhn check digit;
  * iban spans: '??' right after the country code is replaced by the mod-97 check pair.
Nothing else (no names, numbers or places) is generated.
"""
import json, re, sys, os, glob

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KINDS = {"name", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health-plan", "account",
         "license", "address", "zip", "url", "ip", "vehicle", "device", "card", "iban"}
SPAN = re.compile(r"\[\[([a-z\-]+)\|(.+?)\]\]")


def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def iban_check(compact):  # compact with '00' as check
    cc, bban = compact[:2], compact[4:]
    s = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    return "%02d" % (98 - int(s) % 97)


def fill(kind, text):
    if kind == "card" and "#" in text:
        payload = re.sub(r"\D", "", text.replace("#", ""))
        text = text.replace("#", luhn_digit(payload))
    if kind == "iban" and "??" in text:
        compact = re.sub(r"\s", "", text).upper().replace("??", "00")
        text = text.replace("??", iban_check(compact))
    return text


def parse(line, where):
    out, spans, pos = [], [], 0
    for m in SPAN.finditer(line):
        kind, text = m.group(1), m.group(2)
        if kind not in KINDS:
            sys.exit("unknown kind %r at %s" % (kind, where))
        text = fill(kind, text)
        out.append(line[pos:m.start()])
        start = sum(len(x) for x in out)
        out.append(text)
        spans.append({"kind": kind, "start": start, "end": start + len(text)})
        pos = m.end()
    out.append(line[pos:])
    plain = "".join(out)
    if "[[" in plain or "]]" in plain:
        sys.exit("stray markup at %s: %s" % (where, line))
    return plain, spans


def read(pattern):
    recs = []
    for path in sorted(glob.glob(os.path.join(HERE, pattern))):
        for n, raw in enumerate(open(path, encoding="utf-8"), 1):
            line = raw.rstrip("\n").strip()
            if not line or line.startswith("#"):
                continue
            text, spans = parse(line, "%s:%d" % (os.path.basename(path), n))
            recs.append({"text": text, "phi": spans})
    return recs


def write(name, recs):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("%s: %d records" % (name, len(recs)))


if __name__ == "__main__":
    ids = read("ids_*.txt")
    clean = read("clean_*.txt")
    for r in clean:
        if r["phi"]:
            sys.exit("clean source has markup: " + r["text"])
    write("international-identifiers.jsonl", ids)
    write("clean-case-sentences.jsonl", clean)
