"""`galley check` and `galley fix` as a user runs them."""
import json
import shutil
import subprocess
import sys

import pytest

from app.cli import main
from tests.conftest import SAMPLES, snapshot

CMD = [sys.executable, "-m", "app"]


def test_check_prints_compiler_style_lines_and_exits_1(capsys, mt_path):
    assert main(["check", str(mt_path)]) == 1
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert f"{mt_path}:2:192: Major: “Lemaître” is repeated. [repeated-word]" in lines
    assert any(line.startswith(f"{mt_path}:4:332: Minor: ") and line.endswith("[apostrophe]") for line in lines)
    assert len(lines) == 18
    assert "English (en)" in err


def test_clean_file_exits_0(capsys, clean_path):
    assert main(["check", str(clean_path)]) == 0
    assert capsys.readouterr().out == ""


def test_json_has_exactly_the_public_keys(capsys, mt_path):
    assert main(["check", "--format", "json", str(mt_path)]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["file"] == str(mt_path) and data["language"] == "en"
    first = data["findings"][0]
    assert list(first) == ["check", "category", "severity", "paragraph", "start", "end", "text", "message",
                           "suggestions"]
    assert first["check"] == "fused-metadata" and first["paragraph"] == 0
    text = mt_path.read_text(encoding="utf-8").split("\n\n")[0]
    assert text[first["start"]:first["end"]] == first["text"] == "date 2022-09-16"


def test_json_several_files_one_object_per_line(capsys, mt_path, clean_path, samples):
    assert main(["check", "--format", "json", str(clean_path), str(samples / "lemonde-mt.docx")]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    clean, docx = (json.loads(line) for line in lines)
    assert clean["findings"] == [] and len(docx["findings"]) == 18


def test_checks_and_min_severity_filter(capsys, mt_path):
    assert main(["check", "--checks", "apostrophe,repeated-word", str(mt_path)]) == 1
    out = capsys.readouterr().out
    assert out.count("[apostrophe]") == 2 and out.count("[repeated-word]") == 1 and len(out.splitlines()) == 3
    assert main(["check", "--min-severity", "major", "--checks", "apostrophe", str(mt_path)]) == 0


def test_unknown_check_is_an_error(capsys, mt_path):
    assert main(["check", "--checks", "spelling", str(mt_path)]) == 2
    assert "unknown check spelling" in capsys.readouterr().err


def test_unreadable_file_exits_2_but_others_are_still_checked(capsys, tmp_path, clean_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["check", str(empty), str(clean_path)]) == 2
    err = capsys.readouterr().err
    assert f"galley: error: {empty}: the file is empty." in err and "lemonde-clean.txt: English" in err


def test_help_documents_json_lines(capsys):
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    out = capsys.readouterr().out
    assert "one JSON object per FILE" in out and "FILE:PARA:COL" in out


def test_fix_writes_a_draft_and_never_touches_the_input(tmp_path, mt_path):
    src = tmp_path / "mt.txt"
    shutil.copy(mt_path, src)
    before = src.read_bytes()
    r = subprocess.run(CMD + ["fix", str(src)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert src.read_bytes() == before
    out = tmp_path / "mt.fixed.txt"
    assert f"{src}:2:192: “Lemaître Lemaître” → “Lemaître” [repeated-word]" in r.stdout.splitlines()
    text = out.read_text(encoding="utf-8")
    assert "China’s Global Times" in text and "Lemaître Lemaître" not in text
    assert len([p for p in text.split("\n") if p.strip()]) == 11
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mt.fixed.txt", "mt.txt"]  # no temp file left


def test_fix_refuses_to_overwrite_its_input(tmp_path, mt_path, capsys):
    src = tmp_path / "mt.txt"
    shutil.copy(mt_path, src)
    snap = snapshot(tmp_path)
    assert main(["fix", str(src), "-o", str(tmp_path / "." / "mt.txt")]) == 2
    assert "never overwrites its input" in capsys.readouterr().err
    assert snapshot(tmp_path) == snap


def test_fix_reads_docx_and_writes_text(tmp_path, samples, capsys):
    out = tmp_path / "draft.txt"
    assert main(["fix", str(samples / "lemonde-mt.docx"), "-o", str(out)]) == 0
    assert "China’s No. 3" in out.read_text(encoding="utf-8")
    assert main(["fix", str(samples / "lemonde-mt.docx"), "-o", str(tmp_path / "draft.docx")]) == 2


def test_fix_on_a_full_disk_says_so_and_leaves_nothing(tmp_path, mt_path, monkeypatch, capsys):
    import errno

    from app.cli import main

    src = tmp_path / "mt.txt"
    src.write_bytes(mt_path.read_bytes())

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("app.io.atomic.os.fsync", full)
    assert main(["fix", str(src)]) == 2
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert "mt.fixed.txt" in err and "the disk is full" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mt.txt"]
    assert src.read_bytes() == mt_path.read_bytes()
