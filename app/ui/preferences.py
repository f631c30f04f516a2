"""The Preferences dialog: reviewer, checks and their severities, font, theme."""
from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFontComboBox,
                               QFormLayout, QHeaderView, QLineEdit, QTableWidget, QTabWidget, QVBoxLayout,
                               QWidget)

from app.ui.settings import Settings
from app.ui.spans import SEVERITIES


class PreferencesDialog(QDialog):
    """Edits a Settings object on OK. `checks` is [(id, category, default severity, description)]."""

    def __init__(self, settings: Settings, checks: list[tuple[str, str, str, str]], parent=None):
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.settings = settings
        self.checks = checks
        tabs = QTabWidget()

        reviewer = QWidget()
        form = QFormLayout(reviewer)
        self.name = QLineEdit(settings.get("reviewer/name"))
        self.name.setPlaceholderText("Recorded on your comments and revisions")
        self.initials = QLineEdit(settings.get("reviewer/initials"))
        self.initials.setMaxLength(6)
        form.addRow("Name", self.name)
        form.addRow("Initials", self.initials)
        tabs.addTab(reviewer, "Reviewer")

        disabled = set(settings.get("checks/disabled"))
        chosen = settings.get("checks/severity")
        self.table = QTableWidget(len(checks), 3)
        self.table.setHorizontalHeaderLabels(["Check", "Category", "Severity"])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.enabled_boxes: dict[str, QCheckBox] = {}
        self.severity_boxes: dict[str, QComboBox] = {}
        for r, (cid, category, default, description) in enumerate(checks):
            box = QCheckBox(cid)
            box.setChecked(cid not in disabled)
            box.setToolTip(description)
            combo = QComboBox()
            combo.addItems(list(SEVERITIES))
            combo.setCurrentText(chosen.get(cid, default))
            self.table.setCellWidget(r, 0, box)
            from PySide6.QtWidgets import QTableWidgetItem
            self.table.setItem(r, 1, QTableWidgetItem(category))
            self.table.setCellWidget(r, 2, combo)
            self.enabled_boxes[cid], self.severity_boxes[cid] = box, combo
        self.defaults = {cid: default for cid, _c, default, _d in checks}
        tabs.addTab(self.table, "Checks")

        look = QWidget()
        form = QFormLayout(look)
        self.font_family = QFontComboBox()
        family = settings.get("view/font_family")
        if family:
            self.font_family.setCurrentFont(QFont(family))
        self.font_size = QDoubleSpinBox()
        self.font_size.setRange(6, 48)
        self.font_size.setSingleStep(0.5)
        self.font_size.setValue(settings.get("view/font_size"))
        self.theme = QComboBox()
        self.theme.addItems(["system", "light", "dark"])
        self.theme.setCurrentText(settings.get("view/theme"))
        form.addRow("Font", self.font_family)
        form.addRow("Size", self.font_size)
        form.addRow("Theme", self.theme)
        tabs.addTab(look, "Appearance")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.resize(520, 460)

    def accept(self) -> None:
        s = self.settings
        s.set("reviewer/name", self.name.text().strip())
        s.set("reviewer/initials", self.initials.text().strip())
        s.set("checks/disabled", sorted(c for c, box in self.enabled_boxes.items() if not box.isChecked()))
        s.set("checks/severity", {c: box.currentText() for c, box in self.severity_boxes.items()
                                  if box.currentText() != self.defaults[c]})
        s.set("view/font_family", self.font_family.currentFont().family())
        s.set("view/font_size", float(self.font_size.value()))
        s.set("view/theme", self.theme.currentText())
        super().accept()
