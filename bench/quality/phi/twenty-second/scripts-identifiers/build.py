#!/usr/bin/env python3
"""Strip inline [[kind|text]] markup from typed sources, compute offsets.
Only computation allowed on content: '?' placeholders in card spans -> Luhn check digit;
'??' after the country code in iban spans -> mod-97 check digits."""
import json, re, glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MARK = re.compile(r"\[\[([a-z-]+)\|(.*?)\]\]")

def luhn_fill(s):
    digits = [c for c in s if c.isdigit() or c == '?']
    body = [int(c) for c in digits if c != '?']
    total = 0
    for i, d in enumerate(reversed(body)):
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        total += d
    return s.replace('?', str((10 - total % 10) % 10))

def iban_fill(s):
    compact = s.replace(' ', '')
    cc, bban = compact[:2], compact[4:]
    num = ''.join(str(int(c, 36)) for c in (bban + cc + '00'))
    check = 98 - int(num) % 97
    return s.replace('??', '%02d' % check, 1)

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
    return text, spans

def build(pattern, outname):
    n = 0
    with open(os.path.join(OUT, outname), 'w', encoding='utf-8') as f:
        for path in sorted(glob.glob(os.path.join(HERE, pattern))):
            for line in open(path, encoding='utf-8'):
                line = line.rstrip('\n')
                if not line.strip() or line.startswith('#'): continue
                text, spans = parse(line)
                f.write(json.dumps({"text": text, "phi": spans}, ensure_ascii=False) + '\n')
                n += 1
    print(outname, n)

build('ids_*.txt', 'international-identifiers.jsonl')
build('clean_*.txt', 'clean-case-sentences.jsonl')
