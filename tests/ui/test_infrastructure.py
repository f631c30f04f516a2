"""Actions, settings, scroll sync and workers: the window's plumbing."""
import threading
import time

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from app.ui.actions import ACTIONS, ActionRegistry, ShortcutsDialog, duplicate_shortcuts
from app.ui.settings import Settings
from app.ui.sync import ScrollSync, paragraph_maps
from app.ui.workers import Workers


def test_no_two_actions_share_a_shortcut():
    assert duplicate_shortcuts() == {}
    assert len({a.id for a in ACTIONS}) == len(ACTIONS)


def test_duplicate_detection_works_on_equivalent_spellings():
    from app.ui.actions import ActionSpec
    specs = (ActionSpec("a", "A", "File", "ctrl+shift+s"), ActionSpec("b", "B", "File", "Ctrl+Shift+S"))
    assert duplicate_shortcuts(specs) == {"Ctrl+Shift+S": ["a", "b"]}


def test_shortcuts_dialog_lists_every_action(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    reg = ActionRegistry(host)
    dlg = ShortcutsDialog(reg, host)
    texts = {dlg.table.item(r, 1).text(): dlg.table.item(r, 2).text() for r in range(dlg.table.rowCount())}
    assert len(texts) == len(ACTIONS)
    assert texts["Next Finding"] == "F8" and texts["Add Comment"].endswith("M")


@pytest.fixture
def settings(tmp_path):
    return Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


def test_settings_are_typed_and_signal_changes(settings, qtbot):
    assert settings.get("view/font_size") == 11.0 and settings.get("checks/disabled") == []
    with qtbot.waitSignal(settings.changed) as sig:
        settings.set("checks/disabled", ["stray-capital"])
    assert sig.args == ["checks/disabled", ["stray-capital"]]
    assert settings.get("checks/disabled") == ["stray-capital"]
    settings.set("view/font_size", 13)
    assert settings.get("view/font_size") == 13.0
    with pytest.raises(KeyError):
        settings.get("view/fontsize")
    with pytest.raises(TypeError):
        settings.set("view/sync_scroll", "yes")
    with pytest.raises(ValueError):
        settings.set("view/theme", "purple")


def test_settings_survive_a_restart(tmp_path):
    path = str(tmp_path / "s.ini")
    s = Settings(QSettings(path, QSettings.Format.IniFormat))
    s.set("reviewer/name", "Ana Ruiz")
    s.set("view/sync_scroll", False)
    s.set("checks/severity", {"repeated-word": "Critical"})
    s.sync()
    t = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert t.get("reviewer/name") == "Ana Ruiz" and t.get("view/sync_scroll") is False
    assert t.get("checks/severity") == {"repeated-word": "Critical"}


def test_paragraph_maps_follow_alignment():
    # left 1 was deleted; right 2 was inserted
    pairs = [(0, 0), (1, None), (2, 1), (None, 2), (3, 3)]
    right_of, left_of = paragraph_maps(pairs, 4, 4)
    assert right_of == [0, 1, 1, 3]
    assert left_of == [0, 2, 3, 3]


def test_either_pane_drives_and_there_is_no_loop(qtbot):
    left, right = QPlainTextEdit(), QPlainTextEdit()
    for ed in (left, right):
        qtbot.addWidget(ed)
        ed.resize(300, 200)
        ed.setPlainText("\n".join(f"paragraph {i}" for i in range(300)))
        ed.show()
    sync = ScrollSync(left, right)
    sync.set_pairs([(i, i + 10) for i in range(290)])  # right has ten extra paragraphs at the top
    calls = []
    right.verticalScrollBar().valueChanged.connect(calls.append)
    left.verticalScrollBar().setValue(50)
    assert right.firstVisibleBlock().blockNumber() == 60
    assert len(calls) == 1
    right.verticalScrollBar().setValue(100)
    assert left.firstVisibleBlock().blockNumber() == 90


def test_workers_drop_stale_and_superseded_results(qtbot):
    w = Workers()
    got = []
    gate = threading.Event()
    w.submit("check", lambda job: gate.wait(5) and "first", got.append)
    w.submit("check", lambda job: "second", got.append)   # supersedes the first
    version = {"v": 1}
    w.submit("diff", lambda job: "old diff", got.append, fresh=lambda: version["v"] == 1)
    version["v"] = 2  # the text changed while the diff ran
    gate.set()
    assert w.wait_idle()
    assert got == ["second"]
    w.shutdown()


def test_workers_show_busy_then_a_cancellable_dialog(qtbot):
    w = Workers()
    got = []
    w.submit("load", lambda job: (time.sleep(0.9), "done")[1], got.append, label="Opening", cancellable=True)
    qtbot.waitUntil(lambda: w.dialog is not None and w.dialog.isVisible(), timeout=3000)
    assert w.dialog.labelText() == "Opening"
    from PySide6.QtWidgets import QPushButton
    w.dialog.findChild(QPushButton).click()
    assert w.wait_idle()
    assert got == []  # cancelled: the result is dropped
    w.shutdown()


def test_worker_errors_reach_the_gui_thread(qtbot):
    w = Workers()
    errors = []
    w.submit("x", lambda job: 1 / 0, lambda r: None, on_error=errors.append)
    assert w.wait_idle()
    assert isinstance(errors[0], ZeroDivisionError)
    w.shutdown()
