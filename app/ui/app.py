"""Starting the desktop application."""
from __future__ import annotations

import os
import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app import __version__


def make_app() -> QApplication:
    if QApplication.instance() is None:
        # Fractional scale factors (150 %) render crisply instead of being rounded.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Galley")
    app.setOrganizationName("Galley")
    app.setApplicationVersion(__version__)
    if not getattr(app, "galley_translators", None):
        from app.ui.i18n import chosen_language, install_translators
        app.galley_translators = install_translators(app, chosen_language())
    return app


def run_gui(files: list[str]) -> int:
    from app.ui import files as file_ops
    from app.ui.main_window import MainWindow

    app = make_app()
    window = MainWindow()
    window.show()
    file_ops.open_start(window, files)
    quit_after = quit_after_ms()
    if quit_after is not None:
        QTimer.singleShot(quit_after, window.close)
    return app.exec()


def quit_after_ms() -> int | None:
    """GALLEY_QUIT_AFTER_MS=N closes the window N ms after start (packaging/smoke_test.py uses it)."""
    value = os.environ.get("GALLEY_QUIT_AFTER_MS", "").strip()
    return int(value) if value.isdigit() else None
