"""The review window as a reviewer uses it: real window, real checks, real undo stack."""
import json
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from app.io import load_document
from app.core.session import ORIGINAL, WORKING
from tests.ui.conftest import settle


def open_sample(make_window, mt_path, clean_path=None):
    w = make_window()
    assert w.open_files(mt_path, clean_path)
    settle(w)
    return w


def cli_findings(path) -> list[dict]:
    """What `galley check --format json` reports, run as the user runs it."""
    out = subprocess.run([sys.executable, "-m", "app", "check", "--format", "json", str(path)],
                         capture_output=True, text=True, cwd=Path(__file__).resolve().parents[2])
    assert out.returncode in (0, 1), out.stderr
    return json.loads(out.stdout.splitlines()[0])["findings"]


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
    w.open_files(bad)  # read on the worker; the answer comes back as a dialog
    settle(w)
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
    f.write_text("They said that the the sanctions work.\nNothing to see here.\n"
                 "Officials met in in Paris and and then left.\n", encoding="utf-8")
    w = open_sample(make_window, f)
    expected = [(x.paragraph, x.start, x.end) for x in w.review.findings if x.check == "repeated-word"]
    assert expected == [(0, 15, 22), (2, 14, 19), (2, 26, 33)]
    assert [(x.paragraph, x.start) for x in w.findings_dock.visible] == sorted(
        (x.paragraph, x.start) for x in w.findings_dock.visible)
    seen = []
    for _ in range(len(w.findings_dock.visible) + 1):
        QTest.keyClick(w.right.editor, Qt.Key.Key_F8)
        seen.append(w.right.selection())
    walk = [(x.paragraph, x.start, x.end) for x in w.findings_dock.visible]
    assert seen == walk + walk[:1]  # in document order, then round again
    assert set(expected) <= set(walk)
    assert w.findings_dock.current_finding().paragraph == walk[0][0]
    QTest.keyClick(w.right.editor, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert w.right.selection() == walk[-1]


def test_applying_a_fix_and_undoing_it(make_window, mt_path, clean_path):
    w = open_sample(make_window, mt_path)  # the MT on both sides: "Lemaître Lemaître" is there to fix
    before = w.right.text()
    n_before = len(w.review.findings)
    majors = w.status.counts["Major"]
    (fix,) = [f for f in w.review.findings if f.check == "repeated-word"]
    w.findings_dock.select(fix)
    assert "repeated-word (1)" in group_labels(w)
    w.actions["apply_fix"].trigger()
    settle(w)
    assert "Lemaître Lemaître" not in w.right.text() and "by Lemaître and Greenspan" in w.right.text()
    assert "Lemaître Lemaître" not in w.review.session.working.text
    assert not [f for f in w.review.findings if f.check == "repeated-word"]
    assert len(w.review.findings) == n_before - 1 and w.status.counts["Major"] == majors - 1
    assert not any(label.startswith("repeated-word") for label in group_labels(w))
    assert w.actions["undo"].text() == "&Undo Apply fix: repeated word"
    QTest.keyClick(w.right.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(w)
    assert w.right.text() == before and w.review.session.working.text == before
    assert len(w.review.findings) == n_before and "repeated-word (1)" in group_labels(w)
    assert w.status.counts["Major"] == majors
    QTest.keyClick(w.right.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle(w)
    assert "Lemaître Lemaître" not in w.right.text()


def wavy(pane, paragraph) -> list[tuple[int, int]]:
    """Underlined UTF-16 ranges of a block, neighbours joined (a diff span may cut one in two)."""
    out: list[list[int]] = []
    for s, n, fmt in sorted(pane.block_formats(paragraph), key=lambda r: r[0]):
        if fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline:
            if out and out[-1][0] + out[-1][1] == s:
                out[-1][1] += n
            else:
                out.append([s, n])
    return [tuple(r) for r in out]


def group_labels(w) -> list[str]:
    m = w.findings_dock.model
    return [m.data(m.index(g, 0)) for g in range(m.rowCount())]


def test_findings_dock_matches_the_command_line(make_window, mt_path):
    w = open_sample(make_window, mt_path)
    cli = cli_findings(mt_path)
    assert len(cli) > 10
    assert w.findings_dock.windowTitle() == f"Findings ({len(cli)})"
    shown = [(f.check, f.paragraph, f.start, f.end) for f in w.findings_dock.visible]
    assert sorted(shown) == sorted((f["check"], f["paragraph"], f["start"], f["end"]) for f in cli)
    assert sum(int(label.rsplit("(", 1)[1].rstrip(")")) for label in group_labels(w)) == len(cli)
    # the MT's own findings are underlined on the left pane too
    assert len(w.review.base_findings) == len(cli)


def test_fix_all_occurrences_of_a_name_variant(make_window, mt_path):
    w = open_sample(make_window, mt_path)
    variants = [f for f in w.review.findings if f.check == "name-variant"]
    assert len(variants) >= 2 and len({f.group for f in variants}) == 1
    w.findings_dock.select(variants[0])
    assert w.findings_dock.fix_all_button.isEnabled()
    w.findings_dock.fix_all_button.click()
    settle(w)
    assert "Tmur" not in w.right.text() and "Tmur" in w.left.text()
    assert not [f for f in w.review.findings if f.check == "name-variant"]
    assert w.actions["undo"].text().startswith("&Undo Fix all: name variant")
    w.actions["undo"].trigger()
    settle(w)
    assert w.right.text().count("Tmur") == w.left.text().count("Tmur")


def test_ignoring_a_finding_hides_it_and_undo_brings_it_back(make_window, mt_path):
    w = open_sample(make_window, mt_path)
    n = len(w.findings_dock.visible)
    f = w.findings_dock.visible[0]
    w.findings_dock.select(f)
    w.findings_dock.ignore_button.click()
    assert len(w.findings_dock.visible) == n - 1
    assert f.paragraph not in w.right.table.layer("finding") or all(
        s.start != f.start for s in w.right.table.layer("finding")[f.paragraph])
    w.findings_dock.ignored_box.setChecked(True)
    assert len(w.findings_dock.visible) == n
    w.actions["undo"].trigger()
    w.findings_dock.ignored_box.setChecked(False)
    assert len(w.findings_dock.visible) == n


def test_typing_rechecks_without_moving_the_cursor(make_window, tmp_path):
    f = tmp_path / "t.txt"
    f.write_text("The minister spoke on Monday.\nThe talks were short.\n", encoding="utf-8")
    w = open_sample(make_window, f)
    assert w.review.findings == []
    ed = w.right.editor
    ed.setFocus()
    ed.setTextCursor(w.right.cursor_for(1, 10))
    QTest.keyClicks(ed, "were ")
    settle(w)
    assert w.review.session.working[1].text == "The talks were were short."
    assert [(x.check, x.paragraph, x.text) for x in w.review.findings] == [("repeated-word", 1, "were were")]
    assert ed.textCursor().position() == len("The minister spoke on Monday.\n") + 15
    assert ed.hasFocus()
    assert wavy(w.right, 1) == [(10, 9)]
    # the new words are marked as inserted against the MT
    assert any(s.kind == "insert" for s in w.right.table.spans(1))
    # typing is one undo step per paragraph run, named "Typing"
    assert w.actions["undo"].text() == "&Undo Typing"
    w.actions["undo"].trigger()
    settle(w)
    assert w.right.text() == "The minister spoke on Monday.\nThe talks were short." and w.review.findings == []


def test_underline_after_emoji_in_the_window(make_window, tmp_path):
    f = tmp_path / "emoji.txt"
    text = "Fans 🎉🇫🇷 cheered the the team on Sunday."
    f.write_text(text + "\n", encoding="utf-8")
    w = open_sample(make_window, f)
    (finding,) = w.review.findings
    assert finding.check == "repeated-word" and text[finding.start:finding.end] == "the the"
    units = text.encode("utf-16-le")
    ((s, n),) = wavy(w.right, 0)
    assert units[2 * s:2 * (s + n)].decode("utf-16-le") == "the the"
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


def test_export_entries_are_live(make_window):
    w = make_window()
    for name in ("export_clean", "export_redline", "export_bilingual", "export_report", "import_review"):
        assert w.actions[name].isEnabled(), name


def test_layout_is_restored_on_reopen(make_window, mt_path):
    w = make_window()
    w.resize(790, 520)
    w.findings_dock.hide()
    size = w.size()
    w.close()
    w2 = make_window()
    assert w2.size() == size and size.height() == 520
    assert not w2.findings_dock.isVisible() and w2.comments_dock.isVisible()


def test_restore_a_revision_and_undo_it(make_window, mt_path, clean_path):
    w = open_sample(make_window, mt_path, clean_path)
    w.ask_label = lambda: "Clean draft"
    w.snapshot()
    settle(w)
    rev = w.review.session.revisions[-1]
    ed = w.right.editor
    ed.setTextCursor(w.right.cursor_for(0, 0))
    QTest.keyClicks(ed, "XYZ ")
    settle(w)
    assert w.right.text().startswith("XYZ ")
    w.revisions_dock.select_keys([rev.id])
    assert w.revisions_dock.restore_button.isEnabled()
    w.revisions_dock.restore_button.click()
    settle(w)
    assert w.right.text() == "\n".join(load_document(clean_path).texts)
    labels = [r.label for r in w.review.session.revisions]
    assert labels == ["Clean draft", "Before restoring “Clean draft”"]
    assert w.actions["undo"].text() == "&Undo Restore revision: Clean draft"
    w.actions["undo"].trigger()
    settle(w)
    assert w.right.text().startswith("XYZ ") and [r.label for r in w.review.session.revisions] == ["Clean draft"]


def test_scrolling_one_pane_scrolls_the_other(make_window, mt_path, clean_path):
    w = open_sample(make_window, mt_path, clean_path)
    w.resize(900, 500)
    settle(w)
    bar = w.left.editor.verticalScrollBar()
    assert bar.maximum() > 0
    w.left.go_to_paragraph(8)
    settle(w)
    assert abs(w.right.first_visible_paragraph() - w.left.first_visible_paragraph()) <= 1
    w.right.editor.verticalScrollBar().setValue(0)
    assert w.left.first_visible_paragraph() == 0


def test_enter_splits_a_paragraph_and_undo_joins_it(make_window, mt_path, clean_path):
    w = open_sample(make_window, mt_path, clean_path)
    n = len(w.review.session.working)
    ed = w.right.editor
    text = w.review.session.working[3].text
    cut = text.index("However")
    ed.setTextCursor(w.right.cursor_for(3, cut))
    QTest.keyClick(ed, Qt.Key.Key_Return)
    settle(w)
    assert len(w.review.session.working) == n + 1
    assert w.review.session.working[4].text.startswith("However")
    assert w.right.editor.blockCount() == n + 1
    # the alignment follows: paragraph 4 of the working text now sits beside the MT's third
    w.actions["undo"].trigger()
    settle(w)
    assert len(w.review.session.working) == n and w.review.session.working[3].text == text


def test_a_comment_whose_text_is_deleted_is_shown_detached(make_window, mt_path, clean_path):
    w = open_sample(make_window, mt_path, clean_path)
    text = w.review.session.working[1].text
    start = text.index("Greenspan")
    w.review.add_annotation(1, start, start + 9, "Who is this?", "Accuracy", "Major")
    ed = w.right.editor
    ed.setTextCursor(w.right.cursor_for(1, start, start + 9))
    QTest.keyClick(ed, Qt.Key.Key_Delete)
    settle(w)
    (a,) = w.review.annotations()
    assert a.detached and a.quote == "Greenspan"
    item = w.comments_dock.tree.topLevelItem(0)
    assert item.text(4).startswith("Detached") and item.text(0) == "“Greenspan”"
    assert not w.right.table.layer("annotation")  # nothing left to highlight
    w.actions["undo"].trigger()
    settle(w)
    (a,) = w.review.annotations()
    assert not a.detached and w.comments_dock.tree.topLevelItem(0).text(4) == "Open"


def test_right_click_on_a_finding_offers_its_fix(make_window, mt_path):
    from PySide6.QtWidgets import QMenu
    w = open_sample(make_window, mt_path)
    (rw,) = [f for f in w.review.findings if f.check == "repeated-word"]
    menu = QMenu()
    added = w.finding_menu(menu, rw.paragraph, rw.start + 2)
    assert [a.text() for a in added] == ["Replace with “Lemaître”", "Ignore “Lemaître Lemaître” (repeated-word)"]
    added[0].trigger()
    settle(w)
    assert "Lemaître Lemaître" not in w.right.text()
    assert w.finding_menu(QMenu(), 0, 10000) == []


def test_keyboard_only_review(make_window, tmp_path):
    f = tmp_path / "t.txt"
    f.write_text("Officials said that the the talks went well.\nThey met in in Paris on Monday.\n", encoding="utf-8")
    w = open_sample(make_window, f)
    ed = w.right.editor
    ed.setFocus()
    ctrl = Qt.KeyboardModifier.ControlModifier
    QTest.keyClick(ed, Qt.Key.Key_F8)                 # to the first finding
    QTest.keyClick(ed, Qt.Key.Key_Return, ctrl)      # apply its suggestion
    settle(w)
    assert w.review.session.working[0].text == "Officials said that the talks went well."
    QTest.keyClick(ed, Qt.Key.Key_F8)
    QTest.keyClick(ed, Qt.Key.Key_I, ctrl | Qt.KeyboardModifier.ShiftModifier)  # ignore the second
    settle(w)
    assert w.review.open_findings() == [] and "in in" in w.right.text()
    assert ed.hasFocus()


def test_undoing_the_snapshot_on_screen_goes_back_to_review(make_window, mt_path, clean_path):
    w = open_sample(make_window, mt_path, clean_path)
    w.ask_label = lambda: "Draft"
    w.snapshot()
    rev = w.review.session.revisions[-1].id
    w.compare_versions(ORIGINAL, rev)
    settle(w)
    w.actions["undo"].trigger()  # undo the snapshot while it is shown
    settle(w)
    assert (w.review.left_key, w.review.right_key) == (ORIGINAL, WORKING)
    assert w.review.session.revisions == [] and not w.right.editor.isReadOnly()


def test_annotating_the_mt_itself(make_window, mt_path, clean_path):
    w = open_sample(make_window, mt_path, clean_path)
    text = w.review.session.original[0].text
    start = text.index("Tmur")
    w.left.editor.setFocus()
    w.left.editor.setTextCursor(w.left.cursor_for(0, start, start + 4))
    w.ask_comment = lambda quote, *a: ("MT garbled the name", "Accuracy", "Minor")
    QTest.keyClick(w.left.editor, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    (a,) = w.review.annotations()
    assert (a.version, a.paragraph, a.start, a.end, a.quote) == ("original", 0, start, start + 4, "Tmur")
    assert any(s.kind == "annotation" for s in w.left.table.spans(0))
    assert not w.right.table.layer("annotation")
    assert w.comments_dock.tree.topLevelItem(0).text(0) == "Machine translation: “Tmur”"
