"""Redline DOCX: what Word shows after Accept All / Reject All, and where comments sit."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from app.io import load_document
from app.io.docx.model import BASE, DELETE, EQUAL, INSERT, WORKING, Comment, RedlineParagraph, Segment, views
from app.io.docx.review import read_review
from app.io.docx.segments import align_paragraphs, paragraph_segments, redline_from_pairs
from app.io.docx.writer import write_redline
from tests.io.docx_helpers import NS, W, document_xml, expected_anchor_texts, part_names, read_part

WHEN = dt.datetime(2026, 11, 27, 15, 0, 5, 123456, tzinfo=dt.timezone.utc)


def _check_views_and_anchors(path, paras):
    review = read_review(path)
    accepted, rejected = views(paras)
    assert review.accepted_texts == [t for t in accepted if t.strip()]
    assert review.rejected_texts == [t for t in rejected if t.strip()]
    expected = [(p, c) for p in paras for c in p.comments]
    assert len(review.comments) == len(expected)
    for got, (p, c) in zip(review.comments, expected):
        acc, rej = expected_anchor_texts(p, c)
        assert (got.text, got.author) == (c.text, c.author)
        assert got.accepted.text == acc, c
        assert got.rejected.text == rej, c
    return review


def test_sample_pair_redline_accepts_to_clean_and_rejects_to_mt(tmp_path, mt_path, clean_path):
    mt, clean = load_document(mt_path).texts, load_document(clean_path).texts
    paras, _ = redline_from_pairs(mt, clean, align_paragraphs(mt, clean))
    # Comments on the cleaned words of the known fixes, and one on a deleted MT word.
    fix = clean[0].index("16 September 2022")
    withc = list(paras)
    withc[0] = RedlineParagraph(paras[0].segments, (
        Comment(fix, fix + len("16 September 2022"), "Locale conventions / Minor: dateline split off", "R. Editor"),
        Comment(0, len(clean[0]), "Whole paragraph", "R. Editor"),
    ))
    lemaitre = mt[next(i for i, t in enumerate(mt) if "Lemaître Lemaître" in t)]
    k = next(i for i, p in enumerate(paras) if p.base == lemaitre)
    at = lemaitre.index("Lemaître Lemaître")
    withc[k] = RedlineParagraph(paras[k].segments, (
        Comment(at, at + len("Lemaître Lemaître"), "Fluency / Major: repeated name", "R. Editor", side=BASE),))
    out = write_redline(tmp_path / "redline.docx", withc, reviewer="R. Editor", date=WHEN)
    review = _check_views_and_anchors(out, withc)
    assert review.accepted_texts == clean
    assert review.rejected_texts == mt
    assert review.comments[0].accepted.text == "16 September 2022"
    assert review.comments[2].rejected.text == "Lemaître Lemaître"
    assert {r.author for r in review.revisions} == {"R. Editor"}
    assert review.marker["format"] == "redline"


def test_markup_is_real_word_revisions_and_comments(tmp_path):
    p = RedlineParagraph(
        (Segment(EQUAL, " Lead\tin "), Segment(DELETE, "old  words"), Segment(INSERT, "new\u00a0words 🙂"),
         Segment(EQUAL, " tail ")),
        (Comment(3, 16, "spans the change", "Ann Lee"), Comment(9, 12, "on deleted", "Ann Lee", side=BASE)))
    out = write_redline(tmp_path / "r.docx", [p], reviewer="Ann Lee", date=WHEN)
    root = document_xml(out)
    # Markers are never inside a revision, and every change is a real w:ins / w:del.
    for tag in ("commentRangeStart", "commentRangeEnd", "commentReference"):
        for el in root.iter(f"{{{W}}}{tag}"):
            assert not [a for a in el.iterancestors() if a.tag in (f"{{{W}}}ins", f"{{{W}}}del")]
    dels = root.findall(".//w:del", NS)
    assert dels and all(d.find(".//w:t", NS) is None and d.find(".//w:delText", NS) is not None for d in dels)
    ids = [el.get(f"{{{W}}}id") for el in root.iter(f"{{{W}}}ins", f"{{{W}}}del")]
    assert len(ids) == len(set(ids))
    dates = {el.get(f"{{{W}}}date") for el in root.iter(f"{{{W}}}ins", f"{{{W}}}del")}
    assert dates == {"2026-11-27T15:00:05Z"}
    for t in root.iter(f"{{{W}}}t", f"{{{W}}}delText"):
        assert t.get("{http://www.w3.org/XML/1998/namespace}space") == "preserve"
    assert root.find(".//w:tab", NS) is not None
    assert any("\u00a0" in (t.text or "") for t in root.iter(f"{{{W}}}t"))
    # The comments part is in the package with its content type and relationship.
    assert "word/comments.xml" in part_names(out)
    assert b"wordprocessingml.comments+xml" in read_part(out, "[Content_Types].xml")
    assert b"relationships/comments" in read_part(out, "word/_rels/document.xml.rels")
    assert b"<w:trackRevisions/>" in read_part(out, "word/settings.xml")
    review = _check_views_and_anchors(out, [p])
    assert review.accepted_texts == [" Lead\tin new\u00a0words 🙂 tail "]
    assert (review.comments[1].rejected.text, review.comments[1].accepted.text) == ("old", "")


def test_paragraph_marks_track_inserted_and_deleted_paragraphs(tmp_path):
    base = ["Kept one.", "Gone paragraph.", "Kept two."]
    work = ["Kept one.", "Kept two.", "Brand new last paragraph."]
    paras, _ = redline_from_pairs(base, work, align_paragraphs(base, work))
    out = write_redline(tmp_path / "r.docx", paras, reviewer="A", date=WHEN)
    review = read_review(out)
    assert review.accepted_texts == work
    assert review.rejected_texts == base
    root = document_xml(out)
    assert root.find(".//w:pPr/w:rPr/w:del", NS) is not None
    assert root.find(".//w:pPr/w:rPr/w:ins", NS) is not None


def test_styles_kept_and_control_characters_do_not_break_the_file(tmp_path):
    paras = [RedlineParagraph.plain("A title", "Heading 1"), RedlineParagraph.plain("Body\x0btext")]
    out = write_redline(tmp_path / "r.docx", paras, reviewer="A", date=WHEN)
    doc = load_document(out)
    assert [p.style for p in doc][0] == "Heading 1"
    assert doc.texts[1] == "Body\ufffdtext"


# Text with what Word mangles when a writer is careless.
_ALPHABET = st.sampled_from(list("abc XYZ,.") + ["\t", "\u00a0", "  ", "😀", "👩‍💻", "é", "e\u0301", "中"])
_TEXT = st.lists(_ALPHABET, max_size=25).map("".join)


@st.composite
def _pairs(draw):
    n = draw(st.integers(1, 4))
    base = [draw(_TEXT) for _ in range(n)]
    work = [draw(st.one_of(st.just(b), _TEXT)) if draw(st.booleans()) else draw(_TEXT) for b in base]
    base = [b for b in base if b.strip()] or ["x"]
    work = [w for w in work if w.strip()] or ["y"]
    paras, _ = redline_from_pairs(base, work, align_paragraphs(base, work))
    out = []
    for p in paras:
        comments = []
        for _ in range(draw(st.integers(0, 3))):
            side = draw(st.sampled_from([WORKING, BASE]))
            text = p.side_text(side)
            s = draw(st.integers(0, len(text)))
            e = draw(st.integers(s, len(text)))
            comments.append(Comment(s, e, draw(st.sampled_from(["note", "Fluency / Minor: check"])), "Ed", side=side))
        out.append(RedlineParagraph(p.segments, tuple(comments), p.style, p.mark))
    return base, work, out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_pairs())
def test_random_pairs_accept_reject_and_anchor_exactly(tmp_path, case):
    base, work, paras = case
    out = write_redline(tmp_path / "h.docx", paras, reviewer="Ed", date=WHEN)
    review = _check_views_and_anchors(out, paras)
    assert review.accepted_texts == work
    assert review.rejected_texts == base


def test_paragraph_segments_are_word_level():
    segs = paragraph_segments("Putin expects Xi to support Xi.", "Putin expects Xi to support him.")
    assert [(s.kind, s.text) for s in segs] == [(EQUAL, "Putin expects Xi to support "), (DELETE, "Xi"),
                                               (INSERT, "him"), (EQUAL, ".")]


def test_date_convention_is_utc_z_whole_seconds():
    from app.io.docx.ooxml import ooxml_date, parse_ooxml_date

    paris = dt.timezone(dt.timedelta(hours=1))
    assert ooxml_date(dt.datetime(2026, 11, 27, 16, 0, 5, 999, tzinfo=paris)) == "2026-11-27T15:00:05Z"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", ooxml_date(dt.datetime.now()))
    assert parse_ooxml_date("2026-11-27T15:00:05Z") == dt.datetime(2026, 11, 27, 15, 0, 5, tzinfo=dt.timezone.utc)
    assert parse_ooxml_date("garbage") is None


def test_export_refuses_to_write_over_an_input(tmp_path):
    from app.core.errors import GalleyInputError

    src = tmp_path / "in.docx"
    src.write_bytes(b"precious")
    with pytest.raises(GalleyInputError, match="never writes over an input"):
        write_redline(src, [RedlineParagraph.plain("x")], reviewer="A", inputs=[src])
    assert src.read_bytes() == b"precious"
    assert [p.name for p in tmp_path.iterdir()] == ["in.docx"]


def test_plain_import_of_a_redline_is_its_accepted_text_even_across_joins(tmp_path):
    from app.io.docx.exchange import ExportJob, export
    from app.core.document import Document

    base = Document.from_paragraphs(["First half,", "second half.", "Gone.", "Kept."])
    work = Document.from_paragraphs(["First half, second half.", "Kept."])
    out = export(ExportJob(base, work, "A", date=WHEN), "redline", tmp_path / "r.docx")
    assert read_review(out).accepted_texts == work.texts
    assert load_document(out).texts == work.texts
