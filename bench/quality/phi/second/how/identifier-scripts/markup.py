"""Parse the inline markup used in hand/*.txt and in templates.

A labelled span is written {kind|value}.  If value starts with '@' it is a
generator spec resolved by gen_lib.resolve (check-digit-bearing numbers).
"""
import re

import gen_lib

KINDS = ['name', 'address', 'phone', 'fax', 'date', 'age', 'email', 'url', 'ip', 'ssn',
         'mrn', 'health-plan', 'account', 'card', 'iban', 'license', 'vehicle', 'device', 'zip']

TOKEN = re.compile(r'\{([a-z-]+)\|([^{}]+)\}')


def parse(line, rng):
    out = []
    spans = []
    pos = 0
    cur = 0
    for m in TOKEN.finditer(line):
        kind, value = m.group(1), m.group(2)
        if kind not in KINDS:
            raise ValueError('bad kind %r in %r' % (kind, line))
        if value.startswith('@'):
            value = gen_lib.resolve(value, rng)
        chunk = line[pos:m.start()]
        out.append(chunk)
        cur += len(chunk)
        spans.append({'kind': kind, 'start': cur, 'end': cur + len(value)})
        out.append(value)
        cur += len(value)
        pos = m.end()
    out.append(line[pos:])
    text = ''.join(out)
    if '{' in text or '}' in text:
        raise ValueError('unparsed markup in %r' % line)
    return text, spans
