#!/usr/bin/env python3
"""Validate the two jsonl files. Exit code = number of errors (capped)."""
import json, os, re, sys, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"name","address","zip","date","age","phone","fax","email","url","ip","ssn","mrn",
         "health-plan","account","card","iban","license","vehicle","device"}
IBAN_LEN = {"AD":24,"AE":23,"AL":28,"AT":20,"AZ":28,"BA":20,"BE":16,"BG":22,"BH":22,"BR":29,
 "CH":21,"CR":22,"CY":28,"CZ":24,"DE":22,"DK":18,"DO":28,"EE":20,"EG":29,"ES":24,"FI":18,
 "FO":18,"FR":27,"GB":22,"GE":22,"GI":23,"GL":18,"GR":27,"GT":28,"HR":21,"HU":28,"IE":22,
 "IL":23,"IS":26,"IT":27,"JO":30,"KW":30,"KZ":20,"LB":28,"LI":21,"LT":20,"LU":20,"LV":21,
 "MC":27,"MD":24,"ME":22,"MK":19,"MR":27,"MT":31,"MU":30,"NL":18,"NO":15,"PK":24,"PL":28,
 "PS":29,"PT":25,"QA":29,"RO":24,"RS":22,"SA":24,"SE":24,"SI":19,"SK":24,"SM":27,"TN":24,
 "TR":26,"UA":29,"VG":24,"XK":20}
PUNCT = set('.,;:!?-–—\'"“”‘’()[]{}<>/\\|*&^%$#@~`+=_、。，：；！？「」（）')
errors = []
def err(msg): errors.append(msg)

def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if not 13 <= len(d) <= 19: return False
    t = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9: x -= 9
        t += x
    return t % 10 == 0

def iban_ok(s):
    c = s.replace(' ', '').upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]+', c): return False
    if IBAN_LEN.get(c[:2]) != len(c): return False
    num = ''.join(str(int(ch, 36)) for ch in c[4:] + c[:4])
    return int(num) % 97 == 1

def load(name):
    recs = []
    with open(os.path.join(OUT, name), encoding='utf-8') as f:
        for i, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                err(f'{name}:{i} json {e}'); continue
            if set(r) != {"text", "phi"} or not isinstance(r["text"], str) or not isinstance(r["phi"], list):
                err(f'{name}:{i} bad keys/types'); continue
            recs.append((i, r))
    return recs

def check_common(name, recs):
    seen = {}
    for i, r in recs:
        t = r["text"]
        if not t.strip(): err(f'{name}:{i} empty text')
        if t != t.strip(): err(f'{name}:{i} text has edge whitespace')
        if any(ord(ch) > 0xFFFF for ch in t): err(f'{name}:{i} non-BMP char')
        if '[[' in t or ']]' in t: err(f'{name}:{i} leftover markup')
        if t in seen: err(f'{name}:{i} duplicate of line {seen[t]}')
        seen.setdefault(t, i)

ids = load('international-identifiers.jsonl')
clean = load('clean-case-sentences.jsonl')
check_common('ids', ids); check_common('clean', clean)
counts = collections.Counter(); span_total = 0
for i, r in ids:
    t, phi = r["text"], r["phi"]
    if not 1 <= len(phi) <= 4: err(f'ids:{i} has {len(phi)} spans')
    prev_end = -1
    for s in sorted(phi, key=lambda s: s["start"]):
        if set(s) != {"kind", "start", "end"}: err(f'ids:{i} span keys'); continue
        k, a, b = s["kind"], s["start"], s["end"]
        if k not in KINDS: err(f'ids:{i} kind {k}')
        if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(t)):
            err(f'ids:{i} bad offsets {s}'); continue
        if a < prev_end: err(f'ids:{i} overlap at {a}')
        prev_end = b
        v = t[a:b]
        if v != v.strip(): err(f'ids:{i} edge whitespace {v!r}')
        first_ok = v[0] not in PUNCT or (k in ('phone', 'fax') and v[0] in '+(')
        last_ok = v[-1] not in PUNCT or (k == 'address' and v[-1] == '.') or (k in ('phone', 'fax') and v[-1] == ')') \
                  or (k == 'address' and v[-1] == ')' and '(' in v)
        if not first_ok or not last_ok: err(f'ids:{i} edge punctuation {k} {v!r}')
        if a > 0 and t[a-1].isalnum() and ord(t[a-1]) < 0x3000: err(f'ids:{i} span starts mid-token {k} {v!r}')
        if b < len(t) and t[b].isalnum() and not (k in ('age',) ) and ord(t[b]) < 0x3000:
            err(f'ids:{i} span ends mid-token {k} {v!r}')
        if k == 'card' and not luhn_ok(v): err(f'ids:{i} Luhn fail {v!r}')
        if k == 'iban' and not iban_ok(v): err(f'ids:{i} IBAN fail {v!r}')
        if k == 'ssn' and not re.fullmatch(r'\d{3}-\d{2}-\d{4}', v): err(f'ids:{i} ssn format {v!r}')
        if k == 'age' and not (v.isdigit() and int(v) >= 90): err(f'ids:{i} age {v!r}')
        if k == 'email' and '@' not in v: err(f'ids:{i} email {v!r}')
        counts[k] += 1; span_total += 1
for i, r in clean:
    if r["phi"]: err(f'clean:{i} has spans')
    t = r["text"]
    # look-alike guard: things that would be identifiers must not appear in the clean set
    pats = [r'\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b', r'\b\d{4}-\d{2}-\d{2}\b', r'@\w', r'https?://|www\.',
            r'\b\d{3}-\d{2}-\d{4}\b', r'\(\d{3}\)\s?\d{3}-\d{4}', r'\b\d{3}[-. ]\d{3}[-. ]\d{4}\b',
            r'\+\d{1,3}[ \d]{6,}', r'\b(9\d|1[01]\d)[- ]?(y/?o|yo|year|years|yrs)\b',
            r'\b\d{1,3}(\.\d{1,3}){3}\b']
    for p in pats:
        if re.search(p, t, re.I): err(f'clean:{i} looks like PHI ({p}): {t[:60]!r}')
print(f'identifier records: {len(ids)}  spans: {span_total}')
for k in sorted(KINDS, key=lambda k: -counts[k]): print(f'  {k:12s} {counts[k]}')
print(f'clean records: {len(clean)}')
if len(ids) < 420: err(f'only {len(ids)} identifier records (<420)')
if len(clean) < 350: err(f'only {len(clean)} clean records (<350)')
for e in errors: print('ERROR', e)
print(f'{len(errors)} errors')
sys.exit(min(len(errors), 100))
