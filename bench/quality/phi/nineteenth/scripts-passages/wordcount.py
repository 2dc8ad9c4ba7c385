"""Shared word-count rule. Whitespace tokens for spaced scripts; for Chinese/Japanese
(unspaced), each run of CJK ideographs/kana counts as len(run)/2 words (about two
characters per word), and punctuation-only tokens are not counted."""
import re
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
def count_words(text):
    n = 0.0
    for tok in text.split():
        cjk = len(CJK.findall(tok))
        rest = CJK.sub(" ", tok).split()
        rest = [r for r in rest if re.search(r"\w", r)]
        n += cjk / 2 + len(rest)
    return int(round(n))
