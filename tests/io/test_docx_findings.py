"""Findings in exports: statuses for the QA report, and open findings as anchored comments."""
from __future__ import annotations

import datetime as dt

from app.io import load_document
from app.io.docx.exchange import ExportJob, export
from app.io.docx.findings import FINDING_AUTHOR, findings_for
from app.io.docx.review import read_review

WHEN = dt.datetime(2026, 11, 27, 15, 0, tzinfo=dt.timezone.utc)


def _half_cleaned(clean):
    """The cleaned sample with one garble put back: the doubled surname."""
    k = next(i for i, t in enumerate(clean.texts) if "Lemaître and Greenspan" in t)
    return clean.replace_paragraph(k, clean[k].text.replace("Lemaître", "Lemaître Lemaître", 1)), k


def test_statuses_fixed_open_and_ignored(mt_path, clean_path):
    mt, clean = load_document(mt_path), load_document(clean_path)
    working, k = _half_cleaned(clean)
    items, notes = findings_for(mt, working)
    assert notes == []
    by = {(i.who, i.status) for i in items}
    assert ("repeated-word", "open") in by
    assert ("apostrophe", "fixed") in by and ("stray-capital", "fixed") in by
    repeated = next(i for i in items if i.who == "repeated-word" and i.status == "open")
    assert repeated.paragraph == k and repeated.text == "Lemaître Lemaître"
    from app.core.checks import run_checks
    fp = next(f.fingerprint for f in run_checks(working) if f.check == "repeated-word")
    items, _ = findings_for(mt, working, decisions={fp: "ignored"})
    assert ("repeated-word", "ignored") in {(i.who, i.status) for i in items}


def test_open_findings_become_comments_on_exactly_their_text(tmp_path, mt_path, clean_path):
    mt, clean = load_document(mt_path), load_document(clean_path)
    working, k = _half_cleaned(clean)
    items, notes = findings_for(mt, working, with_comments=True)
    assert [n.who for n in notes] == ["repeated-word"]
    job = ExportJob(mt, working, "Ann", notes, items, date=WHEN)
    out = export(job, "redline", tmp_path / "r.docx")
    review = read_review(out)
    assert review.accepted_texts == working.texts and review.rejected_texts == mt.texts
    [c] = review.comments
    assert c.author == FINDING_AUTHOR and c.text.startswith("[Fluency / Major] ")
    assert c.accepted.text == "Lemaître Lemaître" and c.accepted.start[0] == k
