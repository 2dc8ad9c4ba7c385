#!/usr/bin/env python3
"""Validate the two JSONL files and print counts. Standard library only."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KINDS = ["name", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health-plan", "account",
         "license", "address", "zip", "url", "ip", "vehicle", "device", "card", "iban"]


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_ok(s):
    c = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}", c):
        return False
    r = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def load(path, errors):
    recs = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                r = json.loads(line)
            except Exception as e:  # noqa
                errors.append("%s:%d: JSON error %s" % (os.path.basename(path), n, e))
                continue
            if set(r) != {"text", "phi"} or not isinstance(r["text"], str) or not isinstance(r["phi"], list):
                errors.append("%s:%d: bad record shape" % (os.path.basename(path), n))
                continue
            recs.append((n, r))
    return recs


def check_spans(fname, n, r, errors, counts):
    t = r["text"]
    if any(ord(ch) > 0xFFFF for ch in t):
        errors.append("%s:%d: non-BMP character" % (fname, n))
    prev_end = -1
    for s in sorted(r["phi"], key=lambda s: (s["start"], s["end"])):
        k, a, b = s.get("kind"), s.get("start"), s.get("end")
        if k not in KINDS:
            errors.append("%s:%d: unknown kind %r" % (fname, n, k))
            continue
        if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(t)):
            errors.append("%s:%d: offsets out of range %r" % (fname, n, s))
            continue
        if a < prev_end:
            errors.append("%s:%d: overlapping spans at %d" % (fname, n, a))
        prev_end = b
        v = t[a:b]
        if v != v.strip():
            errors.append("%s:%d: whitespace at span edge %r" % (fname, n, v))
        counts[k] += 1
        if k == "card":
            digits = re.sub(r"[ -]", "", v)
            if not digits.isdigit() or not 13 <= len(digits) <= 19 or not luhn_ok(digits):
                errors.append("%s:%d: card fails Luhn/length %r" % (fname, n, v))
        elif k == "iban":
            if not iban_ok(v):
                errors.append("%s:%d: IBAN fails mod-97 %r" % (fname, n, v))
        elif k == "age":
            if not v.isdigit() or int(v) < 90:
                errors.append("%s:%d: age span not a number >= 90 %r" % (fname, n, v))


def main():
    errors = []
    ids_path = os.path.join(OUT, "international-identifiers.jsonl")
    clean_path = os.path.join(OUT, "clean-case-sentences.jsonl")
    ids = load(ids_path, errors)
    clean = load(clean_path, errors)
    counts = collections.Counter()
    for n, r in ids:
        if not r["phi"]:
            errors.append("international-identifiers.jsonl:%d: no spans" % n)
        check_spans("international-identifiers.jsonl", n, r, errors, counts)
    for n, r in clean:
        if r["phi"]:
            errors.append("clean-case-sentences.jsonl:%d: clean record has spans" % n)
        if any(ord(ch) > 0xFFFF for ch in r["text"]):
            errors.append("clean-case-sentences.jsonl:%d: non-BMP character" % n)
    seen = {}
    for fname, recs in (("international-identifiers.jsonl", ids), ("clean-case-sentences.jsonl", clean)):
        for n, r in recs:
            key = r["text"]
            if key in seen:
                errors.append("duplicate text: %s:%d and %s" % (fname, n, seen[key]))
            else:
                seen[key] = "%s:%d" % (fname, n)
    # soft check: any labelled name token reappearing capitalised in a clean sentence
    name_tokens = set()
    for n, r in ids:
        for s in r["phi"]:
            if s["kind"] == "name":
                for tok in re.findall(r"\w+", r["text"][s["start"]:s["end"]]):
                    if len(tok) > 2 and tok[0].isupper():
                        name_tokens.add(tok)
    warnings = []
    for n, r in clean:
        for tok in re.findall(r"\w+", r["text"]):
            if tok in name_tokens:
                warnings.append("clean-case-sentences.jsonl:%d: token %r is also a labelled name elsewhere" % (n, tok))
    print("international-identifiers.jsonl records: %d" % len(ids))
    print("clean-case-sentences.jsonl records: %d" % len(clean))
    print("spans total: %d" % sum(counts.values()))
    print("spans per kind:")
    for k in KINDS:
        print("  %-12s %d" % (k, counts[k]))
    print("errors: %d" % len(errors))
    for e in errors:
        print("  ERROR " + e)
    print("soft warnings (reviewed by hand): %d" % len(warnings))
    for w in warnings:
        print("  WARN " + w)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
