"""The revisions dock: MT, snapshots and the working text; compare any two; restore one."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDockWidget, QHeaderView, QLabel, QToolButton, QTreeWidget,
                               QTreeWidgetItem)

from app.ui.docks import lay_out_dock
from app.ui.docks.comments import short_time
from app.ui.i18n import percent
from app.core.session import ORIGINAL, WORKING


class RevisionsDock(QDockWidget):
    """Emits snapshot(), compare(key_a, key_b), restore(revision id). Keys: ORIGINAL, WORKING or an id."""

    snapshot = Signal()
    compare = Signal(object, object)
    restore = Signal(object)

    def __init__(self, parent=None):
        super().__init__(QCoreApplication.translate("RevisionsDock", "Revisions"), parent)
        self.setObjectName("revisionsDock")
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Version"), self.tr("Author"), self.tr("Time"), self.tr("Edit rate vs MT")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for col in (1, 2, 3):
            self.tree.header().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda item, _c: self._compare_with_mt(item))
        self.snapshot_button = QToolButton(text=self.tr("Snapshot…"))
        self.snapshot_button.setToolTip(self.tr("Save the working text as a named revision (Ctrl+Shift+S)"))
        self.snapshot_button.clicked.connect(self.snapshot.emit)
        self.compare_button = QToolButton(text=self.tr("Compare"))
        self.compare_button.setToolTip(self.tr("Select two versions (Ctrl+click) to see them side by side"))
        self.compare_button.clicked.connect(self._compare_selected)
        self.restore_button = QToolButton(text=self.tr("Restore"))
        self.restore_button.setToolTip(self.tr("Make this revision the working text (the current text is kept as a revision)"))
        self.restore_button.clicked.connect(self._restore_selected)
        self.hint = QLabel(self.tr("Select two to compare"))
        lay_out_dock(self, self.tree, (self.snapshot_button, self.compare_button, self.restore_button),
                     (self.hint,))
        self._update_buttons()

    def set_entries(self, revisions, rates: dict) -> None:
        """`rates` maps ORIGINAL / WORKING / revision id to an edit rate (or is missing it)."""
        selected = self.selected_keys()
        self.tree.clear()

        def add(key, label, author, time):
            rate = rates.get(key)
            item = QTreeWidgetItem([label, author, short_time(time), "" if rate is None else percent(rate)])
            item.setData(0, Qt.ItemDataRole.UserRole, key)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
            item.setSelected(key in selected)

        add(ORIGINAL, self.tr("Machine translation (original)"), "", "")
        for r in revisions:
            add(r.id, r.label, r.author, r.created)
        add(WORKING, self.tr("Working text (current)"), "", "")
        self._update_buttons()

    def selected_keys(self) -> list:
        items = sorted(self.tree.selectedItems(), key=self.tree.indexOfTopLevelItem)
        return [i.data(0, Qt.ItemDataRole.UserRole) for i in items]

    def select_keys(self, keys) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            item.setSelected(item.data(0, Qt.ItemDataRole.UserRole) in keys)

    def _compare_selected(self) -> None:
        keys = self.selected_keys()
        if len(keys) == 2:
            self.compare.emit(keys[0], keys[1])
        elif len(keys) == 1 and keys[0] != ORIGINAL:
            self.compare.emit(ORIGINAL, keys[0])

    def _compare_with_mt(self, item) -> None:
        key = item.data(0, Qt.ItemDataRole.UserRole)
        if key != ORIGINAL:
            self.compare.emit(ORIGINAL, key)

    def _restore_selected(self) -> None:
        keys = self.selected_keys()
        if len(keys) == 1 and keys[0] not in (ORIGINAL, WORKING):
            self.restore.emit(keys[0])

    def _update_buttons(self) -> None:
        keys = self.selected_keys()
        self.compare_button.setEnabled(len(keys) == 2 or (len(keys) == 1 and keys[0] != ORIGINAL))
        self.restore_button.setEnabled(len(keys) == 1 and keys[0] not in (ORIGINAL, WORKING))
