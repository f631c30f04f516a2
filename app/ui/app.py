"""Starting the desktop application."""
from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from app import __version__
from app.paths import sample_pair


def make_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Galley")
    app.setOrganizationName("Galley")
    app.setApplicationVersion(__version__)
    return app


def run_gui(files: list[str]) -> int:
    from app.ui.main_window import MainWindow

    app = make_app()
    window = MainWindow()
    window.show()
    if files:
        window.open_files(files[0], files[1] if len(files) > 1 else None)
    else:
        window.open_files(*sample_pair())
    return app.exec()
