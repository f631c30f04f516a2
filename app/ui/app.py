"""Starting the desktop application."""
from __future__ import annotations

import sys

from PySide6.QtCore import Qt
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
    return app


def run_gui(files: list[str]) -> int:
    from app.ui import files as file_ops
    from app.ui.main_window import MainWindow

    app = make_app()
    window = MainWindow()
    window.show()
    file_ops.open_start(window, files)
    return app.exec()
