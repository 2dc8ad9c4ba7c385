"""Generators for check-digit-bearing fictional identifiers.

Standard library only.  Every function takes a random.Random instance so the
whole build is reproducible from one seed (see build.py).
"""
import datetime
import string

UP = string.ascii_uppercase
DIG = string.digits


def rdig(rng, n, first_nonzero=False):
    s = ''.join(rng.choice(DIG) for _ in range(n))
    if first_nonzero and s[0] == '0':
        s = rng.choice('123456789') + s[1:]
    return s


def rdate(rng, y0=1930, y1=2006):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


# ---------------------------------------------------------------- Luhn / cards
def luhn_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(body):
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


CARD_SPECS = {
    'visa': (['4'], 16),
    'visa13': (['4'], 13),
    'visa19': (['4'], 19),
    'mc': (['51', '52', '53', '54', '55', '2221', '2720', '2310'], 16),
    'amex': (['34', '37'], 15),
    'disc': (['6011', '65', '644'], 16),
    'diners': (['36', '38', '300'], 14),
    'jcb': (['3528', '3589', '3530'], 16),
    'maestro': (['6759', '5018', '6304'], 19),
    'unionpay': (['62'], 16),
    'elo': (['6362', '5067'], 16),
    'rupay': (['6521', '6080'], 16),
}


def card(rng, kind='visa', fmt='space'):
    prefixes, n = CARD_SPECS[kind]
    p = rng.choice(prefixes)
    num = luhn_complete(p + rdig(rng, n - len(p) - 1))
    if fmt == 'none':
        return num
    sep = ' ' if fmt == 'space' else '-'
    if kind in ('amex', 'diners'):
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i:i + 4] for i in range(0, n, 4)]
    return sep.join(groups)


# ---------------------------------------------------------------- IBAN
def _fill(rng, pat):
    out = []
    for ch in pat:
        if ch == 'n':
            out.append(rng.choice(DIG))
        elif ch == 'a':
            out.append(rng.choice(UP))
        elif ch == 'c':
            out.append(rng.choice(UP + DIG * 2))
        else:
            out.append(ch)
    return ''.join(out)


IBAN_BBAN = {
    'DE': ['37040044' + 'n' * 10, '10070000' + 'n' * 10, '50010517' + 'n' * 10, 'n' * 18],
    'GB': ['NWBK' + 'n' * 14, 'BARC' + 'n' * 14, 'HBUK' + 'n' * 14, 'LOYD' + 'n' * 14],
    'FR': ['20041' + 'n' * 18, '30006' + 'n' * 18, '30004' + 'n' * 18],
    'ES': ['2100' + 'n' * 16, '0049' + 'n' * 16, '0182' + 'n' * 16],
    'IT': ['X0542811101' + 'n' * 12, 'a' + '03069' + 'n' * 5 + 'n' * 12],
    'NL': ['ABNA' + 'n' * 10, 'RABO' + 'n' * 10, 'INGB' + 'n' * 10],
    'BE': ['n' * 12],
    'AT': ['n' * 16],
    'CH': ['00762' + 'n' * 12, 'n' * 17],
    'PL': ['n' * 24],
    'CZ': ['0800' + 'n' * 16, 'n' * 20],
    'PT': ['0002' + 'n' * 17, 'n' * 21],
    'IE': ['AIBK' + '93' + 'n' * 12, 'BOFI' + '90' + 'n' * 12],
    'SE': ['5000' + 'n' * 16, 'n' * 20],
    'NO': ['n' * 11],
    'DK': ['n' * 14],
    'FI': ['n' * 14],
    'HU': ['n' * 24],
    'RO': ['BTRL' + 'n' * 16, 'RNCB' + 'n' * 16],
    'GR': ['011' + 'n' * 4 + 'n' * 16],
    'TR': ['00061' + '0' + 'n' * 16],
    'LU': ['n' * 16],
    'SK': ['n' * 20],
    'SA': ['80' + 'n' * 18],
    'AE': ['n' * 19],
    'BR': ['n' * 23 + 'C1'],
    'PK': ['SCBL' + 'n' * 16],
    'HR': ['n' * 17],
    'SI': ['n' * 15],
}


def iban_check(cc, bban):
    rearr = bban + cc + '00'
    num = int(''.join(str(int(ch, 36)) for ch in rearr))
    return 98 - num % 97


def iban_valid(s):
    s = s.replace(' ', '')
    rearr = s[4:] + s[:4]
    return int(''.join(str(int(ch, 36)) for ch in rearr)) % 97 == 1


def iban(rng, cc='DE', fmt='group'):
    bban = _fill(rng, rng.choice(IBAN_BBAN[cc]))
    s = '%s%02d%s' % (cc, iban_check(cc, bban), bban)
    assert iban_valid(s)
    if fmt == 'run':
        return s
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- national numbers
def nhs(rng, fmt='space'):
    while True:
        d = rdig(rng, 9, True)
        r = sum(int(c) * (10 - i) for i, c in enumerate(d)) % 11
        c = 11 - r
        if c == 11:
            c = 0
        if c == 10:
            continue
        s = d + str(c)
        if fmt == 'space':
            return s[:3] + ' ' + s[3:6] + ' ' + s[6:]
        if fmt == 'dash':
            return s[:3] + '-' + s[3:6] + '-' + s[6:]
        return s


def chi(rng):
    while True:
        dt = rdate(rng, 1935, 2004)
        d = dt.strftime('%d%m%y') + rdig(rng, 3)
        r = sum(int(c) * (10 - i) for i, c in enumerate(d)) % 11
        c = 11 - r
        if c == 11:
            c = 0
        if c == 10:
            continue
        return d + str(c)


NHI_VAL = {ch: i + 1 for i, ch in enumerate('ABCDEFGHJKLMNPQRSTUVWXYZ')}


def nhi(rng):
    letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
    while True:
        a = ''.join(rng.choice(letters) for _ in range(3))
        d = rdig(rng, 3)
        s = NHI_VAL[a[0]] * 7 + NHI_VAL[a[1]] * 6 + NHI_VAL[a[2]] * 5
        s += int(d[0]) * 4 + int(d[1]) * 3 + int(d[2]) * 2
        r = s % 11
        if r == 0:
            continue
        c = 11 - r
        if c == 10:
            c = 0
        return a + d + str(c)


def ean13_check(d12):
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d12))
    return str((10 - s % 10) % 10)


def ahv(rng):
    d = '756' + rdig(rng, 9)
    d += ean13_check(d)
    return '%s.%s.%s.%s' % (d[:3], d[3:7], d[7:11], d[11:])


def svnr(rng):
    w = [3, 7, 9, None, 5, 8, 4, 2, 1, 6]
    while True:
        serial = rdig(rng, 3, True)
        dob = rdate(rng, 1935, 2004).strftime('%d%m%y')
        digs = serial + '0' + dob
        s = sum(int(c) * w[i] for i, c in enumerate(digs) if w[i])
        c = s % 11
        if c == 10:
            continue
        return serial + str(c) + ' ' + dob


def pnr_se(rng, century=True):
    dt = rdate(rng, 1935, 2004)
    body = dt.strftime('%y%m%d') + rdig(rng, 3)
    full = luhn_complete(body)
    if century:
        return dt.strftime('%Y') [:2] + full[:6] + '-' + full[6:]
    return full[:6] + '-' + full[6:]


def cpr_dk(rng):
    dt = rdate(rng, 1935, 2004)
    return dt.strftime('%d%m%y') + '-' + rdig(rng, 4)


def fnr_no(rng):
    while True:
        dt = rdate(rng, 1935, 1999)
        d = dt.strftime('%d%m%y') + str(rng.randint(0, 499)).zfill(3)
        w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
        k1 = 11 - sum(int(c) * w for c, w in zip(d, w1)) % 11
        if k1 == 11:
            k1 = 0
        if k1 == 10:
            continue
        d2 = d + str(k1)
        w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        k2 = 11 - sum(int(c) * w for c, w in zip(d2, w2)) % 11
        if k2 == 11:
            k2 = 0
        if k2 == 10:
            continue
        return d2 + str(k2)


def hetu(rng):
    dt = rdate(rng, 1935, 2004)
    sign = '-' if dt.year < 2000 else 'A'
    n = str(rng.randint(2, 899)).zfill(3)
    base = dt.strftime('%d%m%y')
    c = '0123456789ABCDEFHJKLMNPRSTUVWXY'[int(base + n) % 31]
    return base + sign + n + c


def bsn(rng, fmt='run'):
    while True:
        d = rdig(rng, 8, True)
        s = sum(int(c) * (9 - i) for i, c in enumerate(d))
        c = s % 11
        if c == 10:
            continue
        out = d + str(c)
        if fmt == 'dots':
            return out[:4] + '.' + out[4:6] + '.' + out[6:]
        return out


def rrn_be(rng):
    dt = rdate(rng, 1935, 1999)
    base = dt.strftime('%y%m%d') + str(rng.randint(1, 997)).zfill(3)
    cc = 97 - int(base) % 97
    return '%s.%s.%s-%s.%02d' % (base[:2], base[2:4], base[4:6], base[6:9], cc)


CF_ODD = {
    '0': 1, '1': 0, '2': 5, '3': 7, '4': 9, '5': 13, '6': 15, '7': 17, '8': 19, '9': 21,
    'A': 1, 'B': 0, 'C': 5, 'D': 7, 'E': 9, 'F': 13, 'G': 15, 'H': 17, 'I': 19, 'J': 21,
    'K': 2, 'L': 4, 'M': 18, 'N': 20, 'O': 11, 'P': 3, 'Q': 6, 'R': 8, 'S': 12, 'T': 14,
    'U': 16, 'V': 10, 'W': 22, 'X': 25, 'Y': 24, 'Z': 23}


def cf_check(s15):
    tot = 0
    for i, ch in enumerate(s15):
        if i % 2 == 0:
            tot += CF_ODD[ch]
        else:
            tot += int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + tot % 26)


def cf_it(rng, sur='RSS', nom='MRA'):
    dt = rdate(rng, 1935, 2004)
    day = dt.day + (40 if rng.random() < 0.5 else 0)
    town = rng.choice(['H501', 'F205', 'A944', 'L219', 'G273', 'F839', 'D612', 'A662'])
    s = sur + nom + dt.strftime('%y') + 'ABCDEHLMPRST'[dt.month - 1] + '%02d' % day + town
    return s + cf_check(s)


def dni(rng, nie=False):
    tbl = 'TRWAGMYFPDXBNJZSQVHLCKE'
    if nie:
        p = rng.choice('XYZ')
        n = rdig(rng, 7)
        num = int(str('XYZ'.index(p)) + n)
        return p + n + tbl[num % 23]
    n = rdig(rng, 8, True)
    return n + tbl[int(n) % 23]


def pesel(rng):
    dt = rdate(rng, 1935, 2004)
    mm = dt.month + (20 if dt.year >= 2000 else 0)
    d = dt.strftime('%y') + '%02d' % mm + '%02d' % dt.day + rdig(rng, 4)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(d, w)) % 10) % 10
    return d + str(c)


def rc_cz(rng):
    while True:
        dt = rdate(rng, 1954, 2004)
        mm = dt.month + (50 if rng.random() < 0.5 else 0)
        d = dt.strftime('%y') + '%02d' % mm + '%02d' % dt.day + rdig(rng, 3)
        c = int(d) % 11
        if c == 10:
            continue
        return d[:6] + '/' + d[6:] + str(c)


def cpf(rng):
    while True:
        d = [int(c) for c in rdig(rng, 9)]
        if len(set(d)) == 1:
            continue
        s1 = sum(d[i] * (10 - i) for i in range(9))
        r = s1 % 11
        v1 = 0 if r < 2 else 11 - r
        d2 = d + [v1]
        s2 = sum(d2[i] * (11 - i) for i in range(10))
        r = s2 % 11
        v2 = 0 if r < 2 else 11 - r
        s = ''.join(map(str, d)) + str(v1) + str(v2)
        return '%s.%s.%s-%s' % (s[:3], s[3:6], s[6:9], s[9:])


_VD = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_check(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def aadhaar(rng):
    d = rng.choice('23456789') + rdig(rng, 10)
    s = d + verhoeff_check(d)
    assert verhoeff_ok(s)
    return s[:4] + ' ' + s[4:8] + ' ' + s[8:]


def sa_id(rng):
    dt = rdate(rng, 1940, 2004)
    body = dt.strftime('%y%m%d') + rdig(rng, 4) + '0' + '8'
    return luhn_complete(body)


def mbi(rng, dashes=True):
    alpha = [c for c in UP if c not in 'SLOIBZ']
    an = alpha + list(DIG)
    s = (rng.choice('123456789') + rng.choice(alpha) + rng.choice(an) + rng.choice(DIG)
         + rng.choice(alpha) + rng.choice(an) + rng.choice(DIG) + rng.choice(alpha)
         + rng.choice(alpha) + rng.choice(DIG) + rng.choice(DIG))
    if dashes:
        return s[:4] + '-' + s[4:7] + '-' + s[7:]
    return s


def kvnr(rng):
    L = rng.choice(UP)
    d = rdig(rng, 8, True)
    digs = '%02d' % (ord(L) - 64) + d
    tot = 0
    for i, c in enumerate(digs):
        p = int(c) * (1 if i % 2 == 0 else 2)
        if p > 9:
            p -= 9
        tot += p
    return L + d + str(tot % 10)


def nir(rng):
    sex = rng.choice('12')
    dt = rdate(rng, 1935, 2004)
    dept = rng.choice(['75', '69', '13', '33', '59', '31', '44', '67', '2A', '93'])
    commune = rdig(rng, 3)
    order = rdig(rng, 3)
    body = sex + dt.strftime('%y') + '%02d' % dt.month + dept + commune + order
    num = body.replace('2A', '19').replace('2B', '18')
    key = 97 - int(num) % 97
    return '%s %s %s %s %s %s %02d' % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key)


def medicare_au(rng, irn=False):
    d = rng.choice('23456') + rdig(rng, 7)
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    c = sum(int(a) * b for a, b in zip(d, w)) % 10
    s = d + str(c) + rng.choice('123456789')
    out = s[:4] + ' ' + s[4:9] + ' ' + s[9]
    if irn:
        out += '-' + rng.choice('12345')
    return out


def ohip(rng):
    n = luhn_complete(rng.choice('123456789') + rdig(rng, 8))
    vc = rng.choice(UP) + rng.choice(UP)
    return '%s-%s-%s-%s' % (n[:4], n[4:7], n[7:], vc)


def dea(rng, initial='A'):
    first = rng.choice('ABFGM')
    d = [int(c) for c in rdig(rng, 6)]
    c = ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10
    return first + initial.upper() + ''.join(map(str, d)) + str(c)


def dea_ok(s):
    d = [int(c) for c in s[2:]]
    return ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def npi(rng):
    base = rng.choice('12') + rdig(rng, 8)
    full = luhn_complete('80840' + base)
    return full[5:]


def npi_ok(s):
    return luhn_ok('80840' + s)


VIN_TR = dict(zip('ABCDEFGHJKLMNPRSTUVWXYZ', [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_TR.update({d: int(d) for d in DIG})
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_ok(v):
    s = sum(VIN_TR[c] * w for c, w in zip(v, VIN_W)) % 11
    return v[8] == ('X' if s == 10 else str(s))


def vin(rng):
    chars = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
    wmi = rng.choice(['1FT', '1G1', '2HG', '3VW', '5YJ', '1HG', '4T1', '1C4', '2T3', '1N4', '3GN', 'JTD', '5NP', 'KM8'])
    vds = ''.join(rng.choice(chars) for _ in range(5))
    year = rng.choice('ABCDEFGHJKLMNPRS123456789')
    plant = rng.choice(chars)
    serial = rdig(rng, 6)
    v = wmi + vds + '0' + year + plant + serial
    s = sum(VIN_TR[c] * w for c, w in zip(v, VIN_W)) % 11
    v = v[:8] + ('X' if s == 10 else str(s)) + v[9:]
    assert vin_ok(v)
    return v


def ssn(rng, fmt='dash'):
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        g = rng.randint(1, 99)
        s = rng.randint(1, 9999)
        break
    a, g, s = '%03d' % a, '%02d' % g, '%04d' % s
    if fmt == 'dash':
        return '%s-%s-%s' % (a, g, s)
    if fmt == 'space':
        return '%s %s %s' % (a, g, s)
    return a + g + s


def resolve(spec, rng):
    """spec like '@card:visa:space' -> generated string."""
    parts = spec[1:].split(':')
    k, args = parts[0], parts[1:]
    if k == 'card':
        return card(rng, *args)
    if k == 'iban':
        return iban(rng, *args)
    fn = {
        'nhs': nhs, 'chi': chi, 'nhi': nhi, 'ahv': ahv, 'svnr': svnr, 'pnr_se': pnr_se,
        'cpr_dk': cpr_dk, 'fnr_no': fnr_no, 'hetu': hetu, 'bsn': bsn, 'rrn_be': rrn_be,
        'cf_it': cf_it, 'dni': dni, 'pesel': pesel, 'rc_cz': rc_cz, 'cpf': cpf,
        'aadhaar': aadhaar, 'sa_id': sa_id, 'mbi': mbi, 'kvnr': kvnr, 'nir': nir,
        'medicare_au': medicare_au, 'ohip': ohip, 'dea': dea, 'npi': npi, 'vin': vin,
        'ssn': ssn,
    }[k]
    conv = []
    for a in args:
        if a == 'True':
            conv.append(True)
        elif a == 'False':
            conv.append(False)
        else:
            conv.append(a)
    return fn(rng, *conv)


if __name__ == '__main__':
    import random
    r = random.Random(1)
    assert cf_check('RSSMRA85T10A562') == 'S', cf_check('RSSMRA85T10A562')
    assert luhn_ok('4111111111111111')
    assert iban_valid('GB82 WEST 1234 5698 7654 32')
    assert dea_ok('AB1234563')
    assert npi_ok('1234567893')
    assert vin_ok('1M8GDM9AXKP042788')
    assert verhoeff_ok('2363')
    for f in [nhs, chi, nhi, ahv, svnr, pnr_se, cpr_dk, fnr_no, hetu, bsn, rrn_be, cf_it, dni,
              pesel, rc_cz, cpf, aadhaar, sa_id, mbi, kvnr, nir, medicare_au, ohip, dea, npi, vin, ssn]:
        print(f.__name__, f(r))
    for k in CARD_SPECS:
        print(k, card(r, k))
    for cc in IBAN_BBAN:
        print(iban(r, cc))
