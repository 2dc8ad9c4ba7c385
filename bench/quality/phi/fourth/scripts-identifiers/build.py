#!/usr/bin/env python3
"""Build jsonl files from hand-written markup sources.
Markup: [[kind|surface text]] ; in card spans a single '#' is replaced by the Luhn
check digit; in iban spans the two '#' after the country code are replaced by the
ISO 13616 mod-97 check digits. A literal '\\n' in a source line becomes a newline.
Lines that are blank or start with '%%' are skipped."""
import json, re, glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MARK = re.compile(r"\[\[([a-z\-]+)\|(.+?)\]\]")

def luhn_digit(body):
    digits = [int(c) for c in body if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        total += d
    return str((10 - total % 10) % 10)

def iban_fill(s):
    compact = s.replace(' ', '')
    assert compact[2:4] == '##', s
    bban = compact[4:]
    num = ''.join(str(int(c, 36)) for c in bban + compact[:2] + '00')
    chk = '%02d' % (98 - int(num) % 97)
    return s.replace('##', chk, 1)

def render(line):
    line = line.replace('\\n', '\n')
    out, spans, pos = [], [], 0
    cur = 0
    for m in MARK.finditer(line):
        out.append(line[pos:m.start()]); cur += m.start() - pos
        kind, surf = m.group(1), m.group(2)
        if kind == 'card':
            assert surf.count('#') == 1, surf
            surf = surf.replace('#', luhn_digit(surf.replace('#', '')))
        elif kind == 'iban':
            surf = iban_fill(surf)
        spans.append({"kind": kind, "start": cur, "end": cur + len(surf)})
        out.append(surf); cur += len(surf); pos = m.end()
    out.append(line[pos:])
    text = ''.join(out)
    assert '[[' not in text and ']]' not in text, line
    return {"text": text, "phi": spans}

def build(pattern, outname):
    recs = []
    for fn in sorted(glob.glob(os.path.join(HERE, 'src', pattern))):
        with open(fn, encoding='utf-8') as f:
            for raw in f:
                raw = raw.rstrip('\n')
                if not raw.strip() or raw.startswith('%%'):
                    continue
                recs.append(render(raw))
    with open(os.path.join(OUT, outname), 'w', encoding='utf-8') as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(outname, len(recs))

if __name__ == '__main__':
    build('ids_*.txt', 'international-identifiers.jsonl')
    build('clean_*.txt', 'clean-case-sentences.jsonl')
