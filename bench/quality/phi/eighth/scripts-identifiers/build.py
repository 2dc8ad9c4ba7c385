#!/usr/bin/env python3
"""Build the two JSONL files from hand-typed sources in scripts/src/.

Markup: [[kind|surface text]]. Lines starting with '%%' and blank lines are ignored.
Inside card spans a single '#' is replaced by the Luhn check digit of the preceding digits.
Inside iban spans the two characters '##' after the country code are replaced by ISO 13616 mod-97
check digits. No other value is chosen by code.
"""
import json, re, os, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MARK = re.compile(r"\[\[([a-z\-]+)\|(.+?)\]\]")

def luhn_digit(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:  # these positions are doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)

def fill_card(v):
    if '#' not in v:
        return v
    pre = v.split('#')[0]
    digits = re.sub(r"\D", "", pre)
    return v.replace('#', luhn_digit(digits), 1)

def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s.upper())
    return "%02d" % (98 - int(num) % 97)

def fill_iban(v):
    if '##' not in v:
        return v
    country = v[:2]
    rest = v.split('##', 1)[1]
    bban = re.sub(r"[^0-9A-Za-z]", "", rest)
    return v.replace('##', iban_check(country, bban), 1)

def parse(line):
    out, spans, pos = [], [], 0
    text = ""
    for m in MARK.finditer(line):
        text += line[pos:m.start()]
        kind, val = m.group(1), m.group(2)
        if kind == 'card':
            val = fill_card(val)
        elif kind == 'iban':
            val = fill_iban(val)
        start = len(text)
        text += val
        spans.append({"kind": kind, "start": start, "end": len(text)})
        pos = m.end()
    text += line[pos:]
    if '[[' in text or ']]' in text:
        raise ValueError("unparsed markup: " + line)
    return text, spans

def read_sources(pattern):
    recs = []
    for fn in sorted(glob.glob(os.path.join(HERE, 'src', pattern))):
        with open(fn, encoding='utf-8') as fh:
            for n, raw in enumerate(fh, 1):
                line = raw.rstrip('\n')
                if not line.strip() or line.startswith('%%'):
                    continue
                # literal "\n" in a source line becomes a real newline (flattened forms, faxes)
                line = line.replace('\\n', '\n')
                try:
                    text, spans = parse(line)
                except ValueError as e:
                    sys.exit("%s:%d %s" % (fn, n, e))
                recs.append({"text": text, "phi": spans})
    return recs

def main():
    ids = read_sources('id_*.txt')
    clean = read_sources('clean_*.txt')
    for r in clean:
        if r['phi']:
            sys.exit('markup found in clean source: ' + r['text'])
    with open(os.path.join(OUT, 'international-identifiers.jsonl'), 'w', encoding='utf-8') as f:
        for r in ids:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(OUT, 'clean-case-sentences.jsonl'), 'w', encoding='utf-8') as f:
        for r in clean:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('identifier records:', len(ids), 'clean records:', len(clean))

if __name__ == '__main__':
    main()
