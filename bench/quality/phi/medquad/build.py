#!/usr/bin/env python3
"""Turns MedQuAD XML files (https://github.com/abachaa/MedQuAD) into public-health passages for `casegraph-quality phi --passages`.

usage: build.py RAW_DIR OUT.jsonl
RAW_DIR holds the files of a MANIFEST-*.tsv under their repository paths (e.g. RAW_DIR/2_GARD_QA/0000003.xml). Every answer of 40
characters or more becomes one passage about no patient: title = the question, text = the answer, source = the NIH site (the
file's `source` attribute), section = the question's focus. The text is not committed here: fetch the files of the manifest
at its commit.
"""
import glob, json, os, sys
import xml.etree.ElementTree as ET

raw, out = sys.argv[1], sys.argv[2]
passages = []
for path in sorted(glob.glob(os.path.join(raw, '*', '*.xml'))):
    root = ET.parse(path).getroot()
    focus = (root.findtext('Focus') or '').strip()
    source = root.get('source') or os.path.basename(os.path.dirname(path))
    for pair in root.iter('QAPair'):
        answer = (pair.findtext('Answer') or '').strip()
        if len(answer) < 40:
            continue
        question = (pair.findtext('Question') or '').strip()
        passages.append({"id": f"mq-{len(passages) + 1:04d}", "title": question or focus, "text": answer, "source": source,
                         "section": focus, "patient": False})
with open(out, 'w', encoding='utf-8') as f:
    for p in passages:
        f.write(json.dumps(p, ensure_ascii=False) + '\n')
print(f"{len(passages)} passages from {len(glob.glob(os.path.join(raw, '*', '*.xml')))} files")
