"""The findings list as a two-level Qt model: groups (check or category, with counts) → findings."""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt

from app.ui.spans import severity_name
from app.ui.theme import severity_colour

COLUMNS = ("Finding", "Severity", "Where")
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2
_ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
                    FINDING_ROLE, GROUP_ROLE))


class FindingsModel(QAbstractItemModel):
    """Internal ids: 0 for a group row, group index + 1 for a finding row under it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.groups: list[tuple[str, list]] = []
        self.ignored: set[str] = set()

    def set_groups(self, groups: list[tuple[str, list]], ignored: set[str]) -> bool:
        """Show new groups; returns True if the model was reset (the view forgets its expansion).

        After a keystroke the groups usually keep their sizes and only offsets move: then
        the rows are updated in place, so the view does not lay out thousands of rows again."""
        same_shape = [(n, len(i)) for n, i in groups] == [(n, len(i)) for n, i in self.groups]
        if same_shape and self.groups:
            # Same rows, new contents: the one view repaints what it shows (see FindingsDock.refilter);
            # a dataChanged over thousands of child rows would make it visit each of them.
            self.groups, self.ignored = groups, ignored
            self.dataChanged.emit(self.index(0, 0), self.index(len(groups) - 1, len(COLUMNS) - 1))
            return False
        self.beginResetModel()
        self.groups = groups
        self.ignored = ignored
        self.endResetModel()
        return True

    def index(self, row, column, parent=QModelIndex()):
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index):
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0:
            return len(self.groups[parent.row()][1])
        return 0

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def finding(self, index):
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.groups[index.internalId() - 1][1][index.row()]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # The view asks for a dozen roles per cell on every repaint; answer the unused ones first.
        if role not in _ROLES or not index.isValid():
            return None
        col = index.column()
        if index.internalId() == 0:
            name, items = self.groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and col == 0:
                return f"{name} ({len(items)})"
            if role == GROUP_ROLE:
                return name
            return None
        f = self.finding(index)
        ignored = getattr(f, "fingerprint", None) in self.ignored
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                text = f.text if len(f.text) <= 40 else f.text[:39] + "…"
                return f"“{text}” — {f.message}" + ("  (ignored)" if ignored else "")
            if col == 1:
                return severity_name(f.severity)
            return f"¶{f.paragraph + 1}:{f.start + 1}"
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = [f.message]
            if f.suggestions:
                tips.append("Suggestions: " + ", ".join(f"“{s}”" for s in f.suggestions[:5]))
            return "\n".join(tips)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == 1:
                return severity_colour(severity_name(f.severity))
            if ignored:
                return self.parent_widget_palette_disabled()
        if role == FINDING_ROLE:
            return f
        return None

    @staticmethod
    def parent_widget_palette_disabled():
        from PySide6.QtGui import QColor
        return QColor(128, 128, 128)

    def locate(self, finding) -> QModelIndex:
        for g, (_, items) in enumerate(self.groups):
            for r, f in enumerate(items):
                if f is finding:
                    return self.index(r, 0, self.index(g, 0))
        return QModelIndex()
