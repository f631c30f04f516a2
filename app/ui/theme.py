"""Light and dark palettes and the colours of every highlight kind."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class Colours:
    delete_bg: str
    insert_bg: str
    replace_old_bg: str
    replace_new_bg: str
    changed_gutter: str
    critical: str
    major: str
    minor: str
    annotation_bg: str
    annotation_resolved_bg: str
    current_bg: str
    overview_bg: str


LIGHT = Colours(
    delete_bg="#f7c6c6", insert_bg="#c8ecc4", replace_old_bg="#fbe0c4", replace_new_bg="#cfe3fb",
    changed_gutter="#4a90d9", critical="#c0142a", major="#e06c00", minor="#2f7fd0",
    annotation_bg="#fff09a", annotation_resolved_bg="#ece9d8", current_bg="#b9d7ff",
    overview_bg="#f0f0f0",
)
DARK = Colours(
    delete_bg="#6b2b2e", insert_bg="#27532c", replace_old_bg="#5e4420", replace_new_bg="#24466d",
    changed_gutter="#6fa8e8", critical="#ff5c6c", major="#ffa24a", minor="#6fb3ff",
    annotation_bg="#6a5d12", annotation_resolved_bg="#44423a", current_bg="#2e5a8f",
    overview_bg="#2a2a2a",
)

_current = LIGHT


def colours() -> Colours:
    return _current


def severity_colour(severity: str) -> QColor:
    c = colours()
    return QColor({"Critical": c.critical, "Major": c.major}.get(severity, c.minor))


def _dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor("#1e1f22"), QColor("#2b2d30"), QColor("#dfe1e5")
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#26282b"))
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, window)
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor("#3c3f41"))
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.Highlight, QColor("#2f65ca"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8c8f94"))
    p.setColor(QPalette.ColorRole.Link, QColor("#6fb3ff"))
    p.setColor(QPalette.ColorRole.BrightText, QColor("#ff6b6b"))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#77797d"))
    return p


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    return bool(scheme and scheme() == Qt.ColorScheme.Dark)


def apply_theme(app: QApplication, theme: str) -> bool:
    """Set the application palette for 'light', 'dark' or 'system'; returns True when dark."""
    global _current
    dark = theme == "dark" or (theme == "system" and system_is_dark())
    app.setStyle("Fusion")  # the one style whose palette Qt honours on every platform
    app.setPalette(_dark_palette() if dark else app.style().standardPalette())
    _current = DARK if dark else LIGHT
    return dark
