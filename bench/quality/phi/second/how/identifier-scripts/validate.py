# -*- coding: utf-8 -*-
"""Validate identifiers.jsonl.  Standard library only.  Exit code 1 on any failure.

Checks: every line parses as {"text", "phi"}; 1-4 spans per sentence; kinds from the list;
offsets are ints, 0 <= start < end <= len(text); text[start:end] non-empty with no leading or
trailing whitespace and no leading/trailing punctuation (a leading '(' is allowed only when the span
itself contains the closing ')', as in '(505) 555-0147'; a final '.' only in address/date/name); spans sorted and non-overlapping; counts
meet the minimums; cards pass Luhn (13-19 digits); IBANs pass mod-97; no duplicate texts; BMP only
(so Python str offsets == UTF-16 offsets).  Extra (informational) check-digit checks: NPI, DEA,
NHS numbers labelled mrn, North American VINs.
"""
import collections
import json
import os
import re
import sys

KINDS = ['name', 'address', 'phone', 'fax', 'date', 'age', 'email', 'url', 'ip', 'ssn', 'mrn',
         'health-plan', 'account', 'card', 'iban', 'license', 'vehicle', 'device', 'zip']
MINIMUM = {
    'name': 300, 'address': 140, 'phone': 130, 'fax': 30, 'date': 130, 'age': 25, 'email': 20, 'url': 15,
    'ip': 15, 'ssn': 15, 'mrn': 40, 'health-plan': 30, 'account': 20, 'card': 35, 'iban': 35, 'license': 30,
    'vehicle': 20, 'device': 20, 'zip': 80,
}
MIN_SENTENCES = 700
MIN_SPANS = 1050


def luhn_ok(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(s):
    s = s.replace(' ', '')
    if not re.fullmatch(r'[A-Z]{2}[0-9]{2}[A-Z0-9]{8,30}', s):
        return False
    rearr = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in rearr)) % 97 == 1


VIN_TR = dict(zip('ABCDEFGHJKLMNPRSTUVWXYZ', [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_TR.update({str(d): d for d in range(10)})
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_ok(v):
    s = sum(VIN_TR[c] * w for c, w in zip(v, VIN_W)) % 11
    return v[8] == ('X' if s == 10 else str(s))


def nhs_ok(s):
    d = re.sub(r'[ -]', '', s)
    if not re.fullmatch(r'\d{10}', d):
        return None
    r = sum(int(c) * (10 - i) for i, c in enumerate(d[:9])) % 11
    c = 11 - r
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


def main(path):
    errors = []
    counts = collections.Counter()
    texts = set()
    n = 0
    nspans = 0
    info = collections.Counter()
    with open(path, encoding='utf-8') as fh:
        for ln, line in enumerate(fh, 1):
            try:
                rec = json.loads(line)
            except Exception as e:  # noqa
                errors.append('%d: JSON error %s' % (ln, e))
                continue
            n += 1
            if set(rec) != {'text', 'phi'}:
                errors.append('%d: keys %s' % (ln, sorted(rec)))
                continue
            text, phi = rec['text'], rec['phi']
            if not isinstance(text, str) or not isinstance(phi, list):
                errors.append('%d: bad types' % ln)
                continue
            if text in texts:
                errors.append('%d: duplicate text' % ln)
            texts.add(text)
            if any(ord(c) > 0xFFFF for c in text):
                errors.append('%d: non-BMP character' % ln)
            if len(text.encode('utf-16-le')) // 2 != len(text):
                errors.append('%d: UTF-16 length mismatch' % ln)
            if not 1 <= len(phi) <= 4:
                errors.append('%d: %d spans' % (ln, len(phi)))
            prev_end = -1
            prev_start = -1
            for sp in phi:
                if set(sp) != {'kind', 'start', 'end'}:
                    errors.append('%d: span keys %s' % (ln, sorted(sp)))
                    continue
                k, a, b = sp['kind'], sp['start'], sp['end']
                if k not in KINDS:
                    errors.append('%d: unknown kind %r' % (ln, k))
                if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(text)):
                    errors.append('%d: bad offsets %r' % (ln, sp))
                    continue
                if a < prev_start:
                    errors.append('%d: spans not sorted' % ln)
                if a < prev_end:
                    errors.append('%d: overlapping spans' % ln)
                prev_start, prev_end = a, b
                v = text[a:b]
                if v != v.strip():
                    errors.append('%d: whitespace at span edge %r' % (ln, v))
                lead_bad = v[0] in ',;:!?"\'[{' or (v[0] == '(' and ')' not in v)
                if lead_bad or v[-1] in ',;:!?"\'(':
                    errors.append('%d: punctuation at span edge %r' % (ln, v))
                if v[-1] == '.' and k not in ('address', 'date', 'name'):
                    errors.append('%d: trailing full stop in %s span %r' % (ln, k, v))
                counts[k] += 1
                nspans += 1
                if k == 'card':
                    digits = re.sub(r'[ -]', '', v)
                    if not re.fullmatch(r'\d{13,19}', digits):
                        errors.append('%d: card not 13-19 digits %r' % (ln, v))
                    elif not luhn_ok(digits):
                        errors.append('%d: card fails Luhn %r' % (ln, v))
                if k == 'iban' and not iban_ok(v):
                    errors.append('%d: IBAN fails mod-97 %r' % (ln, v))
                if k == 'vehicle' and re.fullmatch(r'[A-HJ-NPR-Z0-9]{17}', v):
                    info['VIN checked'] += 1
                    if not vin_ok(v):
                        errors.append('%d: VIN check digit %r' % (ln, v))
                if k == 'mrn':
                    ctx = text[max(0, a - 12):a]
                    if re.search(r'NHS', ctx):
                        ok = nhs_ok(v)
                        info['NHS checked'] += 1
                        if not ok:
                            errors.append('%d: NHS number check digit %r' % (ln, v))
                if k == 'license':
                    ctx = text[max(0, a - 6):a]
                    if 'DEA' in ctx and re.fullmatch(r'[A-Z]{2}\d{7}', v):
                        d = [int(c) for c in v[2:]]
                        info['DEA checked'] += 1
                        if ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10 != d[6]:
                            errors.append('%d: DEA checksum %r' % (ln, v))
                    if 'NPI' in ctx and re.fullmatch(r'\d{10}', v):
                        info['NPI checked'] += 1
                        if not luhn_ok('80840' + v):
                            errors.append('%d: NPI checksum %r' % (ln, v))
    print('sentences: %d   spans: %d' % (n, nspans))
    for k in KINDS:
        flag = '' if counts[k] >= MINIMUM[k] else '   <-- below minimum %d' % MINIMUM[k]
        print('  %-12s %5d%s' % (k, counts[k], flag))
        if counts[k] < MINIMUM[k]:
            errors.append('count of %s is %d < %d' % (k, counts[k], MINIMUM[k]))
    if n < MIN_SENTENCES:
        errors.append('only %d sentences' % n)
    if nspans < MIN_SPANS:
        errors.append('only %d spans' % nspans)
    for k, v in sorted(info.items()):
        print('  (%s: %d)' % (k, v))
    if errors:
        print('\n%d ERRORS' % len(errors))
        for e in errors[:200]:
            print('  ' + e)
        return 1
    print('\nOK: all checks passed')
    return 0


if __name__ == '__main__':
    p = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                           'identifiers.jsonl')
    sys.exit(main(p))
