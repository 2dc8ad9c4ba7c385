# -*- coding: utf-8 -*-
"""Build identifiers.jsonl from hand/*.txt (hand-written) + templates.py (template-filled).

python3 build.py   -> writes identifiers.jsonl and provenance.tsv (seed fixed below)
"""
import collections
import glob
import json
import os
import random

from markup import parse
import templates

SEED = 20240614
HERE = os.path.dirname(os.path.abspath(__file__))

# Targets: the brief's minimums plus a margin.
TARGET = {
    'name': 300, 'address': 160, 'phone': 150, 'fax': 42, 'date': 160, 'age': 34, 'email': 28, 'url': 20,
    'ip': 22, 'ssn': 22, 'mrn': 60, 'health-plan': 40, 'account': 28, 'card': 45, 'iban': 45, 'license': 40,
    'vehicle': 28, 'device': 28, 'zip': 100,
}
MIN_SENTENCES = 760


def main():
    rng = random.Random(SEED)
    recs = []
    seen = set()
    counts = collections.Counter()

    def add(text, spans, source):
        if text in seen:
            return False
        if not 1 <= len(spans) <= 4:
            raise ValueError('span count %d: %s' % (len(spans), text))
        seen.add(text)
        recs.append((text, spans, source))
        for s in spans:
            counts[s['kind']] += 1
        return True

    for path in sorted(glob.glob(os.path.join(HERE, 'hand', '*.txt'))):
        fname = os.path.basename(path)
        with open(path, encoding='utf-8') as fh:
            for ln, line in enumerate(fh, 1):
                line = line.rstrip('\n')
                if not line.strip() or line.startswith('#'):
                    continue
                text, spans = parse(line, rng)
                if not add(text, spans, 'hand:%s:%d' % (fname, ln)):
                    raise ValueError('duplicate hand-written line %s:%d' % (fname, ln))
    n_hand = len(recs)

    def fill(kind):
        fn = rng.choice(templates.T[kind])
        text, spans = parse(fn(rng), rng)
        return add(text, spans, 'template:%s:%s' % (kind, templates.T[kind].index(fn)))

    # 1) cover deficits, round-robin over kinds so templates interleave
    guard = 0
    while True:
        short = [k for k in TARGET if counts[k] < TARGET[k] and k in templates.T]
        if not short:
            break
        for k in short:
            fill(k)
        guard += 1
        if guard > 5000:
            raise RuntimeError('cannot reach targets')
    # 2) top up the number of sentences with a spread of kinds
    extra_kinds = ['date', 'address', 'phone', 'mrn', 'card', 'iban', 'age', 'health-plan', 'fax', 'license',
                   'device', 'vehicle', 'account', 'ssn', 'ip', 'url', 'email', 'zip']
    while len(recs) < MIN_SENTENCES:
        fill(rng.choice(extra_kinds))

    order = list(range(len(recs)))
    rng.shuffle(order)
    with open(os.path.join(HERE, 'identifiers.jsonl'), 'w', encoding='utf-8') as out, \
            open(os.path.join(HERE, 'provenance.tsv'), 'w', encoding='utf-8') as prov:
        prov.write('line\tsource\n')
        for i, idx in enumerate(order, 1):
            text, spans, source = recs[idx]
            spans = sorted(spans, key=lambda s: s['start'])
            out.write(json.dumps({'text': text, 'phi': [{'kind': s['kind'], 'start': s['start'], 'end': s['end']}
                                                        for s in spans]}, ensure_ascii=False) + '\n')
            prov.write('%d\t%s\n' % (i, source))
    print('sentences: %d (hand-written %d, template %d)' % (len(recs), n_hand, len(recs) - n_hand))
    print('spans: %d' % sum(counts.values()))
    for k in TARGET:
        print('  %-12s %4d' % (k, counts[k]))


if __name__ == '__main__':
    main()
