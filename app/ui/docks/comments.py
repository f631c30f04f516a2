"""The comments dock: annotations with author, time, status and quote; edit, resolve, delete."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDockWidget,
                               QFormLayout, QHeaderView, QLabel, QPlainTextEdit, QToolButton, QTreeWidget,
                               QTreeWidgetItem)

from app.ui.docks import lay_out_dock
from app.ui.i18n import category_label, severity_label

CATEGORIES = ("", "Accuracy", "Fluency", "Terminology", "Style", "Locale conventions")
SEVERITIES = ("", "Minor", "Major", "Critical")


def short_time(iso: str) -> str:
    return iso.replace("T", " ")[:16] if iso else ""


class CommentDialog(QDialog):
    """Text of the comment plus an optional MQM category and severity."""

    def __init__(self, quote: str, comment: str = "", category: str = "", severity: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Comment"))
        q = QLabel(f"“{quote if len(quote) < 200 else quote[:199] + '…'}”")
        q.setTextFormat(Qt.TextFormat.PlainText)
        q.setWordWrap(True)
        self.text = QPlainTextEdit(comment)
        self.text.setTabChangesFocus(True)
        self.category = QComboBox()
        self.category.addItems([self.tr("(none)"), *(category_label(c) for c in CATEGORIES[1:])])
        self.category.setCurrentIndex(CATEGORIES.index(category) if category in CATEGORIES else 0)
        self.severity = QComboBox()
        self.severity.addItems([self.tr("(none)"), *(severity_label(s) for s in SEVERITIES[1:])])
        self.severity.setCurrentIndex(SEVERITIES.index(severity) if severity in SEVERITIES else 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(q)
        form.addRow(self.tr("Comment"), self.text)
        form.addRow(self.tr("MQM category"), self.category)
        form.addRow(self.tr("Severity"), self.severity)
        form.addRow(buttons)
        self.resize(440, 300)

    def values(self) -> tuple[str, str, str]:
        return (self.text.toPlainText().strip(), CATEGORIES[self.category.currentIndex()],
                SEVERITIES[self.severity.currentIndex()])


class CommentsDock(QDockWidget):
    """Emits jump(annotation), edit(annotation), toggle_status(annotation), delete(annotation)."""

    jump = Signal(object)
    edit = Signal(object)
    toggle_status = Signal(object)
    delete = Signal(object)

    def __init__(self, parent=None):
        super().__init__(QCoreApplication.translate("CommentsDock", "Comments"), parent)
        self.setObjectName("commentsDock")
        self.annotations: list = []
        self.version_label = lambda version: ""
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Quote"), self.tr("Comment"), self.tr("Author"), self.tr("Time"),
                                   self.tr("Status")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for col in (2, 3, 4):
            self.tree.header().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.itemDoubleClicked.connect(lambda item, _c: self._emit(self.jump, item))
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.show_resolved = QCheckBox(self.tr("Resolved"))
        self.show_resolved.setChecked(True)
        self.show_resolved.setToolTip(self.tr("Also list resolved comments"))
        self.show_resolved.toggled.connect(lambda _on: self.set_annotations(self.annotations))
        self.tree.setToolTip(self.tr("Comments on the working text; those on the MT or a revision say which"))
        self.edit_button = QToolButton(text=self.tr("Edit…"))
        self.edit_button.clicked.connect(lambda: self._emit(self.edit))
        self.status_button = QToolButton(text=self.tr("Resolve"))
        self.status_button.clicked.connect(lambda: self._emit(self.toggle_status))
        self.delete_button = QToolButton(text=self.tr("Delete"))
        self.delete_button.clicked.connect(lambda: self._emit(self.delete))
        self.count_label = QLabel()
        lay_out_dock(self, self.tree, (self.edit_button, self.status_button, self.delete_button),
                     (self.show_resolved, self.count_label))
        self._update_buttons()

    def set_annotations(self, annotations, version_label=None) -> None:
        """`version_label(version)` names the version of comments not on the working text ("" if it is)."""
        if version_label is not None:
            self.version_label = version_label
        current = self.current()
        self.annotations = sorted(annotations, key=lambda a: (a.detached, a.paragraph, a.start, a.id))
        self.tree.clear()
        grey = QColor(128, 128, 128)
        for a in self.annotations:
            if a.status == "resolved" and not self.show_resolved.isChecked():
                continue
            quote = a.quote if len(a.quote) <= 50 else a.quote[:49] + "…"
            tag = " · ".join(x for x in (category_label(a.category or ""), severity_label(a.severity or "")) if x)
            body = a.body
            status = (self.tr("Detached · ") if a.detached else "") + \
                (self.tr("Resolved") if a.status == "resolved" else self.tr("Open"))
            on = self.version_label(getattr(a, "version", "working"))
            item = QTreeWidgetItem([(f"{on}: " if on else "") + f"“{quote}”", body + (f"  [{tag}]" if tag else ""),
                                    a.author, short_time(a.updated or a.created), status])
            item.setData(0, Qt.ItemDataRole.UserRole, a.id)
            item.setToolTip(0, a.quote)
            item.setToolTip(1, body)
            if a.detached:
                item.setToolTip(4, self.tr("The annotated text is gone; the comment keeps its original quote"))
            if a.status == "resolved" or a.detached:
                for c in range(5):
                    item.setForeground(c, grey)
            self.tree.addTopLevelItem(item)
            if current is not None and a.id == current.id:
                self.tree.setCurrentItem(item)
        n_open = sum(1 for a in self.annotations if a.status == "open")
        self.count_label.setText(self.tr("{0} open · {1} in all").format(n_open, len(self.annotations)))
        self.setWindowTitle(self.tr("Comments ({0})").format(n_open))
        self._update_buttons()

    def current(self):
        item = self.tree.currentItem()
        if item is None:
            return None
        aid = item.data(0, Qt.ItemDataRole.UserRole)
        return next((a for a in self.annotations if a.id == aid), None)

    def select(self, annotation_id) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == annotation_id:
                self.tree.setCurrentItem(item)
                return

    def _emit(self, signal, item=None) -> None:
        a = self.current() if item is None else next(
            (x for x in self.annotations if x.id == item.data(0, Qt.ItemDataRole.UserRole)), None)
        if a is not None:
            signal.emit(a)

    def _update_buttons(self) -> None:
        a = self.current()
        for b in (self.edit_button, self.status_button, self.delete_button):
            b.setEnabled(a is not None)
        self.status_button.setText(self.tr("Reopen") if a is not None and a.status == "resolved" else self.tr("Resolve"))
