"""Help → User Guide (docs/user-guide.md rendered) and Help → About (version and licences)."""
from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QTextCursor, QTextDocument
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QTextBrowser, QToolButton,
                               QVBoxLayout)

from app import __version__
from app.paths import user_guide_path

# The libraries shipped inside the bundle and their licences, as their own packages declare
# them (tests/ui/test_help.py checks this table against the installed metadata).
LICENCES: tuple[tuple[str, str, str], ...] = (
    ("Qt 6 / PySide6", "LGPL-3.0", "https://www.qt.io/licensing/"),
    ("diff-match-patch", "Apache-2.0", "https://github.com/diff-match-patch-python/diff-match-patch"),
    ("langdetect", "Apache-2.0", "https://github.com/Mimino666/langdetect"),
    ("python-docx", "MIT", "https://github.com/python-openxml/python-docx"),
    ("lxml", "BSD-3-Clause", "https://lxml.de/"),
    ("Python", "PSF-2.0", "https://docs.python.org/3/license.html"),
)


class UserGuide(QDialog):
    """The guide as a Markdown page: images load from docs/, links to other pages open outside."""

    def __init__(self, parent=None, path=None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Help", "Galley User Guide"))
        self.path = path or user_guide_path()
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # we decide: anchors scroll, everything else opens outside
        self.browser.anchorClicked.connect(self.follow)
        back = QToolButton(text=QCoreApplication.translate("Help", "Back"))
        forward = QToolButton(text=QCoreApplication.translate("Help", "Forward"))
        back.clicked.connect(self.browser.backward)
        forward.clicked.connect(self.browser.forward)
        self.browser.backwardAvailable.connect(back.setEnabled)
        self.browser.forwardAvailable.connect(forward.setEnabled)
        back.setEnabled(False)
        forward.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bar = QHBoxLayout()
        bar.addWidget(back)
        bar.addWidget(forward)
        bar.addStretch(1)
        bar.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(bar)
        self.load()
        self.resize(900, 760)

    def load(self) -> None:
        if self.path.is_file():
            # setSource with the file's URL: relative image paths resolve against docs/.
            self.browser.setSource(QUrl.fromLocalFile(str(self.path)), QTextDocument.ResourceType.MarkdownResource)
            self.fit_images()
        else:
            missing = QCoreApplication.translate("Help", "The user guide is missing from this installation: {0}")
            self.browser.setPlainText(missing.format(self.path))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_images()

    def fit_images(self) -> None:
        """Screenshots are 1400 px wide: scale each to the page width (height follows)."""
        doc = self.browser.document()
        width = max(200, self.browser.viewport().width() - 2 * int(doc.documentMargin()) - 4)
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                fmt = frag.charFormat()
                if fmt.isImageFormat():
                    image = fmt.toImageFormat()
                    if image.width() != width:
                        image.setWidth(width)
                        cursor = QTextCursor(doc)
                        cursor.setPosition(frag.position())
                        cursor.setPosition(frag.position() + frag.length(), QTextCursor.MoveMode.KeepAnchor)
                        cursor.setCharFormat(image)
                it += 1
            block = block.next()

    def follow(self, url: QUrl) -> None:
        if url.hasFragment() and (url.isRelative() or url.adjusted(QUrl.UrlFormattingOption.RemoveFragment)
                                  == self.browser.source()):
            self.scroll_to_heading(url.fragment())
        elif url.isRelative() and url.path().endswith(".md"):
            target = self.browser.source().resolved(url)
            self.browser.setSource(target, QTextDocument.ResourceType.MarkdownResource)
        else:
            QDesktopServices.openUrl(self.browser.source().resolved(url) if url.isRelative() else url)


    def scroll_to_heading(self, fragment: str) -> bool:
        """Qt's Markdown import gives headings no anchors: find the heading whose GitHub-style
        slug is the fragment, and put it at the top."""
        doc = self.browser.document()
        block = doc.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() and slug(block.text()) == fragment:
                top = doc.documentLayout().blockBoundingRect(block).top()
                self.browser.verticalScrollBar().setValue(int(top))
                return True
            block = block.next()
        return False


def slug(heading: str) -> str:
    """The anchor GitHub makes from a heading: lower case, punctuation dropped, spaces to hyphens."""
    kept = "".join(c for c in heading.strip().lower() if c.isalnum() or c in " -_")
    return kept.replace(" ", "-")


def about_html() -> str:
    rows = "".join(f"<tr><td>{name}</td><td>{licence}</td><td><a href='{url}'>{url}</a></td></tr>"
                   for name, licence, url in LICENCES)
    built = QCoreApplication.translate("Help", "Built with Python {0}, Qt {1} and PySide6 {2}.").format(
        platform.python_version(), qVersion(), pyside_version)
    lgpl = QCoreApplication.translate("Help", "Qt and PySide6 are used under the GNU LGPL version 3: they are "
                                              "separate shared libraries in the bundle, which you may replace "
                                              "with your own build.")
    tagline = QCoreApplication.translate("Help", "A review desk for machine-translated copy.")
    own = QCoreApplication.translate("Help", "Galley is free software under the MIT licence.")
    third = QCoreApplication.translate("Help", "Third-party software")
    includes = QCoreApplication.translate("Help", "Galley includes these libraries, under their own licences:")
    return (f"<h2>Galley {__version__}</h2>"
            f"<p>{tagline}</p>"
            f"<p>{own}</p>"
            f"<p>{built}</p>"
            f"<h3>{third}</h3>"
            f"<p>{includes}</p>"
            f"<table cellpadding='3'>{rows}</table>"
            f"<p>{lgpl}</p>")


class AboutDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Help", "About Galley"))
        self.label = QLabel(about_html())
        self.label.setWordWrap(True)
        self.label.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(buttons)
