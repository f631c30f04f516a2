"""A review pane: a plain-text editor over one version, its gutter, highlights and overview strip.

Block number == paragraph index: text goes in one paragraph a line, always as
plain text (never HTML), and every highlight comes from the pane's SpanTable.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPlainTextEdit, QTextEdit, QToolTip, QVBoxLayout,
                               QWidget)

from app.core.textpos import OffsetMap
from app.ui.highlight import SpanHighlighter
from app.ui.overview import OverviewStrip
from app.ui.spans import SpanTable
from app.ui.theme import colours

VISIBLE_MARGIN = 30  # paragraphs above and below the screen highlighted eagerly


class Gutter(QWidget):
    """Paragraph numbers, with a coloured bar beside paragraphs that differ from the other pane."""

    def __init__(self, editor: "ReviewEditor"):
        super().__init__(editor)
        self.editor = editor
        self.changed: set[int] = set()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.editor.gutter_width(), 0)

    def paintEvent(self, event) -> None:  # noqa: N802
        ed = self.editor
        p = QPainter(self)
        p.fillRect(event.rect(), self.palette().window())
        block = ed.firstVisibleBlock()
        top = round(ed.blockBoundingGeometry(block).translated(ed.contentOffset()).top())
        fg = QColor(self.palette().windowText().color())
        fg.setAlpha(120)
        bar = QColor(colours().changed_gutter)
        fm = ed.fontMetrics()
        while block.isValid() and top <= event.rect().bottom():
            height = round(ed.blockBoundingRect(block).height())
            n = block.blockNumber()
            if block.isVisible() and top + height >= event.rect().top():
                if n in self.changed:
                    p.fillRect(QRect(self.width() - 4, top, 3, height), bar)
                p.setPen(fg)
                p.drawText(0, top, self.width() - 8, fm.height(), Qt.AlignmentFlag.AlignRight, str(n + 1))
            block = block.next()
            top += height
        p.end()


class ReviewEditor(QPlainTextEdit):
    """QPlainTextEdit with a paragraph gutter and tooltips read from the span table."""

    # The editor claims Ctrl+Z / Ctrl+Shift+Z for itself (its own undo is off): it hands
    # them to the window's one undo stack instead. A key handler, not an event filter,
    # so no Python runs for the many other events of a keystroke.
    undo_requested = Signal()
    redo_requested = Signal()

    def __init__(self, table: SpanTable, parent=None):
        super().__init__(parent)
        self.table = table
        self.context_hook = None  # callable(menu, paragraph, offset), set by the window
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(True)
        self.document().setDocumentMargin(10)
        self.highlighter = SpanHighlighter(self.document(), table)
        self.gutter = Gutter(self)
        self.blockCountChanged.connect(self._fit_gutter)
        self.updateRequest.connect(self._update_gutter)
        self._fit_gutter()

    # Rich text never enters a pane: paste and drops come in as plain text.
    def canInsertFromMimeData(self, source) -> bool:  # noqa: N802
        return source.hasText()

    def insertFromMimeData(self, source) -> None:  # noqa: N802
        if source.hasText():
            self.insertPlainText(source.text())

    def gutter_width(self) -> int:
        digits = len(str(max(1, self.blockCount())))
        return 14 + self.fontMetrics().horizontalAdvance("9") * max(digits, 2)

    def _fit_gutter(self, *_):
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def _update_gutter(self, rect, dy) -> None:
        if dy:
            self.gutter.scroll(0, dy)
        else:
            self.gutter.update(0, rect.y(), self.gutter.width(), rect.height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        pane = self.parent()
        if isinstance(pane, Pane):
            pane._flush_visible()
        cr = self.contentsRect()
        self.gutter.setGeometry(QRect(cr.left(), cr.top(), self.gutter_width(), cr.height()))

    def position_at(self, point) -> tuple[int, int]:
        """(paragraph, code-point offset) under a viewport point."""
        cursor = self.cursorForPosition(point)
        block = cursor.block()
        return block.blockNumber(), OffsetMap(block.text()).to_codepoint(cursor.positionInBlock())

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
        elif event.matches(QKeySequence.StandardKey.Redo):
            self.redo_requested.emit()
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        """The usual edit menu, headed by what the window offers at that spot (fixes for a finding)."""
        menu = self.createStandardContextMenu(event.pos())
        if self.context_hook is not None:
            para, offset = self.position_at(self.viewport().mapFrom(self, event.pos()))
            self.context_hook(menu, para, offset)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def viewportEvent(self, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip:
            para, offset = self.position_at(event.pos())
            tips = self.table.tips_at(para, offset)
            if tips:
                QToolTip.showText(event.globalPos(), "\n".join(dict.fromkeys(tips)), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)


class Pane(QWidget):
    """A titled pane: editor + overview strip. `editable` is False for the base version."""

    jumped = Signal(int)

    def __init__(self, title: str, editable: bool, parent=None):
        super().__init__(parent)
        self.table = SpanTable()
        self.title = QLabel(title)
        self.title.setObjectName("paneTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.editor = ReviewEditor(self.table)
        self.editor.setReadOnly(not editable)
        self.editor.setObjectName("workingEditor" if editable else "baseEditor")
        self.overview = OverviewStrip()
        self.overview.jump.connect(self.go_to_paragraph)
        self._dirty: set[int] = set()  # paragraphs whose spans changed but are not repainted yet
        self.editor.verticalScrollBar().valueChanged.connect(self._flush_visible)
        self.editor.verticalScrollBar().valueChanged.connect(self._track_viewport)
        self.editor.verticalScrollBar().rangeChanged.connect(self._track_viewport)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.editor)
        row.addWidget(self.overview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addLayout(row)

    # -- text -------------------------------------------------------------------------------
    def set_paragraphs(self, texts: list[str]) -> None:
        """Replace the whole text (plain text, one paragraph a block); highlights are re-read."""
        self.editor.setPlainText("\n".join(texts))
        self.overview.set_lengths([len(t) for t in texts])

    def text(self) -> str:
        return self.editor.toPlainText()

    def paragraph_texts(self) -> list[str]:
        doc = self.editor.document()
        return [doc.findBlockByNumber(i).text() for i in range(doc.blockCount())]

    def set_font(self, family: str, size: float) -> None:
        font = QFont(self.editor.font())
        if family:
            font.setFamily(family)
        font.setPointSizeF(size)
        self.editor.setFont(font)
        self.editor._fit_gutter()

    # -- highlights -------------------------------------------------------------------------
    def refresh(self, paragraphs=None) -> None:
        """Repaint highlights of some paragraphs (None = all) after their spans changed.

        Only paragraphs on screen (and a margin) are re-highlighted now; the others when
        they scroll into view. On a 1 MB document with findings in every paragraph, that
        is the difference between a few milliseconds and a second on the GUI thread."""
        if paragraphs is None:
            self._dirty = set(range(self.editor.blockCount()))
        else:
            self._dirty.update(paragraphs)
        self._flush_visible()
        self.editor.gutter.update()

    def visible_range(self, margin: int = VISIBLE_MARGIN) -> range:
        ed = self.editor
        first = ed.firstVisibleBlock().blockNumber()
        bottom = ed.cursorForPosition(ed.viewport().rect().bottomLeft()).blockNumber()
        return range(max(first - margin, 0), min(max(bottom, first) + margin + 1, ed.blockCount()))

    def _flush_visible(self, *_):
        if not self._dirty:
            return
        hl, doc = self.editor.highlighter, self.editor.document()
        shown = self.visible_range()
        todo = [i for i in shown if i in self._dirty] if len(self._dirty) > len(shown) else \
            sorted(i for i in self._dirty if i in shown)
        for i in todo:
            block = doc.findBlockByNumber(i)
            if block.isValid():
                hl.rehighlightBlock(block)
            self._dirty.discard(i)
        if self._dirty and max(self._dirty) >= self.editor.blockCount():
            self._dirty = {i for i in self._dirty if i < self.editor.blockCount()}

    def ensure_highlighted(self, paragraph: int) -> None:
        if paragraph in self._dirty:
            block = self.editor.document().findBlockByNumber(paragraph)
            if block.isValid():
                self.editor.highlighter.rehighlightBlock(block)
            self._dirty.discard(paragraph)

    def restyle(self) -> None:
        """New theme colours: rebuild the formats, repaint lazily, redraw the overview."""
        self.editor.highlighter.restyle()
        self.refresh(None)
        self.overview.invalidate()

    def set_changed(self, paragraphs) -> None:
        self.editor.gutter.changed = set(paragraphs)
        self.editor.gutter.update()

    def block_formats(self, paragraph: int) -> list[tuple[int, int, QTextCharFormat]]:
        """(utf16 start, length, format) the highlighter set on a paragraph, for tests and tools."""
        self.ensure_highlighted(paragraph)
        block = self.editor.document().findBlockByNumber(paragraph)
        return [(r.start, r.length, QTextCharFormat(r.format)) for r in block.layout().formats()]

    # -- navigation -------------------------------------------------------------------------
    def cursor_for(self, paragraph: int, start: int, end: int | None = None) -> QTextCursor:
        block = self.editor.document().findBlockByNumber(paragraph)
        text = block.text()
        m = OffsetMap(text)
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + m.to_utf16(min(start, len(text))))
        if end is not None:
            cursor.setPosition(block.position() + m.to_utf16(min(end, len(text))),
                               QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def go_to_paragraph(self, paragraph: int) -> None:
        self.show_span(paragraph, 0, None)
        self.jumped.emit(paragraph)

    def show_span(self, paragraph: int, start: int, end: int | None, select: bool = False) -> None:
        """Scroll a span into view (centred) and mark it with the one 'current' overlay."""
        if not self.editor.document().findBlockByNumber(paragraph).isValid():
            return
        cursor = self.cursor_for(paragraph, start, end)
        if select:
            self.editor.setTextCursor(cursor)
        else:
            self.editor.setTextCursor(self.cursor_for(paragraph, start))
        self.editor.centerCursor()
        overlay = QTextEdit.ExtraSelection()
        overlay.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(colours().current_bg))
        if end is None:
            fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
        overlay.format = fmt
        self.editor.setExtraSelections([overlay])

    def current_paragraph(self) -> int:
        return self.editor.textCursor().blockNumber()

    def selection(self) -> tuple[int, int, int] | None:
        """(paragraph, start, end) in code points, or None if nothing (or several paragraphs) is selected."""
        c = self.editor.textCursor()
        if not c.hasSelection():
            return None
        doc = self.editor.document()
        b0, b1 = doc.findBlock(c.selectionStart()), doc.findBlock(c.selectionEnd())
        if b0.blockNumber() != b1.blockNumber():
            return None
        m = OffsetMap(b0.text())
        return (b0.blockNumber(), m.to_codepoint(c.selectionStart() - b0.position()),
                m.to_codepoint(c.selectionEnd() - b0.position()))

    def first_visible_paragraph(self) -> int:
        return self.editor.firstVisibleBlock().blockNumber()

    def _track_viewport(self, *_):
        bar = self.editor.verticalScrollBar()
        total = bar.maximum() + bar.pageStep()
        if total <= 0:
            return
        self.overview.set_viewport(bar.value() / total, (bar.value() + bar.pageStep()) / total)
