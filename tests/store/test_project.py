"""A project file: create, edit, reopen; every change on disk when apply returns; one writer."""
import os
import sqlite3
import subprocess
import sys

import pytest

from app.core.annotations import AddAnnotation, ResolveAnnotation
from app.core.document import Document, Paragraph
from app.core.operations import (
    ApplyFix, DeleteParagraph, IgnoreFinding, InsertParagraph, ReplaceText, RestoreRevision, SnapshotRevision,
    SplitParagraph,
)
from app.io import load_document
from app.store import Project, ProjectExistsError, ReadOnlyProjectError
from tests.conftest import snapshot


def _rows(path, sql):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_new_project_from_mt_alone_starts_with_a_copy(tmp_path, mt_path):
    mt = load_document(mt_path)
    with Project.create(tmp_path / "p.galley", mt) as p:
        assert p.working.texts == p.original.texts == mt.texts
        assert p.info.title == "lemonde-mt"
    assert os.listdir(tmp_path) == ["p.galley"]


def test_new_project_refuses_to_replace_a_file(tmp_path, mt_path):
    target = tmp_path / "p.galley"
    target.write_text("precious")
    with pytest.raises(ProjectExistsError, match="already exists"):
        Project.create(target, load_document(mt_path))
    assert target.read_text() == "precious" and os.listdir(tmp_path) == ["p.galley"]


def test_everything_is_on_disk_as_soon_as_apply_returns(project, clean_path):
    project.apply(ApplyFix(0, 0, 2, "Sixteen", "number style", fingerprint="fp-1"))
    add = project.apply(AddAnnotation(1, 4, 9, "check the name", category="Accuracy", severity="Major"))
    project.apply(ResolveAnnotation(add.id))
    project.apply(SnapshotRevision("after first pass"))
    project.apply(IgnoreFinding("fp-2", note="quote from source"))
    project.apply(InsertParagraph(2, "A new heading", "Heading 2"))
    project.set_setting("checks.disabled", ["double space"])
    # Another reader sees it all without the first project closing.
    with Project.open(project.path) as other:
        assert other.read_only
        assert other.working[0].text.startswith("Sixteen September 2022")
        assert other.working[2] == Paragraph("A new heading", "Heading 2")
        assert [(a.body, a.status, a.author) for a in other.annotations] == [("check the name", "resolved", "Ann Lee")]
        assert [r.label for r in other.revisions] == ["after first pass"]
        assert {k: d.status for k, d in other.decisions.items()} == {"fp-1": "accepted", "fp-2": "ignored"}
        assert other.setting("checks.disabled") == ["double space"]
        assert other.original == project.original


def test_a_one_word_edit_writes_one_row(project):
    conn = project._conn
    before = conn.total_changes
    project.apply(ReplaceText(3, 0, 3, "An"))
    assert conn.total_changes - before == 1


def test_inserting_and_deleting_paragraphs_keeps_rows_in_order(project):
    texts = project.working.texts
    project.apply(InsertParagraph(0, "First!"))
    project.apply(SplitParagraph(5, 10))
    project.apply(DeleteParagraph(8))
    expected = project.working.texts
    assert expected != texts
    rows = _rows(project.path, "SELECT pos, text FROM working ORDER BY pos")
    assert [r[0] for r in rows] == list(range(len(expected)))
    assert [r[1] for r in rows] == expected


def test_undo_is_saved_too(project):
    text = project.working[0].text
    op = project.apply(ReplaceText(0, 0, 2, "XX"))
    project.revert(op)
    assert _rows(project.path, "SELECT text FROM working WHERE pos = 0") == [(text,)]


def test_restore_revision_round_trips_through_the_file(project):
    first = project.apply(SnapshotRevision("first")).id
    project.apply(ReplaceText(0, 0, 2, "XX"))
    project.apply(RestoreRevision(first))
    path = project.path
    project.close()
    with Project.open(path) as again:
        assert [r.label for r in again.revisions] == ["first", "Before restoring “first”"]
        assert again.working == again.revision_document(first)
        assert again.revision_document(again.revisions[1].id)[0].text.startswith("XX")


def test_revisions_store_each_distinct_paragraph_once(project):
    for i in range(5):
        project.apply(SnapshotRevision(f"r{i}"))
    project.apply(ReplaceText(0, 0, 2, "XX"))
    project.apply(SnapshotRevision("changed"))
    distinct = {p.text for p in project.original} | {p.text for p in project.working} | \
        {p.text for p in project.revision_document(2)}
    assert _rows(project.path, "SELECT count(*) FROM paragraph_text") == [(len(distinct),)]


def test_the_original_cannot_be_changed_even_from_sql(project):
    conn = sqlite3.connect(project.path)
    with pytest.raises(sqlite3.IntegrityError, match="immutable"):
        conn.execute("UPDATE revision_paragraph SET digest = 'x' WHERE revision_id = 1")
    with pytest.raises(sqlite3.IntegrityError, match="immutable"):
        conn.execute("DELETE FROM revision WHERE kind = 'original'")
    conn.close()


def test_comments_refound_when_the_text_was_changed_outside_galley(project):
    quote = "Xi Jinping"
    para = project.working[0].text
    start = para.index(quote)
    add = project.apply(AddAnnotation(0, start, start + len(quote), "name"))
    gone = project.apply(AddAnnotation(0, 0, 12, "date"))
    path = project.path
    project.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE working SET text = ? WHERE pos = 0", ("Yesterday, " + para[12:].replace(quote, "Xi  Jinping"),))
    conn.commit()
    conn.close()
    with Project.open(path) as p:
        moved = {a.id: a for a in p.annotations}
        assert not moved[add.id].detached
        assert p.working[0].text[moved[add.id].start:moved[add.id].end] == "Xi  Jinping"
        assert moved[gone.id].detached and moved[gone.id].quote == para[:12]
        assert len(p.notices) == 2
    # The re-anchoring was saved: a read-only look agrees.
    rows = _rows(path, "SELECT id, detached FROM annotation ORDER BY id")
    assert rows == [(add.id, 0), (gone.id, 1)]


def test_read_only_file_opens_read_only_and_refuses_edits(project):
    path = project.path
    project.close()
    before = snapshot(path.parent)
    os.chmod(path, 0o444)
    try:
        with Project.open(path) as p:
            assert p.read_only and "read-only" in p.read_only_reason
            with pytest.raises(ReadOnlyProjectError, match="cannot edit text"):
                p.apply(ReplaceText(0, 0, 1, "x"))
            assert p.working[0].text == load_document(path)[0].text
    finally:
        os.chmod(path, 0o644)
    assert snapshot(path.parent) == before


SECOND = """
import sys
from app.store import Project
p = Project.open(sys.argv[1])
print(p.read_only_reason)
"""


def test_a_second_galley_process_opens_read_only_and_says_why(project):
    r = subprocess.run([sys.executable, "-c", SECOND, str(project.path)], capture_output=True, text=True,
                       timeout=60, cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))))
    assert r.returncode == 0, r.stderr
    assert "another Galley has it open for editing" in r.stdout and f"process {os.getpid()}" in r.stdout


def test_the_lock_goes_with_the_process(project, tmp_path):
    path = project.path
    project.close()
    code = "import sys, os\nfrom app.store import Project\np = Project.open(sys.argv[1])\nos._exit(0)"
    root = os.path.dirname(os.path.dirname(os.path.dirname(__file__)))
    subprocess.run([sys.executable, "-c", code, str(path)], check=True, timeout=60, cwd=root)
    with Project.open(path) as p:  # the dead process left its editor row but no lock
        assert not p.read_only


def test_save_as_makes_an_editable_copy_and_continues_there(project, tmp_path):
    other = Project.open(project.path)  # read-only: the first one holds the lock
    target = tmp_path / "copy.galley"
    other.save_as(target)
    assert other.path == target and not other.read_only
    other.apply(ReplaceText(0, 0, 2, "XX"))
    other.close()
    assert load_document(target)[0].text.startswith("XX")
    assert not load_document(project.path)[0].text.startswith("XX")
    assert sorted(os.listdir(tmp_path)) == ["copy.galley", "lemonde.galley"]


def test_load_document_reads_a_projects_working_text(project):
    project.apply(ReplaceText(0, 0, 2, "XX"))
    before = snapshot(project.path.parent)
    doc = load_document(project.path)
    assert doc.texts == project.working.texts and doc.source == str(project.path)
    assert snapshot(project.path.parent) == before


def test_styles_from_a_docx_survive(tmp_path):
    doc = Document((Paragraph("Title", "Heading 1"), Paragraph("Body text.", None)))
    with Project.create(tmp_path / "s.galley", doc) as p:
        path = p.path
    with Project.open(path) as p:
        assert p.original == doc and p.working == doc
        assert p.working[0].style == "Heading 1"


HALF_WRITTEN = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 1")  # spill pages into the file mid-transaction
conn.execute("BEGIN")
conn.execute("UPDATE working SET text = 'HALF WRITTEN ' || text")
conn.execute("UPDATE working SET text = text || ' MORE'")
os.kill(os.getpid(), 9)
"""


def test_a_crashed_half_written_transaction_never_shows(project, tmp_path):
    path = project.path
    texts = project.working.texts
    project.close()
    subprocess.run([sys.executable, "-c", HALF_WRITTEN, str(path)], timeout=60)
    assert (tmp_path / "lemonde.galley-journal").exists()
    assert load_document(path).texts == texts  # the reader finished the rollback first
    assert not (tmp_path / "lemonde.galley-journal").exists()
    with Project.open(path) as p:
        assert p.working.texts == texts


def test_creating_in_a_missing_folder_says_so(tmp_path, mt_path):
    from app.store import ProjectFileError
    with pytest.raises(ProjectFileError, match="does not exist"):
        Project.create(tmp_path / "nope" / "p.galley", load_document(mt_path))
