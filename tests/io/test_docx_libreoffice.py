"""A real client: LibreOffice opens every export, prints it to PDF, and saves the redline back as DOCX.

Two soffice runs for the whole module (all exports to PDF at once, then the two
tracked documents back to DOCX). Skipped, with the reason, where LibreOffice or
poppler is not installed (.ci/run installs both).
"""
from __future__ import annotations

import datetime as dt
import shutil

import pytest

from app.core.document import Document
from app.io import load_document
from app.io.docx.exchange import ExportJob, ExportNote, export
from app.io.docx.model import BASE
from app.io.docx.review import read_review
from app.io.docx.soffice import DOCX_FILTER, PDF_FILTER, convert, find_soffice, pdf_text

pytestmark = pytest.mark.skipif(
    find_soffice() is None or shutil.which("pdftotext") is None,
    reason="LibreOffice (soffice) or pdftotext is not installed; "
           "install libreoffice-writer-nogui and poppler-utils to run the real-client tests")

WHEN = dt.datetime(2026, 11, 27, 15, 0, tzinfo=dt.timezone.utc)
TRICKY_BASE = ["  Leading\tand trailing  ", "Tab\there, nbsp\u00a0here, emoji 😀 and e\u0301.", "Gone paragraph.",
               "Kept   triple spaces."]
TRICKY_WORK = ["  Leading\tand trailing, edited  ", "Tab\tthere, nbsp\u00a0there, emoji 👩\u200d💻 and e\u0301.",
               "Kept   triple  spaces.", "New last paragraph. "]
NOTE_ON_FIX = "Spelling made consistent with paragraph 3"
NOTE_ON_DELETION = "MT doubled the surname"


@pytest.fixture(scope="module")
def exported(tmp_path_factory, request):
    from tests.conftest import SAMPLES

    d = tmp_path_factory.mktemp("lo")
    mt, clean = load_document(SAMPLES / "lemonde-mt.txt"), load_document(SAMPLES / "lemonde-clean.txt")
    j = next(i for i, t in enumerate(clean.texts) if "Temur Umarov" in t)
    at = clean[j].text.index("Temur")
    i = next(i for i, t in enumerate(mt.texts) if "Lemaître Lemaître" in t)
    at2 = mt[i].text.index("Lemaître Lemaître")
    notes = [ExportNote(j, at, at + 5, NOTE_ON_FIX, "Ann Reviewer", "Terminology", "Minor"),
             ExportNote(i, at2, at2 + 17, NOTE_ON_DELETION, "Ann Reviewer", "Fluency", "Major", side=BASE)]
    job = ExportJob(mt, clean, "Ann Reviewer", notes, title="Le Monde", date=WHEN)
    files = {fmt: export(job, fmt, d / f"lemonde-{fmt}.docx") for fmt in ("clean", "redline", "bilingual", "report")}
    tricky = ExportJob(Document.from_paragraphs(TRICKY_BASE), Document.from_paragraphs(TRICKY_WORK), "Ed",
                       [ExportNote(0, 2, 9, "lead", "Ed", "Style", "Minor"), ExportNote(1, 4, 9, "tab", "Ed")])
    files["tricky"] = export(tricky, "redline", d / "tricky-redline.docx")
    pdfs = dict(zip(files, convert(list(files.values()), PDF_FILTER, d / "pdf")))
    back = dict(zip(["redline", "bilingual", "tricky"],
                    convert([files["redline"], files["bilingual"], files["tricky"]], DOCX_FILTER, d / "lo")))
    return mt, clean, files, pdfs, back


def test_redline_pdf_shows_deleted_and_inserted_words_and_comments(exported):
    mt, clean, _files, pdfs, _back = exported
    text = pdf_text(pdfs["redline"])
    assert "Tmur" in text and "Temur" in text  # the deletion and the insertion both print
    assert "We Help" in text and "providing help" in text
    assert NOTE_ON_FIX in text and NOTE_ON_DELETION in text
    assert "[Terminology / Minor]" in text


def test_bilingual_and_report_and_clean_pdfs_read_right(exported):
    _mt, _clean, _files, pdfs, _back = exported
    bilingual = pdf_text(pdfs["bilingual"])
    assert "Original MT" in bilingual and "Cleaned (tracked changes)" in bilingual
    assert "Tmur" in bilingual and "Temur" in bilingual and NOTE_ON_FIX in bilingual
    report = pdf_text(pdfs["report"])
    assert "penalty points per 1,000 words" in report and "Annotations (2)" in report
    clean = pdf_text(pdfs["clean"])
    assert "Temur Umarov" in clean and "Tmur" not in clean


def test_libreoffice_round_trip_keeps_both_views_and_the_comments(exported):
    mt, clean, _files, _pdfs, back = exported
    review = read_review(back["redline"])
    assert review.accepted_texts == clean.texts
    assert review.rejected_texts == mt.texts
    by_text = {c.text: c for c in review.comments}
    assert by_text[f"[Terminology / Minor] {NOTE_ON_FIX}"].accepted.text == "Temur"
    assert by_text[f"[Fluency / Major] {NOTE_ON_DELETION}"].rejected.text == "Lemaître Lemaître"
    assert review.marker is not None and review.marker["format"] == "redline"
    table = read_review(back["bilingual"])
    cleaned = [p.text for p in table.accepted if p.where and p.where[2] == 2 and not p.where[3]]
    assert cleaned == clean.texts


def test_libreoffice_keeps_tabs_spaces_nbsp_emoji_and_paragraph_marks(exported):
    *_rest, back = exported
    review = read_review(back["tricky"])
    assert review.accepted_texts == TRICKY_WORK
    assert review.rejected_texts == TRICKY_BASE
    assert [(c.accepted.text, c.rejected.text) for c in review.comments] == [("Leading", "Leading"),
                                                                          ("there", "here")]
