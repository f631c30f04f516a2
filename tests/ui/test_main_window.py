from PySide6.QtWidgets import QMessageBox

from app.io import load_document
from app.ui.main_window import MainWindow


def test_window_shows_both_sample_texts(qtbot, mt_path, clean_path):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert w.open_files(mt_path, clean_path)
    assert w.left.text() == "\n".join(load_document(mt_path).texts)
    assert w.right.text() == "\n".join(load_document(clean_path).texts)
    assert "Lemaître Lemaître" in w.left.text() and "Lemaître Lemaître" not in w.right.text()
    assert "lemonde-mt.txt" in w.windowTitle() and "lemonde-clean.txt" in w.windowTitle()
    assert w.left.editor.isReadOnly() and w.right.editor.isReadOnly()


def test_docx_pair_opens_too(qtbot, samples):
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_files(samples / "lemonde-mt.docx", samples / "lemonde-clean.docx")
    assert "Temur Umarov" in w.right.text()


def test_bad_file_shows_a_dialog_and_keeps_the_window(qtbot, tmp_path, mt_path, clean_path):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    w.open_files(mt_path, clean_path)
    bad = tmp_path / "photo.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    assert not w.open_files(bad)
    box = w.last_message
    assert box is not None and box.isVisible()
    assert box.icon() == QMessageBox.Icon.Critical
    assert str(bad) in box.text() and "PNG image" in box.text()
    # The window is still there, with what it showed before.
    assert w.isVisible() and "Lemaître Lemaître" in w.left.text()


def test_markup_is_shown_literally(qtbot, tmp_path):
    f = tmp_path / "markup.txt"
    f.write_text('<b>bold</b> &amp; <img src="file:///etc/passwd">', encoding="utf-8")
    w = MainWindow()
    qtbot.addWidget(w)
    w.open_files(f)
    assert w.left.text() == '<b>bold</b> &amp; <img src="file:///etc/passwd">'


def test_cp1252_file_warns_the_user(qtbot, tmp_path):
    f = tmp_path / "legacy.txt"
    f.write_bytes("Caf\xe9 \x93quoted\x94".encode("latin-1"))
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_files(f)
    assert w.left.text() == "Café “quoted”"
    assert w.last_message.icon() == QMessageBox.Icon.Warning
    assert "Windows-1252" in w.last_message.text()
