"""The main window: the MT on the left, the cleaned text on the right."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (QFileDialog, QLabel, QMainWindow, QMessageBox, QPlainTextEdit,
                               QSplitter, QVBoxLayout, QWidget)

from app.core.document import Document
from app.core.errors import GalleyError
from app.io import load_document

FILE_FILTER = "Documents (*.txt *.docx);;Text files (*.txt);;Word documents (*.docx);;All files (*)"


class Pane(QWidget):
    """A titled, read-only text pane. Text goes in as plain text, never as rich text."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.label = QLabel(title)
        self.label.setObjectName("paneTitle")
        self.editor = QPlainTextEdit()
        self.editor.setReadOnly(True)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = QFont(self.editor.font())
        font.setPointSizeF(max(font.pointSizeF(), 11.0))
        self.editor.setFont(font)
        self.editor.document().setDocumentMargin(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.editor)

    def show_document(self, title: str, doc: Document) -> None:
        self.label.setText(title)
        # One paragraph per block: block number == paragraph index, which the
        # highlighting and alignment layers rely on.
        self.editor.setPlainText("\n".join(doc.texts))

    def text(self) -> str:
        return self.editor.toPlainText()


class MainWindow(QMainWindow):
    def __init__(self):
        super().__init__()
        self.mt_doc: Document | None = None
        self.clean_doc: Document | None = None
        self.last_message: QMessageBox | None = None
        self.left = Pane("Machine translation")
        self.right = Pane("Cleaned")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        container = QWidget()
        layout = QVBoxLayout(container)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)
        self.setCentralWidget(container)
        self._build_menus()
        self.resize(1280, 800)
        self.setWindowTitle("Galley")
        self.statusBar().showMessage("Ready")

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.open_action = QAction("&Open MT File…", self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_files)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    def choose_files(self) -> None:
        mt, _ = QFileDialog.getOpenFileName(self, "Open the machine translation", "", FILE_FILTER)
        if not mt:
            return
        clean, _ = QFileDialog.getOpenFileName(
            self, "Open its cleaned version (Cancel to start from the MT)", str(Path(mt).parent), FILE_FILTER)
        self.open_files(mt, clean or None)

    def open_files(self, mt_path: str | Path, clean_path: str | Path | None = None) -> bool:
        """Load the pair into the panes; on a bad file, say so and keep what is shown."""
        try:
            mt = load_document(mt_path)
            clean = load_document(clean_path) if clean_path else mt
        except GalleyError as exc:
            self.show_error("Galley cannot open this file", str(exc))
            return False
        self.mt_doc, self.clean_doc = mt, clean
        mt_name = Path(mt_path).name
        clean_name = Path(clean_path).name if clean_path else f"{mt_name} (copy)"
        self.left.show_document(f"Machine translation — {mt_name}", mt)
        self.right.show_document(f"Cleaned — {clean_name}", clean)
        self.setWindowTitle(f"{mt_name} ↔ {clean_name} — Galley")
        warnings = list(mt.warnings) + (list(clean.warnings) if clean is not mt else [])
        if warnings:
            self.show_error("Check the encoding", "\n".join(warnings), QMessageBox.Icon.Warning)
        self.statusBar().showMessage(
            f"{len(mt)} paragraphs, {mt.word_count:,} words in the MT; {clean.word_count:,} in the cleaned text")
        return True

    def show_error(self, title: str, message: str, icon=QMessageBox.Icon.Critical) -> None:
        """A window-modal message that does not block the event loop (tests can read it)."""
        box = QMessageBox(icon, title, message, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.last_message = box
