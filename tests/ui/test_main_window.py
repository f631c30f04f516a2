"""The review window as a reviewer uses it: real window, real panes, real undo stack."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from app.io import load_document
from app.ui.session import ORIGINAL, WORKING
from tests.ui.conftest import settle
from tests.ui.fakes import repeated_word_checker


def open_sample(make_window, mt_path, clean_path=None, checker=repeated_word_checker):
    w = make_window()
    if checker is not None:
        w.review.checker_factory = checker
    assert w.open_files(mt_path, clean_path)
    settle(w)
    return w


def test_window_shows_both_sample_texts(make_window, mt_path, clean_path):
    w = open_sample(make_window, mt_path, clean_path)
    assert w.left.text() == "\n".join(load_document(mt_path).texts)
    assert w.right.text() == "\n".join(load_document(clean_path).texts)
    assert "Lemaître Lemaître" in w.left.text() and "Lemaître Lemaître" not in w.right.text()
    assert w.left.editor.isReadOnly() and not w.right.editor.isReadOnly()
    # the word diff is painted: "Tmur" is struck out on the left, "Temur" marked on the right
    left_kinds = {s.kind for s in w.left.table.spans(0)}
    assert left_kinds & {"replace-old", "delete"}
    assert 0 in w.right.editor.gutter.changed


def test_docx_pair_opens_too(make_window, samples):
    w = open_sample(make_window, samples / "lemonde-mt.docx", samples / "lemonde-clean.docx")
    assert "Temur Umarov" in w.right.text()


def test_bad_file_shows_a_dialog_and_keeps_the_window(make_window, tmp_path, mt_path, clean_path):
    w = open_sample(make_window, mt_path, clean_path)
    bad = tmp_path / "photo.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    assert not w.open_files(bad)
    box = w.last_message
    assert box is not None and box.isVisible()
    assert box.icon() == QMessageBox.Icon.Critical
    assert str(bad) in box.text() and "PNG image" in box.text()
    assert w.isVisible() and "Lemaître Lemaître" in w.left.text()


def test_markup_is_shown_literally(make_window, tmp_path):
    f = tmp_path / "markup.txt"
    f.write_text('<b>bold</b> &amp; <img src="file:///etc/passwd">', encoding="utf-8")
    w = open_sample(make_window, f)
    assert w.left.text() == '<b>bold</b> &amp; <img src="file:///etc/passwd">'
    assert w.right.text() == w.left.text()


def test_cp1252_file_warns_the_user(make_window, tmp_path):
    f = tmp_path / "legacy.txt"
    f.write_bytes("Caf\xe9 \x93quoted\x94".encode("latin-1"))
    w = open_sample(make_window, f)
    assert w.left.text() == "Café “quoted”"
    assert w.last_message.icon() == QMessageBox.Icon.Warning
    assert "Windows-1252" in w.last_message.text()


def test_f8_walks_findings_in_document_order(make_window, tmp_path):
    f = tmp_path / "t.txt"
    f.write_text("one the the two\nnothing here\nand and again so so\n", encoding="utf-8")
    w = open_sample(make_window, f)
    seen = []
    for _ in range(4):
        QTest.keyClick(w.right.editor, Qt.Key.Key_F8)
        seen.append(w.right.selection())
    assert seen == [(0, 7, 11), (2, 3, 7), (2, 16, 19), (0, 7, 11)]  # wraps around
    assert w.findings_dock.current_finding().paragraph == 0
    QTest.keyClick(w.right.editor, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert w.right.selection() == (2, 16, 19)


def test_applying_a_fix_and_undoing_it(make_window, mt_path, clean_path):
    w = open_sample(make_window, mt_path)  # the MT on both sides: "Lemaître Lemaître" is there to fix
    before = w.right.text()
    fixes = [f for f in w.review.findings if f.check == "repeated-word"]
    assert len(fixes) == 1 and w.findings_dock.model.rowCount() == 1
    w.findings_dock.select(fixes[0])
    w.actions["apply_fix"].trigger()
    settle(w)
    assert "Lemaître Lemaître" not in w.right.text() and "by Lemaître and Greenspan" in w.right.text()
    assert w.review.findings == [] and w.findings_dock.model.rowCount() == 0
    assert "Lemaître Lemaître" not in w.review.session.working.text
    assert w.actions["undo"].text() == "&Undo Apply fix: repeated word"
    QTest.keyClick(w.right.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(w)
    assert w.right.text() == before and w.review.session.working.text == before
    assert len(w.review.findings) == 1 and w.findings_dock.model.rowCount() == 1
    assert w.status.counts["Major"] == 1
    QTest.keyClick(w.right.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle(w)
    assert "Lemaître Lemaître" not in w.right.text()


def test_typing_rechecks_without_moving_the_cursor(make_window, tmp_path):
    f = tmp_path / "t.txt"
    f.write_text("A clean line.\nAnother clean line.\n", encoding="utf-8")
    w = open_sample(make_window, f)
    ed = w.right.editor
    ed.setFocus()
    ed.setTextCursor(w.right.cursor_for(1, 8))
    QTest.keyClicks(ed, "very very ")
    settle(w)
    assert w.review.session.working[1].text == "Another very very clean line."
    assert [(x.paragraph, x.text) for x in w.review.findings] == [(1, " very")]
    assert ed.textCursor().position() == len("A clean line.\n") + 8 + 10
    assert ed.hasFocus()
    wavy = [r for r in w.right.block_formats(1) if r[2].underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline]
    assert [(s, n) for s, n, _f in wavy] == [(12, 5)]
    # typing is one undo step per paragraph run, named "Typing"
    assert w.actions["undo"].text() == "&Undo Typing"
    w.actions["undo"].trigger()
    settle(w)
    assert w.right.text() == "A clean line.\nAnother clean line." and w.review.findings == []


def test_underline_after_emoji_in_the_window(make_window, tmp_path):
    f = tmp_path / "emoji.txt"
    text = "Fans 🎉🇫🇷 cheered the the team"
    f.write_text(text + "\n", encoding="utf-8")
    w = open_sample(make_window, f)
    (finding,) = w.review.findings
    assert text[finding.start:finding.end] == " the"
    wavy = [(s, n) for s, n, fmt in w.right.block_formats(0)
            if fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline]
    units = text.encode("utf-16-le")
    assert len(wavy) == 1
    s, n = wavy[0]
    assert units[2 * s:2 * (s + n)].decode("utf-16-le") == " the"
    assert s == finding.start + 3  # 🎉 and the two regional indicators take two units each


def test_annotation_on_a_selection(make_window, mt_path, clean_path):
    w = open_sample(make_window, mt_path, clean_path)
    w.settings.set("reviewer/name", "Ana Ruiz")
    text = w.review.session.working[1].text
    start = text.index("Greenspan")
    w.right.editor.setTextCursor(w.right.cursor_for(1, start, start + len("Greenspan")))
    w.ask_comment = lambda quote, *a: ("Check the spelling of this name", "Terminology", "Minor")
    QTest.keyClick(w.right.editor, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    (a,) = w.review.annotations()
    assert (a.paragraph, a.start, a.end, a.quote, a.author) == (1, start, start + 9, "Greenspan", "Ana Ruiz")
    tree = w.comments_dock.tree
    assert tree.topLevelItemCount() == 1
    assert tree.topLevelItem(0).text(0) == "“Greenspan”" and tree.topLevelItem(0).text(2) == "Ana Ruiz"
    assert "Terminology" in tree.topLevelItem(0).text(1)
    backgrounds = [(s, n) for s, n, fmt in w.right.block_formats(1) if fmt.background().color().name() == "#fff09a"]
    assert (start, 9) in backgrounds
    assert w.status.comments.text() == "1 comment open"
    # resolve, then delete, then undo the delete
    w.review.toggle_annotation_status(a)
    assert tree.topLevelItem(0).text(4) == "Resolved"
    w.review.delete_annotation(w.review.annotations()[0])
    assert tree.topLevelItemCount() == 0
    assert w.actions["undo"].text() == "&Undo Delete comment"
    w.actions["undo"].trigger()
    assert tree.topLevelItemCount() == 1


def test_snapshot_then_compare_with_the_mt(make_window, mt_path, clean_path):
    w = open_sample(make_window, mt_path, clean_path)
    w.ask_label = lambda: "First pass"
    QTest.keyClick(w.right.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle(w)
    (rev,) = w.review.session.revisions
    assert rev.label == "First pass"
    tree = w.revisions_dock.tree
    labels = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert labels == ["Machine translation (original)", "First pass", "Working text (current)"]
    assert tree.topLevelItem(1).text(3).endswith("%")
    w.revisions_dock.select_keys([ORIGINAL, rev.id])
    w.revisions_dock.compare_button.click()
    settle(w)
    assert (w.review.left_key, w.review.right_key) == (ORIGINAL, rev.id)
    assert w.right.editor.isReadOnly()
    assert w.right.text() == "\n".join(load_document(clean_path).texts)
    assert "Revision “First pass”" in w.right.title.text()
    assert w.right.table.layer("diff") and w.back_button.isVisible()
    w.back_to_review()
    settle(w)
    assert w.review.right_key == WORKING and not w.right.editor.isReadOnly()


def test_export_entries_wait_for_the_export_feature(make_window):
    w = make_window()
    for name in ("export_clean", "export_redline", "export_bilingual", "export_report"):
        assert not w.actions[name].isEnabled()
        assert "not part of this build" in w.actions[name].toolTip()


def test_layout_is_restored_on_reopen(make_window, mt_path):
    w = make_window()
    w.resize(790, 520)
    w.findings_dock.hide()
    size = w.size()
    w.close()
    w2 = make_window()
    assert w2.size() == size and size.height() == 520
    assert not w2.findings_dock.isVisible() and w2.comments_dock.isVisible()
