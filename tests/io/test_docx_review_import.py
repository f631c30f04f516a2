"""Round trip: export, an editor edits and comments as Word records it, Galley reads it back."""
from __future__ import annotations

import datetime as dt

import pytest

from app.io import load_document
from app.io.docx.exchange import ExportJob, ExportNote, export
from app.io.docx.review_import import BILINGUAL, FOREIGN, REDLINE, read_reviewed
from tests.io.word_edit import replace_word_as_editor

WHEN = dt.datetime(2026, 11, 27, 15, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def pair(mt_path, clean_path):
    return load_document(mt_path), load_document(clean_path)


def _job(pair):
    mt, clean = pair
    j = next(i for i, t in enumerate(clean.texts) if "Temur" in t)
    at = clean[j].text.index("Temur")
    note = ExportNote(j, at, at + 5, "Spelling unified", "Ann Reviewer", "Terminology", "Minor")
    return ExportJob(mt, clean, "Ann Reviewer", [note], date=WHEN), {(note.author, note.comment_text())}


@pytest.mark.parametrize("fmt", ["redline", "bilingual"])
def test_editor_change_and_comment_come_back(tmp_path, pair, fmt):
    mt, clean = pair
    job, known = _job(pair)
    sent = export(job, fmt, tmp_path / f"sent-{fmt}.docx")
    back = tmp_path / f"back-{fmt}.docx"
    replace_word_as_editor(sent, back, "coordinated", "concerted", "[Style / Minor] Closer to the French")
    got = read_reviewed(back, working=clean, known_comments=frozenset(known))
    assert got.kind == (REDLINE if fmt == "redline" else BILINGUAL)
    k = next(i for i, t in enumerate(clean.texts) if "coordinated" in t)
    expected = clean.replace_paragraph(k, clean[k].text.replace("coordinated", "concerted", 1))
    assert got.text.texts == expected.texts
    assert got.revisions_by_author == {"Jane Editor": 2}
    assert len(got.comments) == 1  # ours is recognised and not imported twice
    c = got.comments[0]
    assert (c.author, c.text, c.category, c.severity) == ("Jane Editor", "Closer to the French", "Style", "Minor")
    assert (c.paragraph, got.text[c.paragraph].text[c.start:c.end]) == (k, "concerted")
    assert c.date == dt.datetime(2026, 11, 28, 9, 30, tzinfo=dt.timezone.utc)
    assert (got.changed_paragraphs, got.word_changes) == (1, 1)
    assert got.summary() == ("2 tracked changes by the editor (Jane Editor 2). Their text differs from the "
                             "working text in 1 paragraph (1 word-level change). 1 new comment.")


def test_unchanged_export_brings_nothing_new(tmp_path, pair):
    mt, clean = pair
    job, known = _job(pair)
    sent = export(job, "redline", tmp_path / "sent.docx")
    got = read_reviewed(sent, working=clean, known_comments=frozenset(known))
    assert got.text.texts == clean.texts
    assert got.comments == [] and got.revisions_by_author == {}
    assert got.summary().startswith("No tracked changes by the editor.")


def test_foreign_docx_is_plain_text_with_a_notice(clean_path, samples):
    clean = load_document(clean_path)
    got = read_reviewed(samples / "lemonde-clean.docx", working=clean)
    assert got.kind == FOREIGN
    assert got.text.texts == clean.texts
    assert "is not a Galley export, so it was imported as plain text" in got.summary()
    assert got.changed_paragraphs == 0


def test_a_line_typed_in_the_comments_column_is_a_comment_on_that_row(tmp_path, pair):
    import docx

    mt, clean = pair
    job, known = _job(pair)
    sent = export(job, "bilingual", tmp_path / "sent.docx")
    d = docx.Document(str(sent))
    d.tables[0].rows[3].cells[3].add_paragraph("[Accuracy / Major] Check the date against the source.")
    d.save(tmp_path / "back.docx")
    got = read_reviewed(tmp_path / "back.docx", working=clean, known_comments=frozenset(known))
    assert got.text.texts == clean.texts
    [c] = got.comments
    assert (c.paragraph, c.text, c.category, c.severity) == (2, "Check the date against the source.",
                                                              "Accuracy", "Major")


def test_comments_word_marked_done_come_in_resolved(tmp_path, pair):
    from tests.io.word_edit import mark_all_comments_done

    mt, clean = pair
    job, _known = _job(pair)
    sent = export(job, "redline", tmp_path / "sent.docx")
    mark_all_comments_done(sent, tmp_path / "done.docx")
    got = read_reviewed(tmp_path / "done.docx", working=clean)
    assert [(c.text, c.resolved) for c in got.comments] == [("Spelling unified", True)]


def test_a_qa_report_is_refused_not_imported_as_text(tmp_path, pair):
    from app.core.errors import GalleyInputError

    job, _known = _job(pair)
    report = export(job, "report", tmp_path / "report.docx")
    with pytest.raises(GalleyInputError, match="this is a Galley QA report, not a text to import"):
        read_reviewed(report)


def test_a_comment_outside_the_text_is_reported_not_silently_dropped(tmp_path, pair):
    import zipfile

    mt, clean = pair
    job, known = _job(pair)
    sent = export(job, "redline", tmp_path / "sent.docx")
    with zipfile.ZipFile(sent) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    parts["word/comments.xml"] = parts["word/comments.xml"].replace(
        b"</w:comments>", b'<w:comment w:id="999" w:author="Jane"><w:p><w:r><w:t>In the header</w:t></w:r>'
                          b"</w:p></w:comment></w:comments>")
    with zipfile.ZipFile(tmp_path / "back.docx", "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    got = read_reviewed(tmp_path / "back.docx", working=clean, known_comments=frozenset(known))
    assert got.comments == []
    assert "1 comment outside the main text (in headers, footnotes or nowhere) not read." in got.summary()
