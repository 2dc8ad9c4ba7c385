#!/usr/bin/env python3
"""Build the two JSONL files from the typed sources in this folder.

Identifier sources: id_*.txt, one record per line, spans marked inline as [[kind|text]].
Clean sources: clean_*.txt, one sentence per line, no markup allowed.
Blank lines and lines starting with '#' are skipped. A literal \\n in a source line becomes a
line break (used for multi-line tables).

The only computed content: in a card span the final '#' is replaced by the Luhn
check digit; in an IBAN span the '##' after the country code is replaced by the
ISO 13616 mod-97 check digits. Everything else is typed by hand.
"""
import glob, json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MARK = re.compile(r"\[\[([a-z-]+)\|(.*?)\]\]")


def luhn_digit(partial_digits):
    total = 0
    for i, ch in enumerate(reversed(partial_digits)):
        d = int(ch)
        if i % 2 == 0:  # these positions get doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s.upper())
    return "%02d" % (98 - int(num) % 97)


def fill(kind, text):
    if kind == "card" and text.endswith("#"):
        digits = re.sub(r"\D", "", text[:-1])
        return text[:-1] + luhn_digit(digits)
    if kind == "iban" and text[2:4] == "##":
        bban = re.sub(r"\s", "", text[4:])
        return text[:2] + iban_check(text[:2], bban) + text[4:]
    return text


def parse(line):
    line = line.replace("\\n", "\n")  # a literal backslash-n in a source line is a line break
    out, spans, pos = [], [], 0
    cur = 0
    for m in MARK.finditer(line):
        out.append(line[pos:m.start()])
        cur += len(line[pos:m.start()])
        kind, text = m.group(1), fill(m.group(1), m.group(2))
        spans.append({"kind": kind, "start": cur, "end": cur + len(text)})
        out.append(text)
        cur += len(text)
        pos = m.end()
    out.append(line[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError("unparsed markup: " + line)
    return text, spans


def read_lines(pattern):
    for path in sorted(glob.glob(os.path.join(HERE, pattern))):
        with open(path, encoding="utf-8") as f:
            for raw in f:
                line = raw.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                yield os.path.basename(path), line


def main():
    ids = []
    for src, line in read_lines("id_*.txt"):
        text, spans = parse(line)
        ids.append({"text": text, "phi": spans})
    clean = []
    for src, line in read_lines("clean_*.txt"):
        if "[[" in line:
            raise ValueError("markup in clean source %s: %s" % (src, line))
        clean.append({"text": line, "phi": []})
    with open(os.path.join(OUT, "international-identifiers.jsonl"), "w", encoding="utf-8") as f:
        for r in ids:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "clean-case-sentences.jsonl"), "w", encoding="utf-8") as f:
        for r in clean:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("identifier records:", len(ids), "clean records:", len(clean))


if __name__ == "__main__":
    main()
