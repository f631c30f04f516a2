"""The editable pane's link to the project: typing becomes operations, operations become text.

The pane's own undo is off; every change goes through the window's one undo
stack. A mirror of the paragraphs lets us name exactly which paragraphs a
keystroke changed (Qt reports positions, not the text that was removed).
Programmatic edits (fixes, undo, restores) touch only the paragraphs that differ,
so the cursor and scroll position stay where the reviewer left them.
"""
from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextCursor

from app.core.textpos import OffsetMap, utf16_len


def common_ends(a: Sequence, b: Sequence) -> tuple[int, int]:
    """Lengths of the common prefix and (non-overlapping) common suffix of two strings or lists."""
    n = min(len(a), len(b))
    p = 0
    while p < n and a[p] == b[p]:
        p += 1
    q = 0
    while q < n - p and a[-1 - q] == b[-1 - q]:
        q += 1
    return p, q


class WorkingBuffer(QObject):
    """Watches a QPlainTextEdit. Emits typed(first, old_texts, new_texts, char_edit) for user edits;
    `char_edit` is (pos, removed, added) in code points when one paragraph changed in place."""

    typed = Signal(int, tuple, tuple, object)

    def __init__(self, editor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.mirror: list[str] = []
        self._programmatic = 0
        editor.setUndoRedoEnabled(False)
        editor.document().contentsChange.connect(self._changed)

    def load(self, texts: list[str]) -> None:
        self._programmatic += 1
        try:
            self.editor.setPlainText("\n".join(texts))
        finally:
            self._programmatic -= 1
        self.mirror = list(texts)

    def _changed(self, pos: int, removed: int, added: int) -> None:
        if self._programmatic:
            return
        doc = self.editor.document()
        delta = doc.blockCount() - len(self.mirror)
        b0 = doc.findBlock(pos).blockNumber()
        b1 = doc.findBlock(pos + added).blockNumber()
        if b1 < 0:
            b1 = doc.blockCount() - 1
        old_end = b1 - delta
        if b0 < 0 or old_end < b0 - 1:
            b0, b1, old_end = 0, doc.blockCount() - 1, len(self.mirror) - 1
        new = tuple(doc.findBlockByNumber(i).text() for i in range(b0, b1 + 1))
        old = tuple(self.mirror[b0:old_end + 1])
        if new == old:
            return  # a layout-only change (highlighting), not an edit
        self.mirror[b0:old_end + 1] = new
        char_edit = None
        if len(old) == len(new) == 1:
            p, q = common_ends(old[0], new[0])
            char_edit = (p, len(old[0]) - p - q, len(new[0]) - p - q)
        self.typed.emit(b0, old, new, char_edit)

    def apply_texts(self, texts: list[str]) -> list[int]:
        """Make the editor show `texts`, editing only what differs; returns the changed paragraph range."""
        old = self.mirror
        if old == texts:
            return []
        p, q = common_ends(old, texts)
        old_mid, new_mid = old[p:len(old) - q], texts[p:len(texts) - q]
        doc = self.editor.document()
        cursor = QTextCursor(doc)
        self._programmatic += 1
        try:
            cursor.beginEditBlock()
            if len(old_mid) == len(new_mid) == 1:
                # One paragraph: replace only the characters that differ, so the cursor stays put.
                block = doc.findBlockByNumber(p)
                a, b = old_mid[0], new_mid[0]
                cp, cq = common_ends(a, b)
                m = OffsetMap(a)
                cursor.setPosition(block.position() + m.to_utf16(cp))
                cursor.setPosition(block.position() + m.to_utf16(len(a) - cq), QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(b[cp:len(b) - cq])
            elif not old_mid:
                # Pure insertion of paragraphs before paragraph p (or at the end).
                if p < len(old):
                    cursor.setPosition(doc.findBlockByNumber(p).position())
                    cursor.insertText("\n".join(new_mid) + "\n")
                else:
                    cursor.movePosition(QTextCursor.MoveOperation.End)
                    cursor.insertText("\n" + "\n".join(new_mid))
            else:
                first = doc.findBlockByNumber(p)
                last = doc.findBlockByNumber(p + len(old_mid) - 1)
                start, end = first.position(), last.position() + utf16_len(last.text())
                if not new_mid:  # pure deletion: take a neighbouring line break too
                    if end < doc.characterCount() - 1:
                        end += 1
                    elif start > 0:
                        start -= 1
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText("\n".join(new_mid))
            cursor.endEditBlock()
        finally:
            self._programmatic -= 1
        self.mirror = list(texts)
        return list(range(p, p + max(len(new_mid), 1)))
