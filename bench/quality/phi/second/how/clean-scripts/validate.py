#!/usr/bin/env python3
"""Validate the two JSONL deliverables. Standard library only. Exit code 1 on any hard failure."""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SENT = os.path.join(HERE, "clean-case-sentences.jsonl")
PASS = os.path.join(HERE, "public-health-passages.jsonl")

fail = []
warn = []

MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
CHECKS = {
    "email": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "url": re.compile(r"(?i)\b(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|org|net|gov|edu|io|blog|uk|ca|au)\b(?:/\S*)?"),
    "date_numeric": re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b"),
    "date_iso": re.compile(r"\b(?:19|20)\d{2}-\d{1,2}-\d{1,2}\b"),
    "date_month_day": re.compile(r"\b" + MONTHS + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:mg|mcg|ml|%|units|weeks|days))", re.I),
    "date_day_month": re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTHS + r"\b", re.I),
    "phone": re.compile(r"(?:\+?\d{1,3}[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|\b\d{3}[\s.-]\d{4}\b(?!\s*(?:mg|mcg|ml))"),
    "ssn": re.compile(r"\b\d{3}-\d{2}-\d{4}\b"),
    "long_number": re.compile(r"\b\d{7,}\b"),
    "zip_like": re.compile(r"\b\d{5}(?:-\d{4})?\b"),
}
AGE_PATTERNS = [
    re.compile(r"\b(\d{1,3})[- ]?(?:year|yr)s?[- ]?old\b", re.I),
    re.compile(r"\b(\d{1,3})\s?(?:yo|y/o|y\.o\.)\b", re.I),
    re.compile(r"\bage[sd]?\s+(\d{1,3})\b", re.I),
    re.compile(r"\b(\d{1,3})\s?[MF]\b"),
    re.compile(r"\b(?:pt|patient|he|she) is (\d{1,3})\b", re.I),
    re.compile(r"\bin (?:his|her|their) (?:early |late |mid-)?(\d0)s\b", re.I),
    re.compile(r"\b(\d0)s (?:male|female|man|woman)\b", re.I),
    re.compile(r"\bat (\d{1,3}) (?:he|she)\b", re.I),
]
CPT_CONTEXT = re.compile(r"(?i)\b(?:CPT|bill(?:ed)?|code)\b")


def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                fail.append("%s line %d does not parse: %s" % (os.path.basename(path), n, e))
    return rows


def non_bmp(s):
    return [c for c in s if ord(c) > 0xFFFF]


def norm(s):
    return re.sub(r"\W+", " ", s.lower()).strip()


def check_sentences():
    rows = load(SENT)
    print("== clean-case-sentences.jsonl: %d lines" % len(rows))
    if len(rows) < 450:
        fail.append("fewer than 450 sentences")
    seen, seen_norm = set(), set()
    hits = collections.Counter()
    for i, r in enumerate(rows, 1):
        if set(r) != {"text", "phi"} or r["phi"] != [] or not isinstance(r["text"], str):
            fail.append("sentence %d: bad keys or phi not []" % i)
            continue
        t = r["text"]
        if t in seen:
            fail.append("sentence %d exact duplicate: %s" % (i, t))
        if norm(t) in seen_norm:
            fail.append("sentence %d near duplicate (case/punct): %s" % (i, t))
        seen.add(t); seen_norm.add(norm(t))
        if non_bmp(t):
            fail.append("sentence %d has non-BMP chars" % i)
        for name, rx in CHECKS.items():
            for m in rx.finditer(t):
                if name == "zip_like" and CPT_CONTEXT.search(t):
                    continue  # CPT / billing code such as 99213
                hits[name] += 1
                fail.append("sentence %d: %s match %r in: %s" % (i, name, m.group(0), t))
        for rx in AGE_PATTERNS:
            for m in rx.finditer(t):
                if int(m.group(1)) >= 90:
                    fail.append("sentence %d: age >= 90 %r in: %s" % (i, m.group(0), t))
        if re.search(r"\bDr\.?\s+[A-Z][a-z]+", t) and not re.search(r"\bDr\.?\s+(?:on|at|in|to|wants|who)\b", t):
            warn.append("sentence %d: 'Dr.' followed by capitalised word: %s" % (i, t))
    month_rx = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")
    month_rows = [r["text"] for r in rows if month_rx.search(r["text"])]
    print("   INFO: %d sentences contain a month name (no day; listed in HOW.md as contestable under a strict reading):" % len(month_rows))
    for t in month_rows:
        print("      - " + t)
    words = [len(r["text"].split()) for r in rows if "text" in r]
    print("   words per sentence: min %d, max %d, mean %.1f" % (min(words), max(words), sum(words) / len(words)))
    print("   regex identifier hits: %d" % sum(hits.values()))


def check_passages():
    rows = load(PASS)
    print("== public-health-passages.jsonl: %d lines" % len(rows))
    keys = {"id", "title", "text", "source", "section", "patient"}
    ids, texts = [], set()
    tf = collections.Counter()
    wc_f, wc_t = [], []
    feat = collections.Counter()
    for i, r in enumerate(rows, 1):
        if set(r) != keys:
            fail.append("passage %d: keys %s" % (i, sorted(r)))
            continue
        if r["id"] != "ph2-%03d" % i:
            fail.append("passage %d: id %s not in order" % (i, r["id"]))
        ids.append(r["id"])
        if not isinstance(r["patient"], bool):
            fail.append("passage %s: patient not bool" % r["id"])
        tf[r["patient"]] += 1
        for k in ("title", "text", "source", "section"):
            if not isinstance(r[k], str) or not r[k].strip():
                fail.append("passage %s: empty %s" % (r["id"], k))
            if non_bmp(r[k]):
                fail.append("passage %s: non-BMP in %s" % (r["id"], k))
        n = norm(r["text"])
        if n in texts:
            fail.append("passage %s duplicate text" % r["id"])
        texts.add(n)
        wc = len(r["text"].split())
        (wc_t if r["patient"] else wc_f).append(wc)
        if not 50 <= wc <= 150:
            fail.append("passage %s: %d words (want 50-150)" % (r["id"], wc))
        if not r["patient"]:
            for name, rx in CHECKS.items():
                if rx.search(r["text"]):
                    feat[name] += 1
    if len(set(ids)) != len(ids):
        fail.append("duplicate ids")
    if len(rows) < 320:
        fail.append("fewer than 320 passages")
    if tf[False] < 270:
        fail.append("fewer than 270 patient:false")
    if tf[True] < 50:
        fail.append("fewer than 50 patient:true")
    print("   patient false: %d, patient true: %d" % (tf[False], tf[True]))
    print("   words (false): min %d max %d mean %.1f" % (min(wc_f), max(wc_f), sum(wc_f) / len(wc_f)))
    print("   words (true):  min %d max %d mean %.1f" % (min(wc_t), max(wc_t), sum(wc_t) / len(wc_t)))
    print("   look-alike features in patient:false passages (passages containing):")
    for k, v in sorted(feat.items()):
        print("      %-15s %d" % (k, v))
    # sentences must not reappear inside passages and vice versa (no leakage between sets)


def main():
    check_sentences()
    check_passages()
    for w in warn:
        print("WARN:", w)
    for f in fail:
        print("FAIL:", f)
    print("RESULT:", "FAIL (%d)" % len(fail) if fail else "OK")
    sys.exit(1 if fail else 0)


if __name__ == "__main__":
    main()
