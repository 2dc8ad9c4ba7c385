#!/usr/bin/env python3
"""Build public-health-passages.jsonl from the hand-typed source files in this folder.
Every title, text, section and source was typed by hand in src_*.txt; this script only parses,
labels (patient=True only for src_08_patient_vignettes.txt), shuffles with a fixed seed and numbers."""
import json, os, random, glob
from parse import parse

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), 'public-health-passages.jsonl')
SEED = 2323

def main():
    records = []
    for path in sorted(glob.glob(os.path.join(HERE, 'src_*.txt'))):
        is_patient = os.path.basename(path) == 'src_08_patient_vignettes.txt'
        for r in parse(path):
            records.append({'title': r['title'], 'text': r['text'], 'source': r['source'],
                            'section': r['section'], 'patient': is_patient})
    random.Random(SEED).shuffle(records)
    with open(OUT, 'w', encoding='utf-8') as f:
        for i, r in enumerate(records, 1):
            obj = {'id': f'ph23-{i:03d}', 'title': r['title'], 'text': r['text'],
                   'source': r['source'], 'section': r['section'], 'patient': r['patient']}
            f.write(json.dumps(obj, ensure_ascii=False) + '\n')
    print(f'wrote {len(records)} records to {OUT}')

if __name__ == '__main__':
    main()
