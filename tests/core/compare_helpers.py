"""Checks shared by the compare tests: rebuild B from A and the chunks, and check every offset."""
from itertools import accumulate

from app.core.compare import Comparison
from app.core.tokens import tokenize


def stream(doc) -> str:
    return "".join(p.text + "\n" for p in doc)


def apply_chunks(c: Comparison) -> str:
    """Walk A's text chunk by chunk, copying equal runs and taking B's text for the rest.

    Fails if the chunks skip or revisit any of A, so passing means the chunks are
    an exact edit script from A to B."""
    a_starts = [0, *accumulate(len(p.text) + 1 for p in c.a)]
    b_starts = [0, *accumulate(len(p.text) + 1 for p in c.b)]
    a_text, pos, b_pos, out = stream(c.a), 0, 0, []
    for ch in c.chunks:
        start, end = a_starts[ch.a_para] + ch.a_start, a_starts[ch.a_para] + ch.a_end
        assert start == pos, (ch, pos)
        assert b_starts[ch.b_para] + ch.b_start == b_pos, (ch, b_pos)
        if ch.tag == "equal":
            assert c.b_text(ch) == a_text[start:end]
        out.append(c.b_text(ch))
        pos, b_pos = end, b_starts[ch.b_para] + ch.b_end
    assert pos == len(a_text) and b_pos == b_starts[-1]
    return "".join(out)


def check_offsets(c: Comparison) -> None:
    na, nb = len(c.a), len(c.b)
    for ch in c.chunks:
        assert ch.tag in ("equal", "replace", "insert", "delete")
        for para, s, e, doc, n in ((ch.a_para, ch.a_start, ch.a_end, c.a, na),
                                   (ch.b_para, ch.b_start, ch.b_end, c.b, nb)):
            assert 0 <= para <= n
            limit = len(doc[para].text) + 1 if para < n else 0
            assert 0 <= s <= e <= limit, ch
        assert (ch.a_len == 0) == (ch.tag == "insert")
        assert (ch.b_len == 0) == (ch.tag == "delete")
        if ch.tag == "replace":
            assert c.a_text(ch) != c.b_text(ch)
    check_token_boundaries(c)


def check_token_boundaries(c: Comparison) -> None:
    """Every chunk starts and ends between two tokens: the diff is by word, never inside one."""
    def bounds(text):
        return {0, len(text), len(text) + 1} | {t.end for t in tokenize(text)}
    cache = {}
    for ch in c.chunks:
        if c.capped:
            break
        for doc, para, s, e in ((c.a, ch.a_para, ch.a_start, ch.a_end), (c.b, ch.b_para, ch.b_start, ch.b_end)):
            if para < len(doc):
                text = doc[para].text
                ok = cache.setdefault(text, bounds(text))
                assert s in ok and e in ok, (ch, text)


def check_pairs(c: Comparison) -> None:
    """Pairs tile both documents in order: the alignment never crosses."""
    a = b = 0
    for p in c.pairs:
        assert (p.a_start, p.b_start) == (a, b)
        assert p.a_end - p.a_start <= 2 and p.b_end - p.b_start <= 2
        a, b = p.a_end, p.b_end
        for ch in p.chunks:
            assert p.a_start <= ch.a_para <= p.a_end and p.b_start <= ch.b_para <= p.b_end
    assert (a, b) == (len(c.a), len(c.b))
