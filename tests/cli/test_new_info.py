"""`galley new` and `galley info`, run as a user would."""
import json
import subprocess
import sys
from pathlib import Path

from app.cli import main
from app.core.annotations import AddAnnotation, ResolveAnnotation
from app.core.operations import SnapshotRevision
from app.store import Project

ROOT = Path(__file__).resolve().parents[2]


def test_new_then_info_json(tmp_path, mt_path, clean_path, capsys):
    target = tmp_path / "lemonde.galley"
    assert main(["new", str(target), str(mt_path), str(clean_path), "--title", "Le Monde",
                 "--reviewer", "Ann Lee", "--source-lang", "fr"]) == 0
    assert "11 paragraphs" in capsys.readouterr().out
    with Project.open(target) as p:
        a = p.apply(AddAnnotation(0, 0, 2, "date format", category="Locale conventions", severity="Minor"))
        p.apply(AddAnnotation(1, 0, 3, "ok"))
        p.apply(ResolveAnnotation(a.id))
        p.apply(SnapshotRevision("first pass"))
    assert main(["info", str(target), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == "Le Monde" and data["reviewer"] == "Ann Lee"
    assert (data["source_language"], data["target_language"]) == ("fr", "en")  # en detected from the MT
    assert data["paragraphs"] == {"original": 11, "working": 11}
    assert data["annotations"] == {"open": 1, "resolved": 1, "detached": 0}
    assert [(r["label"], r["author"]) for r in data["revisions"]] == [("first pass", "Ann Lee")]
    assert data["schema_version"] == 2


def test_info_text_lists_revisions_and_comments(tmp_path, mt_path, capsys):
    target = tmp_path / "p.galley"
    main(["new", str(target), str(mt_path), "--reviewer", "Bo"])
    with Project.open(target) as p:
        p.apply(SnapshotRevision("before edits"))
    capsys.readouterr()
    assert main(["info", str(target)]) == 0
    out = capsys.readouterr().out
    assert "Paragraphs: 11 working, 11 original" in out
    assert "Comments:   0 open, 0 resolved" in out
    assert "before edits  (Bo, " in out and "Schema:     version 2" in out


def test_new_refuses_to_overwrite(tmp_path, mt_path):
    target = tmp_path / "p.galley"
    target.write_text("keep me")
    r = subprocess.run([sys.executable, "-m", "app", "new", str(target), str(mt_path)],
                       capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert r.returncode == 2
    assert r.stderr.strip() == f"galley: error: {target}: a file with this name already exists; Galley will not replace it."
    assert target.read_text() == "keep me" and sorted(p.name for p in tmp_path.iterdir()) == ["p.galley"]


def test_new_with_a_bad_input_makes_no_project(tmp_path, mt_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["new", str(tmp_path / "p.galley"), str(mt_path), str(empty)]) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.txt"]


def test_info_on_a_bad_file_exits_2(tmp_path, capsys):
    bad = tmp_path / "x.galley"
    bad.write_text("hello")
    assert main(["info", str(bad)]) == 2
    assert capsys.readouterr().err.strip() == \
        f"galley: error: {bad}: this is not a Galley project (it is not an SQLite database)."
    assert bad.read_text() == "hello"


def test_info_reports_an_old_files_version_and_leaves_it(tmp_path, capsys):
    import shutil
    from tests.conftest import DATA, snapshot
    old = tmp_path / "old.galley"
    shutil.copy(DATA / "project-v1.galley", old)
    before = snapshot(tmp_path)
    assert main(["info", str(old)]) == 0
    out = capsys.readouterr().out
    assert "Schema:     version 1 (Galley upgrades it to 2 when it opens it for editing)" in out
    assert "Comments:   1 open, 1 resolved" in out and "First pass  (Claire Dubois, 2026-11-20 09:30:00 UTC)" in out
    assert snapshot(tmp_path) == before
