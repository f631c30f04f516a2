"""Redline paragraphs from the compare engine's pairs and chunks (app/core/compare.py).

The engine counts a paragraph mark as one position after each paragraph's text
(docs/compare.md), which is Word's own model: a chunk that inserts a mark is a
split, one that deletes a mark is a join. Each mark closes a redline paragraph
whose mark is tracked the same way, so Accept All and Reject All give back B and
A paragraph for paragraph.
"""
from __future__ import annotations

from app.core.document import Document
from app.io.docx.model import DELETE, EQUAL, INSERT, RedlineParagraph, Segment

MARK = "\n"


class _Builder:
    """Accumulates segments until a paragraph mark closes the paragraph."""

    def __init__(self, styles) -> None:
        self.paragraphs: list[RedlineParagraph] = []
        self.origins: list[tuple[int, int, int, int]] = []
        self.segs: list[Segment] = []
        self.origin: tuple[int, int, int, int] | None = None
        self.styles = styles
        self.groups: list[int] = []
        self.group = 0

    def add(self, kind: str, text: str, origin: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
        """Append `text` of one kind starting at `origin` (a, a offset, b, b offset);
        return the position just after it. A paragraph that opens here remembers
        where it starts on both sides, so notes on either side can find it."""
        a, ao, b, bo = origin
        if not self.segs and self.origin is None and text.find(MARK) == len(text) - 1 > 0:
            # A whole paragraph in one piece: the common case in long inserted or deleted
            # stretches (100,000 paragraphs in the hostile corpus).
            self.origin = origin
            self.segs.append(Segment(kind, text[:-1]))
            self.close(kind)
            return a + (kind != INSERT), 0, b + (kind != DELETE), 0
        pos = 0
        while True:
            cut = text.find(MARK, pos)
            piece = text[pos:] if cut < 0 else text[pos:cut]
            if piece:
                if self.origin is None:
                    self.origin = (a, ao, b, bo)
                self.segs.append(Segment(kind, piece))
                ao += len(piece) if kind != INSERT else 0
                bo += len(piece) if kind != DELETE else 0
            if cut < 0:
                return a, ao, b, bo
            if self.origin is None:
                self.origin = (a, ao, b, bo)
            self.close(kind)
            if kind != INSERT:
                a, ao = a + 1, 0
            if kind != DELETE:
                b, bo = b + 1, 0
            pos = cut + 1

    def close(self, mark_kind: str) -> None:
        a, ao, b, bo = self.origin or (0, 0, 0, 0)
        style = self.styles[b] if 0 <= b < len(self.styles) else None
        # One segment (a whole paragraph equal, inserted or deleted) needs no tidying: the common
        # case of long one-sided stretches, 100,000 paragraphs in the hostile corpus.
        if len(self.segs) < 2:
            segs = tuple(self.segs)
        else:
            from app.io.docx.segments import _absorb_spaces, _tidy
            segs = tuple(_tidy(_absorb_spaces(self.segs)))
        self.paragraphs.append(RedlineParagraph(segs, style=style, mark=mark_kind))
        self.origins.append((a, ao, b, bo))
        self.groups.append(self.group)
        self.segs, self.origin = [], None


def compare_with_engine(base: Document, working: Document, styles):
    """The exchange Comparison for `base` → `working`, computed by app.core.compare."""
    from app.core.compare import compare
    from app.io.docx.exchange import Comparison
    from app.io.docx.segments import _move_final_mark

    result = compare(base, working)
    build = _Builder(styles)
    for k, pair in enumerate(result.pairs):
        build.group = k
        for chunk in pair.chunks:
            _add_chunk(build, result, chunk)
    if build.segs:
        build.close(EQUAL)
    paragraphs = build.paragraphs
    _move_final_mark(paragraphs)
    metrics = result.metrics
    shown = {
        "Words in the base": metrics.a_words, "Words in the working text": metrics.b_words,
        "Words inserted": metrics.words_inserted, "Words deleted": metrics.words_deleted,
        "Words substituted": metrics.words_substituted,
        "Paragraphs touched": f"{metrics.paragraphs_touched} of {metrics.paragraphs} "
                              f"({metrics.touched_share * 100:.0f}%)",
    }
    if result.capped:
        shown["Paragraphs shown as one whole change (too large to diff by word)"] = len(result.capped)
    originals = [tuple(p.text for p in base.paragraphs[pair.a_start:pair.a_end]) for pair in result.pairs]
    return Comparison(paragraphs, build.origins, build.groups, originals, metrics.edit_rate, shown)


def _add_chunk(build: _Builder, result, chunk) -> None:
    a_text, b_text = result.a_text(chunk), result.b_text(chunk)
    origin = (chunk.a_para, chunk.a_start, chunk.b_para, chunk.b_start)
    if chunk.tag == "equal":
        build.add(EQUAL, b_text, origin)
    elif a_text.endswith(MARK) and b_text.endswith(MARK):
        # Both sides keep a paragraph end here: only the words before it changed.
        a, ao, _, _ = build.add(DELETE, a_text[:-1], origin)
        _, _, b, bo = build.add(INSERT, b_text[:-1], (a, ao, origin[2], origin[3]))
        build.add(EQUAL, MARK, (a, ao, b, bo))
    else:
        # The insertion starts where the deletion left side A, and where the chunk starts on B.
        # A whole inserted or deleted paragraph has nothing on the other side: skip the empty add.
        a, ao, _, _ = build.add(DELETE, a_text, origin) if a_text else origin
        if b_text:
            build.add(INSERT, b_text, (a, ao, origin[2], origin[3]))
