#!/usr/bin/env python3
import json, os, re, sys, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = set("name address zip date age phone fax email url ip ssn mrn health-plan account card iban license vehicle device".split())
IBAN_LEN = {"AD":24,"AT":20,"BE":16,"BG":22,"CH":21,"CY":28,"CZ":24,"DE":22,"DK":18,"EE":20,"ES":24,"FI":18,"FR":27,
 "GB":22,"GR":27,"HR":21,"HU":28,"IE":22,"IS":26,"IT":27,"LT":20,"LU":20,"LV":21,"MT":31,"NL":18,"NO":15,"PL":28,
 "PT":25,"RO":24,"SE":24,"SI":19,"SK":24,"TR":26,"SA":24,"AE":23,"PK":24,"BR":29,"IL":23,"EG":29,"QA":29,"JO":30}
EDGE = set(" \t\n.,;:!?()[]{}\"'«»“”‘’-/")
errors = 0
def err(msg):
    global errors; errors += 1; print("ERROR", msg)
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9: x -= 9
        s += x
    return s % 10 == 0
def iban_ok(t):
    c = t.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c): return False
    if IBAN_LEN.get(c[:2]) != len(c): return False
    return int("".join(str(int(ch, 36)) for ch in c[4:] + c[:4])) % 97 == 1

def check(fn, clean):
    seen = set(); kinds = collections.Counter(); n = 0
    with open(os.path.join(OUT, fn), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try: r = json.loads(line)
            except Exception as e: err(f"{fn}:{ln} json {e}"); continue
            n += 1
            t = r["text"]
            if set(r) != {"text", "phi"}: err(f"{fn}:{ln} keys")
            if t in seen: err(f"{fn}:{ln} duplicate")
            seen.add(t)
            if t != t.strip(): err(f"{fn}:{ln} text edge whitespace")
            if clean:
                if r["phi"]: err(f"{fn}:{ln} clean has phi")
                continue
            if not 1 <= len(r["phi"]) <= 4: err(f"{fn}:{ln} span count {len(r['phi'])}")
            last = -1
            for s in sorted(r["phi"], key=lambda s: s["start"]):
                k, a, b = s["kind"], s["start"], s["end"]
                if k not in KINDS: err(f"{fn}:{ln} kind {k}")
                if not (0 <= a < b <= len(t)): err(f"{fn}:{ln} offsets"); continue
                if a < last: err(f"{fn}:{ln} overlap")
                last = b
                sp = t[a:b]
                lead_ok = k in ("phone", "fax") and sp[0] == "(" and ")" in sp
                trail_ok = k == "address" and sp[-1] == "."
                if (sp[0] in EDGE and not lead_ok) or (sp[-1] in EDGE and not trail_ok):
                    err(f"{fn}:{ln} edge char in {k} span {sp!r}")
                if any(ord(c) > 0xFFFF for c in sp): err(f"{fn}:{ln} non-BMP")
                kinds[k] += 1
                if k == "card":
                    d = re.sub(r"\D", "", sp)
                    if not (13 <= len(d) <= 19 and luhn_ok(d)): err(f"{fn}:{ln} luhn {sp}")
                if k == "iban" and not iban_ok(sp): err(f"{fn}:{ln} iban {sp}")
                if k == "ssn" and not re.fullmatch(r"\d{3}-\d{2}-\d{4}", sp): err(f"{fn}:{ln} ssn {sp}")
                if k == "age" and not (sp.isdigit() and int(sp) >= 90): err(f"{fn}:{ln} age {sp}")
    return n, kinds

n1, k1 = check("international-identifiers.jsonl", False)
n2, _ = check("clean-case-sentences.jsonl", True)
print(f"identifier records: {n1}, spans: {sum(k1.values())}")
for k, v in sorted(k1.items(), key=lambda x: -x[1]): print(f"  {k}: {v}")
print(f"clean records: {n2}")
print("errors:", errors)
sys.exit(1 if errors else 0)
