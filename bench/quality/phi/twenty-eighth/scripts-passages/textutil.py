"""Shared word counting. Whitespace tokens, except that CJK ideographs, kana and
hangul syllables written without spaces count as one word per two characters."""
import re
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

def word_count(text):
    n = 0
    for tok in text.split():
        c = len(CJK.findall(tok))
        if c:
            rest = CJK.sub(" ", tok).split()
            n += (c + 1) // 2 + len([r for r in rest if re.search(r"\w", r)])
        else:
            n += 1
    return n
