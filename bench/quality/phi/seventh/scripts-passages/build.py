"""Build public-health-passages.jsonl from hand-written source files.
Source format: blocks beginning with a header line
  === TITLE | SOURCE | SECTION
followed by the passage text (joined with spaces). Files src_false_*.txt -> patient false,
src_true_*.txt -> patient true. Shuffled with fixed seed, numbered after shuffling."""
import glob, json, os, random
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'public-health-passages.jsonl')

def parse(path, patient):
    items, cur = [], None
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if line.startswith('=== '):
                if cur: items.append(cur)
                parts = [p.strip() for p in line[4:].split(' | ')]
                assert len(parts) == 3, line
                cur = {'title': parts[0], 'source': parts[1], 'section': parts[2], 'lines': [], 'patient': patient}
            elif cur is not None and line.strip():
                cur['lines'].append(line.strip())
    if cur: items.append(cur)
    return items

def main():
    items = []
    for p in sorted(glob.glob(os.path.join(HERE, 'src_false_*.txt'))):
        items += parse(p, False)
    for p in sorted(glob.glob(os.path.join(HERE, 'src_true_*.txt'))):
        items += parse(p, True)
    random.Random(20261207).shuffle(items)
    with open(OUT, 'w', encoding='utf-8') as f:
        for i, it in enumerate(items, 1):
            rec = {'id': 'ph7-%03d' % i, 'title': it['title'], 'text': ' '.join(it['lines']),
                   'source': it['source'], 'section': it['section'], 'patient': it['patient']}
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print('wrote', len(items))

if __name__ == '__main__':
    main()
