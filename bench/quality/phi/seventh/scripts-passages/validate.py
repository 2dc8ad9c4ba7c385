import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, '..', 'public-health-passages.jsonl')
KEYS = ['id', 'title', 'text', 'source', 'section', 'patient']
MIN_F = int(sys.argv[1]) if len(sys.argv) > 1 else 200
MIN_T = int(sys.argv[2]) if len(sys.argv) > 2 else 40
errors = []; seen = set(); nf = nt = 0
with open(PATH, encoding='utf-8') as f:
    for n, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except Exception as e:
            errors.append('line %d: bad json %s' % (n, e)); continue
        if list(r.keys()) != KEYS: errors.append('line %d: keys %s' % (n, list(r.keys())))
        if r.get('id') != 'ph7-%03d' % n: errors.append('line %d: id %s' % (n, r.get('id')))
        wc = len(r['text'].split())
        if not 50 <= wc <= 150: errors.append('line %d (%s): %d words' % (n, r['title'], wc))
        if r['text'] in seen: errors.append('line %d: duplicate text' % n)
        seen.add(r['text'])
        if not isinstance(r['patient'], bool): errors.append('line %d: patient not bool' % n)
        for k in ('title', 'source', 'section'):
            if not r[k].strip(): errors.append('line %d: empty %s' % (n, k))
        if not (r['source'].startswith('Synthetic') or r['source'].startswith('Reproduced')):
            errors.append('line %d: source wording' % n)
        if r['patient']: nt += 1
        else: nf += 1
if nf < MIN_F: errors.append('patient:false count %d < %d' % (nf, MIN_F))
if nt < MIN_T: errors.append('patient:true count %d < %d' % (nt, MIN_T))
for e in errors: print('ERROR', e)
print('false=%d true=%d total=%d errors=%d' % (nf, nt, nf + nt, len(errors)))
sys.exit(1 if errors else 0)
