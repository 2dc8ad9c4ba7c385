import sys
sys.path.insert(0, __import__('os').path.dirname(__file__))
from build import parse
from pathlib import Path
for p in sys.argv[1:]:
    for t,x,s,c in parse(Path(p)):
        n=len(x.split())
        if n<62 or n>148: print(p, n, t)
    print(p, len(parse(Path(p))))
