"""Whatever the editor does to the text, the project holds the same paragraphs, and undo unwinds it."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor

from tests.ui.conftest import settle

PIECES = st.sampled_from(["a", "the ", "é", "😀", "\n", " ", "Xi", "“q”"])
WINDOWS: dict = {}
EDIT = st.tuples(st.floats(0, 1), st.integers(0, 12), st.lists(PIECES, max_size=4).map("".join))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(EDIT, min_size=1, max_size=6))
def test_random_edits_reach_the_project_and_undo_restores(make_window, tmp_path, edits):
    # One window for all examples of this test (hypothesis reuses the fixtures).
    key = id(make_window)
    if key not in WINDOWS:
        f = tmp_path / "t.txt"
        f.write_text("First paragraph here.\nSecond one 😀 with emoji.\nThird, the last.\n", encoding="utf-8")
        WINDOWS[key] = w = make_window()
        w.open_files(f)
        settle(w)
    w = WINDOWS[key]
    ed = w.right.editor
    before = w.review.session.working.texts
    for where, remove, insert in edits:
        doc = ed.document()
        n = doc.characterCount() - 1
        pos = int(where * n)
        end = min(pos + remove, n)
        # Never cut a surrogate pair in two, as a user's cursor cannot either.
        if any(0xDC00 <= ord(doc.characterAt(p)) <= 0xDFFF for p in (pos, end) if p < n):
            continue
        c = QTextCursor(doc)
        c.setPosition(pos)
        c.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        ed.setTextCursor(c)
        ed.insertPlainText(insert)
        assert w.review.session.working.texts == ed.toPlainText().split("\n")
    while w.review.undo_stack.canUndo():
        w.review.undo_stack.undo()
    assert w.review.session.working.texts == before
    assert ed.toPlainText().split("\n") == before
