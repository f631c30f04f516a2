"""Take the user guide's screenshots (docs/guide/*.png) of the real window under Xvfb.

`make guide-screenshots` (needs Xvfb and ImageMagick's `import`). Each shot runs in its own
process on display :97 (1400x900), with settings and data in a temporary folder, on the bundled
Le Monde sample, doing what the guide tells the reader to do.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from xvfb_shots import ROOT, run_shots  # docs/ is on sys.path when run as a script
from xvfb_shots import settle as wait_for_window

DISPLAY = ":97"
SHOTS = ("review", "fix", "comment", "compare", "export", "help", "french")


def pump(app, seconds: float) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        app.processEvents()
        time.sleep(0.02)


def settle(app, w) -> None:
    wait_for_window(app, w)
    pump(app, 0.3)


def grab(out: Path) -> None:
    subprocess.run(["import", "-display", DISPLAY, "-window", "root", str(out)], check=True)


def shoot(kind: str, out: Path) -> None:
    from PySide6.QtCore import QPoint, QSettings, Qt
    from PySide6.QtWidgets import QApplication, QMenu

    from app.paths import sample_pair
    from app.ui.app import make_app
    from app.ui.docks.comments import CommentDialog
    from app.ui.main_window import MainWindow

    app = make_app()
    if kind == "french":
        from app.ui.i18n import install_translators
        install_translators(app, "fr")
    with tempfile.TemporaryDirectory() as d:
        settings = QSettings(str(Path(d) / "galley.ini"), QSettings.Format.IniFormat)
        settings.setValue("reviewer/name", "Ana Ruiz")
        w = MainWindow(settings)
        w.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        w.setGeometry(0, 0, 1400, 900)
        w.show()
        mt, clean = sample_pair()
        review = w.review
        w.open_files(mt)
        settle(app, w)
        w.right.editor.setTextCursor(w.right.cursor_for(0, 0))
        if kind in ("review", "french"):
            w.go_to_finding()
        elif kind == "fix":
            (repeated,) = [f for f in review.findings if f.check == "repeated-word"]
            review.apply_fix(repeated)
            settle(app, w)
            variant = next(f for f in review.findings if f.check == "name-variant")
            w.show_finding(variant, focus=True)
            settle(app, w)
            # The right-click menu on the underlined name, as the reader will see it.
            menu = QMenu(w)
            w.finding_menu(menu, variant.paragraph, variant.start)
            rect = w.right.editor.cursorRect()
            menu.popup(w.right.editor.viewport().mapToGlobal(rect.bottomRight() + QPoint(4, 4)))
        elif kind == "comment":
            text = review.session.working[1].text
            start = text.index("Greenspan")
            w.right.show_span(1, start, start + len("Greenspan"), select=True)
            dialog = CommentDialog("Greenspan", "Le Monde has no journalist of this name; check the byline.",
                                   "Accuracy", "Major", w)
            dialog.show()
            dialog.move(w.geometry().center() - dialog.rect().center())
        elif kind in ("compare", "export", "help"):
            for f in [f for f in review.findings if f.check == "repeated-word"]:
                review.apply_fix(f)
                settle(app, w)
            text = review.session.working[1].text
            start = text.index("Greenspan")
            review.add_annotation(1, start, start + len("Greenspan"),
                                  "Le Monde has no journalist of this name; check the byline.", "Accuracy", "Major")
            settle(app, w)
            if kind == "compare":
                w.ask_label = lambda: "Desk edit, first pass"
                w.snapshot()
                settle(app, w)
                rev = review.session.revisions[-1].id
                w.revisions_dock.show()
                w.revisions_dock.raise_()
                w.revisions_dock.select_keys(["original", rev])
                w.compare_versions("original", rev)
            elif kind == "export":
                menu = w.menuBar().findChild(QMenu, "menuExport")
                w.menuBar().setActiveAction(menu.menuAction())
            else:
                guide = w.show_user_guide()
                guide.setGeometry(380, 90, 900, 760)
                pump(app, 0.3)
                guide.fit_images()
        settle(app, w)
        pump(app, 1.0)
        grab(out)
        w.workers.shutdown()
        w.close()
        QApplication.processEvents()


def main() -> int:
    if len(sys.argv) == 3:
        shoot(sys.argv[1], Path(sys.argv[2]))
        return 0
    out = ROOT / "docs" / "guide"
    out.mkdir(exist_ok=True)
    run_shots(__file__, DISPLAY, [(kind, out / f"{kind}.png") for kind in (sys.argv[1:] or SHOTS)],
              {"LANGUAGE": "en", "LC_ALL": "C.UTF-8"})
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
