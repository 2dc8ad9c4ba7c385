#!/usr/bin/env python3
import json, os, re, collections, string
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = set("name address zip date age phone fax email url ip ssn mrn health-plan account card iban license vehicle device".split())
IBAN_LEN = {"AL":28,"AT":20,"BA":20,"BE":16,"BG":22,"CH":21,"CY":28,"CZ":24,"DE":22,"DK":18,"EE":20,"ES":24,"FI":18,
 "FR":27,"GB":22,"GE":22,"GR":27,"HR":21,"HU":28,"IE":22,"IT":27,"KZ":20,"LT":20,"LU":20,"LV":21,"MD":24,"ME":22,
 "MK":19,"MT":31,"NL":18,"NO":15,"PL":28,"PT":25,"RO":24,"RS":22,"SE":24,"SI":19,"SK":24,"TR":26,"UA":29,"AZ":28,
 "JO":30,"SA":24,"AE":23,"PK":24,"MU":30,"IS":26,"LB":28,"TN":24,"EG":29,"BR":29,"KW":30,"QA":29,"IL":23}
EDGE = set(string.whitespace + string.punctuation.replace("#", "")) | set("“”‘’«»„‚。、，：；（）")
def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    t = 0
    for i, x in enumerate(reversed(d)):
        if i % 2: x *= 2; x -= 9 if x > 9 else 0
        t += x
    return t % 10 == 0 and 12 <= len(d) <= 19
def iban_ok(s):
    c = s.replace(" ", "")
    if len(c) != IBAN_LEN.get(c[:2], -1): return False
    return int("".join(str(int(ch, 36)) for ch in c[4:] + c[:4])) % 97 == 1
def check(fn, clean):
    errs, seen, counts, n = [], set(), collections.Counter(), 0
    for ln, line in enumerate(open(os.path.join(OUT, fn), encoding="utf-8"), 1):
        try: r = json.loads(line)
        except Exception as e: errs.append(f"{fn}:{ln} json {e}"); continue
        n += 1
        t, phi = r["text"], r["phi"]
        if set(r) != {"text", "phi"}: errs.append(f"{fn}:{ln} keys")
        if t in seen: errs.append(f"{fn}:{ln} duplicate")
        seen.add(t)
        if any(ord(c) > 0xFFFF for c in t): errs.append(f"{fn}:{ln} non-BMP")
        if clean:
            if phi: errs.append(f"{fn}:{ln} clean has spans")
            continue
        if not 1 <= len(phi) <= 4: errs.append(f"{fn}:{ln} {len(phi)} spans")
        last = -1
        for s in sorted(phi, key=lambda s: s["start"]):
            k, a, b = s["kind"], s["start"], s["end"]
            counts[k] += 1
            if k not in KINDS: errs.append(f"{fn}:{ln} kind {k}")
            if not (0 <= a < b <= len(t)): errs.append(f"{fn}:{ln} range"); continue
            if a < last: errs.append(f"{fn}:{ln} overlap")
            last = b
            v = t[a:b]
            lead_ok = k in ("phone", "fax") and v[0] in "+("
            tail_ok = k == "address" and v[-1] == "."
            if (v[0] in EDGE and not lead_ok) or (v[-1] in EDGE and not tail_ok):
                errs.append(f"{fn}:{ln} edge {k} {v!r}")
            if k == "card" and not luhn_ok(v): errs.append(f"{fn}:{ln} luhn {v}")
            if k == "iban" and not iban_ok(v): errs.append(f"{fn}:{ln} iban {v}")
            if k == "ssn" and not re.fullmatch(r"\d{3}-\d{2}-\d{4}", v): errs.append(f"{fn}:{ln} ssn {v}")
            if k == "age" and not (v.isdigit() and int(v) >= 90): errs.append(f"{fn}:{ln} age {v}")
    return n, counts, errs
if __name__ == "__main__":
    allerr = []
    n, c, e = check("international-identifiers.jsonl", False); allerr += e
    print("identifier records:", n, "spans:", sum(c.values()))
    for k, v in c.most_common(): print(f"  {k:12s} {v}")
    n2, _, e2 = check("clean-case-sentences.jsonl", True); allerr += e2
    print("clean records:", n2)
    for x in allerr: print("ERR", x)
    print("errors:", len(allerr))
