"""The window when the disk refuses to save: the user is told, the work stays on screen and in
memory, Galley keeps retrying and saves it once there is room; an export that cannot be written
says so and leaves nothing under its name."""
from __future__ import annotations

import errno
import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from app.core.document import Document
from app.store import Project
from app.ui import exports, files
from tests.ui.conftest import settle

TEXT = "Putin expects Xi Jinping to support Xi.\nSecond paragraph.\nThird one."


def _first_on_disk(path) -> str:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("SELECT text FROM working WHERE pos = 0").fetchone()[0]
    finally:
        con.close()


def _open(make_window, path):
    Project.create(path, Document.from_text(TEXT)).close()
    w = make_window()
    assert files.open_project(w, path)
    settle(w)
    w.review.save_retry.setInterval(50)  # the real window retries every few seconds
    return w


def _type(w, text: str) -> None:
    w.right.editor.setTextCursor(w.right.cursor_for(0, 0))
    QTest.keyClicks(w.right.editor, text)


def test_autosave_on_a_full_disk_tells_the_user_keeps_the_work_and_saves_it_later(make_window, disk, qtbot):
    path = disk.path / "p.galley"
    w = _open(make_window, path)
    disk.fill()
    _type(w, "Paris, ")
    qtbot.waitUntil(lambda: w.status.save_problem.text() != "", timeout=3000)
    assert "disk is full" in w.status.save_problem.toolTip()
    assert w.last_message.icon() == QMessageBox.Icon.Warning and "disk is full" in w.last_message.text()
    assert w.review.session.working[0].text.startswith("Paris, ") and w.right.text().startswith("Paris, ")
    assert _first_on_disk(path) == TEXT.split("\n")[0]  # the previous file, intact
    w.close()  # refused: closing would drop work the file does not hold
    assert w.isVisible() and "disk is full" in w.last_message.text()
    disk.make_room()
    qtbot.waitUntil(lambda: w.status.save_problem.text() == "", timeout=3000)
    assert _first_on_disk(path).startswith("Paris, ")
    w.close()
    assert not w.isVisible() and disk.files() == ["p.galley"]


def test_a_refused_write_in_the_window_keeps_every_operation_and_its_undo(make_window, tmp_path, monkeypatch,
                                                                          qtbot):
    from app.store import persist

    path = tmp_path / "p.galley"
    w = _open(make_window, path)
    monkeypatch.setattr("app.store.project.write_changes",
                        lambda *a: (_ for _ in ()).throw(PermissionError(errno.EACCES, "Permission denied")))
    w.right.editor.setTextCursor(w.right.cursor_for(1, 0, 6))
    w.ask_comment = lambda quote, *a: ("kept while the disk refuses", "Style", "Minor")
    QTest.keyClick(w.right.editor, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: w.status.save_problem.text() != "", timeout=3000)
    assert "cannot be written" in w.status.save_problem.toolTip()
    assert [a.body for a in w.review.annotations()] == ["kept while the disk refuses"]
    assert w.actions["undo"].isEnabled() and "Add comment" in w.actions["undo"].text()
    monkeypatch.setattr("app.store.project.write_changes", persist.write_changes)
    qtbot.waitUntil(lambda: w.status.save_problem.text() == "", timeout=3000)
    with Project.open(path, read_only=True) as again:
        assert [a.body for a in again.annotations] == ["kept while the disk refuses"]


def test_an_export_on_a_full_disk_says_so_and_writes_nothing(make_window, disk, tmp_path, qtbot):
    w = _open(make_window, tmp_path / "p.galley")
    target = disk.path / "review.docx"
    disk.fill()
    exports.export_to(w, "redline", target)
    qtbot.waitUntil(lambda: w.last_message is not None and "review.docx" in w.last_message.text(), timeout=5000)
    assert w.last_message.icon() == QMessageBox.Icon.Critical and "disk is full" in w.last_message.text()
    assert disk.files() == []
    disk.make_room()
    exports.export_to(w, "redline", target)
    qtbot.waitUntil(lambda: getattr(w, "last_export", None) == target, timeout=5000)
    assert disk.files() == ["review.docx"]
