"""Projects in the window: first run, reopening, annotations that persist, bad and busy files."""
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from app.io import load_document
from app.ui import files
from tests.ui.conftest import settle

ROOT = Path(__file__).resolve().parents[2]


def test_first_run_opens_the_sample_project_in_the_data_dir(make_window, isolated, mt_path, clean_path):
    w = make_window()
    files.open_start(w, [])
    settle(w)
    path = w.review.session.path
    assert path.exists() and path.suffix == ".galley"
    assert isolated in path.parents and ROOT not in path.parents
    assert w.left.text() == "\n".join(load_document(mt_path).texts)
    assert w.right.text() == "\n".join(load_document(clean_path).texts)
    assert len(w.review.base_findings) > 10 and w.findings_dock.model.rowCount() == 0
    assert "Le Monde sample.galley" in w.windowTitle()


def test_annotation_survives_reopening(make_window, mt_path, clean_path):
    w = make_window()
    w.open_files(mt_path, clean_path)
    settle(w)
    path = w.review.session.path
    text = w.review.session.working[2].text
    start = text.index("Temur Umarov")
    w.right.editor.setTextCursor(w.right.cursor_for(2, start, start + 12))
    w.ask_comment = lambda quote, *a: ("Check the spelling against the byline", "Terminology", "Major")
    QTest.keyClick(w.right.editor, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    # an edit before the comment moves it; it follows
    w.right.editor.setTextCursor(w.right.cursor_for(2, 0))
    QTest.keyClicks(w.right.editor, "Also: ")
    settle(w)
    w.close()

    w2 = make_window()
    files.open_start(w2, [])  # the last project comes back
    settle(w2)
    assert w2.review.session.path == path
    (a,) = w2.review.annotations()
    assert (a.paragraph, a.start, a.end, a.quote) == (2, start + 6, start + 18, "Temur Umarov")
    assert (a.body, a.category, a.severity) == ("Check the spelling against the byline", "Terminology", "Major")
    assert w2.comments_dock.tree.topLevelItemCount() == 1
    assert any(s.kind == "annotation" and (s.start, s.end) == (start + 6, start + 18)
               for s in w2.right.table.spans(2))
    assert w2.right.text().splitlines()[2].startswith("Also: ")


def test_recent_projects_and_save_copy(make_window, tmp_path, mt_path):
    w = make_window()
    w.open_files(mt_path)
    settle(w)
    first = str(w.review.session.path)
    assert w.settings.get("files/recent")[0] == first
    target = tmp_path / "copy.galley"
    assert files.save_copy(w, target)
    assert target.exists() and w.review.session.path == target
    assert w.settings.get("files/recent")[:2] == [str(target), first]


def test_a_bad_project_file_gives_a_dialog(make_window, tmp_path, mt_path):
    w = make_window()
    w.open_files(mt_path)
    settle(w)
    bad = tmp_path / "broken.galley"
    bad.write_bytes(b"this is not sqlite at all" * 10)
    before = bad.read_bytes()
    assert not files.open_path(w, bad)
    assert w.last_message.icon() == QMessageBox.Icon.Critical and str(bad) in w.last_message.text()
    assert bad.read_bytes() == before
    assert w.review.session is not None and "Lemaître Lemaître" in w.right.text()


def test_a_project_open_elsewhere_opens_read_only(make_window, mt_path):
    w = make_window()
    w.open_files(mt_path)
    settle(w)
    path = w.review.session.path
    w2 = make_window()
    assert files.open_path(w2, path)
    settle(w2)
    assert w2.right.editor.isReadOnly() and "[read-only]" in w2.windowTitle()
    assert w2.last_message.icon() == QMessageBox.Icon.Warning
    assert not w2.actions["add_comment"].isEnabled() or not w2.review.editable


def test_typing_reaches_the_project_file_within_a_second(make_window, mt_path, qtbot):
    w = make_window()
    w.open_files(mt_path)
    settle(w)
    path = w.review.session.path
    ed = w.right.editor
    ed.setTextCursor(w.right.cursor_for(0, 0))
    QTest.keyClicks(ed, "Paris, ")
    assert not load_document(path)[0].text.startswith("Paris, ")  # kept in memory while typing goes on
    qtbot.waitUntil(lambda: load_document(path)[0].text.startswith("Paris, "), timeout=1000)


def test_the_chosen_base_comes_back_with_the_project(make_window, mt_path, clean_path):
    w = make_window()
    w.open_files(mt_path, clean_path)
    settle(w)
    w.ask_label = lambda: "Desk edit"
    w.snapshot()
    rev = w.review.session.revisions[-1].id
    w.compare_versions(rev, "working")  # review against the desk edit rather than the MT
    settle(w)
    w.close()
    w2 = make_window()
    files.open_start(w2, [])
    settle(w2)
    assert (w2.review.left_key, w2.review.right_key) == (rev, "working")
    assert "Desk edit" in w2.left.title.text() and not w2.right.editor.isReadOnly()
