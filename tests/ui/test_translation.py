"""The French build: menus, actions and help in French; the .ts covers every marked string."""
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication

from app.paths import resources_dir
from app.ui.actions import ShortcutsDialog
from app.ui.i18n import chosen_language, install_translators


@pytest.fixture
def french():
    app = QApplication.instance()
    installed = install_translators(app, "fr")
    assert installed, "resources/i18n/galley_fr.qm is missing: run make translations"
    yield
    for t in installed:
        QCoreApplication.removeTranslator(t)


def test_french_build_shows_french_menus_and_actions(french, make_window):
    w = make_window()
    titles = [a.text().replace("&", "") for a in w.menuBar().actions()]
    assert titles == ["Fichier", "Édition", "Relecture", "Révisions", "Affichage", "Exporter", "Aide"]
    assert w.actions["next_finding"].text().replace("&", "") == "Problème suivant"
    assert w.actions["export_redline"].text().replace("&", "") == "Version avec suivi des modifications (DOCX)…"
    rows = ShortcutsDialog(w.actions, w).table
    assert rows.horizontalHeaderItem(0).text() == "Menu" and rows.horizontalHeaderItem(2).text() == "Raccourci"


def test_english_is_the_default_without_a_translation(make_window):
    w = make_window()
    assert [a.text().replace("&", "") for a in w.menuBar().actions()][:2] == ["File", "Edit"]


def test_language_comes_from_the_preference_then_the_locale(tmp_path, monkeypatch):
    s = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    s.setValue("view/language", "fr")
    assert chosen_language(s) == "fr"
    s.setValue("view/language", "de")   # no German translation: English
    assert chosen_language(s) == "en"
    s.setValue("view/language", "system")
    from PySide6.QtCore import QLocale
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fr_CA")))
    assert chosen_language(s) == "fr"


def test_french_translation_is_complete_and_uses_french_typography():
    root = ET.parse(resources_dir() / "i18n" / "galley_fr.ts").getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 80
    for m in messages:
        source, target = m.find("source").text, m.find("translation")
        assert target.get("type") not in ("unfinished", "obsolete") and target.text, source
        for mark in ":;?!":
            # A non-breaking space (or none at all: 'TXT/DOCX') before French high punctuation.
            assert f" {mark}" not in target.text, target.text


NB = "\u00a0"


def test_french_review_reads_french_and_still_works(french, make_window, tmp_path):
    """The French window on a real review: docks, status bar, filters, undo names, typing merge."""
    from PySide6.QtTest import QTest

    from tests.ui.conftest import settle
    f = tmp_path / "t.txt"
    f.write_text("The minister spoke on Monday.\nThe talks were were short.\n", encoding="utf-8")
    w = make_window()
    w.open_files(f)
    settle(w)
    dock = w.findings_dock
    assert dock.windowTitle() == "Problèmes (1)"
    assert dock.model.headerData(1, Qt.Orientation.Horizontal) == "Gravité"
    assert "Majeures\u00a0: 1" in w.status.findings.text() and "Mineures\u00a0: " in w.status.findings.text()
    assert w.status.comments.text() == "0 annotation ouverte"
    assert w.right.title.text() == "Texte de travail — modifiable"
    assert w.status.edit_rate.text() == "Taux d'édition 0,0\u202f%"
    # Filters work on the severity, not on its (translated) label.
    (rw,) = w.review.findings
    sev = rw.severity if isinstance(rw.severity, str) else rw.severity.name.capitalize()
    dock.severity_filter.setCurrentIndex(dock.severity_filter.findData("Critical" if sev != "Critical" else "Minor"))
    assert dock.visible == []
    dock.severity_filter.setCurrentIndex(0)
    assert len(dock.visible) == 1
    w.review.apply_fix(rw)
    settle(w)
    assert w.actions["undo"].text().startswith(f"&Annuler{NB}: Appliquer la correction{NB}: ")
    # Keystrokes in one paragraph are still one undo step when the step's name is French.
    ed = w.right.editor
    ed.setFocus()
    ed.setTextCursor(w.right.cursor_for(1, 4))
    QTest.keyClicks(ed, "long ")
    settle(w)
    assert w.actions["undo"].text() == f"&Annuler{NB}: Saisie"
    w.actions["undo"].trigger()
    settle(w)
    assert w.review.session.working[1].text == "The talks were short."
