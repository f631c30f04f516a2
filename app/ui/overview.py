"""The overview strip beside a pane's scroll bar: where changes, findings and comments are.

Like Meld's chunk map, it shows the whole document at once: a column for
changed paragraphs, one for open findings (coloured by their worst severity) and
one for comments. Clicking or dragging jumps there. Positions are proportional
to the paragraphs' lengths, which is what the scroll bar of a wrapped plain-text
pane follows closely.
"""
from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QWidget

from app.ui.spans import SEVERITIES
from app.ui.theme import colours, severity_colour


class OverviewStrip(QWidget):
    """Emits `jump(paragraph)` when clicked. Fed with lists of paragraph indices."""

    jump = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFixedWidth(16)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip("Overview: changes (left), findings (middle), comments (right). Click to jump.")
        self._offsets: list[int] = [0]
        self.changes: list[int] = []
        self.findings: dict[int, str] = {}
        self.comments: list[int] = []
        self.viewport_range: tuple[float, float] = (0.0, 1.0)
        self._cache: QPixmap | None = None  # the marks; redrawn only when they or the size change

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(16, 100)

    def set_lengths(self, lengths: list[int]) -> None:
        # +1 per paragraph: even an empty paragraph occupies a line.
        offsets = [0, *accumulate(n + 1 for n in lengths)]
        if offsets != self._offsets:
            self._offsets = offsets
            self.invalidate()

    def set_marks(self, changes=None, findings=None, comments=None) -> None:
        before = (self.changes, self.findings, self.comments)
        if changes is not None:
            self.changes = list(changes)
        if findings is not None:
            self.findings = dict(findings)
        if comments is not None:
            self.comments = list(comments)
        if (self.changes, self.findings, self.comments) != before:
            self.invalidate()

    def invalidate(self) -> None:
        self._cache = None
        self.update()

    def resizeEvent(self, event) -> None:  # noqa: N802
        self._cache = None
        super().resizeEvent(event)

    def set_viewport(self, top: float, bottom: float) -> None:
        self.viewport_range = (top, bottom)
        self.update()

    def fraction_of(self, paragraph: int) -> float:
        total = self._offsets[-1] or 1
        paragraph = max(0, min(paragraph, len(self._offsets) - 1))
        return self._offsets[paragraph] / total

    def paragraph_at(self, fraction: float) -> int:
        total = self._offsets[-1]
        if len(self._offsets) < 2:
            return 0
        i = bisect_right(self._offsets, fraction * total) - 1
        return max(0, min(i, len(self._offsets) - 2))

    def _band(self, paragraph: int) -> tuple[float, float]:
        h = self.height()
        y0 = self.fraction_of(paragraph) * h
        y1 = self.fraction_of(paragraph + 1) * h
        return y0, max(y1 - y0, 2.0)

    def paintEvent(self, event) -> None:  # noqa: N802
        if self._cache is None or self._cache.deviceIndependentSize().toSize() != self.size():
            self._cache = self._draw_marks()
        p = QPainter(self)
        p.drawPixmap(0, 0, self._cache)
        top, bottom = self.viewport_range
        shade = QColor(self.palette().highlight().color())
        shade.setAlpha(50)
        p.fillRect(QRectF(0, top * self.height(), self.width(), max((bottom - top) * self.height(), 3)), shade)
        p.end()

    def _draw_marks(self) -> QPixmap:
        # Drawn at the screen's device pixel ratio, so marks stay sharp on HiDPI screens.
        ratio = self.devicePixelRatioF()
        pix = QPixmap(self.size() * ratio)
        pix.setDevicePixelRatio(ratio)
        c = colours()
        pix.fill(QColor(c.overview_bg))
        p = QPainter(pix)
        w = self.width() / 3
        for i in self.changes:
            y, h = self._band(i)
            p.fillRect(QRectF(0, y, w, h), QColor(c.changed_gutter))
        rank = {s: n for n, s in enumerate(reversed(SEVERITIES))}
        for i, severity in sorted(self.findings.items(), key=lambda kv: rank.get(kv[1], 0)):
            y, h = self._band(i)
            p.fillRect(QRectF(w, y, w, h), severity_colour(severity))
        for i in self.comments:
            y, h = self._band(i)
            p.fillRect(QRectF(2 * w, y, w, h), QColor(c.annotation_bg).darker(130))
        p.end()
        return pix

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self.jump.emit(self.paragraph_at(event.position().y() / max(self.height(), 1)))

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.mousePressEvent(event)
