#!/usr/bin/env python3
"""Validate the blind-phi3 evaluation files (standard library only).

Checks: JSON parses; exact keys; kinds; offsets in range; span text has no
surrounding whitespace/punctuation; 1-4 spans per record; no overlaps; Luhn
for card spans; ISO 13616 mod-97 + country length for iban spans; age spans
are numbers >= 90; BMP only; no duplicate texts within or across files; clean
sentences carry no spans and no obvious identifier patterns; passage ids,
fields, 50-150 words, patient flags; counts against targets.
Exit status 1 on any error; warnings are printed but do not fail.
"""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ['name', 'date', 'age', 'phone', 'fax', 'email', 'url', 'ip', 'ssn', 'mrn',
         'health-plan', 'account', 'card', 'iban', 'license', 'vehicle', 'device',
         'address', 'zip']
TARGET = {'name': 180, 'address': 70, 'phone': 60, 'fax': 15, 'date': 60, 'zip': 50,
          'mrn': 25, 'health-plan': 15, 'license': 15, 'vehicle': 10, 'device': 10,
          'account': 10, 'card': 12, 'iban': 12, 'age': 12, 'email': 10, 'url': 6,
          'ip': 6, 'ssn': 8}
IBAN_LEN = {'AD': 24, 'AT': 20, 'BE': 16, 'BR': 29, 'CH': 21, 'CY': 28, 'CZ': 24,
            'DE': 22, 'DK': 18, 'EE': 20, 'ES': 24, 'FI': 18, 'FR': 27, 'GB': 22,
            'GR': 27, 'HR': 21, 'HU': 28, 'IE': 22, 'IT': 27, 'LU': 20, 'NL': 18,
            'NO': 15, 'PL': 28, 'PT': 25, 'RO': 24, 'SA': 24, 'SE': 24, 'TR': 26,
            'AE': 23, 'IL': 23}
EDGE_BAD = set(' \t\n,;:()[]{}<>"\'«»“”‘’!?')
DOT_OK = re.compile(r'(St|izq|Esq|th|tv|Nov|Oct|Sept|Ave|Rd|Blvd)\.$')

errors, warnings = [], []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


def luhn_ok(s):
    digits = [int(c) for c in s if c.isdigit()]
    if not 13 <= len(digits) <= 19:
        return False
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_ok(s):
    c = s.replace(' ', '')
    if not re.fullmatch(r'[A-Z]{2}[0-9]{2}[A-Z0-9]+', c):
        return False, 'format'
    if c[:2] in IBAN_LEN and len(c) != IBAN_LEN[c[:2]]:
        return False, 'length %d != %d' % (len(c), IBAN_LEN[c[:2]])
    if c[:2] not in IBAN_LEN:
        warn('IBAN country %s not in length table: %s' % (c[:2], s))
    num = ''.join(str(int(ch, 36)) for ch in c[4:] + c[:4])
    return int(num) % 97 == 1, 'mod97'


def bmp(text, where):
    for ch in text:
        if ord(ch) > 0xFFFF:
            err('%s: non-BMP character U+%X' % (where, ord(ch)))
            return


def load(name):
    path = os.path.join(HERE, name)
    recs = []
    with open(path, encoding='utf-8') as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                err('%s:%d empty line' % (name, i))
                continue
            try:
                recs.append((i, json.loads(line)))
            except json.JSONDecodeError as e:
                err('%s:%d JSON error %s' % (name, i, e))
    return recs


def check_identifiers():
    recs = load('identifiers.jsonl')
    counts = collections.Counter()
    per_rec = collections.Counter()
    for ln, r in recs:
        w = 'identifiers.jsonl:%d' % ln
        if set(r) != {'text', 'phi'}:
            err('%s keys %s' % (w, sorted(r)))
            continue
        t, phi = r['text'], r['phi']
        bmp(t, w)
        if t != t.strip():
            err('%s text has surrounding whitespace' % w)
        if not 1 <= len(phi) <= 4:
            err('%s has %d spans' % (w, len(phi)))
        per_rec[len(phi)] += 1
        prev_end = -1
        covered = [False] * len(t)
        for s in sorted(phi, key=lambda x: x.get('start', 0)):
            if set(s) != {'kind', 'start', 'end'}:
                err('%s span keys %s' % (w, sorted(s)))
                continue
            k, a, b = s['kind'], s['start'], s['end']
            if k not in KINDS:
                err('%s bad kind %r' % (w, k))
            if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(t)):
                err('%s bad offsets %r' % (w, s))
                continue
            if a < prev_end:
                err('%s overlapping spans' % w)
            prev_end = b
            for i in range(a, b):
                covered[i] = True
            v = t[a:b]
            counts[k] += 1
            lead_ok = k in ('phone', 'fax') and v[0] == '(' and ')' in v
            if (v[0] in EDGE_BAD and not lead_ok) or v[-1] in EDGE_BAD or v[0] in '.-/':
                err('%s span %r has surrounding punctuation/space' % (w, v))
            if v[-1] in '.-/' and not DOT_OK.search(v):
                err('%s span %r ends with punctuation' % (w, v))
            if k == 'card' and not luhn_ok(v):
                err('%s card fails Luhn: %s' % (w, v))
            if k == 'iban':
                ok, why = iban_ok(v)
                if not ok:
                    err('%s IBAN fails %s: %s' % (w, why, v))
            if k == 'age' and not (v.isdigit() and int(v) >= 90):
                err('%s age span %r not a number >= 90' % (w, v))
            if k == 'ssn' and not re.fullmatch(r'\d{3}-\d{2}-\d{4}', v):
                warn('%s ssn format %r' % (w, v))
            if k == 'email' and not re.fullmatch(r'[^@\s]+@[^@\s]+\.[a-z]{2,}', v):
                err('%s email %r' % (w, v))
            if k == 'name' and re.match(r'(Dr|Mr|Mrs|Ms|Prof|Sr|Fr|Rev)\b', v):
                err('%s title inside name span %r' % (w, v))
            # the same identifier appearing unlabelled elsewhere in the text
            if len(v) >= 4:
                for m in re.finditer(re.escape(v), t):
                    if not all(covered[m.start():m.end()]) and m.start() != a:
                        if not any(x['start'] == m.start() for x in phi):
                            warn('%s %r also occurs unlabelled' % (w, v))
        # unlabelled honorific + capitalised word
        for m in re.finditer(r'\b(Dr|Mr|Mrs|Ms|Prof)\.? ([A-Z][\w\'-]+)', t):
            if not covered[m.start(2)]:
                warn('%s possible unlabelled name after title: %r' % (w, m.group(0)))
        # digit runs of 7+ outside spans
        for m in re.finditer(r'\d[\d \-./]{6,}\d', t):
            if not any(covered[m.start():m.end()]):
                warn('%s unlabelled long number %r' % (w, m.group(0)))
    return recs, counts, per_rec


def check_clean():
    recs = load('clean-case-sentences.jsonl')
    for ln, r in recs:
        w = 'clean-case-sentences.jsonl:%d' % ln
        if set(r) != {'text', 'phi'} or r['phi'] != []:
            err('%s bad record' % w)
            continue
        t = r['text']
        bmp(t, w)
        if re.search(r'\S+@\S+\.\w+', t):
            err('%s looks like an email' % w)
        if re.search(r'https?://|www\.', t):
            err('%s looks like a URL' % w)
        if re.search(r'\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b', t):
            err('%s looks like an IP' % w)
        for m in re.finditer(r'\b(\d{2,3})(?:[- ]?(?:year|yr|yo|y/o|y\.o\.|-jährig|歳|岁|ans|años|anos|år|lat|jaar| ?tuổi| tahun))', t):
            if int(m.group(1)) >= 90:
                err('%s age >= 90: %r' % (w, m.group(0)))
        if re.search(r'\b(aged?|is) (9\d|1[0-2]\d)\b', t):
            err('%s age >= 90 phrase' % w)
        if re.search(r'\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b', t):
            err('%s looks like a full date' % w)
        if re.search(r'\b\d{3}[- .]\d{3}[- .]\d{4}\b|\(\d{3}\) ?\d{3}-\d{4}', t):
            err('%s looks like a phone number' % w)
        if re.search(r'\b(?:\d{4}[ -]?){3}\d{1,4}\b', t):
            err('%s looks like a card/account number' % w)
    return recs


def check_passages():
    recs = load('public-health-passages.jsonl')
    ids = set()
    flags = collections.Counter()
    for n, (ln, r) in enumerate(recs, 1):
        w = 'public-health-passages.jsonl:%d' % ln
        if list(r) != ['id', 'title', 'text', 'source', 'section', 'patient']:
            err('%s keys/order %s' % (w, list(r)))
            continue
        if r['id'] != 'ph3-%03d' % n:
            err('%s id %r not sequential' % (w, r['id']))
        if r['id'] in ids:
            err('%s duplicate id' % w)
        ids.add(r['id'])
        if not isinstance(r['patient'], bool):
            err('%s patient not bool' % w)
        flags[r['patient']] += 1
        for k in ('title', 'text', 'source', 'section'):
            if not isinstance(r[k], str) or not r[k].strip():
                err('%s empty %s' % (w, k))
            bmp(r[k], w)
        nw = len(r['text'].split())
        if not 50 <= nw <= 150:
            err('%s text has %d words' % (w, nw))
    return recs, flags


def main():
    ids, counts, per_rec = check_identifiers()
    clean = check_clean()
    ph, flags = check_passages()
    seen = {}
    for fname, recs in (('identifiers', ids), ('clean', clean), ('passages', ph)):
        for ln, r in recs:
            t = r.get('text')
            if t in seen:
                err('duplicate text %s:%d and %s: %r' % (fname, ln, seen[t], t[:60]))
            seen[t] = '%s:%d' % (fname, ln)
    # identifier strings (names) leaking into clean sentences
    name_vals = set()
    for ln, r in ids:
        for s in r['phi']:
            v = r['text'][s['start']:s['end']]
            if s['kind'] == 'name' and len(v) >= 5:
                name_vals.add(v)
    for ln, r in clean:
        for v in name_vals:
            if re.search(r'\b%s\b' % re.escape(v), r['text']):
                warn('clean:%d contains identifier-file name %r' % (ln, v))

    print('identifiers.jsonl: %d records, %d spans' % (len(ids), sum(counts.values())))
    print('  spans per record: %s' % dict(sorted(per_rec.items())))
    for k in KINDS:
        print('  %-12s %4d  (target ~%d)' % (k, counts[k], TARGET[k]))
    print('clean-case-sentences.jsonl: %d records' % len(clean))
    print('public-health-passages.jsonl: %d passages (patient=false %d, patient=true %d)'
          % (len(ph), flags[False], flags[True]))
    if len(ids) < 400:
        err('fewer than 400 identifier records')
    if len(clean) < 300:
        err('fewer than 300 clean records')
    if len(ph) < 150:
        err('fewer than 150 passages')
    for k in KINDS:
        if counts[k] < 0.8 * TARGET[k]:
            err('kind %s count %d far below target %d' % (k, counts[k], TARGET[k]))
    for m in warnings:
        print('WARN', m)
    for m in errors:
        print('ERROR', m)
    print('%d errors, %d warnings' % (len(errors), len(warnings)))
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
