#!/usr/bin/env python3
import json, os, re, sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"name", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health-plan", "account", "license",
         "address", "zip", "url", "ip", "vehicle", "device", "card", "iban"}
IBAN_LEN = {"AE": 23, "AT": 20, "BE": 16, "CH": 21, "CZ": 24, "DE": 22, "DK": 18, "EE": 20, "ES": 24, "FI": 18,
            "FR": 27, "GB": 22, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IT": 27, "LT": 20, "LU": 20,
            "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SA": 24, "SE": 24, "TR": 26}
errors = []


def err(msg):
    errors.append(msg)


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False, "format"
    if s[:2] in IBAN_LEN and len(s) != IBAN_LEN[s[:2]]:
        return False, "length %d" % len(s)
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1, "mod97"


def load(fn):
    recs = []
    with open(os.path.join(OUT, fn), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                recs.append((n, json.loads(line)))
            except Exception as e:
                err("%s:%d JSON error %s" % (fn, n, e))
    return recs


ids = load("international-identifiers.jsonl")
clean = load("clean-case-sentences.jsonl")
kinds = Counter()
seen = {}
for fn, recs in (("international-identifiers.jsonl", ids), ("clean-case-sentences.jsonl", clean)):
    for n, r in recs:
        where = "%s:%d" % (fn, n)
        if set(r) != {"text", "phi"}:
            err(where + " keys " + str(sorted(r)))
        t = r["text"]
        if any(ord(c) > 0xFFFF for c in t):
            err(where + " non-BMP character")
        if "[[" in t or "]]" in t or "@@" in t:
            err(where + " leftover markup")
        if t in seen:
            err(where + " duplicate text of " + seen[t])
        seen[t] = where
        spans = r["phi"]
        if fn.startswith("clean"):
            if spans:
                err(where + " clean record has spans")
            if re.search(r"\S+@\S+\.\w+|https?://|www\.", t):
                err(where + " clean record looks like it has an email/url")
            continue
        if not spans:
            err(where + " no spans")
        prev_end = -1
        for s in sorted(spans, key=lambda s: s["start"]):
            k, a, b = s["kind"], s["start"], s["end"]
            if k not in KINDS:
                err(where + " unknown kind " + k)
            if not (0 <= a < b <= len(t)):
                err(where + " offsets out of range %r" % s)
                continue
            if a < prev_end:
                err(where + " overlapping spans")
            prev_end = b
            v = t[a:b]
            if v != v.strip():
                err(where + " whitespace at span edge %r" % v)
            if v[-1] in ".,;:" and k not in ("address", "name", "date"):
                err(where + " trailing punctuation in span %r" % v)
            kinds[k] += 1
            if k == "card":
                d = re.sub(r"[ -]", "", v)
                if not d.isdigit() or not (13 <= len(d) <= 19) or not luhn_ok(d):
                    err(where + " bad card %r" % v)
            if k == "iban":
                ok, why = iban_ok(v)
                if not ok:
                    err(where + " bad IBAN %r (%s)" % (v, why))
            if k == "age":
                if not v.isdigit() or int(v) < 90:
                    err(where + " bad age %r" % v)
            if k == "name" and re.match(r"(Dr|Mr|Mrs|Ms|Mme|Herr|Frau|Sra|Sr|Pastor|Sgt|Rev|Fr)\.?\s", v):
                err(where + " title inside name span %r" % v)

lines = []
lines.append("identifier records: %d" % len(ids))
lines.append("clean records: %d" % len(clean))
lines.append("total spans: %d" % sum(kinds.values()))
lines.append("spans per kind:")
for k in sorted(KINDS):
    lines.append("  %-12s %d" % (k, kinds[k]))
lines.append("errors: %d" % len(errors))
lines += ["  " + e for e in errors]
if len(ids) < 250:
    lines.append("WARNING: fewer than 250 identifier records")
if len(clean) < 400:
    lines.append("WARNING: fewer than 400 clean records")
report = "\n".join(lines)
print(report)
with open(os.path.join(OUT, "scripts", "validate_output.txt"), "w", encoding="utf-8") as f:
    f.write(report + "\n")
sys.exit(1 if errors else 0)
