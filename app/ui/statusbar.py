"""The status bar: open findings by severity, open comments, edit rate, language, reviewer."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStatusBar

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

    def set_findings(self, counts: dict[str, int]) -> None:
        self.counts = {s: counts.get(s, 0) for s in SEVERITIES}
        parts = [f'<span style="color:{severity_colour(s).name()}">●</span> {self.counts[s]} {s}'
                 for s in SEVERITIES]
        _set(self.findings, "&nbsp;&nbsp;".join(parts))
        self.findings.setToolTip("Open findings by severity")

    def set_comments(self, n_open: int) -> None:
        _set(self.comments, f"{n_open} comment{'s' if n_open != 1 else ''} open")

    def set_edit_rate(self, rate: float | None, base_label: str) -> None:
        _set(self.edit_rate, "Edit rate …" if rate is None else f"Edit rate {rate:.1%}")
        self.edit_rate.setToolTip(f"Word edits needed to turn the {base_label} into this text, "
                                  "per word of the base")

    def set_language(self, code: str) -> None:
        _set(self.language, f"Language: {code or '?'}")

    def set_reviewer(self, name: str, initials: str = "") -> None:
        shown = f"{name} ({initials})" if name and initials else name
        _set(self.reviewer, f"Reviewer: {shown}" if shown else "Reviewer: (set in Preferences)")

    def set_save_problem(self, message: str) -> None:
        self.save_problem.setText("Not saved — retrying" if message else "")
        self.save_problem.setToolTip(message)

    def set_busy(self, busy: bool) -> None:
        _set(self.busy, "Checking…" if busy else "")
