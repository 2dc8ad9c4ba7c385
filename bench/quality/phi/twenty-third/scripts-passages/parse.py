import re, sys, glob
from wordcount import word_count
def parse(path):
    recs=[]; cur=None
    for line in open(path, encoding='utf-8'):
        line=line.rstrip('\n')
        if line.startswith('### '):
            if cur: recs.append(cur)
            parts=[p.strip() for p in line[4:].split(' | ')]
            assert len(parts)==3, (path, line)
            cur={'title':parts[0],'section':parts[1],'source':parts[2],'lines':[]}
        elif line.strip():
            cur['lines'].append(line.strip())
    if cur: recs.append(cur)
    for r in recs:
        r['text']=' '.join(r.pop('lines'))
    return recs
if __name__=='__main__':
    for p in sys.argv[1:]:
        for r in parse(p):
            n=word_count(r["text"])
            if n<60 or n>150: print(p, n, r['title'])
        print(p, 'records', len(parse(p)))
