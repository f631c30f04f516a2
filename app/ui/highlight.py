"""The syntax highlighter that paints a pane's span table, one paragraph (block) at a time.

Formats live only in the block layouts Qt keeps for display, never in the
document, so they stay out of undo, copy and paste. Positions convert from code
points to Qt's UTF-16 units through app/core/textpos.py only.
"""
from __future__ import annotations

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat

from app.core.textpos import OffsetMap
from app.ui.spans import SpanTable
from app.ui.theme import colours, severity_colour


def kind_formats() -> dict[str, QTextCharFormat]:
    """One format per span kind, in the current theme's colours."""
    c = colours()
    out: dict[str, QTextCharFormat] = {}
    for kind, bg in (("delete", c.delete_bg), ("insert", c.insert_bg), ("replace-old", c.replace_old_bg),
                     ("replace-new", c.replace_new_bg), ("annotation", c.annotation_bg),
                     ("annotation-resolved", c.annotation_resolved_bg), ("current", c.current_bg)):
        f = QTextCharFormat()
        f.setBackground(QColor(bg))
        out[kind] = f
    for f_kind in ("delete",):
        out[f_kind].setFontStrikeOut(True)
    for severity in ("Critical", "Major", "Minor"):
        f = QTextCharFormat()
        f.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        f.setUnderlineColor(severity_colour(severity))
        out[severity] = f
    return out


class SpanHighlighter(QSyntaxHighlighter):
    """Reads `table.spans(block number)`; overlapping spans merge (background + underline)."""

    def __init__(self, document, table: SpanTable):
        super().__init__(document)
        self.table = table
        self.formats = kind_formats()
        self._merged: dict[tuple[str, ...], QTextCharFormat] = {}

    def restyle(self) -> None:
        """Take the current theme's colours; the pane decides when to repaint."""
        self.formats = kind_formats()
        self._merged.clear()

    def _format_for(self, kinds: tuple[str, ...]) -> QTextCharFormat:
        fmt = self._merged.get(kinds)
        if fmt is None:
            fmt = QTextCharFormat()
            for k in kinds:
                fmt.merge(self.formats[k])
            self._merged[kinds] = fmt
        return fmt

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        spans = self.table.spans(self.currentBlock().blockNumber())
        if not spans:
            return
        length = len(text)
        conv = None if text.isascii() else OffsetMap(text)
        cuts = sorted({min(max(p, 0), length) for s in spans for p in (s.start, s.end)})
        for a, b in zip(cuts, cuts[1:]):
            kinds = tuple(s.kind for s in spans if s.start <= a and s.end >= b and s.kind in self.formats)
            if not kinds:
                continue
            if conv is None:
                self.setFormat(a, b - a, self._format_for(kinds))
            else:
                u0, u1 = conv.to_utf16(a), conv.to_utf16(b)
                self.setFormat(u0, u1 - u0, self._format_for(kinds))


def utf16_range(text: str, start: int, end: int) -> tuple[int, int]:
    """Code-point [start, end) of `text` as UTF-16 [start, end)."""
    if text.isascii():
        return start, end
    m = OffsetMap(text)
    return m.to_utf16(min(start, len(text))), m.to_utf16(min(end, len(text)))
