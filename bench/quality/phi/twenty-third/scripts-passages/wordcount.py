import re
# CJK ideographs, kana and CJK punctuation: these scripts do not separate words with spaces.
CJK = re.compile(r'[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]')
def word_count(text):
    """Whitespace tokens; for Chinese/Japanese, CJK characters are counted as one word per two characters
    (a rough average word length), and the remaining text is counted by whitespace."""
    cjk = len(CJK.findall(text))
    if cjk == 0:
        return len(text.split())
    rest = CJK.sub(' ', text)
    return len(rest.split()) + round(cjk / 2)
