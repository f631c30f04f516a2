"""Help → User Guide renders the guide with its screenshots; About names the version and licences."""
from importlib.metadata import metadata

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from app import __version__
from app.paths import user_guide_path
from app.ui.help import LICENCES, AboutDialog


def test_user_guide_opens_from_the_help_menu_rendered_with_its_screenshots(make_window):
    w = make_window()
    w.actions["user_guide"].trigger()
    guide = w.user_guide
    assert guide.isVisible()
    doc = guide.browser.document()
    text = doc.toPlainText()
    # Rendered, not raw Markdown: headings are headings, no '#' or '![' left in the text.
    assert "Review an MT file" in text and "## " not in text and "![" not in text
    headings = [b.text() for b in _blocks(doc) if b.blockFormat().headingLevel() == 2]
    assert headings[:6] == ["Review an MT file", "Fix findings", "Comment", "Compare revisions",
                            "Export for the editor", "Import their review"]
    images = _image_names(doc)
    assert {"guide/review.png", "guide/fix.png", "guide/comment.png", "guide/compare.png",
            "guide/export.png"} <= set(images)
    for name in images:
        # Each image resolves next to the guide and loads (a missing one would be a broken icon).
        url = guide.browser.source().resolved(QUrl(name))
        assert guide.browser.loadResource(QTextDocument.ResourceType.ImageResource.value, url) is not None
        assert (user_guide_path().parent / name).is_file()


def test_guide_links_to_sections_scroll_within_the_guide(make_window):
    w = make_window()
    guide = w.show_user_guide()
    guide.resize(800, 400)
    bar = guide.browser.verticalScrollBar()
    assert bar.value() == 0
    guide.follow(QUrl("#import-their-review"))
    assert bar.value() > 0
    assert guide.browser.source().fileName() == "user-guide.md"


def test_about_shows_version_and_every_bundled_library_licence(qtbot):
    dlg = AboutDialog()
    qtbot.addWidget(dlg)
    text = dlg.label.text()
    assert f"Galley {__version__}" in text and "MIT" in text
    for name, licence, _url in LICENCES:
        assert name in text and licence in text


@pytest.mark.parametrize("dist, declared", [
    ("PySide6-Essentials", "LGPL-3.0"), ("diff-match-patch", "Apache"), ("langdetect", "Apache"),
    ("python-docx", "MIT"), ("lxml", "BSD-3-Clause")])
def test_about_licences_match_what_the_packages_declare(dist, declared):
    """The About table must follow the packages: their License field, classifiers or licence file."""
    meta = metadata(dist)
    declared_by_package = " ".join([meta.get("License") or "", *(meta.get_all("Classifier") or [])])
    assert declared in declared_by_package
    ours = {"PySide6-Essentials": "Qt 6 / PySide6"}.get(dist, dist)
    assert any(name == ours and licence.startswith(declared.split()[0]) for name, licence, _ in LICENCES)


def _blocks(doc):
    b = doc.begin()
    while b.isValid():
        yield b
        b = b.next()


def _image_names(doc):
    names = []
    for b in _blocks(doc):
        it = b.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                names.append(fmt.toImageFormat().name())
            it += 1
    return names
