"""`compare(a, b)`: the one entry point the window, the redline export and `galley diff` call.

Paragraphs are aligned first (hash first, so equal paragraphs cost almost
nothing), then each unequal pair is diffed word by word. Chunks are in paragraph
coordinates (see app/core/chunks.py); metrics in app/core/metrics.py.
"""
from __future__ import annotations

import time
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate
from typing import Iterator

from app.core import align
from app.core.chunks import DELETE, EQUAL, INSERT, REPLACE, Chunk, Pair
from app.core.document import Document, Paragraph
from app.core.metrics import EditMetrics, count_words, hunk_metrics
from app.core.tokens import TOKEN_RE
from app.core.worddiff import MARK, diff_tokens


@dataclass(frozen=True)
class Comparison:
    """Two documents, their aligned paragraph pairs (in order, covering both) and the metrics."""

    a: Document
    b: Document
    pairs: tuple[Pair, ...]

    @cached_property
    def metrics(self) -> EditMetrics:
        # Summed field by field in one pass: adding 100,000 EditMetrics one by one (a
        # hostile-corpus document) cost half a second.
        if not self.pairs:
            return EditMetrics()
        return EditMetrics(*map(sum, zip(*(p.metrics._tuple() for p in self.pairs))))

    @property
    def chunks(self) -> Iterator[Chunk]:
        """Every chunk of every pair, in document order."""
        for p in self.pairs:
            yield from p.chunks

    @property
    def equal(self) -> bool:
        return all(p.kind == "equal" for p in self.pairs)

    @property
    def capped(self) -> tuple[Pair, ...]:
        """Pairs shown as one whole replace because they were too large to diff word by word."""
        return tuple(p for p in self.pairs if p.capped)

    def a_text(self, c: Chunk) -> str:
        """The A side of a chunk ("\\n" stands for a paragraph mark)."""
        return _side_text(self.a, c.a_para, c.a_start, c.a_end)

    def b_text(self, c: Chunk) -> str:
        return _side_text(self.b, c.b_para, c.b_start, c.b_end)

    @cached_property
    def _pair_of_a(self) -> list[int]:
        return [k for k, p in enumerate(self.pairs) for _ in range(p.a_start, p.a_end)]

    @cached_property
    def _pair_of_b(self) -> list[int]:
        return [k for k, p in enumerate(self.pairs) for _ in range(p.b_start, p.b_end)]

    def pair_index_of_a(self, para: int) -> int:
        """Index into `pairs` of the pair holding paragraph `para` of A (O(1))."""
        return self._pair_of_a[para]

    def pair_index_of_b(self, para: int) -> int:
        return self._pair_of_b[para]


def _side_text(doc: Document, para: int, start: int, end: int) -> str:
    if start == end:
        return ""
    return (doc.paragraphs[para].text + MARK)[start:end]


# The whole comparison's time budget: this much, plus this much per million
# characters. Ordinary documents use a small fraction of it (1 MB with every
# paragraph edited: under 1 s); past it, the remaining unequal pairs are capped
# (one flagged replace each) instead of the call running on without bound.
COMPARE_SECONDS = 5.0
COMPARE_SECONDS_PER_MB = 5.0


def compare(a: Document, b: Document) -> Comparison:
    """Align `a` (the MT, the older revision) with `b` (the cleaned, the newer) and diff them."""
    pa, pb = a.paragraphs, b.paragraphs
    size = sum(len(p.text) for p in pa) + sum(len(p.text) for p in pb)
    deadline = time.time() + COMPARE_SECONDS + COMPARE_SECONDS_PER_MB * size / 1e6
    units = align.align([p.text for p in pa], [p.text for p in pb])
    pairs = []
    for kind, a1, a2, b1, b2 in units:
        if kind == "equal":
            n = len(pa[a1].text) + 1
            words = count_words(pa[a1].text)
            pairs.append(Pair(kind, a1, a2, b1, b2, (Chunk(EQUAL, a1, 0, n, b1, 0, n),),
                              EditMetrics(0, 0, 0, words, words, 1, 0)))
        elif kind == "deleted" and a2 - a1 == 1:
            # Nothing to diff against: the paragraph and its mark go, as one chunk.
            words = count_words(pa[a1].text)
            pairs.append(Pair(kind, a1, a2, b1, b1, (Chunk(DELETE, a1, 0, len(pa[a1].text) + 1, b1, 0, 0),),
                              hunk_metrics([(words, 0)], words, 0, True)))
        elif kind == "inserted" and b2 - b1 == 1:
            words = count_words(pb[b1].text)
            pairs.append(Pair(kind, a1, a1, b1, b2, (Chunk(INSERT, a1, 0, 0, b1, 0, len(pb[b1].text) + 1),),
                              hunk_metrics([(0, words)], 0, words, True)))
        else:
            pairs.append(_diff_pair(kind, pa[a1:a2], pb[b1:b2], a1, b1, deadline))
    return Comparison(a, b, tuple(pairs))


_WORDISH = frozenset(("word", "cjk", "number"))


class _Side:
    """One side of a pair as a stream (each paragraph's text, then its mark), tokenized
    only between `lo` and `hi`: the common head and tail are never tokenized."""

    def __init__(self, stream: str, lo: int, hi: int, paras: tuple[Paragraph, ...], first: int):
        self.first = first
        self.texts: list[str] = []
        self.is_word: list[bool] = []
        self.starts: list[int] = []
        texts, is_word, starts = self.texts, self.is_word, self.starts
        pos = lo
        pieces = stream[lo:hi].split(MARK)
        for n, piece in enumerate(pieces):
            # The same tokens as tokens.tokenize (lo and hi are token boundaries, and
            # the tokenizer has no look-behind), without building Token objects.
            for m in TOKEN_RE.finditer(piece):
                texts.append(m.group())
                is_word.append(m.lastgroup in _WORDISH)
                starts.append(pos + m.start())
            pos += len(piece)
            if n + 1 < len(pieces):
                texts.append(MARK)
                is_word.append(False)
                starts.append(pos)
                pos += 1
        starts.append(hi)
        # Stream offset where each paragraph (with its mark) begins.
        self.para_starts = [0, *accumulate(len(p.text) + 1 for p in paras)]

    def words_in(self, i1: int, i2: int) -> int:
        return sum(self.is_word[i1:i2])

    def point(self, offset: int) -> tuple[int, int]:
        """A stream offset as (paragraph index, offset in it); after a mark is the next paragraph's 0."""
        k = bisect_right(self.para_starts, offset) - 1
        return self.first + k, offset - self.para_starts[k]

    def pieces(self, s: int, e: int) -> list[tuple[int, int, int]]:
        """Stream range [s, e) cut at paragraph marks: (paragraph, start, end) per piece."""
        out = []
        while s < e:
            k = bisect_right(self.para_starts, s) - 1
            end = min(e, self.para_starts[k + 1])
            out.append((self.first + k, s - self.para_starts[k], end - self.para_starts[k]))
            s = end
        return out


def _common_prefix(x: str, y: str) -> int:
    """Length of the common prefix, by halving (slice comparisons run in C)."""
    lo, hi = 0, min(len(x), len(y))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if x[lo:mid] == y[lo:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _trim(x: str, y: str) -> tuple[int, int, int]:
    """Where the unequal middle starts (same on both sides) and where it ends on each side.

    The cuts are moved back to token boundaries: just after whitespace that is
    followed by a non-space on both sides, or at a paragraph mark. Whitespace is
    always a token of its own, so such a cut never splits a token."""
    k = _common_prefix(x, y)
    while k and not (x[k - 1] == MARK or (x[k - 1].isspace() and k < len(x) and k < len(y)
                                          and not x[k].isspace() and not y[k].isspace())):
        k -= 1
    t = _common_prefix(x[:k - 1:-1] if k else x[::-1], y[:k - 1:-1] if k else y[::-1])
    t = min(t, len(x) - k, len(y) - k)
    while t:
        i, j = len(x) - t, len(y) - t
        if x[i] == MARK or (x[i].isspace() and (i == k or not x[i - 1].isspace())
                            and (j == k or not y[j - 1].isspace())):
            break
        t -= 1
    return k, len(x) - t, len(y) - t


def _diff_pair(kind: str, pa, pb, a1: int, b1: int, deadline: float) -> Pair:
    x = "".join(p.text + MARK for p in pa)
    y = "".join(p.text + MARK for p in pb)
    lo, hi_a, hi_b = _trim(x, y)
    sa, sb = _Side(x, lo, hi_a, pa, a1), _Side(y, lo, hi_b, pb, b1)
    wd = diff_tokens(sa.texts, sb.texts, deadline)
    chunks: list[Chunk] = []
    if lo:
        _emit(chunks, EQUAL, sa, 0, lo, sb, 0, lo)
    for tag, i1, i2, j1, j2 in wd.ops:
        _emit(chunks, tag, sa, sa.starts[i1], sa.starts[i2], sb, sb.starts[j1], sb.starts[j2])
    if hi_a < len(x):
        _emit(chunks, EQUAL, sa, hi_a, len(x), sb, hi_b, len(y))
    hunks = []
    for tag, i1, i2, j1, j2 in wd.minimal:
        if tag != EQUAL:
            hunks.append((sa.words_in(i1, i2), sb.words_in(j1, j2)))
    # Head and tail are shared, so only A's are counted; the middles come from the tokens.
    shared = count_words(x[:lo]) + count_words(x[hi_a:])
    metrics = hunk_metrics(hunks, shared + sum(sa.is_word), shared + sum(sb.is_word), True)
    return Pair(kind, a1, a1 + len(pa), b1, b1 + len(pb), tuple(chunks), metrics, wd.capped)


def _emit(out: list, tag: str, sa: _Side, x1: int, x2: int, sb: _Side, y1: int, y2: int) -> None:
    """Append chunks for one opcode, cut so that no chunk spans two paragraphs on either side."""
    if tag == EQUAL:
        # Equal text has its marks at the same places on both sides.
        for (pa_, s, e), (pb_, t, _) in zip(sa.pieces(x1, x2), sb.pieces(y1, y2)):
            last = out[-1] if out else None
            if (last and last.tag == EQUAL and last.a_para == pa_ and last.a_end == s
                    and last.b_para == pb_ and last.b_end == t):
                out[-1] = Chunk(EQUAL, pa_, last.a_start, e, pb_, last.b_start, t + e - s)
            else:
                out.append(Chunk(EQUAL, pa_, s, e, pb_, t, t + e - s))
        return
    a_pieces, b_pieces = sa.pieces(x1, x2), sb.pieces(y1, y2)
    if tag == REPLACE and len(a_pieces) == 1 and len(b_pieces) == 1:
        (pa_, s, e), (pb_, t, u) = a_pieces[0], b_pieces[0]
        out.append(Chunk(REPLACE, pa_, s, e, pb_, t, u))
        return
    # A replace across a paragraph mark becomes its deletions, then its insertions.
    at_b = sb.point(y1)
    for pa_, s, e in a_pieces:
        out.append(Chunk(DELETE, pa_, s, e, at_b[0], at_b[1], at_b[1]))
    at_a = sa.point(x2)
    for pb_, t, u in b_pieces:
        out.append(Chunk(INSERT, at_a[0], at_a[1], at_a[1], pb_, t, u))
