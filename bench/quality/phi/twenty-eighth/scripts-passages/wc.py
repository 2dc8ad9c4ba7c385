import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from build import parse
from textutil import word_count
for f in sys.argv[1:]:
    for r in parse(f, os.path.basename(f).startswith("p_")):
        n = word_count(r["text"])
        if n < 60 or n > 150: print("BAD", n, f, r["title"])
    print(f, "ok-checked")
