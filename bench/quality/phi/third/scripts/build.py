#!/usr/bin/env python3
"""Build the blind-phi3 JSONL files from the hand-written sources in src/.

Sources are hand-written text; inline markup [[kind|identifier]] marks spans.
Inside card spans a trailing '?' is replaced by the Luhn check digit; inside
iban spans the '??' after the country code is replaced by the ISO 13616
mod-97 check digits.  Nothing else is generated.
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')
KINDS = {'name', 'date', 'age', 'phone', 'fax', 'email', 'url', 'ip', 'ssn', 'mrn',
         'health-plan', 'account', 'card', 'iban', 'license', 'vehicle', 'device',
         'address', 'zip'}
MARK = re.compile(r'\[\[([a-z-]+)\|(.*?)\]\]')


def luhn_fill(s):
    assert s.count('?') == 1 and s.endswith('?'), s
    digits = [int(c) for c in s if c.isdigit()]
    total = 0
    # the check digit will be rightmost; existing digits counted from the right start doubled
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return s[:-1] + str((10 - total % 10) % 10)


def iban_fill(s):
    assert s[2:4] == '??', s
    compact = s.replace(' ', '')
    bban = compact[4:]
    rearr = bban + compact[:2] + '00'
    num = ''.join(str(int(c, 36)) for c in rearr)
    chk = 98 - int(num) % 97
    return s[:2] + '%02d' % chk + s[4:]


def parse_line(line):
    out, spans, pos = [], [], 0
    text_len = 0
    for m in MARK.finditer(line):
        before = line[pos:m.start()]
        out.append(before)
        text_len += len(before)
        kind, val = m.group(1), m.group(2)
        if kind not in KINDS:
            sys.exit('bad kind %r in %r' % (kind, line))
        if kind == 'card':
            val = luhn_fill(val)
        elif kind == 'iban':
            val = iban_fill(val)
        spans.append({'kind': kind, 'start': text_len, 'end': text_len + len(val)})
        out.append(val)
        text_len += len(val)
        pos = m.end()
    out.append(line[pos:])
    text = ''.join(out)
    if '[[' in text or ']]' in text:
        sys.exit('unparsed markup: %r' % line)
    return text, spans


def read_lines(prefix):
    lines = []
    for fn in sorted(os.listdir(SRC)):
        if fn.startswith(prefix) and fn.endswith('.txt'):
            for raw in open(os.path.join(SRC, fn), encoding='utf-8'):
                raw = raw.rstrip('\n')
                if not raw.strip() or raw.startswith('#'):
                    continue
                lines.append(raw)
    return lines


def build_identifiers():
    recs = []
    for line in read_lines('ids_'):
        text, spans = parse_line(line)
        recs.append({'text': text, 'phi': spans})
    return recs


def build_clean():
    recs = []
    for line in read_lines('clean_'):
        if '[[' in line:
            sys.exit('markup in clean line: %r' % line)
        recs.append({'text': line, 'phi': []})
    return recs


def build_passages():
    """Passage source format: blocks separated by a line '---'.
    Header lines 'title:', 'source:', 'section:', 'patient:' then the text
    (possibly over several lines, joined with single spaces)."""
    recs = []
    for fn in sorted(os.listdir(SRC)):
        if not (fn.startswith('ph_') and fn.endswith('.txt')):
            continue
        blocks = open(os.path.join(SRC, fn), encoding='utf-8').read().split('\n---\n')
        for b in blocks:
            b = b.strip()
            if not b or all(l.startswith('#') for l in b.splitlines()):
                continue
            meta, body = {}, []
            for l in b.splitlines():
                if l.startswith('#'):
                    continue
                m = re.match(r'^(title|source|section|patient):\s?(.*)$', l)
                if m and not body:
                    meta[m.group(1)] = m.group(2).strip()
                else:
                    body.append(l.strip())
            for k in ('title', 'source', 'section', 'patient'):
                if k not in meta:
                    sys.exit('missing %s in block %r' % (k, b[:80]))
            pt = meta['patient'].lower()
            if pt not in ('true', 'false'):
                sys.exit('bad patient flag %r' % meta['patient'])
            recs.append({'title': meta['title'], 'text': ' '.join(x for x in body if x),
                         'source': meta['source'], 'section': meta['section'],
                         'patient': pt == 'true'})
    random.Random(20240603).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({'id': 'ph3-%03d' % i, 'title': r['title'], 'text': r['text'],
                    'source': r['source'], 'section': r['section'], 'patient': r['patient']})
    return out


def write(name, recs):
    with open(os.path.join(HERE, name), 'w', encoding='utf-8') as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    write('identifiers.jsonl', build_identifiers())
    write('clean-case-sentences.jsonl', build_clean())
    write('public-health-passages.jsonl', build_passages())
    print('built')
