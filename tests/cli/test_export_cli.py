"""`galley export` on a pair of files: every format, refusals, nothing left behind."""
from __future__ import annotations

import shutil

import pytest

from app.cli import main
from app.io import load_document
from app.io.docx.review import read_review
from tests.conftest import snapshot


@pytest.fixture
def pair(tmp_path, mt_path, clean_path):
    d = tmp_path / "in"
    d.mkdir()
    return shutil.copy(mt_path, d / "mt.txt"), shutil.copy(clean_path, d / "clean.txt")


@pytest.mark.parametrize("fmt", ["clean", "redline", "bilingual", "report"])
def test_each_format_from_a_file_pair(tmp_path, pair, fmt, capsys):
    mt, clean = pair
    out = tmp_path / f"{fmt}.docx"
    before = snapshot(mt.parent)
    assert main(["export", str(clean), "--base", str(mt), "--format", fmt, "-o", str(out)]) == 0
    assert snapshot(mt.parent) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["in", out.name])  # no temp file left
    review = read_review(out)
    assert review.marker["format"] == fmt
    if fmt in ("clean", "redline"):
        assert review.accepted_texts == load_document(clean).texts
    if fmt == "redline":
        assert review.rejected_texts == load_document(mt).texts
    assert f"wrote {fmt}" in capsys.readouterr().err


def test_with_findings_adds_comments_for_what_is_still_open(tmp_path, pair):
    mt, _clean = pair
    out = tmp_path / "r.docx"
    assert main(["export", str(mt), "--base", str(mt), "-f", "redline", "-o", str(out), "--with-findings"]) == 0
    review = read_review(out)
    assert len(review.comments) >= 10
    assert any(c.accepted.text == "Lemaître Lemaître" for c in review.comments)


@pytest.mark.parametrize("which", ["source", "base"])
def test_refuses_to_overwrite_an_input(pair, samples, capsys, which):
    mt, _clean = pair
    d = mt.parent
    clean = shutil.copy(samples / "lemonde-clean.docx", d / "clean.docx")
    mt_docx = shutil.copy(samples / "lemonde-mt.docx", d / "mt.docx")
    target = clean if which == "source" else mt_docx
    sneaky = d / ".." / d.name / target.name  # another spelling of the same file
    before = snapshot(d)
    assert main(["export", str(clean), "--base", str(mt_docx), "-f", "redline", "-o", str(sneaky)]) == 2
    assert "never writes over an input" in capsys.readouterr().err
    assert snapshot(d) == before


@pytest.mark.parametrize("args, message", [
    (["-f", "redline", "-o", "{d}/x.docx"], "needs --base MT_FILE"),
    (["-f", "clean", "-o", "{d}/x.txt"], "the output must be a .docx file"),
    (["-f", "clean", "-o", "{d}/no/such/x.docx"], "the folder it would go in does not exist"),
])
def test_bad_requests_exit_2_with_one_sentence(tmp_path, pair, capsys, args, message):
    _mt, clean = pair
    args = [a.replace("{d}", str(tmp_path)) for a in args]
    assert main(["export", str(clean), *args]) == 2
    assert message in capsys.readouterr().err
