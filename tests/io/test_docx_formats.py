"""Clean copy, bilingual table and QA report: what an editor sees when they open them."""
from __future__ import annotations

import datetime as dt

import docx

from app.core.document import Paragraph
from app.io import load_document
from app.io.docx.bilingual import COLUMNS, BilingualRow, write_bilingual
from app.io.docx.model import BASE, Comment, RedlineParagraph
from app.io.docx.report import QAItem, QAReport, write_report
from app.io.docx.review import read_review
from app.io.docx.segments import paragraph_segments
from app.io.docx.writer import write_clean
from tests.io.docx_helpers import NS, W, document_xml, expected_anchor_texts

WHEN = dt.datetime(2026, 11, 27, 15, 0, tzinfo=dt.timezone.utc)


def test_clean_copy_keeps_headings_from_the_imported_docx(tmp_path):
    src = docx.Document()
    src.add_heading("Xi and Putin before Samarkand", level=1)
    src.add_paragraph("Body text  with\ttab and\u00a0nbsp.")
    src.add_heading("Context", level=2)
    src.add_paragraph("More body.")
    src.save(tmp_path / "imported.docx")
    doc = load_document(tmp_path / "imported.docx")
    edited = doc.replace_paragraph(1, "Edited body text  with\ttab and\u00a0nbsp.")
    out = write_clean(tmp_path / "clean.docx", edited.paragraphs, reviewer="Ann",
                      template=tmp_path / "imported.docx", date=WHEN)
    back = load_document(out)
    assert back.texts == edited.texts
    assert [p.style for p in back] == ["Heading 1", "Normal", "Heading 2", "Normal"]
    review = read_review(out)
    assert review.revisions == [] and review.comments == []
    assert review.marker["format"] == "clean"


def test_clean_copy_without_template_maps_style_names(tmp_path):
    paras = [Paragraph("Title here", "Heading 1"), Paragraph("Text.", None), Paragraph("Odd", "No Such Style")]
    out = write_clean(tmp_path / "c.docx", paras, reviewer="Ann", date=WHEN)
    back = load_document(out)
    assert back.texts == ["Title here", "Text.", "Odd"]
    assert back[0].style == "Heading 1"


def _rows():
    base = ["Putin expects Xi to support Xi.", "We Help is being provided.", "Old closing line."]
    work = ["Putin expects Xi to support him.", "We are providing help.", ""]
    rows = []
    for k, (a, b) in enumerate(zip(base, work)):
        red = RedlineParagraph(paragraph_segments(a, b))
        comments = ()
        if k == 0:
            comments = (Comment(len(b) - 4, len(b) - 1, "Accuracy / Major: wrong referent", "Ann"),
                        Comment(len(a) - 3, len(a) - 1, "MT repeated the name", "Ann", side=BASE))
        rows.append(BilingualRow(str(k + 1), (a,), (RedlineParagraph(red.segments, comments),)))
    return base, work, rows


def test_bilingual_table_rows_views_and_layout(tmp_path):
    base, work, rows = _rows()
    out = write_bilingual(tmp_path / "b.docx", rows, reviewer="Ann", date=WHEN, title="Le Monde")
    review = read_review(out)

    def column(view, col):
        return [p.text for p in view if p.where and p.where[2] == col and not p.where[3]]

    assert column(review.accepted, 2) == [w for w in work if w]
    assert column(review.rejected, 2) == base
    assert column(review.accepted, 1) == base
    assert column(review.accepted, 0) == ["1", "2", "3"]
    assert column(review.accepted, 3)[0] == "Ann: Accuracy / Major: wrong referent"
    for got, c in zip(review.comments, rows[0].comments):
        assert (got.accepted.text, got.rejected.text) == expected_anchor_texts(rows[0].cleaned[0], c)
    root = document_xml(out)
    header = root.find(".//w:tbl/w:tr", NS)
    assert header.find("w:trPr/w:tblHeader", NS) is not None
    assert [int(g.get(f"{{{W}}}w")) for g in root.findall(".//w:tblGrid/w:gridCol", NS)] == list(COLUMNS)
    assert root.find(".//w:tblPr/w:tblLayout", NS).get(f"{{{W}}}type") == "fixed"
    assert root.find(".//w:sectPr/w:pgSz", NS).get(f"{{{W}}}orient") == "landscape"
    assert [c.text for c in docx.Document(str(out)).tables[0].rows[0].cells] == [
        "#", "Original MT", "Cleaned (tracked changes)", "Comments"]


def _report_items():
    return (
        QAItem("finding", "Fluency", "Major", "open", 4, "Lemaître Lemaître", "Repeated word", "repeated-word"),
        QAItem("finding", "Accuracy", "Critical", "fixed", 1, "support Xi", "Entity in two roles", "entity-two-roles"),
        QAItem("finding", "Style", "Minor", "ignored", 2, "Be", "Stray capital", "stray-capital"),
        QAItem("annotation", "Terminology", "Minor", "open", 3, "Tmur", "Spelled Temur elsewhere", "Ann"),
        QAItem("annotation", "Locale conventions", "Minor", "resolved", 0, "2022-09-16", "Dateline", "Ann"),
        QAItem("annotation", "", "", "open", 0, "Thursday", "Check the day against the source", "Ann"),
    )


def test_report_score_formula_and_tables(tmp_path):
    report = QAReport("Le Monde", 850, _report_items(), edit_rate=0.1234, metrics={"Words inserted": 40})
    out = write_report(tmp_path / "q.docx", report, reviewer="Ann", date=WHEN)
    d = docx.Document(str(out))
    text = "\n".join(p.text for p in d.paragraphs)
    # Counted: Major 5 + Critical 25 + Minor 1 + Minor 1 = 32 points; the ignored finding is out.
    assert "(1 × 2 + 5 × 1 + 25 × 1) × 1000 ÷ 850 words = 37.6 penalty points per 1,000 words" in text
    assert "score = (1 × Minor + 5 × Major + 25 × Critical) × 1000 ÷ words" in text
    assert "12.3%" in text
    findings_matrix = d.tables[1]
    header = [c.text for c in findings_matrix.rows[0].cells]
    assert header == ["Category", "Minor", "Major", "Critical", "Open", "Fixed", "Ignored", "Total"]
    rows = {r.cells[0].text: [c.text for c in r.cells[1:]] for r in findings_matrix.rows[1:]}
    assert rows["Accuracy"] == ["0", "0", "1", "0", "1", "0", "1"]
    assert rows["Total"] == ["1", "1", "1", "1", "1", "1", "3"]
    notes_matrix = d.tables[2]
    rows = {r.cells[0].text: [c.text for c in r.cells[1:]] for r in notes_matrix.rows[1:]}
    # The plain comment (no category, no severity) is listed and counted, but is not an error.
    assert rows["Other"] == ["0", "0", "0", "1", "0", "1"]
    assert rows["Total"] == ["2", "0", "0", "2", "1", "3"]
    details = [[c.text for c in r.cells] for r in d.tables[3].rows[1:]]
    assert details[0][:4] == ["5", "Fluency", "Major", "open"]


def test_a_reviewed_docx_as_template_leaves_none_of_its_comments_behind(tmp_path):
    from app.io.docx.model import Segment
    from app.io.docx.writer import write_redline
    from tests.io.docx_helpers import part_names
    from tests.io.word_edit import mark_all_comments_done

    old = write_redline(tmp_path / "old.docx", [RedlineParagraph((Segment("equal", "Old text."),),
                                                                 (Comment(0, 3, "old note", "Ann"),))],
                        reviewer="Ann", date=WHEN)
    mark_all_comments_done(old, tmp_path / "reviewed.docx")
    assert "word/commentsExtended.xml" in part_names(tmp_path / "reviewed.docx")
    out = write_clean(tmp_path / "clean.docx", [Paragraph("New text.")], reviewer="Ann",
                      template=tmp_path / "reviewed.docx", date=WHEN)
    review = read_review(out)
    assert review.accepted_texts == ["New text."] and review.comments == []
    assert "word/commentsExtended.xml" not in part_names(out)
