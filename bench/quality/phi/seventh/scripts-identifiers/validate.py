#!/usr/bin/env python3
import json, re, os, collections, string
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = set("name address zip date age phone fax email url ip ssn mrn health-plan account card iban license vehicle device".split())
ILEN = dict(AL=28,AT=20,BE=16,BA=20,BG=22,HR=21,CY=28,CZ=24,DK=18,EE=20,FI=18,FR=27,DE=22,GR=27,HU=28,IS=26,IE=22,IT=27,LV=21,LT=20,LU=20,MT=31,NL=18,NO=15,PL=28,PT=25,RO=24,SK=24,SI=19,ES=24,SE=24,CH=21,GB=22,TR=26,SA=24,AE=23,BR=29,IL=23,PK=24,JO=30,QA=29,EG=29,MA=28,TN=24)
BAD_EDGE = set(string.whitespace + ",;:!?()[]{}\"'-/")
def luhn(ds):
    s = 0
    for i, c in enumerate(reversed(ds)):
        d = int(c)
        if i % 2: d = d * 2 - 9 if d * 2 > 9 else d * 2
        s += d
    return s % 10 == 0
errs = []; counts = collections.Counter(); seen = set()
def err(f, n, m): errs.append(f"{f}:{n}: {m}")
for fn, clean in (("international-identifiers.jsonl", False), ("clean-case-sentences.jsonl", True)):
    recs = 0
    for n, ln in enumerate(open(os.path.join(OUT, fn), encoding="utf-8"), 1):
        try: r = json.loads(ln)
        except Exception as e: err(fn, n, f"json {e}"); continue
        recs += 1; t = r["text"]; p = r["phi"]
        if t in seen: err(fn, n, "duplicate text")
        seen.add(t)
        if any(ord(c) > 0xFFFF for c in t): err(fn, n, "non-BMP")
        if clean:
            if p: err(fn, n, "clean has phi")
            continue
        if not 1 <= len(p) <= 4: err(fn, n, f"{len(p)} spans")
        last = -1
        for s in sorted(p, key=lambda s: s["start"]):
            k, a, b = s["kind"], s["start"], s["end"]
            if k not in KINDS: err(fn, n, f"kind {k}")
            if not (0 <= a < b <= len(t)): err(fn, n, "range"); continue
            if a < last: err(fn, n, "overlap")
            last = b; v = t[a:b]
            if (v[0] in BAD_EDGE and not (k in ("phone", "fax") and v[0] == "(")) or v[-1] in BAD_EDGE or (v[-1] == "." and k != "address"): err(fn, n, f"edge {k} {v!r}")
            counts[k] += 1
            if k == "card":
                ds = re.sub(r"\D", "", v)
                if not (13 <= len(ds) <= 19 and luhn(ds)): err(fn, n, f"luhn {v}")
            if k == "iban":
                raw = re.sub(r"\s", "", v)
                if ILEN.get(raw[:2]) != len(raw): err(fn, n, f"iban len {v}")
                if int("".join(str(int(c, 36)) for c in raw[4:] + raw[:4])) % 97 != 1: err(fn, n, f"mod97 {v}")
            if k == "ssn" and not re.fullmatch(r"\d{3}-\d{2}-\d{4}", v): err(fn, n, f"ssn {v}")
            if k == "age" and not (v.isdigit() and int(v) >= 90): err(fn, n, f"age {v}")
    print(fn, recs, "records")
print("span counts:", dict(sorted(counts.items())), "total", sum(counts.values()))
print("\n".join(errs[:50])); print("ERRORS:", len(errs))
