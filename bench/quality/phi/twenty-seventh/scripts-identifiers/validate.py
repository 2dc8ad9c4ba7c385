#!/usr/bin/env python3
import json, os, re, sys, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = set("name date age phone fax email ssn mrn health-plan account license address zip url ip vehicle device card iban".split())
IBAN_LEN = {"AT":20,"BE":16,"CH":21,"DE":22,"DK":18,"EE":20,"ES":24,"FI":18,"FR":27,"GB":22,"GR":27,"HR":21,"IE":22,
 "IT":27,"LT":20,"LV":21,"NL":18,"NO":15,"PL":28,"PT":25,"RO":24,"SE":24,"TR":26,"SA":24,"AE":23,"IL":23,"CZ":24,
 "HU":28,"SK":24,"SI":19,"BG":22,"LU":20,"IS":26,"MT":31,"CY":28,"RS":22,"BA":20,"JO":30,"QA":29,"KW":30,"EG":29,"TN":24,"MA":28,"PK":24,"BR":29,"MU":30}
errors, counts, seen = [], collections.Counter(), {}
def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2: x *= 2; x = x - 9 if x > 9 else x
        s += x
    return s % 10 == 0
def iban_ok(s):
    c = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c): return False
    if c[:2] in IBAN_LEN and len(c) != IBAN_LEN[c[:2]]: return False
    return int("".join(str(int(ch, 36)) for ch in c[4:] + c[:4])) % 97 == 1
recs = {}
for fname in ["international-identifiers.jsonl", "clean-case-sentences.jsonl"]:
    recs[fname] = 0
    with open(os.path.join(OUT, fname), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            where = f"{fname}:{ln}"
            try: r = json.loads(line)
            except Exception as e: errors.append(f"{where} bad json {e}"); continue
            recs[fname] += 1
            t, phi = r.get("text"), r.get("phi")
            if not isinstance(t, str) or not isinstance(phi, list): errors.append(f"{where} bad shape"); continue
            if any(ord(ch) > 0xFFFF for ch in t): errors.append(f"{where} non-BMP char")
            if t in seen: errors.append(f"{where} duplicate text of {seen[t]}")
            seen[t] = where
            if fname.startswith("clean"):
                if phi: errors.append(f"{where} clean record has spans")
                continue
            if not phi: errors.append(f"{where} no spans")
            prev_end = -1
            for s in sorted(phi, key=lambda s: s["start"]):
                k, a, b = s.get("kind"), s.get("start"), s.get("end")
                if k not in KINDS: errors.append(f"{where} unknown kind {k}")
                if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(t)):
                    errors.append(f"{where} bad offsets {s}"); continue
                if a < prev_end: errors.append(f"{where} overlap at {a}")
                prev_end = b
                v = t[a:b]
                if v != v.strip(): errors.append(f"{where} whitespace at edge {v!r}")
                if k == "card":
                    d = re.sub(r"[ -]", "", v)
                    if not d.isdigit() or not 13 <= len(d) <= 19 or not luhn_ok(d): errors.append(f"{where} card fails {v!r}")
                if k == "iban" and not iban_ok(v): errors.append(f"{where} iban fails {v!r}")
                if k == "age":
                    if not v.isdigit() or int(v) < 90: errors.append(f"{where} age not >=90 {v!r}")
                counts[k] += 1
print("records:", dict(recs))
print("spans per kind:")
for k in sorted(KINDS): print(f"  {k:12s} {counts[k]}")
print("total spans:", sum(counts.values()))
print("errors:", len(errors))
for e in errors[:200]: print("  ", e)
sys.exit(1 if errors else 0)
