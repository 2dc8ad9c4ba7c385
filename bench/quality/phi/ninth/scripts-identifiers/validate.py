#!/usr/bin/env python3
"""Validate the two JSONL files. Prints errors and counts; exit 1 on any error."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KINDS = {"name","date","address","zip","phone","fax","email","url","ip","ssn","mrn","health-plan",
         "account","license","vehicle","device","card","iban","age"}
IBAN_LEN = {"AT":20,"BE":16,"BR":29,"CH":21,"CZ":24,"DE":22,"DK":18,"ES":24,"FI":18,"FR":27,"GB":22,
            "GR":27,"HR":21,"HU":28,"IE":22,"IL":23,"IT":27,"NL":18,"NO":15,"PL":28,"PT":25,"RO":24,
            "SA":24,"SE":24,"TR":26,"AE":23}

def luhn_ok(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9: v -= 9
        tot += v
    return tot % 10 == 0

def iban_ok(s):
    c = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c): return False, "format"
    if c[:2] in IBAN_LEN and len(c) != IBAN_LEN[c[:2]]: return False, "length %d" % len(c)
    r = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1, "mod97"

def check(fname, must_be_clean):
    errs, kinds, texts, n = [], collections.Counter(), set(), 0
    for ln, line in enumerate(open(os.path.join(OUT, fname), encoding="utf-8"), 1):
        try:
            r = json.loads(line)
        except Exception as e:
            errs.append(f"{fname}:{ln}: JSON {e}"); continue
        n += 1
        t = r.get("text"); phi = r.get("phi")
        if not isinstance(t, str) or not isinstance(phi, list):
            errs.append(f"{fname}:{ln}: bad record shape"); continue
        if set(r) != {"text", "phi"}: errs.append(f"{fname}:{ln}: extra keys")
        if t in texts: errs.append(f"{fname}:{ln}: duplicate text")
        texts.add(t)
        if any(ord(ch) > 0xFFFF for ch in t): errs.append(f"{fname}:{ln}: non-BMP char")
        if t != t.strip(): errs.append(f"{fname}:{ln}: text has outer whitespace")
        if must_be_clean and phi: errs.append(f"{fname}:{ln}: clean record has spans")
        if not must_be_clean and not phi: errs.append(f"{fname}:{ln}: identifier record without spans")
        prev_end = -1
        for s in sorted(phi, key=lambda s: (s.get("start", -1), s.get("end", -1))):
            k, a, b = s.get("kind"), s.get("start"), s.get("end")
            if k not in KINDS: errs.append(f"{fname}:{ln}: unknown kind {k}")
            if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(t)):
                errs.append(f"{fname}:{ln}: offsets out of range {a},{b}"); continue
            if a < prev_end: errs.append(f"{fname}:{ln}: overlapping spans at {a}")
            prev_end = b
            v = t[a:b]
            if v != v.strip(): errs.append(f"{fname}:{ln}: whitespace at span edge {v!r}")
            if v and (v[-1] in ",;:." and k not in ("name", "date", "address")):
                errs.append(f"{fname}:{ln}: trailing punctuation in {k} span {v!r}")
            kinds[k] += 1
            if k == "card":
                d = re.sub(r"[ -]", "", v)
                if not d.isdigit() or not 13 <= len(d) <= 19: errs.append(f"{fname}:{ln}: card length/format {v!r}")
                elif not luhn_ok(d): errs.append(f"{fname}:{ln}: Luhn fails {v!r}")
            if k == "iban":
                ok, why = iban_ok(v)
                if not ok: errs.append(f"{fname}:{ln}: IBAN {why} fails {v!r}")
            if k == "age":
                if not v.isdigit() or int(v) < 90: errs.append(f"{fname}:{ln}: age span not >= 90: {v!r}")
            if k == "name" and re.match(r"(?i)(dr|mrs?|ms|prof|mme|herr|frau|sr|sra|dra|dott)\.?\s", v):
                errs.append(f"{fname}:{ln}: title inside name span {v!r}")
            if k == "date" and re.search(r"(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu|thurs|fri|sat|sun)\b", v):
                errs.append(f"{fname}:{ln}: weekday inside date span {v!r}")
    return n, kinds, errs

n1, k1, e1 = check("international-identifiers.jsonl", False)
n2, k2, e2 = check("clean-case-sentences.jsonl", True)
errs = e1 + e2
for e in errs: print("ERROR", e)
tot = sum(k1.values())
print(f"international-identifiers.jsonl: {n1} records, {tot} spans")
for k, v in sorted(k1.items(), key=lambda x: -x[1]):
    print(f"  {k:12s} {v:4d}  ({100*v/tot:.1f}%)")
print(f"clean-case-sentences.jsonl: {n2} records, {sum(k2.values())} spans")
if n1 < 380: errs.append("too few identifier records"); print("ERROR too few identifier records")
if n2 < 330: errs.append("too few clean records"); print("ERROR too few clean records")
print(f"errors: {len(errs)}")
sys.exit(1 if errs else 0)
