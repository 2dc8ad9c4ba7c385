import sys
sys.path.insert(0, '.')
from build import parse
import glob
for p in sorted(glob.glob('sources/*.txt')):
    rs = parse(p)
    bad = [(r['title'], len(' '.join(r['lines']).split())) for r in rs if not 50 <= len(' '.join(r['lines']).split()) <= 150]
    print(p, len(rs), sum(r['patient'] for r in rs), bad)
