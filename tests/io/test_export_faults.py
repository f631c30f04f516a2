"""Exports meet a disk that refuses them: one line and exit 2, nothing under the target's name
(a previous export stays as it was), no temp file left, and the next export succeeds once it can."""
from __future__ import annotations

import errno
import hashlib
import os

import pytest

from app.cli import main
from app.io.atomic import sweep_stale_temps


def _export(capsys, mt_path, out, fmt="redline"):
    rc = main(["export", str(mt_path), "--base", str(mt_path), "-f", fmt, "-o", str(out)])
    return rc, capsys.readouterr().err.strip().splitlines()


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_full_disk_refuses_the_export_and_the_previous_file_stays(disk, capsys, mt_path):
    out = disk.path / "review.docx"
    assert _export(capsys, mt_path, out)[0] == 0
    before = _digest(out)
    disk.fill()
    rc, lines = _export(capsys, mt_path, out, "bilingual")
    assert rc == 2 and len(lines) == 1
    assert str(out) in lines[0] and "disk is full" in lines[0]
    assert _digest(out) == before and disk.files() == ["review.docx"]
    disk.make_room()
    assert _export(capsys, mt_path, out, "bilingual")[0] == 0
    assert _digest(out) != before and disk.files() == ["review.docx"]


def test_a_read_only_disk_refuses_the_export_in_one_line(disk, capsys, mt_path):
    out = disk.path / "review.docx"
    disk.set_read_only(True)
    try:
        rc, lines = _export(capsys, mt_path, out)
    finally:
        disk.set_read_only(False)
    assert rc == 2 and len(lines) == 1 and "permission denied" in lines[0] and str(out) in lines[0]
    assert disk.files() == []


@pytest.mark.parametrize("where, error", [
    ("os.replace", PermissionError(errno.EACCES, "Permission denied")),
    ("os.fsync", OSError(errno.ENOSPC, "No space left on device")),
])
def test_injected_faults_leave_no_temp_file(tmp_path, monkeypatch, capsys, mt_path, where, error):
    out = tmp_path / "review.docx"

    def refuse(*args):
        raise error
    monkeypatch.setattr(f"app.io.atomic.{where}", refuse)
    rc, lines = _export(capsys, mt_path, out)
    assert rc == 2 and len(lines) == 1 and str(out) in lines[0]
    assert "disk is full" in lines[0] or "permission denied" in lines[0]
    assert list(tmp_path.iterdir()) == []


def test_temp_files_of_killed_exports_are_swept_and_live_ones_kept(tmp_path, capsys, mt_path):
    out = tmp_path / "review.docx"
    dead = tmp_path / ".review.docx.999999999.abc.tmp"   # no such process
    live = tmp_path / f".review.docx.{os.getpid()}.def.tmp"  # another export still running
    dead.write_bytes(b"PK half")
    live.write_bytes(b"PK writing")
    assert _export(capsys, mt_path, out)[0] == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [live.name, "review.docx"]
    assert sweep_stale_temps(out) == []
