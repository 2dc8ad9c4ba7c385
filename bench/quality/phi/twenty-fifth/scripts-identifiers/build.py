#!/usr/bin/env python3
"""Build the two JSONL files from the hand-typed sources.

Identifier sources (ids_*.txt): one record per line, identifiers marked inline as
[[kind|text]]. The markup is stripped and 0-based end-exclusive offsets are computed.
The only computed content: in a `card` span a single '?' is replaced by the Luhn
check digit; in an `iban` span '??' (right after the country code) is replaced by the
ISO 7064 mod-97 check pair. Nothing else is generated.
Clean source (clean_*.txt): one sentence per line, no markup.
Lines starting with '#' and blank lines are ignored.
"""
import json, re, glob, os

KINDS = ["name", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health-plan", "account",
         "license", "address", "zip", "url", "ip", "vehicle", "device", "card", "iban"]
MARK = re.compile(r"\[\[(" + "|".join(re.escape(k) for k in KINDS) + r")\|(.+?)\]\]")
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def luhn_digit(partial):
    digits = [int(c) for c in partial]
    total = 0
    # the check digit will be appended; double every second digit from the right of partial
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def fill_card(t):
    if "?" not in t:
        return t
    assert t.count("?") == 1 and t.endswith("?"), t
    digits = re.sub(r"\D", "", t[:-1])
    return t[:-1] + luhn_digit(digits)


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s.upper())
    return "%02d" % (98 - int(num) % 97)


def fill_iban(t):
    if "??" not in t:
        return t
    assert t[2:4] == "??", t
    bban = re.sub(r"\s", "", t[4:])
    return t[:2] + iban_check(t[:2], bban) + t[4:]


def parse(line):
    text, spans, pos = [], [], 0
    out_len = 0
    for m in MARK.finditer(line):
        before = line[pos:m.start()]
        assert "[[" not in before and "]]" not in before, line
        text.append(before)
        out_len += len(before)
        kind, val = m.group(1), m.group(2)
        if kind == "card":
            val = fill_card(val)
        elif kind == "iban":
            val = fill_iban(val)
        spans.append({"kind": kind, "start": out_len, "end": out_len + len(val)})
        text.append(val)
        out_len += len(val)
        pos = m.end()
    rest = line[pos:]
    assert "[[" not in rest and "]]" not in rest, line
    text.append(rest)
    return "".join(text), spans


def lines(pattern):
    for fn in sorted(glob.glob(os.path.join(HERE, pattern))):
        with open(fn, encoding="utf-8") as f:
            for raw in f:
                raw = raw.rstrip("\n").strip()
                if not raw or raw.startswith("#"):
                    continue
                yield raw


def main():
    with open(os.path.join(OUT, "international-identifiers.jsonl"), "w", encoding="utf-8") as f:
        for l in lines("ids_*.txt"):
            t, sp = parse(l)
            f.write(json.dumps({"text": t, "phi": sp}, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "clean-case-sentences.jsonl"), "w", encoding="utf-8") as f:
        for l in lines("clean_*.txt"):
            assert "[[" not in l, l
            f.write(json.dumps({"text": l, "phi": []}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
