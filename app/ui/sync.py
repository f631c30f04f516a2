"""Synchronized scrolling of two panes by aligned paragraphs: either pane drives.

The scroll bar of a wrapped QPlainTextEdit counts visual lines, and every
QTextBlock knows its first line number, so the top paragraph and how far into it
the view sits are found in O(log n). The other pane is moved to the same place in
the aligned paragraph. A guard drops the echo, so there is no feedback loop.
"""
from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPlainTextEdit


def paragraph_maps(pairs, n_left: int, n_right: int) -> tuple[list[int], list[int]]:
    """For each left paragraph the right one to show beside it, and back.

    `pairs` are (left index or None, right index or None) in document order; an
    unpaired paragraph maps to the next paired paragraph's partner (or the end)."""
    anchors = sorted((a, b) for a, b in pairs if a is not None and b is not None)
    if not anchors:
        return list(range(n_left)), list(range(n_right))
    lefts = [a for a, _ in anchors]
    rights = sorted(b for _, b in anchors)
    by_right = dict((b, a) for a, b in anchors)

    def follow(keys, values, n_other, i):
        k = bisect_left(keys, i)
        if k < len(keys) and keys[k] == i:
            return values[k]
        return values[k] if k < len(keys) else max(n_other - 1, 0)

    # Each partner list is built once: built inside the comprehensions (once per paragraph)
    # they made opening 100,000 paragraphs take six minutes (found by the hostile corpus).
    partners_of_left = [b for _, b in anchors]
    partners_of_right = [by_right[b] for b in rights]
    right_of = [follow(lefts, partners_of_left, n_right, i) for i in range(n_left)]
    left_of = [follow(rights, partners_of_right, n_left, j) for j in range(n_right)]
    return right_of, left_of


class ScrollSync(QObject):
    """Keeps two editors showing aligned paragraphs at the same height."""

    def __init__(self, left: QPlainTextEdit, right: QPlainTextEdit, parent=None):
        super().__init__(parent)
        self.left, self.right = left, right
        self.enabled = True
        self._busy = False
        self.right_of: list[int] | None = None  # None: paragraph i faces paragraph i
        self.left_of: list[int] | None = None
        left.verticalScrollBar().valueChanged.connect(lambda _v: self._follow(left, right, self.right_of))
        right.verticalScrollBar().valueChanged.connect(lambda _v: self._follow(right, left, self.left_of))

    def set_pairs(self, pairs) -> None:
        n_left, n_right = self.left.blockCount(), self.right.blockCount()
        self.right_of, self.left_of = paragraph_maps(pairs, n_left, n_right)

    def clear_pairs(self) -> None:
        self.right_of = self.left_of = None

    def _follow(self, driver: QPlainTextEdit, follower: QPlainTextEdit, mapping) -> None:
        if self._busy or not self.enabled:
            return
        self._busy = True
        try:
            line = driver.verticalScrollBar().value()
            block = driver.document().findBlockByLineNumber(line)
            if not block.isValid():
                return
            within = (line - block.firstLineNumber()) / max(block.lineCount(), 1)
            n = block.blockNumber()
            target = mapping[n] if mapping is not None and n < len(mapping) else n
            other = follower.document().findBlockByNumber(min(target, follower.blockCount() - 1))
            if other.isValid():
                follower.verticalScrollBar().setValue(
                    other.firstLineNumber() + round(within * max(other.lineCount(), 1)))
        finally:
            self._busy = False
