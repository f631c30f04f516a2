"""Preferences, theme, shortcuts, drag and drop, status bar: the parts around the panes."""
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QPalette
from PySide6.QtWidgets import QApplication

from app.ui.actions import ACTIONS, ShortcutsDialog
from app.ui.preferences import PreferencesDialog
from tests.ui.conftest import settle


def test_every_action_has_a_menu_entry_and_help_lists_them(make_window):
    w = make_window()
    in_menus = {a.objectName() for m in w.menuBar().actions() if m.menu() for a in m.menu().actions()}
    assert {s.id for s in ACTIONS} <= in_menus
    dlg = ShortcutsDialog(w.actions, w)
    rows = {dlg.table.item(r, 1).text(): dlg.table.item(r, 2).text() for r in range(dlg.table.rowCount())}
    assert rows["Snapshot Revision"] == "Ctrl+Shift+S" and rows["Undo"] == "Ctrl+Z"
    assert rows["Redo"] == "Ctrl+Shift+Z" and rows["Previous Finding"] == "Shift+F8"


def test_preferences_switch_a_check_off_and_change_a_severity(make_window, mt_path):
    w = make_window()
    w.open_files(mt_path)
    settle(w)
    assert any(f.check == "stray-capital" for f in w.review.findings)
    dlg = PreferencesDialog(w.settings, __import__("app.ui.files", fromlist=["x"]).check_catalogue(), w)
    dlg.name.setText("Ana Ruiz")
    dlg.enabled_boxes["stray-capital"].setChecked(False)
    dlg.severity_boxes["repeated-word"].setCurrentText("Critical")
    dlg.accept()
    settle(w)
    assert not any(f.check == "stray-capital" for f in w.review.findings)
    (rw,) = [f for f in w.review.findings if f.check == "repeated-word"]
    assert rw.severity == "Critical" and w.status.counts["Critical"] == 1
    assert w.status.reviewer.text() == "Reviewer: Ana Ruiz"
    assert w.settings.get("checks/disabled") == ["stray-capital"]


def test_dark_theme_changes_palette_and_highlight_colours(make_window, mt_path, clean_path):
    w = make_window()
    w.open_files(mt_path, clean_path)
    settle(w)
    w.settings.set("view/theme", "dark")
    app = QApplication.instance()
    assert app.palette().color(QPalette.ColorRole.Base).lightness() < 60
    colours = {f.background().color().name() for _s, _n, f in w.left.block_formats(0) if f.background().style()}
    assert colours and all(__import__("PySide6.QtGui", fromlist=["QColor"]).QColor(c).lightness() < 128
                           for c in colours)
    w.settings.set("view/theme", "light")
    assert app.palette().color(QPalette.ColorRole.Base).lightness() > 200


def test_font_size_preference_applies_to_both_panes(make_window):
    w = make_window()
    w.settings.set("view/font_size", 15.0)
    assert w.left.editor.font().pointSizeF() == 15.0 and w.right.editor.font().pointSizeF() == 15.0


def test_dropping_a_text_file_opens_it(make_window, tmp_path):
    w = make_window()
    f = tmp_path / "dropped.txt"
    f.write_text("A dropped article about the the summit.\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    w.dropEvent(event)
    settle(w)
    assert w.right.text() == "A dropped article about the the summit."
    assert [f.check for f in w.review.findings] == ["repeated-word"]


def test_status_bar_shows_counts_rate_language(make_window, mt_path, clean_path):
    w = make_window()
    w.open_files(mt_path, clean_path)
    settle(w)
    assert w.status.edit_rate.text().startswith("Edit rate ") and w.status.edit_rate.text().endswith("%")
    assert w.status.language.text() == "Language: en"
    assert w.status.comments.text() == "0 comments open"
