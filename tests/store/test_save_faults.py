"""A disk that refuses writes (full, read-only, permission denied): the work is kept in memory,
the user is told, the file keeps its last saved state, and the next save succeeds once it can."""
from __future__ import annotations

import errno
import sqlite3

import pytest

from app.core.annotations import AddAnnotation
from app.core.document import Document
from app.core.operations import SetParagraphText
from app.store import Project, ProjectSaveError

TEXT = "Putin expects Xi Jinping to support Xi.\nSecond paragraph.\nThird one."


def _on_disk(path) -> tuple[str, ...]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return list(t for (t,) in con.execute("SELECT text FROM working ORDER BY pos"))
    finally:
        con.close()


def test_a_full_disk_keeps_the_work_and_the_next_save_succeeds_once_there_is_room(disk):
    path = disk.path / "p.galley"
    project = Project.create(path, Document.from_text(TEXT))
    big = "Lemaître " * 40_000  # 360 KB: more than a full disk can take
    disk.fill()
    project.apply(SetParagraphText(0, big))
    comment = project.apply(AddAnnotation(1, 0, 6, "kept too"))
    assert project.unsaved and "disk is full" in project.save_error
    assert project.working[0].text == big and comment.id in {a.id for a in project.annotations}
    assert _on_disk(path) == list(TEXT.split("\n"))  # the previous file, intact
    with pytest.raises(ProjectSaveError, match="disk is full"):
        project.save()
    disk.make_room()
    project.save()
    assert not project.unsaved and project.save_error is None
    project.close()
    assert disk.files() == ["p.galley"]  # no journal or temp file left
    with Project.open(path) as again:
        assert again.working[0].text == big and [a.body for a in again.annotations] == ["kept too"]


def test_a_project_on_a_read_only_disk_opens_read_only_and_says_why(disk):
    path = disk.path / "p.galley"
    Project.create(path, Document.from_text(TEXT)).close()
    disk.set_read_only(True)
    try:
        with Project.open(path) as project:  # as root, only the file system itself refuses
            assert project.read_only and "read-only" in project.read_only_reason
            assert project.working.texts == list(TEXT.split("\n"))
    finally:
        disk.set_read_only(False)


@pytest.mark.parametrize("error, words", [
    (OSError(errno.ENOSPC, "No space left on device"), "disk is full"),
    (sqlite3.OperationalError("database or disk is full"), "disk is full"),
    (PermissionError(errno.EACCES, "Permission denied"), "cannot be written"),
    (sqlite3.OperationalError("attempt to write a readonly database"), "cannot be written"),
])
def test_injected_write_failures_keep_the_work(tmp_path, monkeypatch, error, words):
    from app.store import persist

    path = tmp_path / "p.galley"
    project = Project.create(path, Document.from_text(TEXT))

    def refuse(*args):
        raise error
    monkeypatch.setattr("app.store.project.write_changes", refuse)
    project.apply(SetParagraphText(0, "one"))
    project.apply(SetParagraphText(0, "two"))
    assert project.working[0].text == "two" and words in project.save_error and str(path) in project.save_error
    with pytest.raises(ProjectSaveError):
        project.close()  # refuses to close with work the file does not hold
    assert _on_disk(path)[0] == TEXT.split("\n")[0]
    monkeypatch.setattr("app.store.project.write_changes", persist.write_changes)
    project.close()
    assert _on_disk(path)[0] == "two"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.galley"]


def test_save_as_rescues_work_the_full_disk_refused(tmp_path, monkeypatch):
    from app.store import persist

    path, rescue = tmp_path / "p.galley", tmp_path / "elsewhere.galley"
    project = Project.create(path, Document.from_text(TEXT))
    monkeypatch.setattr("app.store.project.write_changes",
                        lambda *a: (_ for _ in ()).throw(OSError(errno.ENOSPC, "No space left on device")))
    project.apply(SetParagraphText(2, "Rescued."))
    monkeypatch.setattr("app.store.project.write_changes", persist.write_changes)
    project.save_as(rescue)
    assert not project.unsaved and project.path == rescue
    project.close()
    assert _on_disk(rescue)[2] == "Rescued."
    assert _on_disk(path)[2] == "Third one."  # the old file keeps its last saved state


def test_the_os_refusing_to_open_the_file_for_writing_gives_a_read_only_project(tmp_path, monkeypatch):
    path = tmp_path / "p.galley"
    Project.create(path, Document.from_text(TEXT)).close()

    def refused(self):
        raise PermissionError(errno.EACCES, "Permission denied", str(self.path))
    monkeypatch.setattr("app.store.project.ProjectLock.acquire", refused)
    with Project.open(path) as project:
        assert project.read_only and "permission denied" in project.read_only_reason
        assert project.working.texts == list(TEXT.split("\n"))


def test_a_first_write_refused_on_open_gives_a_read_only_project(tmp_path, monkeypatch):
    path = tmp_path / "p.galley"
    Project.create(path, Document.from_text(TEXT)).close()

    def refused(conn):
        raise sqlite3.OperationalError("attempt to write a readonly database")
    monkeypatch.setattr("app.store.project._claim", refused)
    with Project.open(path) as project:
        assert project.read_only and "cannot be written" in project.read_only_reason
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.galley"]
