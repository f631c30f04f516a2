"""The Export menu on the open project (runs once the DOCX exchange is part of the build)."""
import pytest

from app.ui import exports
from tests.ui.conftest import settle

pytestmark = pytest.mark.skipif(not exports.available(), reason="the DOCX exchange is not in this build")


def test_redline_export_holds_both_versions_and_the_comment(make_window, mt_path, clean_path, tmp_path):
    from app.io.docx.review import read_review

    w = make_window()
    w.open_files(mt_path, clean_path)
    settle(w)
    text = w.review.session.working[1].text
    start = text.index("Greenspan")
    w.review.add_annotation(1, start, start + 9, "Check this byline", "Accuracy", "Major")
    assert w.actions["export_redline"].isEnabled()
    out = tmp_path / "redline.docx"
    exports.export_to(w, "redline", out)
    assert w.workers.wait_idle(30) and out.exists()
    got = read_review(out)
    assert got.accepted_texts == w.review.session.working.texts
    assert got.rejected_texts == w.review.session.original.texts
    assert any("Check this byline" in str(c) for c in got.comments)


def test_every_format_writes_a_file(make_window, mt_path, clean_path, tmp_path):
    w = make_window()
    w.open_files(mt_path, clean_path)
    settle(w)
    for fmt in ("clean", "bilingual", "report"):
        out = tmp_path / f"{fmt}.docx"
        exports.export_to(w, fmt, out)
        assert w.workers.wait_idle(30) and out.exists() and out.stat().st_size > 1000


def test_importing_our_own_export_brings_nothing_new(make_window, mt_path, clean_path, tmp_path):
    w = make_window()
    w.open_files(mt_path, clean_path)
    settle(w)
    out = tmp_path / "redline.docx"
    exports.export_to(w, "redline", out)
    assert w.workers.wait_idle(30)
    assert not exports.import_review(w, out)
    assert "0 new comments" in w.last_message.text()
