"""The Preferences dialog: reviewer, checks and their severities, font, theme."""
from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFontComboBox,
                               QFormLayout, QHeaderView, QLineEdit, QTableWidget, QTabWidget, QVBoxLayout,
                               QWidget)

from app.ui.i18n import category_label, severity_label
from app.ui.settings import Settings
from app.ui.spans import SEVERITIES


class PreferencesDialog(QDialog):
    """Edits a Settings object on OK. `checks` is [(id, category, default severity, description)]."""

    def __init__(self, settings: Settings, checks: list[tuple[str, str, str, str]], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
        self.checks = checks
        tabs = QTabWidget()

        reviewer = QWidget()
        form = QFormLayout(reviewer)
        self.name = QLineEdit(settings.get("reviewer/name"))
        self.name.setPlaceholderText(self.tr("Recorded on your comments and revisions"))
        self.initials = QLineEdit(settings.get("reviewer/initials"))
        self.initials.setMaxLength(6)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Initials"), self.initials)
        tabs.addTab(reviewer, self.tr("Reviewer"))

        disabled = set(settings.get("checks/disabled"))
        chosen = settings.get("checks/severity")
        self.table = QTableWidget(len(checks), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Check"), self.tr("Category"), self.tr("Severity")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.enabled_boxes: dict[str, QCheckBox] = {}
        self.severity_boxes: dict[str, QComboBox] = {}
        for r, (cid, category, default, description) in enumerate(checks):
            box = QCheckBox(cid)
            box.setChecked(cid not in disabled)
            box.setToolTip(description)
            combo = QComboBox()
            for sev in SEVERITIES:
                combo.addItem(severity_label(sev), sev)
            combo.setCurrentIndex(max(0, combo.findData(chosen.get(cid, default))))
            self.table.setCellWidget(r, 0, box)
            from PySide6.QtWidgets import QTableWidgetItem
            self.table.setItem(r, 1, QTableWidgetItem(category_label(category)))
            self.table.setCellWidget(r, 2, combo)
            self.enabled_boxes[cid], self.severity_boxes[cid] = box, combo
        self.defaults = {cid: default for cid, _c, default, _d in checks}
        tabs.addTab(self.table, self.tr("Checks"))

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
        for code, name in (("system", self.tr("System")), ("light", self.tr("Light")), ("dark", self.tr("Dark"))):
            self.theme.addItem(name, code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.get("view/theme"))))
        form.addRow(self.tr("Font"), self.font_family)
        form.addRow(self.tr("Size"), self.font_size)
        form.addRow(self.tr("Theme"), self.theme)
        self.language = QComboBox()
        for code, name in (("system", self.tr("System language")), ("en", "English"), ("fr", "Français")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get("view/language"))))
        self.language.setToolTip(self.tr("Applies the next time Galley starts"))
        form.addRow(self.tr("Language"), self.language)
        tabs.addTab(look, self.tr("Appearance"))

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
        s.set("checks/severity", {c: box.currentData() for c, box in self.severity_boxes.items()
                                  if box.currentData() != self.defaults[c]})
        s.set("view/font_family", self.font_family.currentFont().family())
        s.set("view/font_size", float(self.font_size.value()))
        s.set("view/theme", self.theme.currentData())
        s.set("view/language", self.language.currentData())
        super().accept()
