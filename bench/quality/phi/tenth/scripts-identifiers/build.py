#!/usr/bin/env python3
"""Strip [[kind|text]] markup from hand-typed source lines and compute offsets.
The only computation allowed: check digits. In a card span, a single '?' is replaced
by the Luhn check digit; in an iban span, '??' (positions 3-4) is replaced by the
ISO 13616 mod-97 check digits. Nothing else is generated."""
import json, re, sys, pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
MARK = re.compile(r"\[\[([a-z-]+)\|(.*?)\]\]")

def luhn_fill(s):
    digits = [c for c in s if c.isdigit() or c == '?']
    assert digits[-1] == '?', s
    body = [int(c) for c in digits[:-1]]
    total = 0
    for i, d in enumerate(reversed(body)):
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        total += d
    check = (10 - total % 10) % 10
    return s.replace('?', str(check))

def iban_fill(s):
    compact = s.replace(' ', '')
    assert compact[2:4] == '??', s
    re_arr = compact[4:] + compact[:2] + '00'
    num = ''.join(str(int(c, 36)) for c in re_arr)
    check = 98 - int(num) % 97
    return s.replace('??', '%02d' % check, 1)

def parse(line):
    text, spans, pos = [], [], 0
    last = 0
    for m in MARK.finditer(line):
        text.append(line[last:m.start()])
        pos += len(line[last:m.start()])
        kind, val = m.group(1), m.group(2)
        if kind == 'card':
            val = luhn_fill(val)
        elif kind == 'iban':
            val = iban_fill(val)
        text.append(val)
        spans.append({"kind": kind, "start": pos, "end": pos + len(val)})
        pos += len(val)
        last = m.end()
    text.append(line[last:])
    t = ''.join(text)
    assert '[[' not in t and ']]' not in t, line
    return {"text": t, "phi": spans}

def load(names):
    recs = []
    for n in names:
        for raw in (HERE / 'src' / n).read_text(encoding='utf-8').splitlines():
            line = raw.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            recs.append(parse(line))
    return recs

def main():
    src = sorted(p.name for p in (HERE / 'src').glob('*.txt'))
    ident = [n for n in src if n.startswith('id_')]
    clean = [n for n in src if n.startswith('clean_')]
    for fname, names in (('international-identifiers.jsonl', ident), ('clean-case-sentences.jsonl', clean)):
        recs = load(names)
        with open(OUT / fname, 'w', encoding='utf-8') as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
        print(fname, len(recs), 'records', sum(len(r['phi']) for r in recs), 'spans')

if __name__ == '__main__':
    main()
