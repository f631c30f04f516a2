"""The findings dock: grouped list with counts, filters, and the actions on a finding."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDockWidget, QHBoxLayout, QHeaderView,
                               QLabel, QMenu, QToolButton, QTreeView)

from app.ui.docks import lay_out_dock
from app.ui.docks.findings_model import FindingsModel
from app.ui.i18n import severity_label
from app.ui.spans import SEVERITIES, severity_name

ALL = "All"   # the filters' "no filter" item data; its label is translated


class FindingsView(QTreeView):
    activated_finding = Signal(object)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            f = self.model().finding(self.currentIndex())
            if f is not None:
                self.activated_finding.emit(f)
                return
        super().keyPressEvent(event)


class FindingsDock(QDockWidget):
    """Emits jump(finding) on Enter/double-click; apply(finding, suggestion), fix_all, ignore, comment."""

    jump = Signal(object)
    apply = Signal(object, str)
    fix_all = Signal(object)
    ignore = Signal(object)
    comment = Signal(object)

    def __init__(self, parent=None):
        super().__init__(QCoreApplication.translate("FindingsDock", "Findings"), parent)
        self.setObjectName("findingsDock")
        self.all_findings: list = []
        self.ignored: set[str] = set()
        self.group_by = "check"
        self.show_ignored = False
        self.visible: list = []  # what F8 walks: filtered, in document order

        self.model = FindingsModel(self)
        self.view = FindingsView()
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.header().setStretchLastSection(False)
        self.view.doubleClicked.connect(lambda i: self._emit_jump(self.model.finding(i)))
        self.view.activated_finding.connect(self._emit_jump)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())

        self.severity_filter = QComboBox()
        self.severity_filter.addItem(self.tr("All"), ALL)
        for sev in SEVERITIES:
            self.severity_filter.addItem(severity_label(sev), sev)
        self.severity_filter.setToolTip(self.tr("Show only findings of this severity"))
        self.check_filter = QComboBox()
        self.check_filter.addItem(self.tr("All"), ALL)
        self.check_filter.setToolTip(self.tr("Show only findings of this check"))
        self.ignored_box = QCheckBox(self.tr("Ignored"))
        self.ignored_box.setToolTip(self.tr("Also list findings you ignored"))
        for w in (self.severity_filter, self.check_filter):
            w.currentTextChanged.connect(lambda _t: self.refilter())
        self.ignored_box.toggled.connect(self._toggle_ignored)

        self.count_label = QLabel()
        self.apply_button = QToolButton(text=self.tr("Apply"))
        self.apply_button.setToolTip(self.tr("Replace the flagged text with the suggestion"))
        self.apply_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.apply_button.clicked.connect(self._apply_first)
        self.fix_all_button = QToolButton(text=self.tr("Fix all"))
        self.fix_all_button.setToolTip(self.tr("Apply the suggestion to every occurrence in its group"))
        self.fix_all_button.clicked.connect(lambda: self._emit(self.fix_all))
        self.ignore_button = QToolButton(text=self.tr("Ignore"))
        self.ignore_button.clicked.connect(lambda: self._emit(self.ignore))
        self.comment_button = QToolButton(text=self.tr("Comment…"))
        self.comment_button.setToolTip(self.tr("Add a comment on the flagged text"))
        self.comment_button.clicked.connect(lambda: self._emit(self.comment))

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Severity")))
        filters.addWidget(self.severity_filter)
        filters.addWidget(QLabel(self.tr("Check")))
        filters.addWidget(self.check_filter, 1)
        filters.addWidget(self.ignored_box)
        lay_out_dock(self, self.view, (self.apply_button, self.fix_all_button, self.ignore_button,
                                       self.comment_button), (self.count_label,), above=filters)
        self._update_buttons()

    # -- data ---------------------------------------------------------------------------
    def set_findings(self, findings, ignored: set[str]) -> None:
        """`findings` in document order (the analysis sorts them in the worker)."""
        self.all_findings = list(findings)
        self.ignored = set(ignored)
        checks = sorted({f.check for f in self.all_findings})
        current = self.check_filter.currentData()
        if [self.check_filter.itemData(i) for i in range(1, self.check_filter.count())] != checks:
            self.check_filter.blockSignals(True)
            self.check_filter.clear()
            self.check_filter.addItem(self.tr("All"), ALL)
            for check in checks:
                self.check_filter.addItem(check, check)
            self.check_filter.setCurrentIndex(self.check_filter.findData(current) if current in checks else 0)
            self.check_filter.blockSignals(False)
        self.refilter()

    def set_group_by(self, group_by: str) -> None:
        self.group_by = group_by
        self.refilter()

    def _toggle_ignored(self, on: bool) -> None:
        self.show_ignored = on
        self.refilter()

    def open_findings(self) -> list:
        return [f for f in self.all_findings if f.fingerprint not in self.ignored]

    def refilter(self) -> None:
        current = self.current_finding()
        expanded = {self.model.data(self.model.index(g, 0), Qt.ItemDataRole.UserRole + 2)
                    for g in range(self.model.rowCount()) if self.view.isExpanded(self.model.index(g, 0))}
        sev, check = self.severity_filter.currentData(), self.check_filter.currentData()
        shown = [f for f in self.all_findings
                 if (self.show_ignored or f.fingerprint not in self.ignored)
                 and (sev == ALL or severity_name(f.severity) == sev)
                 and (check == ALL or f.check == check)]
        self.visible = shown
        groups: dict[str, list] = {}
        for f in shown:
            key = f.check if self.group_by == "check" else (getattr(f, "category", "") or "Other")
            groups.setdefault(key, []).append(f)
        first_time = self.model.rowCount() == 0
        if self.model.set_groups(sorted(groups.items()), self.ignored):
            for g in range(self.model.rowCount()):
                idx = self.model.index(g, 0)
                if first_time or self.model.groups[g][0] in expanded:
                    self.view.setExpanded(idx, True)
            if current is not None:
                same = next((f for f in shown if f.fingerprint == current.fingerprint), None)
                if same is not None:
                    self.select(same)
        else:
            self.view.viewport().update()
        n_open = len(self.open_findings())
        counts = self.tr("{0} shown · {1} open").format(len(shown), n_open)
        title = self.tr("Findings ({0})").format(n_open)
        if self.count_label.text() != counts:  # unchanged texts would still re-lay out the dock
            self.count_label.setText(counts)
        if self.windowTitle() != title:
            self.setWindowTitle(title)
        self._update_buttons()

    # -- selection & actions ------------------------------------------------------------
    def current_finding(self):
        return self.model.finding(self.view.currentIndex())

    def select(self, finding) -> None:
        idx = self.model.locate(finding)
        if idx.isValid():
            self.view.setCurrentIndex(idx)
            self.view.scrollTo(idx)

    def _emit_jump(self, f) -> None:
        if f is not None:
            self.jump.emit(f)

    def _emit(self, signal) -> None:
        f = self.current_finding()
        if f is not None:
            signal.emit(f)

    def _apply_first(self) -> None:
        f = self.current_finding()
        if f is not None and f.suggestions:
            self.apply.emit(f, f.suggestions[0])

    def suggestion_menu(self, f, parent=None) -> QMenu:
        menu = QMenu(parent or self)
        for s in f.suggestions:
            label = self.tr("Replace with “{0}”").format(s) if s else self.tr("Delete “{0}”").format(f.text)
            act = QAction(label, menu)
            act.triggered.connect(lambda _=False, s=s: self.apply.emit(f, s))
            menu.addAction(act)
        return menu

    def _update_buttons(self) -> None:
        f = self.current_finding()
        has = f is not None
        self.apply_button.setEnabled(has and bool(f.suggestions))
        if has and len(f.suggestions) > 1:
            self.apply_button.setMenu(self.suggestion_menu(f, self.apply_button))
        else:
            self.apply_button.setMenu(None)
        group = getattr(f, "group", None) if has else None
        self.fix_all_button.setEnabled(bool(has and f.suggestions and group
                                            and sum(1 for g in self.all_findings if getattr(g, "group", None) == group) > 1))
        self.ignore_button.setEnabled(has)
        if has:
            self.ignore_button.setText(self.tr("Un-ignore") if f.fingerprint in self.ignored else self.tr("Ignore"))
        self.comment_button.setEnabled(has)

    def _context_menu(self, pos) -> None:
        f = self.model.finding(self.view.indexAt(pos))
        if f is None:
            return
        menu = self.suggestion_menu(f) if f.suggestions else QMenu(self)
        menu.addSeparator()
        menu.addAction(self.tr("Go to finding"), lambda: self.jump.emit(f))
        if self.fix_all_button.isEnabled():
            menu.addAction(self.tr("Fix all occurrences"), lambda: self.fix_all.emit(f))
        menu.addAction(self.tr("Un-ignore") if f.fingerprint in self.ignored else self.tr("Ignore"),
                       lambda: self.ignore.emit(f))
        menu.addAction(self.tr("Comment…"), lambda: self.comment.emit(f))
        menu.exec(self.view.viewport().mapToGlobal(pos))
