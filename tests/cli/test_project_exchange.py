"""A project's round trip with an editor: export, Word-style edits and comments, import-review."""
from __future__ import annotations

import pytest

from app.cli import main
from app.core.annotations import AddAnnotation
from app.core.operations import SetParagraphText, SnapshotRevision
from app.io import load_document
from app.io.docx.review import read_review
from app.store import Project
from tests.conftest import snapshot
from tests.io.word_edit import replace_word_as_editor


@pytest.fixture
def project_path(tmp_path, mt_path, clean_path):
    path = tmp_path / "lemonde.galley"
    with Project.create(path, load_document(mt_path), load_document(clean_path), title="Le Monde",
                        reviewer="Ann Lee") as p:
        w = p.working
        k = next(i for i, t in enumerate(w.texts) if "Temur" in t)
        s = w[k].text.index("Temur")
        p.apply(AddAnnotation(k, s, s + 5, "Spelling unified", category="Terminology", severity="Minor"))
        m = next(i for i, t in enumerate(p.original.texts) if "Lemaître Lemaître" in t)
        s = p.original[m].text.index("Lemaître Lemaître")
        p.apply(AddAnnotation(m, s, s + 17, "Doubled surname", category="Fluency", severity="Major",
                              version="original"))
    return path


def test_redline_of_a_project_tracks_against_the_mt_and_carries_its_annotations(tmp_path, project_path):
    out = tmp_path / "redline.docx"
    assert main(["export", str(project_path), "-f", "redline", "-o", str(out)]) == 0
    review = read_review(out)
    with Project.open(project_path, read_only=True) as p:
        assert review.accepted_texts == p.working.texts
        assert review.rejected_texts == p.original.texts
    by_text = {c.text: c for c in review.comments}
    on_working = by_text["[Terminology / Minor] Spelling unified"]
    assert (on_working.author, on_working.accepted.text, on_working.rejected.text) == ("Ann Lee", "Temur", "Tmur")
    on_mt = by_text["[Fluency / Major] Doubled surname"]
    assert (on_mt.accepted.text.strip(), on_mt.rejected.text) == ("Lemaître", "Lemaître Lemaître")
    assert {r.author for r in review.revisions} == {"Ann Lee"}


def test_base_can_be_a_revision(tmp_path, project_path):
    with Project.open(project_path) as p:
        p.apply(SnapshotRevision("First pass"))
        first = p.working
        p.apply(SetParagraphText(0, p.working[0].text.replace("Thursday", "Friday")))
        now = p.working
    out = tmp_path / "since-first-pass.docx"
    assert main(["export", str(project_path), "-f", "redline", "--base", "First pass", "-o", str(out)]) == 0
    review = read_review(out)
    assert review.accepted_texts == now.texts and review.rejected_texts == first.texts
    assert [(r.kind, r.text) for r in review.revisions] == [("delete", "Thursday"), ("insert", "Friday")]
    assert main(["export", str(project_path), "-f", "redline", "--base", "No such", "-o", str(out)]) == 2
    with Project.open(project_path, read_only=True) as p:
        from app.io.docx.project_export import project_job
        rid = p.revisions[0].id
        for name in (str(rid), f"revision/{rid}", "first PASS"):
            assert project_job(p, "redline", base=name).base.texts == first.texts


def test_import_review_brings_the_editors_text_and_comment_in(tmp_path, project_path, capsys):
    sent, back = tmp_path / "sent.docx", tmp_path / "back.docx"
    assert main(["export", str(project_path), "-f", "redline", "-o", str(sent)]) == 0
    replace_word_as_editor(sent, back, "coordinated", "concerted", "[Style / Minor] Closer to the French")
    capsys.readouterr()
    assert main(["import-review", str(project_path), str(back)]) == 0
    out = capsys.readouterr().out
    assert "2 tracked changes by the editor (Jane Editor 2)" in out and "1 new comment" in out
    with Project.open(project_path, read_only=True) as p:
        labels = [r.label for r in p.revisions]
        assert any(label.startswith("Editor review, ") for label in labels)
        assert any(label.startswith("Before editor review, ") for label in labels)
        assert any("concerted" in t for t in p.working.texts)
        new = [a for a in p.annotations if a.author == "Jane Editor"]
        assert len(new) == 1
        a = new[0]
        assert (a.quote, a.body, a.category, a.severity, a.created) == (
            "concerted", "Closer to the French", "Style", "Minor", "2026-11-28T09:30:00Z")
        assert len(p.annotations) == 3  # ours did not come back twice
    assert main(["import-review", str(project_path), str(back)]) == 0
    assert "Nothing new" in capsys.readouterr().out


def test_import_review_of_a_bilingual_table(tmp_path, project_path, capsys):
    sent, back = tmp_path / "sent.docx", tmp_path / "back.docx"
    assert main(["export", str(project_path), "-f", "bilingual", "-o", str(sent)]) == 0
    replace_word_as_editor(sent, back, "coordinated", "concerted", "Better")
    assert main(["import-review", str(project_path), str(back)]) == 0
    with Project.open(project_path, read_only=True) as p:
        assert any("concerted" in t for t in p.working.texts)
        assert len(p.working) == 11
        assert [a.body for a in p.annotations if a.author == "Jane Editor"] == ["Better"]


def test_foreign_docx_comes_in_as_plain_text_with_a_notice(tmp_path, mt_path, samples, capsys):
    path = tmp_path / "mt-only.galley"
    Project.create(path, load_document(mt_path)).close()
    assert main(["import-review", str(path), str(samples / "lemonde-clean.docx")]) == 0
    assert "is not a Galley export, so it was imported as plain text" in capsys.readouterr().out
    with Project.open(path, read_only=True) as p:
        assert p.working.texts == load_document(samples / "lemonde-clean.txt").texts


def test_dry_run_and_a_busy_project_change_nothing(tmp_path, project_path, capsys):
    sent, back = tmp_path / "sent.docx", tmp_path / "back.docx"
    assert main(["export", str(project_path), "-f", "redline", "-o", str(sent)]) == 0
    replace_word_as_editor(sent, back, "coordinated", "concerted", "x")
    before = snapshot(project_path.parent)
    assert main(["import-review", str(project_path), str(back), "--dry-run"]) == 0
    assert "Dry run" in capsys.readouterr().out
    assert snapshot(project_path.parent) == before
    with Project.open(project_path) as holder:  # another Galley has it open for editing
        assert main(["import-review", str(project_path), str(back)]) == 2
        assert "cannot be changed now" in capsys.readouterr().err
        assert holder.revisions == [] and not any("concerted" in t for t in holder.working.texts)


def test_import_is_one_undoable_operation(project_path, tmp_path):
    from app.core.editor_review import EditorComment, ImportEditorReview

    with Project.open(project_path) as p:
        before = (p.working, [r.label for r in p.revisions], list(p.annotations))
        edited = p.working.replace_paragraph(0, "Editor's first paragraph.")
        first = p.annotations[0].id
        op = p.apply(ImportEditorReview(edited, [EditorComment(0, 0, 8, "Why?", "Jane", "2026-11-28T09:30:00Z")],
                                        "2026-11-28", "Jane", resolve=[first]))
        assert op.name == "Import Editor review, 2026-11-28"
        assert p.working[0].text == "Editor's first paragraph."
        assert p.annotations[0].status == "resolved"
        assert p.annotations[-1].quote == "Editor's"
        p.revert(op)
        assert (p.working, [r.label for r in p.revisions], list(p.annotations)) == before


def test_our_comments_the_editor_marked_done_are_resolved(tmp_path, project_path, capsys):
    from tests.io.word_edit import mark_all_comments_done

    sent, back = tmp_path / "sent.docx", tmp_path / "back.docx"
    assert main(["export", str(project_path), "-f", "redline", "-o", str(sent)]) == 0
    mark_all_comments_done(sent, back)
    assert main(["import-review", str(project_path), str(back)]) == 0
    assert "2 of our comments marked done by the editor" in capsys.readouterr().out
    with Project.open(project_path, read_only=True) as p:
        assert [a.status for a in p.annotations] == ["resolved", "resolved"]


def test_clean_copy_of_a_project_imported_from_docx_keeps_its_headings(tmp_path):
    import docx

    src = docx.Document()
    src.add_heading("Xi and Putin", level=1)
    src.add_paragraph("Putin expects Xi to support Xi.")
    src.add_heading("Context", level=2)
    src.add_paragraph("We Help is being provided.")
    src.save(tmp_path / "mt.docx")
    path = tmp_path / "p.galley"
    Project.create(path, load_document(tmp_path / "mt.docx")).close()
    with Project.open(path) as p:
        p.apply(SetParagraphText(1, "Putin expects Xi to support him."))
    out = tmp_path / "clean.docx"
    assert main(["export", str(path), "-f", "clean", "-o", str(out)]) == 0
    back = load_document(out)
    assert back.texts[1] == "Putin expects Xi to support him."
    assert [p.style for p in back] == ["Heading 1", "Normal", "Heading 2", "Normal"]
    red = tmp_path / "red.docx"
    assert main(["export", str(path), "-f", "redline", "-o", str(red)]) == 0
    assert [p.style for p in read_review(red).accepted] == ["Heading 1", "Normal", "Heading 2", "Normal"]
