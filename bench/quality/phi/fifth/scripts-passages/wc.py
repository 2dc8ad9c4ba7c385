import sys, importlib
m = importlib.import_module(sys.argv[1])
for t in m.ITEMS:
    n = len(t[3].split())
    if n < 52 or n > 148: print("BAD", n, t[0])
print(len(m.ITEMS), "items")
