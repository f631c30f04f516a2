"""GUI fixtures: a main window whose settings and data dir live in tmp paths, never the user's."""
from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication


@pytest.fixture
def isolated(tmp_path, monkeypatch):
    """Point QSettings' default location and the app data dir at tmp paths."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    return tmp_path


@pytest.fixture
def settings_file(isolated):
    return str(isolated / "config" / "galley-test.ini")


@pytest.fixture
def make_window(qtbot, settings_file):
    from app.ui.main_window import MainWindow

    made = []

    def make():
        w = MainWindow(QSettings(settings_file, QSettings.Format.IniFormat))
        qtbot.addWidget(w)
        w.show()
        made.append(w)
        return w

    yield make
    for w in made:
        w.workers.shutdown()


def settle(window, timeout: float = 10.0) -> None:
    """Let pending edits reach the analysis and its results reach the screen."""
    app = QApplication.instance()
    deadline = time.perf_counter() + timeout
    r = window.review
    while time.perf_counter() < deadline:
        app.processEvents()
        if not r.quick_timer.isActive() and window.workers.idle():
            app.processEvents()
            if not r.quick_timer.isActive() and window.workers.idle():
                return
        time.sleep(0.002)
    raise AssertionError("the window did not settle")
