#!/usr/bin/env python3
"""Compute check digits for the hand-chosen national identifiers used in the
patient:true passages (the base digits were typed by hand; only the final
check digit is computed here)."""

def nhs(d9):  # NHS number / CHI: mod 11, weights 10..2
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - s % 11
    return None if c == 10 else (0 if c == 11 else c)

def luhn(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return (10 - total % 10) % 10

def pesel(d10):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return (10 - sum(int(c) * x for c, x in zip(d10, w)) % 10) % 10

def medicare_au(d8):
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    return sum(int(c) * x for c, x in zip(d8, w)) % 10

# Verhoeff for Aadhaar
_d = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
_p = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,8,7,6,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
_inv = [0,4,3,2,1,5,6,7,8,9]
def verhoeff(body):
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _d[c][_p[(i + 1) % 8][int(ch)]]
    return _inv[c]

if __name__ == "__main__":
    print("NHS 943476591 ->", nhs("943476591"))
    print("NHS 485777345 ->", nhs("485777345"))
    print("CHI 150495012 ->", nhs("150495012"))
    print("ZA ID 940615582008 ->", luhn("940615582008"))
    print("SE personnummer 810322447 ->", luhn("810322447"))
    print("PESEL 8507120334 ->", pesel("8507120334"))
    print("Medicare AU 29537184 ->", medicare_au("29537184"))
    print("Aadhaar 48217734901 ->", verhoeff("48217734901"))
