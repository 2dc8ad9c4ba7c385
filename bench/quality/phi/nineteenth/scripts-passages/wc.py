import sys
sys.path.insert(0, '.')
from build import parse
from wordcount import count_words
for f in sys.argv[1:]:
    for r in parse(f):
        n = count_words(" ".join(r["lines"]))
        if n < 62 or n > 148: print(f, n, r["title"])
