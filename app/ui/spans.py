"""Per-paragraph span tables: what each pane paints, kept apart from how Qt paints it.

A pane never stores whole-document offsets. Each layer (diff, findings,
annotations) holds, for every paragraph index, a tuple of spans with code-point
offsets into that paragraph. The highlighter reads one paragraph's spans when Qt
asks it to paint that block, so a keystroke costs one block, not the document.
No Qt here: these tables are built in workers and tested without a display.
"""
from __future__ import annotations

from typing import NamedTuple

SEVERITIES = ("Critical", "Major", "Minor")
LAYERS = ("diff", "finding", "annotation", "search")


def severity_name(value) -> str:
    """'Major' from 'major', 'MAJOR', an enum whose name or value is major, or None (-> Minor)."""
    raw = getattr(value, "value", value)
    if not isinstance(raw, str):
        raw = getattr(value, "name", "") or "minor"
    name = raw.strip().capitalize()
    return name if name in SEVERITIES else "Minor"


class Span(NamedTuple):
    """A painted stretch of one paragraph: `kind` picks the look (see app/ui/theme.py).

    A tuple, so comparing two tables (to repaint only what changed) runs at C speed.

    kinds: delete, insert, replace-old, replace-new (diff); Critical, Major, Minor
    (findings); annotation, annotation-resolved; current (the finding the user is on)."""

    start: int
    end: int
    kind: str
    tip: str = ""


class SpanTable:
    """Layers of spans by paragraph index. Reading is O(spans in that paragraph)."""

    def __init__(self):
        self._layers: dict[str, dict[int, tuple[Span, ...]]] = {name: {} for name in LAYERS}

    def set_layer(self, layer: str, spans_by_paragraph: dict[int, tuple[Span, ...] | list[Span]]) -> set[int]:
        """Replace a layer; returns the paragraphs whose spans changed (the only ones to repaint)."""
        old = self._layers[layer]
        new = {i: tuple(s) for i, s in spans_by_paragraph.items() if s}
        self._layers[layer] = new
        return {i for i in old.keys() | new.keys() if old.get(i) != new.get(i)}

    def set_paragraph(self, layer: str, index: int, spans) -> None:
        spans = tuple(spans)
        if spans:
            self._layers[layer][index] = spans
        else:
            self._layers[layer].pop(index, None)

    def layer(self, layer: str) -> dict[int, tuple[Span, ...]]:
        return self._layers[layer]

    def spans(self, index: int) -> tuple[Span, ...]:
        """All layers' spans for one paragraph, diff first so underlines paint over backgrounds."""
        out: tuple[Span, ...] = ()
        for name in LAYERS:
            out += self._layers[name].get(index, ())
        return out

    def tips_at(self, index: int, offset: int) -> list[str]:
        return [s.tip for s in self.spans(index) if s.tip and s.start <= offset < max(s.end, s.start + 1)]

    def paragraphs_with(self, layer: str) -> list[int]:
        return sorted(self._layers[layer])

    def shift_for_edit(self, first: int, removed: int, added: int, edited: dict[int, tuple[int, int, int]]) -> None:
        """Keep spans on their words while a fresh analysis is pending.

        `first..first+removed` paragraphs were replaced by `added` new ones. For a
        one-paragraph in-place edit, `edited[i] = (pos, chars_removed, chars_added)`
        moves spans after the edit and drops the ones it touched; with paragraphs
        inserted or removed, later indices move by the difference."""
        delta = added - removed
        if delta == 0:
            # In place: only the edited paragraphs' spans can move (the common keystroke).
            for name in LAYERS:
                layer = self._layers[name]
                for i in range(first, first + removed):
                    spans = layer.get(i)
                    if spans is None:
                        continue
                    if i in edited:
                        pos, gone, came = edited[i]
                        kept = tuple(_shift(s, pos, gone, came) for s in spans
                                     if s.end <= pos or s.start >= pos + gone)
                    else:
                        kept = ()
                    if kept:
                        layer[i] = kept
                    else:
                        del layer[i]
            return
        for name in LAYERS:
            old = self._layers[name]
            new: dict[int, tuple[Span, ...]] = {}
            for i, spans in old.items():
                if i < first:
                    new[i] = spans
                elif i >= first + removed:
                    new[i + delta] = spans
                elif i in edited and removed == added:
                    pos, gone, came = edited[i]
                    kept = tuple(_shift(s, pos, gone, came) for s in spans
                                 if s.end <= pos or s.start >= pos + gone)
                    if kept:
                        new[i] = kept
            self._layers[name] = new


def _shift(span: Span, pos: int, gone: int, came: int) -> Span:
    if span.start >= pos + gone:
        d = came - gone
        return Span(span.start + d, span.end + d, span.kind, span.tip)
    return span
