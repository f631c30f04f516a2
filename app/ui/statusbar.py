"""The status bar: open findings by severity, open comments, edit rate, language, reviewer."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStatusBar

from app.ui.i18n import percent
from app.ui.spans import SEVERITIES
from app.ui.theme import severity_colour


def _set(label: QLabel, text: str) -> None:
    # Only when it changes: a new text re-lays out the status bar, on every re-check.
    if label.text() != text:
        label.setText(text)


class ReviewStatusBar(QStatusBar):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.findings = QLabel()
        self.findings.setTextFormat(Qt.TextFormat.RichText)  # our own markup: counts and colours only
        self.comments = QLabel()
        self.edit_rate = QLabel()
        self.language = QLabel()
        self.reviewer = QLabel()
        self.busy = QLabel()
        self.save_problem = QLabel()  # stays until a save succeeds again
        self.save_problem.setStyleSheet("color: #b00020; font-weight: bold")
        for w in (self.save_problem, self.busy, self.findings, self.comments, self.edit_rate, self.language, self.reviewer):
            w.setContentsMargins(6, 0, 6, 0)
            self.addPermanentWidget(w)
        self.counts: dict[str, int] = {}
        # Whole templates, so a language can put the number after the word ("Majeures : 12").
        self.count_formats = {"Critical": self.tr("{0} Critical"), "Major": self.tr("{0} Major"),
                              "Minor": self.tr("{0} Minor")}

    def set_findings(self, counts: dict[str, int]) -> None:
        self.counts = {s: counts.get(s, 0) for s in SEVERITIES}
        parts = [f'<span style="color:{severity_colour(s).name()}">●</span> '
                 + self.count_formats[s].format(self.counts[s]) for s in SEVERITIES]
        _set(self.findings, "&nbsp;&nbsp;".join(parts))
        self.findings.setToolTip(self.tr("Open findings by severity"))

    def set_comments(self, n_open: int) -> None:
        if n_open == 1:
            text = self.tr("{0} comment open")
        elif n_open == 0:  # a language of its own for zero: French says "0 annotation ouverte"
            text = self.tr("{0} comments open", "zero")
        else:
            text = self.tr("{0} comments open")
        _set(self.comments, text.format(n_open))

    def set_edit_rate(self, rate: float | None, base_label: str) -> None:
        _set(self.edit_rate,
             self.tr("Edit rate …") if rate is None else self.tr("Edit rate {0}").format(percent(rate)))
        self.edit_rate.setToolTip(self.tr("Word edits needed to turn the {0} into this text, per word of the base")
                                  .format(base_label))

    def set_language(self, code: str) -> None:
        _set(self.language, self.tr("Language: {0}").format(code or "?"))

    def set_reviewer(self, name: str, initials: str = "") -> None:
        shown = f"{name} ({initials})" if name and initials else name
        _set(self.reviewer,
             self.tr("Reviewer: {0}").format(shown) if shown else self.tr("Reviewer: (set in Preferences)"))

    def set_save_problem(self, message: str) -> None:
        self.save_problem.setText(self.tr("Not saved — retrying") if message else "")
        self.save_problem.setToolTip(message)

    def set_busy(self, busy: bool) -> None:
        _set(self.busy, self.tr("Checking…") if busy else "")
