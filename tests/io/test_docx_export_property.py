"""Property: any pair of texts, any annotations, exported and read back by our own reader.

Goes through `export()`, so it runs on whatever aligns and diffs the texts (the
compare engine, with its paragraph splits and joins, when it is present).
"""
from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings, strategies as st

from app.core.document import Document
from app.io.docx.exchange import ExportJob, ExportNote, export
from app.io.docx.model import BASE, WORKING
from app.io.docx.review import read_review

WHEN = dt.datetime(2026, 11, 27, 15, 0, tzinfo=dt.timezone.utc)
_PIECES = st.sampled_from(["a", "b", "word", "Xi", " ", " ", "\t", "\u00a0", ",", ".", "😀", "👩‍💻", "e\u0301",
                           "中", "  "])
_TEXT = st.lists(_PIECES, min_size=1, max_size=14).map("".join).filter(lambda t: t.strip())


@st.composite
def _cases(draw):
    base = draw(st.lists(_TEXT, min_size=1, max_size=5))
    work = list(base)
    for _ in range(draw(st.integers(0, 4))):
        op = draw(st.sampled_from(["edit", "insert", "delete", "split", "join"]))
        k = draw(st.integers(0, len(work) - 1))
        if op == "edit":
            work[k] = draw(_TEXT)
        elif op == "insert":
            work.insert(k, draw(_TEXT))
        elif op == "delete" and len(work) > 1:
            del work[k]
        elif op == "split" and len(work[k]) > 1:
            cut = draw(st.integers(1, len(work[k]) - 1))
            a, b = work[k][:cut], work[k][cut:]
            if a.strip() and b.strip():
                work[k:k + 1] = [a, b]
        elif op == "join" and k + 1 < len(work):
            work[k:k + 2] = [work[k] + work[k + 1]]
    notes = []
    for side, texts in ((WORKING, work), (BASE, base)):
        for _ in range(draw(st.integers(0, 3))):
            p = draw(st.integers(0, len(texts) - 1))
            s = draw(st.integers(0, len(texts[p]) - 1))
            e = draw(st.integers(s + 1, len(texts[p])))
            notes.append(ExportNote(p, s, e, f"note {len(notes)}", "Ed", "Fluency", "Minor", side=side))
    return base, work, notes


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_cases())
def test_export_reads_back_exactly(tmp_path, case):
    base, work, notes = case
    job = ExportJob(Document.from_paragraphs(base), Document.from_paragraphs(work), "Ed", notes, date=WHEN)
    expected = {n.comment_text(): n for n in notes}

    review = read_review(export(job, "redline", tmp_path / "r.docx"))
    assert review.accepted_texts == work
    assert review.rejected_texts == base
    _check_anchors(review.comments, expected, base, work)

    table = read_review(export(job, "bilingual", tmp_path / "b.docx"))
    cleaned = [(p.text) for p in table.accepted if p.where and p.where[2] == 2 and not p.where[3]]
    before = [(p.text) for p in table.rejected if p.where and p.where[2] == 2 and not p.where[3]]
    assert cleaned == work
    assert before == base
    _check_anchors(table.comments, expected, base, work, working_only=True)


def _check_anchors(comments, expected, base, work, working_only=False):
    assert sorted(c.text for c in comments) == sorted(expected)
    for c in comments:
        n = expected[c.text]
        if n.side == WORKING:
            assert c.accepted.text == work[n.paragraph][n.start:n.end]
        elif not working_only:
            assert c.rejected.text == base[n.paragraph][n.start:n.end]


def test_note_on_the_second_base_paragraph_of_a_join(tmp_path):
    """Found by the property test: base ['a ', 'a', 'a'] joined into 'a a' lost the base note on ¶3,
    because the redline paragraph after a deleted mark remembered the deletion's start, not its end."""
    base, work = ["a ", "a", "a"], ["a a"]
    notes = [ExportNote(0, 0, 1, "note 0", "Ed", "Fluency", "Minor", side=WORKING),
             ExportNote(2, 0, 1, "note 1", "Ed", "Fluency", "Minor", side=BASE)]
    job = ExportJob(Document.from_paragraphs(base), Document.from_paragraphs(work), "Ed", notes, date=WHEN)
    review = read_review(export(job, "redline", tmp_path / "r.docx"))
    assert review.accepted_texts == work and review.rejected_texts == base
    _check_anchors(review.comments, {n.comment_text(): n for n in notes}, base, work)
