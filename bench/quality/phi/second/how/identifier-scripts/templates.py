# -*- coding: utf-8 -*-
"""Template-filled sentences.  Each template is a function rng -> markup string.

Templates are grouped by the kind they mainly exercise; build.py draws from the
groups until each kind reaches its target count.
"""
import datetime

import gen_lib as G
from pools import (ADDRESSES, CITIES, CONDITIONS, DRUGS, FIRST_NAMES, FULL_NAMES, LOWER_NAMES, MONTHS_EN,
                   ORGS, RELATIONS, SURNAMES, TITLES, WEEKDAYS)


def mk(kind, value):
    assert value == value.strip() and value, value
    return '{%s|%s}' % (kind, value)


# ------------------------------------------------------------------ dates
MONTHS = {
    'en': MONTHS_EN,
    'fr': ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
           'novembre', 'décembre'],
    'de': ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober',
           'November', 'Dezember'],
    'es': ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre',
           'noviembre', 'diciembre'],
    'it': ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre',
           'ottobre', 'novembre', 'dicembre'],
    'nl': ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober',
           'november', 'december'],
    'pl': ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września',
           'października', 'listopada', 'grudnia'],
    'cs': ['ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října',
           'listopadu', 'prosince'],
    'hu': ['január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember',
           'október', 'november', 'december'],
    'pt': ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro',
           'outubro', 'novembro', 'dezembro'],
    'sv': ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober',
           'november', 'december'],
    'tr': ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim',
           'Kasım', 'Aralık'],
    'ro': ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie',
           'octombrie', 'noiembrie', 'decembrie'],
    'fi': ['tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta', 'heinäkuuta',
           'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta'],
}


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = 'th'
    else:
        suf = {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')
    return '%d%s' % (n, suf)


def fmt_date(d, style):
    m, dd, y = d.month, d.day, d.year
    en = MONTHS_EN[m - 1]
    return {
        'us_slash': '%02d/%02d/%d' % (m, dd, y),
        'us_nopad': '%d/%d/%d' % (m, dd, y),
        'us_short': '%d/%d/%02d' % (m, dd, y % 100),
        'eu_slash': '%02d/%02d/%d' % (dd, m, y),
        'eu_dot': '%02d.%02d.%d' % (dd, m, y),
        'eu_dot_short': '%02d.%02d.%02d' % (dd, m, y % 100),
        'iso': d.isoformat(),
        'dmy_mon': '%02d-%s-%d' % (dd, en[:3], y),
        'dmy_mon_up': '%02d-%s-%d' % (dd, en[:3].upper(), y),
        'long_us': '%s %d, %d' % (en, dd, y),
        'long_uk': '%d %s %d' % (dd, en, y),
        'abbr_uk': '%d %s %d' % (dd, en[:3], y),
        'abbr_us': '%s. %d, %d' % (en[:3], dd, y) if en[:3] != 'May' else 'May %d, %d' % (dd, y),
        'mon_d': '%s %d' % (en[:3], dd),
        'ord_of': '%s of %s' % (ordinal(dd), en),
        'ord_uk': '%s %s %d' % (ordinal(dd), en, y),
        'fr': '%d %s %d' % (dd, MONTHS['fr'][m - 1], y) if dd != 1 else '1er %s %d' % (MONTHS['fr'][m - 1], y),
        'de': '%d. %s %d' % (dd, MONTHS['de'][m - 1], y),
        'es': '%d de %s de %d' % (dd, MONTHS['es'][m - 1], y),
        'it': '%d %s %d' % (dd, MONTHS['it'][m - 1], y),
        'nl': '%d %s %d' % (dd, MONTHS['nl'][m - 1], y),
        'pl': '%d %s %d' % (dd, MONTHS['pl'][m - 1], y),
        'cs': '%d. %s %d' % (dd, MONTHS['cs'][m - 1], y),
        'hu': '%d. %s %d.' % (y, MONTHS['hu'][m - 1], dd),
        'pt': '%d de %s de %d' % (dd, MONTHS['pt'][m - 1], y),
        'sv': '%d %s %d' % (dd, MONTHS['sv'][m - 1], y),
        'no': '%d. %s %d' % (dd, MONTHS['sv'][m - 1].replace('maj', 'mai').replace('augusti', 'august'), y),
        'fi': '%d.%d.%d' % (dd, m, y),
        'fi_long': '%d. %s %d' % (dd, MONTHS['fi'][m - 1], y),
        'tr': '%d %s %d' % (dd, MONTHS['tr'][m - 1], y),
        'ro': '%d %s %d' % (dd, MONTHS['ro'][m - 1], y),
        'jp': '%d/%02d/%02d' % (y, m, dd),
        'eu_dash': '%02d-%02d-%d' % (dd, m, y),
        'hu_num': '%d.%02d.%02d.' % (y, m, dd),
    }[style]


DATE_STYLES = ['us_slash', 'us_nopad', 'us_short', 'eu_slash', 'eu_dot', 'eu_dot_short', 'iso', 'dmy_mon',
               'dmy_mon_up', 'long_us', 'long_uk', 'abbr_uk', 'abbr_us', 'mon_d', 'ord_of', 'ord_uk', 'fr', 'de',
               'es', 'it', 'nl', 'pl', 'cs', 'hu', 'pt', 'sv', 'no', 'fi', 'fi_long', 'tr', 'ro', 'jp', 'eu_dash',
               'hu_num']
EN_STYLES = ['us_slash', 'us_nopad', 'us_short', 'eu_slash', 'iso', 'dmy_mon', 'dmy_mon_up', 'long_us', 'long_uk',
             'abbr_uk', 'abbr_us', 'ord_uk', 'ord_of', 'mon_d']
CC_STYLES = {
    'US': ['us_slash', 'us_nopad', 'us_short', 'long_us', 'abbr_us', 'mon_d', 'iso', 'dmy_mon_up'],
    'CA': ['iso', 'long_us', 'us_slash', 'dmy_mon'], 'PH': ['long_us', 'us_slash'], 'MX': ['es', 'eu_slash'],
    'UK': ['eu_slash', 'long_uk', 'abbr_uk', 'ord_uk', 'dmy_mon'], 'IE': ['eu_slash', 'long_uk', 'ord_of'],
    'AU': ['eu_slash', 'long_uk', 'abbr_uk'], 'NZ': ['eu_slash', 'long_uk'], 'ZA': ['eu_slash', 'iso', 'long_uk'],
    'IN': ['eu_slash', 'dmy_mon', 'eu_dash'], 'NG': ['eu_slash', 'ord_uk'],
    'DE': ['eu_dot', 'de', 'eu_dot_short'], 'AT': ['eu_dot', 'de'], 'CH': ['eu_dot', 'de', 'fr'],
    'FR': ['fr', 'eu_slash'], 'BE': ['fr', 'nl', 'eu_slash'], 'IT': ['it', 'eu_slash'], 'ES': ['es', 'eu_slash'],
    'PT': ['pt', 'eu_slash', 'eu_dash'], 'BR': ['pt', 'eu_slash'], 'NL': ['nl', 'eu_dash'], 'SE': ['iso', 'sv'],
    'NO': ['no', 'eu_dot'], 'DK': ['no', 'eu_dot'], 'FI': ['fi', 'fi_long'], 'PL': ['pl', 'eu_dot'],
    'CZ': ['cs', 'eu_dot'], 'SK': ['cs', 'eu_dot'], 'HU': ['hu', 'hu_num'], 'RO': ['ro', 'eu_dot'],
    'GR': ['eu_slash'], 'TR': ['tr', 'eu_dot'], 'JP': ['jp', 'iso'], 'KR': ['iso', 'jp'],
}


def svc_date(r):
    return G.rdate(r, 2021, 2024)


def later(r, d, lo=1, hi=40):
    return d + datetime.timedelta(days=r.randint(lo, hi))


def dob(r, lo=1935, hi=2003):
    return G.rdate(r, lo, hi)


def D(r, style=None, d=None, kind='svc', cc=None):
    d = d or (svc_date(r) if kind == 'svc' else dob(r))
    if style is None:
        style = r.choice(CC_STYLES.get(cc, EN_STYLES))
    return mk('date', fmt_date(d, style))


# ------------------------------------------------------------------ names
def N(r, lower=False):
    x = r.random()
    if lower:
        return mk('name', r.choice(LOWER_NAMES))
    if x < 0.6:
        return mk('name', r.choice(FULL_NAMES))
    return mk('name', r.choice(FIRST_NAMES))


def TN(r):
    """title + surname; title outside the span."""
    return '%s %s' % (r.choice(TITLES), mk('name', r.choice(SURNAMES)))


def DR(r):
    return 'Dr %s' % mk('name', r.choice(FULL_NAMES + SURNAMES))


# ------------------------------------------------------------------ phones
def d_(r, n, nz=False):
    return G.rdig(r, n, nz)


US_AREAS = ['505', '575', '212', '312', '415', '617', '206', '303', '602', '713', '404', '907', '808', '503',
            '612', '919', '215', '801', '928', '406', '304', '606', '865', '559', '509']
CA_AREAS = ['416', '514', '604', '613', '780', '902', '204', '306', '709', '867']


def us_parts(r, ca=False):
    a = r.choice(CA_AREAS if ca else US_AREAS)
    if r.random() < 0.5:
        e, n = '555', '01' + d_(r, 2)
    else:
        e, n = r.choice('23456789') + d_(r, 2), d_(r, 4)
    return a, e, n


def phone_us(r, style=None, ca=False):
    a, e, n = us_parts(r, ca)
    styles = ['({a}) {e}-{n}', '{a}-{e}-{n}', '{a}.{e}.{n}', '({a}){e}-{n}', '{a}{e}{n}', '+1 {a} {e} {n}',
              '1-{a}-{e}-{n}', '+1-{a}-{e}-{n}', '({a}) {e}-{n} ext. {x}', '{a}-{e}-{n} x{x}', '{a} {e} {n}',
              '+1 ({a}) {e}-{n}']
    s = style or r.choice(styles)
    return s.format(a=a, e=e, n=n, x=str(r.randint(2, 499)))


def phone_intl(r, cc=None):
    f = {
        'UK': lambda: r.choice(['+44 20 7946 0%s' % d_(r, 3), '+44 (0)20 7946 0%s' % d_(r, 3),
                                '0044 20 7946 0%s' % d_(r, 3), '020 7946 0%s' % d_(r, 3),
                                '07700 900%s' % d_(r, 3), '+44 7700 900%s' % d_(r, 3),
                                '0161 496 0%s' % d_(r, 3), '0131 496 0%s' % d_(r, 3), '0117 496 0%s' % d_(r, 3),
                                '01632 960%s' % d_(r, 3)]),
        'IE': lambda: r.choice(['+353 1 %s %s' % (d_(r, 3, True), d_(r, 4)), '01 %s %s' % (d_(r, 3, True), d_(r, 4)),
                                '+353 87 %s %s' % (d_(r, 3), d_(r, 4)), '086 %s %s' % (d_(r, 3), d_(r, 4)),
                                '(021) %s %s' % (d_(r, 3, True), d_(r, 4))]),
        'DE': lambda: r.choice(['+49 30 %s' % d_(r, 7, True), '+49 (0)30 %s-0' % d_(r, 5, True),
                                '030 %s' % d_(r, 7, True), '0171/%s' % d_(r, 7), '+49 171 %s' % d_(r, 7),
                                '089 %s' % d_(r, 7, True), '+49 40 %s %s' % (d_(r, 3, True), d_(r, 4)),
                                '0221 %s-%s' % (d_(r, 4, True), d_(r, 2)), '0152 %s %s' % (d_(r, 4), d_(r, 4))]),
        'AT': lambda: r.choice(['+43 1 %s %s' % (d_(r, 3, True), d_(r, 4)), '+43 664 %s %s' % (d_(r, 3), d_(r, 4)),
                                '0664 %s' % d_(r, 7), '0316 %s' % d_(r, 6, True)]),
        'CH': lambda: r.choice(['+41 44 %s %s %s' % (d_(r, 3, True), d_(r, 2), d_(r, 2)),
                                '044 %s %s %s' % (d_(r, 3, True), d_(r, 2), d_(r, 2)),
                                '+41 79 %s %s %s' % (d_(r, 3), d_(r, 2), d_(r, 2)),
                                '0041 31 %s %s %s' % (d_(r, 3, True), d_(r, 2), d_(r, 2))]),
        'FR': lambda: r.choice(['+33 1 %s %s %s %s' % (d_(r, 2), d_(r, 2), d_(r, 2), d_(r, 2)),
                                '+33 (0)6 %s %s %s %s' % (d_(r, 2), d_(r, 2), d_(r, 2), d_(r, 2)),
                                '06 %s %s %s %s' % (d_(r, 2), d_(r, 2), d_(r, 2), d_(r, 2)),
                                '04.%s.%s.%s.%s' % (d_(r, 2), d_(r, 2), d_(r, 2), d_(r, 2)),
                                '07 %s %s %s %s' % (d_(r, 2), d_(r, 2), d_(r, 2), d_(r, 2))]),
        'IT': lambda: r.choice(['+39 06 %s' % d_(r, 8, True), '+39 333 %s %s' % (d_(r, 3), d_(r, 4)),
                                '06 %s %s' % (d_(r, 4, True), d_(r, 4)), '02 %s' % d_(r, 8, True),
                                '+39 347 %s' % d_(r, 7)]),
        'ES': lambda: r.choice(['+34 91 %s %s %s' % (d_(r, 3, True), d_(r, 2), d_(r, 2)),
                                '+34 6%s %s %s' % (d_(r, 2), d_(r, 3), d_(r, 3)),
                                '93 %s %s %s' % (d_(r, 3, True), d_(r, 2), d_(r, 2)),
                                '6%s %s %s' % (d_(r, 2), d_(r, 3), d_(r, 3))]),
        'PT': lambda: r.choice(['+351 21 %s %s' % (d_(r, 3, True), d_(r, 4)), '+351 91 %s %s' % (d_(r, 3), d_(r, 4)),
                                '22 %s %s' % (d_(r, 3, True), d_(r, 4))]),
        'BR': lambda: r.choice(['+55 11 9%s-%s' % (d_(r, 4), d_(r, 4)), '(21) 9%s-%s' % (d_(r, 4), d_(r, 4)),
                                '+55 81 3%s-%s' % (d_(r, 3), d_(r, 4)), '(11) 3%s-%s' % (d_(r, 3), d_(r, 4))]),
        'NL': lambda: r.choice(['+31 20 %s %s' % (d_(r, 3, True), d_(r, 4)), '06-%s' % d_(r, 8),
                                '+31 6 %s %s' % (d_(r, 4), d_(r, 4)), '010-%s' % d_(r, 7, True)]),
        'BE': lambda: r.choice(['+32 2 %s %s %s' % (d_(r, 3, True), d_(r, 2), d_(r, 2)),
                                '0475 %s %s %s' % (d_(r, 2), d_(r, 2), d_(r, 2)),
                                '09 %s %s %s' % (d_(r, 3, True), d_(r, 2), d_(r, 2))]),
        'SE': lambda: r.choice(['+46 8 %s %s %s' % (d_(r, 3, True), d_(r, 3), d_(r, 2)),
                                '08-%s %s %s' % (d_(r, 3, True), d_(r, 2), d_(r, 2)),
                                '070-%s %s %s' % (d_(r, 3), d_(r, 2), d_(r, 2)),
                                '+46 70 %s %s %s' % (d_(r, 3), d_(r, 2), d_(r, 2))]),
        'NO': lambda: r.choice(['+47 22 %s %s %s' % (d_(r, 2), d_(r, 2), d_(r, 2)),
                                '22 %s %s %s' % (d_(r, 2), d_(r, 2), d_(r, 2)),
                                '+47 9%s %s %s' % (d_(r, 2), d_(r, 2), d_(r, 3)),
                                '4%s %s %s' % (d_(r, 2), d_(r, 2), d_(r, 3))]),
        'DK': lambda: r.choice(['+45 33 %s %s %s' % (d_(r, 2), d_(r, 2), d_(r, 2)),
                                '33 %s %s %s' % (d_(r, 2), d_(r, 2), d_(r, 2)),
                                '+45 2%s %s %s %s' % (d_(r, 1), d_(r, 2), d_(r, 2), d_(r, 2))]),
        'FI': lambda: r.choice(['+358 9 %s %s' % (d_(r, 4, True), d_(r, 3)), '040 %s %s' % (d_(r, 3), d_(r, 4)),
                                '+358 50 %s %s' % (d_(r, 3), d_(r, 4)), '09 %s %s' % (d_(r, 4, True), d_(r, 3))]),
        'PL': lambda: r.choice(['+48 22 %s %s %s' % (d_(r, 3, True), d_(r, 2), d_(r, 2)),
                                '+48 6%s %s %s' % (d_(r, 2), d_(r, 3), d_(r, 3)),
                                '5%s %s %s' % (d_(r, 2), d_(r, 3), d_(r, 3)),
                                '(12) %s %s %s' % (d_(r, 3, True), d_(r, 2), d_(r, 2))]),
        'CZ': lambda: r.choice(['+420 224 %s %s' % (d_(r, 3), d_(r, 3)), '+420 60%s %s %s' % (d_(r, 1), d_(r, 3), d_(r, 3)),
                                '724 %s %s' % (d_(r, 3), d_(r, 3))]),
        'SK': lambda: r.choice(['+421 2 %s %s' % (d_(r, 4, True), d_(r, 4)), '+421 90%s %s %s' % (d_(r, 1), d_(r, 3), d_(r, 3))]),
        'HU': lambda: r.choice(['+36 1 %s %s' % (d_(r, 3, True), d_(r, 4)), '+36 30 %s %s' % (d_(r, 3), d_(r, 4)),
                                '06 20 %s %s' % (d_(r, 3), d_(r, 4)), '06-1-%s-%s' % (d_(r, 3, True), d_(r, 4))]),
        'RO': lambda: r.choice(['+40 21 %s %s' % (d_(r, 3, True), d_(r, 4)), '+40 72%s %s %s' % (d_(r, 1), d_(r, 3), d_(r, 3)),
                                '074%s %s %s' % (d_(r, 1), d_(r, 3), d_(r, 3))]),
        'GR': lambda: r.choice(['+30 210 %s %s' % (d_(r, 3, True), d_(r, 4)), '+30 69%s %s %s' % (d_(r, 1), d_(r, 3), d_(r, 4)),
                                '2310 %s %s' % (d_(r, 3, True), d_(r, 3))]),
        'TR': lambda: r.choice(['+90 212 %s %s %s' % (d_(r, 3, True), d_(r, 2), d_(r, 2)),
                                '+90 53%s %s %s %s' % (d_(r, 1), d_(r, 3), d_(r, 2), d_(r, 2)),
                                '0 (312) %s %s %s' % (d_(r, 3, True), d_(r, 2), d_(r, 2))]),
        'AU': lambda: r.choice(['+61 2 %s %s' % (d_(r, 4, True), d_(r, 4)), '+61 4%s %s %s' % (d_(r, 2), d_(r, 3), d_(r, 3)),
                                '(02) %s %s' % (d_(r, 4, True), d_(r, 4)), '04%s %s %s' % (d_(r, 2), d_(r, 3), d_(r, 3)),
                                '(08) 8%s %s' % (d_(r, 3), d_(r, 4)), '(03) 9%s %s' % (d_(r, 3), d_(r, 4))]),
        'NZ': lambda: r.choice(['+64 9 %s %s' % (d_(r, 3, True), d_(r, 4)), '021 %s %s' % (d_(r, 3), d_(r, 4)),
                                '(09) %s %s' % (d_(r, 3, True), d_(r, 4)), '+64 27 %s %s' % (d_(r, 3), d_(r, 4)),
                                '(07) 3%s %s' % (d_(r, 2), d_(r, 4))]),
        'ZA': lambda: r.choice(['+27 21 %s %s' % (d_(r, 3, True), d_(r, 4)), '08%s %s %s' % (r.choice('234'), d_(r, 3), d_(r, 4)),
                                '+27 83 %s %s' % (d_(r, 3), d_(r, 4)), '011 %s %s' % (d_(r, 3, True), d_(r, 4))]),
        'IN': lambda: r.choice(['+91 9%s %s' % (d_(r, 4), d_(r, 5)), '9%s %s' % (d_(r, 4), d_(r, 5)),
                                '+91 80 %s %s' % (d_(r, 4, True), d_(r, 4)), '011-%s%s' % (d_(r, 4, True), d_(r, 4)),
                                '+91-8%s-%s' % (d_(r, 4), d_(r, 5))]),
        'PK': lambda: r.choice(['+92 30%s %s' % (d_(r, 1), d_(r, 7)), '0321-%s' % d_(r, 7), '+92 42 %s %s' % (d_(r, 4, True), d_(r, 4))]),
        'BD': lambda: r.choice(['+880 171%s-%s' % (d_(r, 1), d_(r, 6)), '01811-%s' % d_(r, 6)]),
        'PH': lambda: r.choice(['+63 917 %s %s' % (d_(r, 3), d_(r, 4)), '0918 %s %s' % (d_(r, 3), d_(r, 4)),
                                '(02) 8%s %s' % (d_(r, 3), d_(r, 4))]),
        'NG': lambda: r.choice(['+234 803 %s %s' % (d_(r, 3), d_(r, 4)), '0806 %s %s' % (d_(r, 3), d_(r, 4)),
                                '+234 (0)809 %s %s' % (d_(r, 3), d_(r, 4))]),
        'GH': lambda: r.choice(['+233 24 %s %s' % (d_(r, 3), d_(r, 4)), '020 %s %s' % (d_(r, 3), d_(r, 4))]),
        'KE': lambda: r.choice(['+254 7%s %s %s' % (d_(r, 2), d_(r, 3), d_(r, 3)), '07%s %s%s' % (d_(r, 2), d_(r, 3), d_(r, 3))]),
        'ET': lambda: r.choice(['+251 91 %s %s' % (d_(r, 3), d_(r, 4)), '+251 11 %s %s' % (d_(r, 3, True), d_(r, 4))]),
        'VN': lambda: r.choice(['+84 90 %s %s %s' % (d_(r, 3), d_(r, 2), d_(r, 2)), '091 %s %s' % (d_(r, 3), d_(r, 4)),
                                '+84 24 %s %s' % (d_(r, 4), d_(r, 4))]),
        'JP': lambda: r.choice(['+81 3-%s-%s' % (d_(r, 4), d_(r, 4)), '03-%s-%s' % (d_(r, 4), d_(r, 4)),
                                '090-%s-%s' % (d_(r, 4), d_(r, 4)), '06-%s-%s' % (d_(r, 4), d_(r, 4))]),
        'KR': lambda: r.choice(['+82 2-%s-%s' % (d_(r, 3, True), d_(r, 4)), '010-%s-%s' % (d_(r, 4), d_(r, 4))]),
        'CN': lambda: r.choice(['+86 13%s %s %s' % (d_(r, 1), d_(r, 4), d_(r, 4)), '+86 10 %s %s' % (d_(r, 4, True), d_(r, 4)),
                                '139 %s %s' % (d_(r, 4), d_(r, 4))]),
        'SA': lambda: r.choice(['+966 5%s %s %s' % (d_(r, 1), d_(r, 3), d_(r, 4)), '+971 4 %s %s' % (d_(r, 3, True), d_(r, 4)),
                                '+971 50 %s %s' % (d_(r, 3), d_(r, 4))]),
        'RU': lambda: r.choice(['+7 495 %s-%s-%s' % (d_(r, 3, True), d_(r, 2), d_(r, 2)), '+7 912 %s-%s-%s' % (d_(r, 3), d_(r, 2), d_(r, 2)),
                                '8 (812) %s-%s-%s' % (d_(r, 3, True), d_(r, 2), d_(r, 2))]),
        'UA': lambda: r.choice(['+380 44 %s %s' % (d_(r, 3, True), d_(r, 4)), '+380 67 %s %s %s' % (d_(r, 3), d_(r, 2), d_(r, 2)),
                                '050 %s %s %s' % (d_(r, 3), d_(r, 2), d_(r, 2))]),
        'MX': lambda: r.choice(['+52 55 %s %s' % (d_(r, 4, True), d_(r, 4)), '55 %s %s' % (d_(r, 4, True), d_(r, 4))]),
        'US': lambda: phone_us(r),
        'CA': lambda: phone_us(r, ca=True),
    }
    cc = cc or r.choice(list(f.keys()))
    return f[cc]()


PHONE_CCS = ['UK', 'IE', 'DE', 'AT', 'CH', 'FR', 'IT', 'ES', 'PT', 'BR', 'NL', 'BE', 'SE', 'NO', 'DK', 'FI', 'PL',
             'CZ', 'SK', 'HU', 'RO', 'GR', 'TR', 'AU', 'NZ', 'ZA', 'IN', 'PK', 'BD', 'PH', 'NG', 'GH', 'KE', 'ET',
             'VN', 'JP', 'KR', 'CN', 'SA', 'RU', 'UA', 'US', 'US', 'US', 'CA']


def P(r, cc=None):
    return mk('phone', phone_intl(r, cc or r.choice(PHONE_CCS)))


def F(r, cc=None):
    return mk('fax', phone_intl(r, cc or r.choice(PHONE_CCS)))


MAIL_ONLY = ('PSC ', 'CMR ', 'PO Box', 'Postfach', 'Box ', 'BP ', 'Apartado', 'Casella', 'Postbus')


def pick_addr(r, ccs=None, residential=False):
    pool = [a for a in ADDRESSES if (ccs is None or a[4] in ccs)
            and not (residential and a[1].startswith(MAIL_ONLY))]
    return r.choice(pool)


def ADDR(r, with_zip=True, entry=None, ccs=None, residential=False):
    pre, line, tail, z, _cc = entry or pick_addr(r, ccs, residential)
    if with_zip:
        t = tail.replace('{Z}', mk('zip', z))
    else:
        t = tail.replace('{Z}', '').replace('CH-', '').replace('L-', '').replace('  ', ' ').strip(' ,')
        t = t.replace('CEP', '').replace('C.P.', '').strip(' ,-')
    return '%s%s, %s' % (pre, mk('address', line), t)


def drug(r):
    return r.choice(DRUGS)


def cond(r):
    return r.choice(CONDITIONS)


def org(r):
    return r.choice(ORGS)


def city(r):
    return r.choice(CITIES)


def yr(r):
    return str(r.randint(1998, 2024))


def bait(r):
    """A short clinical clause with unlabelled years / weekdays / month+year / durations / times / scores."""
    return r.choice([
        'using since %s' % yr(r), 'first used at %d' % r.randint(13, 30), 'last seen on %s' % r.choice(WEEKDAYS),
        'taper started in %s %s' % (r.choice(MONTHS_EN), yr(r)), 'COWS %d at 2 h' % r.randint(3, 24),
        'BP %d/%d' % (r.randint(100, 160), r.randint(60, 98)), 'cravings %d/10' % r.randint(0, 10),
        'PHQ-9 %d' % r.randint(2, 24), 'QTc %d ms on last ECG' % r.randint(410, 520), 'GCS 15',
        'MME down from %d to %d' % (r.choice([180, 240, 300]), r.choice([60, 90, 120])),
        'in the OTP since %s' % yr(r), 'prior OD in %s %s' % (r.choice(MONTHS_EN), yr(r)),
        'UDS positive for fentanyl', 'doses at %02d:%02d daily' % (r.randint(6, 10), r.choice([0, 15, 30, 45])),
        'group every %s' % r.choice(WEEKDAYS), 'HCV Ab positive since %s' % yr(r),
        'no use for %d weeks' % r.randint(2, 14), 'sleeping 4 h a night', 'A1c 7.9 (Q%d %s)' % (r.randint(1, 4), yr(r)),
        'on disability since %s' % yr(r), 'missed %s\'s dose' % r.choice(WEEKDAYS),
        'pain 7/10 most days', 'stable for %d months' % r.randint(2, 30), 'ICD-10 F11.20',
    ])


def age_young(r, sex=None):
    f = ['%d y/o', '%d yo', 'aged %d', 'age %d'] + (['%d' + sex] if sex else [])
    return r.choice(f) % r.randint(19, 88)


# ================================================================== templates by kind
T = {}


def tpl(kind):
    def deco(fn):
        T.setdefault(kind, []).append(fn)
        return fn
    return deco


def rel(r):
    return r.choice(RELATIONS)


# ---------------------------------------------------------- date
@tpl('date')
def _(r):
    d1 = svc_date(r)
    return 'Seen %s; %s; continue %s, next f/u %s.' % (D(r, d=d1), bait(r), drug(r), D(r, d=later(r, d1, 14, 35)))


@tpl('date')
def _(r):
    d = svc_date(r)
    st = r.choice(['us_short', 'us_slash', 'eu_slash', 'mon_d', 'us_nopad'])
    return 'Visit %s %s: pt reports cravings %d/10, %s.' % (WEEKDAYS[d.weekday()][:3], mk('date', fmt_date(d, st)), r.randint(0, 9), bait(r))


@tpl('date')
def _(r):
    d1 = svc_date(r)
    st = r.choice(CC_STYLES['US'][:3])
    return 'DOB %s | Admit %s | D/C %s' % (D(r, st, kind='dob'), D(r, st, d=d1), D(r, st, d=later(r, d1, 2, 12)))


@tpl('date')
def _(r):
    d1 = svc_date(r)
    return '%s, geb. %s, stationär vom %s bis %s wegen Opioidentzug, seit %s in Substitution.' % (
        N(r), D(r, r.choice(['eu_dot', 'de']), kind='dob'), D(r, 'eu_dot', d=d1), D(r, 'eu_dot', d=later(r, d1, 3, 20)), yr(r))


@tpl('date')
def _(r):
    d1 = svc_date(r)
    return 'Né(e) le %s, hospitalisé(e) du %s au %s pour sevrage, suivi au CSAPA depuis %s.' % (
        D(r, 'fr', kind='dob'), D(r, 'fr', d=d1), D(r, 'fr', d=later(r, d1, 3, 20)), yr(r))


@tpl('date')
def _(r):
    return 'Fecha de nacimiento: %s; última dispensación de metadona el %s (en tratamiento desde %s).' % (
        D(r, 'es', kind='dob'), D(r, 'es'), yr(r))


@tpl('date')
def _(r):
    return 'Data di nascita %s, presa in carico al SerD il %s, metadone %d mg.' % (D(r, 'it', kind='dob'), D(r, 'it'), r.choice([40, 60, 80, 100]))


@tpl('date')
def _(r):
    return 'Geboortedatum %s, opgenomen op %s (%s), sinds %s in behandeling.' % (D(r, r.choice(['nl', 'eu_dash']), kind='dob'), D(r, 'nl'), cond(r), yr(r))


@tpl('date')
def _(r):
    return 'Data urodzenia: %s, przyjęty %s, %s, leczony od %s.' % (D(r, 'pl', kind='dob'), D(r, r.choice(['pl', 'eu_dot'])), r.choice(['metadon 80 mg', 'buprenorfina 12 mg', 'tramadol 200 mg']), yr(r))


@tpl('date')
def _(r):
    return 'Datum narození %s, vyšetřen %s, substituce buprenorfinem od roku %s.' % (D(r, 'cs', kind='dob'), D(r, r.choice(['cs', 'eu_dot'])), yr(r))


@tpl('date')
def _(r):
    return 'Születési idő: %s, felvétel: %s, metadon %d mg.' % (D(r, r.choice(['hu', 'hu_num']), kind='dob'), D(r, 'hu'), r.choice([50, 70, 90]))


@tpl('date')
def _(r):
    return 'Data de nascimento %s; consulta no CAPS AD em %s, acompanhado desde %s.' % (D(r, r.choice(['pt', 'eu_slash']), kind='dob'), D(r, 'pt'), yr(r))


@tpl('date')
def _(r):
    return 'Född %s, inskriven i LARO %s, buprenorfin sedan %s %s.' % (D(r, 'sv', kind='dob'), D(r, r.choice(['sv', 'iso'])), r.choice(['januari', 'mars', 'maj', 'oktober']), yr(r))


@tpl('date')
def _(r):
    return 'Syntynyt %s, korvaushoito alkoi %s.' % (D(r, r.choice(['fi', 'fi_long']), kind='dob'), D(r, r.choice(['fi', 'fi_long'])))


@tpl('date')
def _(r):
    return 'Doğum tarihi %s, AMATEM başvurusu %s, %s yılından beri eroin kullanıyor.' % (D(r, 'tr', kind='dob'), D(r, 'tr'), yr(r))


@tpl('date')
def _(r):
    d1 = svc_date(r)
    return 'Data nașterii: %s; internat pe %s, externat pe %s.' % (D(r, 'ro', kind='dob'), D(r, 'ro', d=d1), D(r, 'ro', d=later(r, d1, 2, 15)))


@tpl('date')
def _(r):
    return 'Pt last used fentanyl on the %s; UDS on %s was negative apart from bup; %s.' % (
        mk('date', ordinal(r.randint(1, 28))), D(r, r.choice(['mon_d', 'us_short'])), bait(r))


@tpl('date')
def _(r):
    return 'Overdose on %s, found by %s, naloxone x2 by EMS; %s.' % (D(r, r.choice(['ord_of', 'ord_uk', 'long_uk', 'abbr_uk'])), N(r), bait(r))


@tpl('date')
def _(r):
    d1 = svc_date(r)
    return 'Referral received %s (faxed %s); pt is %s, %s.' % (D(r, r.choice(['dmy_mon', 'dmy_mon_up', 'abbr_us']), d=later(r, d1, 1, 5)), D(r, 'mon_d', d=d1), age_young(r), cond(r))


@tpl('date')
def _(r):
    return '%s: DOB %s, %s, started on %s; %s.' % (N(r), D(r, kind='dob'), cond(r), drug(r), bait(r))


@tpl('date')
def _(r):
    d = svc_date(r)
    return 'Induction scheduled for %s at 9:00 (%s); home induction kit given %s.' % (
        D(r, r.choice(['long_us', 'us_nopad', 'iso']), d=d), WEEKDAYS[d.weekday()], D(r, 'mon_d', d=d - datetime.timedelta(days=r.randint(2, 9))))


@tpl('date')
def _(r):
    d1 = svc_date(r)
    return 'Last PDMP check %s, no new prescribers; next review %s.' % (D(r, 'iso', d=d1), D(r, 'iso', d=later(r, d1, 28, 90)))


@tpl('date')
def _(r):
    return '受診日 %s, pt from %s on %s, referred for taper advice.' % (D(r, 'jp'), r.choice(['Osaka', 'Sapporo', 'Fukuoka', 'Nagoya']), drug(r))


@tpl('date')
def _(r):
    a = pick_addr(r)
    return 'Pt from %s seen %s, %s; %s.' % (a[2].replace('{Z}', '').replace('CEP', '').replace('CH-', '').strip(' ,-'), D(r, cc=a[4]), bait(r), drug(r))


# ---------------------------------------------------------- address
@tpl('address')
def _(r):
    return 'Pt moved to %s last month; %s.' % (ADDR(r, residential=True), bait(r))


@tpl('address')
def _(r):
    a = pick_addr(r, residential=True)
    return 'Home address: %s | Tel %s' % (ADDR(r, entry=a), P(r, a[4]))


@tpl('address')
def _(r):
    return '%s (%s) lives at %s.' % (N(r), rel(r), ADDR(r, residential=True))


@tpl('address')
def _(r):
    return 'Mail scripts to %s, attn %s.' % (ADDR(r), DR(r))


@tpl('address')
def _(r):
    return 'Current address per intake: %s, there since %s %s.' % (ADDR(r, with_zip=r.random() < 0.6, residential=True), r.choice(MONTHS_EN), yr(r))


@tpl('address')
def _(r):
    return 'Send the naloxone kit to %s; pt has no phone.' % ADDR(r)


@tpl('address')
def _(r):
    return 'Staying with %s at %s for now; %s.' % (N(r), ADDR(r, with_zip=r.random() < 0.5, residential=True), bait(r))


@tpl('address')
def _(r):
    return 'Anschrift: %s; Substitutionsarzt %s.' % (ADDR(r, ccs=['DE', 'AT', 'CH']), DR(r))


@tpl('address')
def _(r):
    a = pick_addr(r, ['FR', 'BE', 'CH'])
    return 'Adresse du patient : %s, tél. %s.' % (ADDR(r, entry=a), P(r, a[4]))


# ---------------------------------------------------------- card
CARD_KINDS = ['visa', 'visa', 'mc', 'mc', 'amex', 'disc', 'diners', 'jcb', 'maestro', 'visa13', 'visa19',
              'unionpay', 'elo', 'rupay']


def C(r):
    k = r.choice(CARD_KINDS)
    fmt = 'none' if k == 'visa13' else r.choice(['space', 'space', 'dash', 'none'])
    return mk('card', G.card(r, k, fmt))


@tpl('card')
def _(r):
    return 'Copay paid with card %s, exp %02d/%02d.' % (C(r), r.randint(1, 12), r.randint(25, 30))


@tpl('card')
def _(r):
    return 'Pt left her card number %s on the voicemail for the naltrexone copay.' % C(r)


@tpl('card')
def _(r):
    return 'Cardholder: %s | Card no. %s | CVV not stored' % (N(r), C(r))


@tpl('card')
def _(r):
    return 'Kreditkarte %s (Inhaber %s) für die Privatrechnung hinterlegt.' % (C(r), N(r))


@tpl('card')
def _(r):
    return 'Carte bancaire %s refusée le %s, patient rappelé.' % (C(r), D(r, r.choice(['eu_slash', 'fr'])))


@tpl('card')
def _(r):
    return 'Billing note: family paid the residential deposit with %s (%s\'s card).' % (C(r), N(r))


@tpl('card')
def _(r):
    return 'DO NOT store card numbers in notes!! pt wrote %s on the intake form.' % C(r)


@tpl('card')
def _(r):
    return 'Tarjeta %s a nombre de %s, cobro de la consulta privada.' % (C(r), N(r))


@tpl('card')
def _(r):
    return 'Pharmacy put the Sublocade copay ($%d) on card %s at the pt\'s request.' % (r.randint(10, 300), C(r))


# ---------------------------------------------------------- iban
IBAN_CCS = list(G.IBAN_BBAN.keys())


def IB(r, cc=None):
    return mk('iban', G.iban(r, cc or r.choice(IBAN_CCS), r.choice(['group', 'group', 'run'])))


@tpl('iban')
def _(r):
    return 'Refund of the deposit to IBAN %s, account holder %s.' % (IB(r), N(r))


@tpl('iban')
def _(r):
    return 'Bankverbindung: %s, Kontoinhaber %s' % (IB(r, r.choice(['DE', 'AT', 'CH'])), N(r))


@tpl('iban')
def _(r):
    return 'IBAN %s (pt\'s %s) for the travel reimbursement.' % (IB(r), rel(r))


@tpl('iban')
def _(r):
    return 'Virement sur le compte %s au nom de %s.' % (IB(r, r.choice(['FR', 'BE', 'LU', 'CH'])), N(r))


@tpl('iban')
def _(r):
    return 'Rekening %s t.n.v. %s, terugbetaling eigen risico.' % (IB(r, r.choice(['NL', 'BE'])), N(r))


@tpl('iban')
def _(r):
    return 'Pt asked us to pay the interpreter (%s) to %s.' % (N(r), IB(r))


@tpl('iban')
def _(r):
    return 'Disability benefit goes into %s; %s manages the money.' % (IB(r), N(r))


@tpl('iban')
def _(r):
    return 'Bonifico su IBAN %s intestato a %s.' % (IB(r, 'IT'), N(r))


# ---------------------------------------------------------- ssn
def S(r):
    return mk('ssn', G.ssn(r, r.choice(['dash', 'dash', 'space', 'none'])))


@tpl('ssn')
def _(r):
    return 'SSN %s, DOB %s; %s.' % (S(r), D(r, 'us_slash', kind='dob'), bait(r))


@tpl('ssn')
def _(r):
    return 'Pt: %s | SS# %s | Medicaid pending' % (N(r), S(r))


@tpl('ssn')
def _(r):
    return 'Soc. sec. no. %s given by pt\'s %s for the disability application.' % (S(r), rel(r))


@tpl('ssn')
def _(r):
    return 'SSN on the SSA letter: %s (pt homeless, letter sent to %s).' % (S(r), ADDR(r, with_zip=False, ccs=['US']))


# ---------------------------------------------------------- license
UP_ = 'ABCDEFGHJKLMNPRSTUVWXYZ'


def PLIC(r):
    """prescriber / professional licence"""
    k = r.choice(['dea', 'npi', 'gmc', 'ahpra', 'rn', 'cpso', 'in_mci', 'crm', 'big', 'state_md', 'lanr'])
    if k == 'dea':
        return 'DEA', mk('license', G.dea(r, r.choice('ABCDHKLMNOPRSTW')))
    if k == 'npi':
        return 'NPI', mk('license', G.npi(r))
    if k == 'gmc':
        return 'GMC no.', mk('license', r.choice('4567') + d_(r, 6))
    if k == 'ahpra':
        return 'AHPRA', mk('license', r.choice(['MED', 'NMW', 'PHA']) + '000' + d_(r, 7))
    if k == 'rn':
        return 'RN lic.', mk('license', r.choice(['RN', 'N']) + d_(r, 6))
    if k == 'cpso':
        return 'CPSO #', mk('license', d_(r, 5, True))
    if k == 'in_mci':
        return 'MCI reg. no.', mk('license', d_(r, 5, True))
    if k == 'crm':
        return 'CRM/' + r.choice(['SP', 'RJ', 'MG', 'PE']), mk('license', d_(r, 6, True))
    if k == 'big':
        return 'BIG-nummer', mk('license', d_(r, 11, True))
    if k == 'lanr':
        return 'LANR', mk('license', d_(r, 9, True))
    return 'NM medical license', mk('license', 'MD-%s' % d_(r, 5, True))


def DL(r):
    """patient driving licence"""
    k = r.choice(['ca', 'ny', 'fl', 'il', 'pa', 'de_fs', 'vic', 'bc_dl', 'uk'])
    if k == 'ca':
        return 'CA DL', mk('license', r.choice('ABDFY') + d_(r, 7))
    if k == 'ny':
        return 'NY DL', mk('license', '%s %s %s' % (d_(r, 3, True), d_(r, 3), d_(r, 3)))
    if k == 'fl':
        return 'FL DL', mk('license', '%s%s-%s-%s-%s-%s' % (r.choice(UP_), d_(r, 3), d_(r, 3), d_(r, 2), d_(r, 3), d_(r, 1)))
    if k == 'il':
        return 'IL DL', mk('license', '%s%s-%s-%s' % (r.choice(UP_), d_(r, 3), d_(r, 4), d_(r, 4)))
    if k == 'pa':
        return 'PA DL', mk('license', '%s %s %s' % (d_(r, 2, True), d_(r, 3), d_(r, 3)))
    if k == 'de_fs':
        return 'Führerschein-Nr.', mk('license', '%s%s%s%s%s' % (r.choice(UP_), d_(r, 2), ''.join(r.choice(UP_ + '0123456789') for _ in range(6)), d_(r, 1), r.choice(UP_ + '0123456789')))
    if k == 'vic':
        return 'VIC licence', mk('license', d_(r, 9, True))
    if k == 'bc_dl':
        return 'BC DL', mk('license', d_(r, 7, True))
    sur = ''.join(r.choice('ABCDEFGHKLMNPRSTW') for _ in range(5))
    d = dob(r)
    return 'UK driving licence', mk('license', '%s%d%02d%02d%d%s%s9%s' % (sur, d.year % 100 // 10, d.month + r.choice([0, 50]), d.day, d.year % 10, r.choice(UP_), r.choice(UP_), ''.join(r.choice(UP_) for _ in range(2))))


@tpl('license')
def _(r):
    lab, v = PLIC(r)
    return 'Prescriber %s, %s %s; %s.' % (DR(r), lab, v, drug(r))


@tpl('license')
def _(r):
    lab, v = PLIC(r)
    lab2, v2 = PLIC(r)
    if lab2 == lab:
        return 'Verified prescriber: %s %s.' % (lab, v)
    return 'Verified prescriber: %s %s / %s %s.' % (lab, v, lab2, v2)


@tpl('license')
def _(r):
    return 'Rx for %s signed by %s, DEA %s, NPI %s.' % (drug(r), DR(r), mk('license', G.dea(r, r.choice('BGHKMRSW'))), mk('license', G.npi(r)))


@tpl('license')
def _(r):
    lab, v = DL(r)
    return 'Pt ID checked at intake: %s %s.' % (lab, v)


@tpl('license')
def _(r):
    lab, v = DL(r)
    return '%s\'s %s %s is suspended after the DUI; %s.' % (N(r), lab, v, bait(r))


# ---------------------------------------------------------- device
def DEV(r, implant=False):
    opts = [
        ('SCS IPG (Boston Scientific) SN', lambda: 'WW%s' % d_(r, 6), True),
        ('Nevro HF10 IPG serial', lambda: 'NIPG%s' % d_(r, 7), True),
        ('SynchroMed II pump SN', lambda: 'NGP%s%s' % (d_(r, 6), r.choice('HNR')), True),
        ('ICD (St. Jude) serial', lambda: '%s%s' % (r.choice(['SJM', 'PRA']), d_(r, 7)), True),
        ('cochlear implant serial no.', lambda: '%s-%s' % (d_(r, 4, True), d_(r, 6)), True),
        ('pacemaker SN', lambda: 'PJN%s%s' % (d_(r, 6), r.choice('SGH')), True),
        ('FreeStyle Libre sensor SN', lambda: '0M000%s' % ''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(6)), False),
        ('UDI', lambda: '(01)%s(17)%s(10)%s(21)%s' % (d_(r, 14), fmt_date(svc_date(r), 'iso').replace('-', '')[2:], d_(r, 6), d_(r, 8)), False),
        ('Omnipod PDM serial', lambda: '%s-%s-%s' % (d_(r, 3, True), d_(r, 5), d_(r, 5)), False),
        ('TENS unit serial', lambda: 'TN%s-%s' % (d_(r, 2), d_(r, 5)), False),
        ('CPAP serial no.', lambda: '%s%s' % (d_(r, 11, True), r.choice(['', 'A'])), False),
    ]
    if implant:
        opts = [o for o in opts if o[2]]
    lab, fn, _imp = r.choice(opts)
    return lab, mk('device', fn())


@tpl('device')
def _(r):
    lab, v = DEV(r)
    return 'Pt has %s %s; %s.' % (lab, v, bait(r))


@tpl('device')
def _(r):
    lab, v = DEV(r, implant=True)
    return '%s %s recorded at implant on %s by %s.' % (lab, v, D(r), DR(r))


@tpl('device')
def _(r):
    lab, v = DEV(r)
    return 'MRI safety check: %s %s; hx %s, on %s.' % (lab, v, cond(r), drug(r))


# ---------------------------------------------------------- ip
def IPV(r):
    if r.random() < 0.6:
        return mk('ip', r.choice([
            '203.0.113.%d' % r.randint(1, 254), '198.51.100.%d' % r.randint(1, 254), '192.0.2.%d' % r.randint(1, 254),
            '10.%d.%d.%d' % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
            '172.%d.%d.%d' % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254)),
            '192.168.%d.%d' % (r.randint(0, 255), r.randint(1, 254)),
            '%d.%d.%d.%d' % (r.randint(60, 220), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))]))
    h = lambda: '%x' % r.randint(0, 0xffff)
    return mk('ip', r.choice([
        '2001:db8:%s:%s::%s' % (h(), h(), h()), '2001:0db8:%04x:%04x:%04x:%04x:%04x:%04x' % tuple(r.randint(0, 0xffff) for _ in range(6)),
        'fe80::%s:%s:%s:%s' % (h(), h(), h(), h()), '2a02:%s:%s:%s::%s' % (h(), h(), h(), h())]))


@tpl('ip')
def _(r):
    return 'Consent e-signed from %s on %s.' % (IPV(r), D(r, 'iso'))


@tpl('ip')
def _(r):
    return 'Portal access log: %s logged in from %s at %02d:%02d.' % (N(r), IPV(r), r.randint(0, 23), r.randint(0, 59))


@tpl('ip')
def _(r):
    return 'Video visit kept dropping; client IP %s, pt switched to phone.' % IPV(r)


# ---------------------------------------------------------- url
FUND_URLS = ['https://www.gofundme.com/f/support-{s}-recovery', 'https://www.justgiving.com/crowdfunding/{s}-rehab',
             'https://www.leetchi.com/c/soins-{s}', 'https://www.betterplace.me/hilfe-fuer-{s}',
             'https://www.vakinha.com.br/vaquinha/tratamento-{s}-{n}', 'https://ko-fi.com/{s}{n}',
             'https://www.gofundme.com/f/{s}s-detox-fund']
SOCIAL_URLS = ['https://www.facebook.com/{s}.{n}', 'facebook.com/{s}{n}', 'https://www.instagram.com/{s}_{n}',
               'https://{s}recovers.blogspot.com', 'https://medium.com/@{s}{n}', 'https://www.tiktok.com/@{s}.{n}',
               'https://www.youtube.com/@{s}painjourney', 'https://{s}.substack.com', 'https://www.reddit.com/user/{s}_{n}',
               'https://x.com/{s}{n}', 'www.{s}-chronicpain-diary.net', 'https://bsky.app/profile/{s}{n}.bsky.social']
URL_SLUGS = ['dana', 'kwame', 'marisol', 'joey', 'bex', 'tomasz', 'aroha', 'lena', 'ruairi', 'ngozi', 'priya',
             'jonas', 'mariam', 'thiago', 'elodie', 'sven', 'chloe', 'darius', 'keanu', 'yaw']


def U(r, pool):
    return mk('url', r.choice(pool).format(s=r.choice(URL_SLUGS), n=r.randint(2, 999)))


@tpl('url')
def _(r):
    return 'Family set up a fundraiser: %s, pt embarrassed.' % U(r, FUND_URLS)


@tpl('url')
def _(r):
    return 'Pt posts about the taper on %s; discussed privacy.' % U(r, SOCIAL_URLS)


@tpl('url')
def _(r):
    return '%s shared the page %s with the peer group.' % (N(r), U(r, SOCIAL_URLS + FUND_URLS))


# ---------------------------------------------------------- account
def ACC(r):
    k = r.randint(0, 6)
    if k == 0:
        return 'bank acct', mk('account', d_(r, 12, True))
    if k == 1:
        return 'pharmacy acct no.', mk('account', 'RX-%s' % d_(r, 7))
    if k == 2:
        return 'billing account', mk('account', '%s-%s' % (d_(r, 4), d_(r, 5)))
    if k == 3:
        return 'Kontonummer', mk('account', d_(r, 10, True))
    if k == 4:
        return 'account no.', mk('account', d_(r, 8, True))
    if k == 5:
        return 'patient account #', mk('account', 'PA%s' % d_(r, 8))
    return 'guarantor acct', mk('account', '%s %s %s' % (d_(r, 3, True), d_(r, 3), d_(r, 4)))


@tpl('account')
def _(r):
    lab, v = ACC(r)
    return 'Pt\'s %s %s, statement sent %s.' % (lab, v, D(r, cc='US'))


@tpl('account')
def _(r):
    lab, v = ACC(r)
    return '%s %s; guarantor %s, balance $%d.' % (lab[0].upper() + lab[1:], v, N(r), r.randint(20, 900))


@tpl('account')
def _(r):
    lab, v = ACC(r)
    return 'Collections flagged %s %s, pt on a payment plan.' % (lab, v)


# ---------------------------------------------------------- health-plan
def HP(r):
    k = r.randint(0, 11)
    if k == 0:
        return 'Medicare MBI', mk('health-plan', G.mbi(r, r.random() < 0.6))
    if k == 1:
        return 'Krankenversichertennummer', mk('health-plan', G.kvnr(r))
    if k == 2:
        return 'n° de sécurité sociale', mk('health-plan', G.nir(r))
    if k == 3:
        return 'Medicare card', mk('health-plan', G.medicare_au(r, r.random() < 0.5))
    if k == 4:
        return 'OHIP', mk('health-plan', G.ohip(r))
    if k == 5:
        return 'member ID', mk('health-plan', r.choice(['XJH', 'YPW', 'ZGA', 'MBX', 'U']) + d_(r, 9))
    if k == 6:
        return 'Medicaid ID', mk('health-plan', d_(r, 9, True))
    if k == 7:
        return 'EHIC no.', mk('health-plan', '80' + r.choice(['276', '250', '380', '724', '528']) + d_(r, 15))
    if k == 8:
        return 'Irish medical card no.', mk('health-plan', d_(r, 7) + r.choice('ABCDEFGHW'))
    if k == 9:
        return 'RAMQ', mk('health-plan', '%s %s %s' % (''.join(r.choice(UP_) for _ in range(4)), d_(r, 4), d_(r, 4)))
    if k == 10:
        return 'polisnummer', mk('health-plan', d_(r, 9, True))
    return 'Versichertenkarte Nr.', mk('health-plan', '80756' + d_(r, 15))


@tpl('health-plan')
def _(r):
    lab, v = HP(r)
    return 'Insured: %s | %s %s' % (N(r), lab, v)


@tpl('health-plan')
def _(r):
    lab, v = HP(r)
    return 'Coverage verified %s, %s %s; %s needs prior auth.' % (D(r), lab, v, r.choice(['Sublocade', 'Brixadi', 'Vivitrol', 'lofexidine', 'Buvidal']))


@tpl('health-plan')
def _(r):
    lab, v = HP(r)
    return '%s %s; pt\'s %s is the policyholder.' % (lab, v, r.choice(['wife', 'husband', 'mother', 'father', 'partner']))


# ---------------------------------------------------------- fax
@tpl('fax')
def _(r):
    return 'Please fax the signed treatment agreement to %s (%s).' % (F(r), DR(r))


@tpl('fax')
def _(r):
    cc = r.choice(PHONE_CCS)
    return 'Tel %s | Fax %s' % (P(r, cc), F(r, cc))


@tpl('fax')
def _(r):
    return 'Telefax: %s, Praxis Dr. %s' % (F(r, r.choice(['DE', 'AT', 'CH'])), mk('name', r.choice(SURNAMES)))


@tpl('fax')
def _(r):
    return 'Fax back to the pharmacy at %s, attn %s, re: %s.' % (F(r), N(r), drug(r))


@tpl('fax')
def _(r):
    return 'Télécopie %s, secrétariat du Dr %s.' % (F(r, r.choice(['FR', 'BE', 'CH'])), mk('name', r.choice(SURNAMES)))


# ---------------------------------------------------------- age (90+)
def AGE90(r, lang='en'):
    a = r.choice([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104])
    fm = {'en': ['a {a}-year-old', 'aged {a}', '{a} y/o', 'age {a}', '{a} yo', '{a} years old', '{a}-yr-old'],
          'de': ['{a} Jahre alt', '{a}-jährige', 'im Alter von {a} Jahren'],
          'fr': ['âgée de {a} ans', '{a} ans'],
          'es': ['de {a} años'],
          'nl': ['{a} jaar oud'],
          'sex': ['{a}F', '{a}M', '{a} yo F', '{a} y/o M']}[lang]
    f = r.choice(fm)
    pre, post = f.split('{a}')
    return pre + mk('age', str(a)) + post


@tpl('age')
def _(r):
    return 'Pt is %s with %s, on %s; %s.' % (AGE90(r), cond(r), drug(r), bait(r))


@tpl('age')
def _(r):
    return '%s, %s, lives with her daughter (%s) and son-in-law.' % (AGE90(r, 'sex'), drug(r), age_young(r))


@tpl('age')
def _(r):
    return 'Nursing home resident, %s, %s; her son is %s.' % (AGE90(r), cond(r), age_young(r))


@tpl('age')
def _(r):
    return 'Family meeting about %s (%s) with %s present.' % (N(r), AGE90(r), N(r))


@tpl('age')
def _(r):
    return 'Patientin, %s, Pflegeheim, Fentanylpflaster %s µg/h.' % (AGE90(r, 'de'), r.choice(['12', '25', '37,5']))


@tpl('age')
def _(r):
    return 'Patiente %s, EHPAD, tramadol depuis %s.' % (AGE90(r, 'fr'), yr(r))


@tpl('age')
def _(r):
    return 'Paciente %s con dolor crónico, su nieto (%s) la acompaña.' % (AGE90(r, 'es'), '%d años' % r.randint(18, 40))


# ---------------------------------------------------------- vehicle
def VEH(r):
    L = lambda n: ''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(n))
    return r.choice([
        ('VIN', lambda: G.vin(r)),
        ('Kennzeichen', lambda: '%s-%s %d' % (r.choice(['B', 'M', 'HH', 'K', 'F', 'S', 'DO']), L(2), r.randint(10, 9999))),
        ('plaque', lambda: '%s-%s-%s' % (L(2), d_(r, 3, True), L(2))),
        ('reg', lambda: '%s%02d %s' % (L(2), r.randint(10, 24), L(3))),
        ('CA plate', lambda: '%d%s%s' % (r.randint(5, 9), L(3), d_(r, 3))),
        ('reg. no.', lambda: '%s %02d %s %s' % (r.choice(['KA', 'MH', 'DL', 'TN', 'PB']), r.randint(1, 50), L(2), d_(r, 4, True))),
        ('kenteken', lambda: '%s-%s-%s' % (d_(r, 2), L(3), d_(r, 1))),
        ('matrícula', lambda: '%s %s' % (d_(r, 4), L(3))),
        ('targa', lambda: '%s %s %s' % (L(2), d_(r, 3), L(2))),
        ('rejestracja', lambda: '%s %s' % (r.choice(['WA', 'KR', 'PO', 'GD']), d_(r, 5))),
        ('rego', lambda: '%s%s%s' % (L(3), d_(r, 2), L(1))),
        ('placa', lambda: '%s%s%s%s' % (L(3), d_(r, 1), L(1), d_(r, 2))),
        ('Kontrollschild', lambda: '%s %s' % (r.choice(['ZH', 'BE', 'GE', 'VD']), d_(r, 6, True))),
        ('NM plate', lambda: '%s-%s' % (L(3), d_(r, 3))),
        ('VIN', lambda: G.vin(r)),
    ])


@tpl('vehicle')
def _(r):
    lab, fn = VEH(r)
    return 'Pt drove himself to clinic (%s %s) despite %s; counselled re driving.' % (lab, mk('vehicle', fn()), drug(r))


@tpl('vehicle')
def _(r):
    lab, fn = VEH(r)
    return 'Police report: %s %s, single-vehicle crash on %s, pt %s.' % (lab, mk('vehicle', fn()), D(r, cc='US'), age_young(r))


@tpl('vehicle')
def _(r):
    lab, fn = VEH(r)
    return '%s sleeps in the car (%s %s); %s.' % (N(r), lab, mk('vehicle', fn()), bait(r))


# ---------------------------------------------------------- mrn
def MRN(r):
    opts = [
        ('MRN', lambda: '%08d' % r.randint(100000, 99999999), 'US'),
        ('MR#', lambda: '%s-%s' % (r.choice('ABCDEFGHKMPRT'), d_(r, 6)), 'US'),
        ('Hosp. no.', lambda: d_(r, 7, True), 'UK'),
        ('NHS no.', lambda: G.nhs(r, r.choice(['space', 'run', 'dash'])), 'UK'),
        ('CHI', lambda: G.chi(r), 'UK'),
        ('NHI', lambda: G.nhi(r), 'NZ'),
        ('AHV-Nr.', lambda: G.ahv(r), 'CH'),
        ('SVNR', lambda: G.svnr(r), 'AT'),
        ('personnummer', lambda: G.pnr_se(r, r.random() < 0.5), 'SE'),
        ('CPR-nr.', lambda: G.cpr_dk(r), 'DK'),
        ('fødselsnummer', lambda: G.fnr_no(r), 'NO'),
        ('HETU', lambda: G.hetu(r), 'FI'),
        ('BSN', lambda: G.bsn(r, r.choice(['run', 'dots'])), 'NL'),
        ('rijksregisternummer', lambda: G.rrn_be(r), 'BE'),
        ('codice fiscale', lambda: G.cf_it(r, r.choice(['MRN', 'FRR', 'CLN', 'GLL']), r.choice(['GPP', 'LRA', 'MRC', 'SFN'])), 'IT'),
        ('DNI', lambda: G.dni(r), 'ES'),
        ('NIE', lambda: G.dni(r, True), 'ES'),
        ('PESEL', lambda: G.pesel(r), 'PL'),
        ('rodné číslo', lambda: G.rc_cz(r), 'CZ'),
        ('n.º utente', lambda: d_(r, 9, True), 'PT'),
        ('CPF', lambda: G.cpf(r), 'BR'),
        ('Aadhaar', lambda: G.aadhaar(r), 'IN'),
        ('SA ID no.', lambda: G.sa_id(r), 'ZA'),
        ('Unit no.', lambda: '%s%s' % (r.choice(['K', 'RJ1', 'H']), d_(r, 6)), 'UK'),
        ('Fallnummer', lambda: '%s%s' % (yr(r), d_(r, 6)), 'DE'),
    ]
    lab, fn, cc = r.choice(opts)
    return lab, mk('mrn', fn()), cc


@tpl('mrn')
def _(r):
    lab, v, cc = MRN(r)
    return '%s | %s %s | DOB %s' % (N(r), lab, v, D(r, kind='dob', cc=cc))


@tpl('mrn')
def _(r):
    lab, v, cc = MRN(r)
    return 'Pt (%s %s) readmitted with %s; %s.' % (lab, v, r.choice(['cellulitis', 'endocarditis', 'opioid toxicity', 'withdrawal', 'osteomyelitis']), bait(r))


@tpl('mrn')
def _(r):
    lab, v, cc = MRN(r)
    return 'Please quote %s %s on all correspondence about %s.' % (lab, v, N(r))


# ---------------------------------------------------------- phone (format coverage)
@tpl('phone')
def _(r):
    return '%s (%s) can be reached on %s.' % (N(r), rel(r), P(r))


@tpl('phone')
def _(r):
    return 'call or text %s if pt misses %s dosing' % (mk('phone', phone_us(r, '{a} {e} {n}')), r.choice(WEEKDAYS))


@tpl('phone')
def _(r):
    return 'Contact %s, %s, on %s or %s.' % (TN(r), r.choice(['pharmacist', 'case manager', 'GP', 'social worker', 'keyworker']), P(r), P(r))


# ---------------------------------------------------------- zip (with a city)
@tpl('zip')
def _(r):
    pre, line, tail, z, cc = pick_addr(r)
    return 'Pt relocated to %s to be near her %s; %s.' % (tail.replace('{Z}', mk('zip', z)), rel(r), bait(r))


# ---------------------------------------------------------- email
EMAIL_DOMAINS = ['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'web.de', 'gmx.de', 'orange.fr',
                 'libero.it', 'wp.pl', 'seznam.cz', 'freemail.hu', 'yandex.ru', 'ukr.net', 'bigpond.com',
                 'xtra.co.nz', 'rediffmail.com', 'icloud.com', 'protonmail.com', 'uol.com.br', 'telia.se']
EMAIL_USERS = ['crystal.d', 'mj.ochoa', 'tbrannigan88', 'sunny_k', 'kamau.w', 'lena.o', 'dr.ferreira',
               'b.nygaard', 'pzielinski', 'kaya.zeynep', 'nguyen.hang72', 'ruth.chee', 'aisling.brennan',
               'rashid.f', 'tama.h', 'n.morozov', 'pkaur.sidhu', 'j.vanderberg', 'olu.adebisi', 'marieclaire.r']


def EM(r):
    return mk('email', '%s@%s' % (r.choice(EMAIL_USERS), r.choice(EMAIL_DOMAINS)))


@tpl('email')
def _(r):
    return 'Pt prefers e-mail: %s (no texts); %s.' % (EM(r), bait(r))


@tpl('email')
def _(r):
    return '%s wrote from %s asking about %s.' % (N(r), EM(r), drug(r))
