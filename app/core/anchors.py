"""How an annotation's span follows edits, and how it is found again when the text changed elsewhere.

A span is `[start, end)` in code points of one paragraph. An edit replaces `[a, b)` of that
paragraph with `n` new code points. The rules (docs/project-store.md repeats them):

* An edit wholly before the span, including one that ends exactly where the span starts,
  moves the span by the change in length.
* An edit wholly after the span, including one that starts exactly where it ends, leaves it.
* Pure insertions at either boundary fall outside the span: typing right before or right after
  annotated text does not grow the annotation. An insertion strictly inside stretches it.
* An edit that overlaps the span (shares at least one character with it) makes the span the
  smallest range that covers what is left of it and the replacement text: a fix inside a span
  stretches or shrinks it; a replacement straddling a boundary pulls the boundary out to the
  edit's edge; a replacement of the whole span becomes the new span.
* If the span ends up empty (its text was deleted), the caller keeps the annotation and marks
  it detached; its quote still shows what it was about.
* An empty span (a point) moves like a cursor: text inserted at the point goes before it.
"""
from __future__ import annotations

from diff_match_patch import diff_match_patch

from app.core.document import Document


def map_span(start: int, end: int, a: int, b: int, n: int) -> tuple[int, int]:
    """The span `[start, end)` after `[a, b)` is replaced by `n` code points."""
    delta = n - (b - a)
    if start == end:
        if start < a or (start == a and a < b):
            return start, end
        if start >= b:
            return start + delta, start + delta
        return a, a
    overlap = (start < a < end) if a == b else (a < end and b > start)
    if not overlap:
        if b <= start:
            return start + delta, end + delta
        return start, end
    return min(start, a), max(end, b) + delta


def common_affixes(old: str, new: str) -> tuple[int, int, int]:
    """The one replacement `[a, b) -> new[a:a+n]` that turns `old` into `new`, as (a, b, n).

    Trims the common prefix and suffix; an editor sends whole-paragraph text after a
    keystroke, and this recovers the keystroke."""
    limit = min(len(old), len(new))
    p = 0
    while p < limit and old[p] == new[p]:
        p += 1
    s = 0
    while s < limit - p and old[len(old) - 1 - s] == new[len(new) - 1 - s]:
        s += 1
    return p, len(old) - s, len(new) - s - p


# ---- finding a quote again -------------------------------------------------------------

_MAX_BITS = 32          # diff-match-patch's bitap works on patterns up to this many characters
_MIN_SIMILARITY = 0.8   # share of the quote that must survive in a fuzzy match
_MIN_MOVED = 4          # shorter quotes ("the") are not looked for in other paragraphs


def _nearest(text: str, quote: str, hint: int) -> int:
    """Start of the occurrence of `quote` in `text` closest to `hint`, or -1."""
    best, i = -1, text.find(quote)
    while i != -1:
        if best == -1 or abs(i - hint) < abs(best - hint):
            best = i
        i = text.find(quote, i + 1)
    return best


def _similarity(dmp: diff_match_patch, a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    diffs = dmp.diff_main(a, b, False)
    return 1.0 - dmp.diff_levenshtein(diffs) / max(len(a), len(b))


def _fuzzy(dmp: diff_match_patch, text: str, quote: str, hint: int) -> tuple[int, int] | None:
    """A span of `text` that resembles `quote`, searched near `hint`, or None."""
    hint = max(0, min(hint, len(text)))
    if len(quote) <= _MAX_BITS:
        start = dmp.match_main(text, quote, hint)
        if start == -1:
            return None
        # match_main's start can be off by the edits inside the match, and the length may
        # have changed: try the starts and lengths around it and keep the closest.
        best = max(((_similarity(dmp, text[s:s + k], quote), -abs(k - len(quote)) - abs(s - start), s, k)
                    for s in range(max(0, start - 4), min(len(text), start + 5))
                    for k in range(max(1, len(quote) - 8), len(quote) + 9) if s + k <= len(text)),
                   default=None)
        if best is None or best[0] < _MIN_SIMILARITY:
            return None
        return best[2], best[2] + best[3]
    head = dmp.match_main(text, quote[:_MAX_BITS], hint)
    if head == -1:
        return None
    tail = dmp.match_main(text, quote[-_MAX_BITS:], head + len(quote) - _MAX_BITS)
    if tail == -1 or tail + _MAX_BITS <= head:
        return None
    span = (head, tail + _MAX_BITS)
    if _similarity(dmp, text[span[0]:span[1]], quote) < _MIN_SIMILARITY:
        return None
    return span


def find_quote(doc: Document, quote: str, paragraph: int, start: int) -> tuple[int, int, int] | None:
    """Where `quote` is now: (paragraph, start, end), searched from the old position outwards.

    In order: exactly in its old paragraph (nearest the old place), fuzzily there (the text
    was touched up), exactly in the nearest other paragraph (paragraphs were added or moved).
    Fuzzy matches elsewhere are not tried: "16 September" must not land on "on September"
    three paragraphs away. None when nothing is close enough: the caller detaches."""
    if not quote or not len(doc):
        return None
    home = max(0, min(paragraph, len(doc) - 1))
    dmp = diff_match_patch()
    dmp.Match_Threshold = 0.4
    dmp.Match_Distance = 10_000
    hit = _nearest(doc[home].text, quote, start)
    if hit != -1:
        return home, hit, hit + len(quote)
    span = _fuzzy(dmp, doc[home].text, quote, start)
    if span is not None:
        return home, span[0], span[1]
    if len(quote) < _MIN_MOVED:
        return None
    for i in sorted(range(len(doc)), key=lambda i: (abs(i - home), i))[1:]:
        hit = _nearest(doc[i].text, quote, 0)
        if hit != -1:
            return i, hit, hit + len(quote)
    return None
