#!/usr/bin/env python3
"""Validate public-health-passages.jsonl; prints errors and exits non-zero if any."""
import json, pathlib, sys, re

PATH = pathlib.Path(__file__).resolve().parent.parent / "public-health-passages.jsonl"
KEYS = ["id", "title", "text", "source", "section", "patient"]
MIN_FALSE, MIN_TRUE = 230, 40


def main():
    errors = []
    texts = {}
    n_false = n_true = 0
    lines = PATH.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: JSON error {e}")
            continue
        if list(obj.keys()) != KEYS:
            errors.append(f"line {n}: key order {list(obj.keys())}")
            continue
        if obj["id"] != f"ph9-{n:03d}":
            errors.append(f"line {n}: id {obj['id']} not sequential")
        for k in ("title", "text", "source", "section"):
            if not isinstance(obj[k], str) or not obj[k].strip():
                errors.append(f"line {n}: empty or non-string {k}")
        if not isinstance(obj["patient"], bool):
            errors.append(f"line {n}: patient not boolean")
        wc = len(obj["text"].split())
        if not 50 <= wc <= 150:
            errors.append(f"line {n} ({obj['title']}): {wc} words")
        if obj["text"] in texts:
            errors.append(f"line {n}: duplicate text of line {texts[obj['text']]}")
        texts[obj["text"]] = n
        if obj["patient"]:
            n_true += 1
            if not obj["source"].startswith("Fictional"):
                errors.append(f"line {n}: true source must start 'Fictional'")
        else:
            n_false += 1
            if not (obj["source"].startswith("Synthetic") and " in the style of " in obj["source"]):
                errors.append(f"line {n}: false source must be 'Synthetic ... in the style of ...'")
    if n_false < MIN_FALSE:
        errors.append(f"only {n_false} patient=false (need {MIN_FALSE})")
    if n_true < MIN_TRUE:
        errors.append(f"only {n_true} patient=true (need {MIN_TRUE})")
    for e in errors:
        print("ERROR:", e)
    print(f"{len(lines)} records: {n_false} patient=false, {n_true} patient=true; {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
