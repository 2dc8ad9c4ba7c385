#!/usr/bin/env python3
"""Build JSONL files from hand-typed sources with inline [[kind|text]] markup.
Only computation allowed: Luhn check digit for cards ('?' placeholder) and
mod-97 check pair for IBANs ('??' placeholder at positions 3-4)."""
import json, re, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MARK = re.compile(r"\[\[([a-z-]+)\|(.+?)\]\]")

def luhn_fill(s):
    digits = [c for c in s if c.isdigit() or c == '?']
    assert digits[-1] == '?' and digits.count('?') == 1, s
    body = [int(c) for c in digits[:-1]]
    total = 0
    for i, d in enumerate(reversed(body)):
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        total += d
    return s.replace('?', str((10 - total % 10) % 10))

def iban_fill(s):
    compact = s.replace(' ', '')
    assert compact[2:4] == '??', s
    rearr = compact[4:] + compact[:2] + '00'
    num = ''.join(str(int(c, 36)) for c in rearr)
    chk = 98 - int(num) % 97
    return s.replace('??', '%02d' % chk, 1)

def parse(line):
    text, spans, pos = '', [], 0
    for m in MARK.finditer(line):
        text += line[pos:m.start()]
        kind, val = m.group(1), m.group(2)
        if kind == 'card' and '?' in val: val = luhn_fill(val)
        if kind == 'iban' and '??' in val: val = iban_fill(val)
        spans.append({"kind": kind, "start": len(text), "end": len(text) + len(val)})
        text += val
        pos = m.end()
    text += line[pos:]
    return {"text": text, "phi": spans}

def read_src(names):
    for n in names:
        with open(os.path.join(HERE, n), encoding='utf-8') as f:
            for line in f:
                line = line.rstrip('\n')
                if line.strip() and not line.startswith('#'):
                    yield line

def main():
    ids = sorted(x for x in os.listdir(HERE) if x.startswith('ident') and x.endswith('.txt'))
    cln = sorted(x for x in os.listdir(HERE) if x.startswith('clean') and x.endswith('.txt'))
    with open(os.path.join(OUT, 'international-identifiers.jsonl'), 'w', encoding='utf-8') as f:
        for l in read_src(ids):
            f.write(json.dumps(parse(l), ensure_ascii=False) + '\n')
    with open(os.path.join(OUT, 'clean-case-sentences.jsonl'), 'w', encoding='utf-8') as f:
        for l in read_src(cln):
            r = parse(l)
            assert not r['phi'], l
            f.write(json.dumps(r, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
