"""Whatever sequence of operations (and undos) runs, reopening the file gives the same project."""
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from app.core.annotations import AddAnnotation, DeleteAnnotation, ResolveAnnotation
from app.core.document import Document, Paragraph
from app.core.operations import (
    ApplyFix, DeleteParagraph, IgnoreFinding, InsertParagraph, MergeParagraphs, RestoreRevision, SetParagraphText,
    SnapshotRevision, SplitParagraph, UnignoreFinding,
)
from app.store import Project
from app.store import persist

START = Document((Paragraph("Putin now expects expects Xi.", "Heading 1"), Paragraph("Temur 👍🏽 Umarov said so."),
                  Paragraph("Third."), Paragraph("Fourth paragraph here.")))


def _op(project, choice, i, j, word):
    w = project.working
    n = len(w)
    p = i % n
    text = w[p].text
    a = j % (len(text) + 1)
    anns = [x.id for x in project.annotations]
    revs = [r.id for r in project.revisions]
    return [
        lambda: SetParagraphText(p, text[:a] + word + text[a:]),
        lambda: ApplyFix(p, 0, a, word, "fix", fingerprint=f"fp{i % 3}"),
        lambda: InsertParagraph(i % (n + 1), word, "Quote" if j % 2 else None),
        lambda: DeleteParagraph(p) if n > 1 else SplitParagraph(p, a),
        lambda: SplitParagraph(p, a),
        lambda: MergeParagraphs(min(p, n - 2)) if n > 1 else InsertParagraph(0, word),
        lambda: AddAnnotation(p, 0, a, word),
        lambda: ResolveAnnotation(anns[i % len(anns)]) if anns else AddAnnotation(p, 0, a),
        lambda: DeleteAnnotation(anns[i % len(anns)]) if anns else AddAnnotation(p, 0, a),
        lambda: SnapshotRevision(f"r{i}"),
        lambda: RestoreRevision(revs[i % len(revs)]) if revs else SnapshotRevision("first"),
        lambda: IgnoreFinding(f"fp{i % 3}"),
        lambda: UnignoreFinding(f"fp{i % 3}"),
    ][choice % 13]()


def _view(project):
    return (project.info, project.working, project.original, project.annotations, project.decisions,
            project.revisions, [project.revision_document(r.id) for r in project.revisions], project.settings)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.integers(0, 12), st.integers(0, 40), st.integers(0, 40),
                                st.sampled_from(["", "a ", "é", "👍🏽", "word"]), st.booleans()), max_size=20))
def test_reopened_project_equals_the_one_in_memory(tmp_path_factory, steps):
    path = tmp_path_factory.mktemp("rt") / "p.galley"
    with Project.create(path, START, reviewer="R") as project:
        applied = []
        for choice, i, j, word, undo in steps:
            applied.append(project.apply(_op(project, choice, i, j, word)))
            if undo and applied:
                project.revert(applied.pop())
        expected = _view(project)
    with Project.open(path) as again:
        assert _view(again) == expected
        assert again.notices == []  # every anchor was saved where it belongs


def test_a_failed_write_keeps_the_work_in_memory_and_the_next_save_writes_it(tmp_path, monkeypatch):
    import errno
    import sqlite3

    with Project.create(tmp_path / "p.galley", START) as project:
        def disk_full(*args):
            raise OSError(errno.ENOSPC, "No space left on device")
        monkeypatch.setattr("app.store.project.write_changes", disk_full)
        project.apply(SetParagraphText(0, "changed"))
        assert project.working[0].text == "changed" and project.unsaved
        assert "disk is full" in project.save_error
        on_disk = sqlite3.connect(tmp_path / "p.galley").execute("SELECT text FROM working WHERE pos = 0").fetchone()
        assert on_disk == (START[0].text,)  # the file keeps its last saved state
        monkeypatch.setattr("app.store.project.write_changes", persist.write_changes)
        project.apply(SetParagraphText(1, "also"))
        assert not project.unsaved and project.save_error is None
    with Project.open(tmp_path / "p.galley") as again:
        assert list(again.working.texts[:2]) == ["changed", "also"]


def test_a_record_the_schema_refuses_is_not_kept(tmp_path, monkeypatch):
    import sqlite3

    with Project.create(tmp_path / "p.galley", START) as project:
        before = _view(project)

        def bug(*args):
            raise sqlite3.IntegrityError("CHECK constraint failed")
        monkeypatch.setattr("app.store.project.write_changes", bug)
        with pytest.raises(sqlite3.IntegrityError):
            project.apply(SetParagraphText(0, "changed"))
        assert _view(project) == before and not project.unsaved
        monkeypatch.setattr("app.store.project.write_changes", persist.write_changes)
