"""Take the README screenshots under Xvfb: `make screenshots` (needs Xvfb and ImageMagick's `import`).

Each shot runs the real window on the bundled sample, with settings and data in a
temporary folder, fills a 1400x900 screen, and is captured with `import -window root`.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from xvfb_shots import ROOT, run_shots, settle  # docs/ is on sys.path when run as a script

DISPLAY = ":96"


def shoot(kind: str, out: Path) -> None:
    """Run in a child process on the Xvfb display (one window per shot, clean settings)."""
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from app.paths import sample_pair
    from app.ui.app import make_app
    from app.ui.main_window import MainWindow

    app = make_app()
    with tempfile.TemporaryDirectory() as d:
        settings = QSettings(str(Path(d) / "galley.ini"), QSettings.Format.IniFormat)
        if kind == "dark":
            settings.setValue("view/theme", "dark")
        settings.setValue("reviewer/name", "Ana Ruiz")
        w = MainWindow(settings)
        w.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        w.setGeometry(0, 0, 1400, 900)
        w.show()
        mt, clean = sample_pair()
        review = w.review
        if kind == "compare":
            w.open_files(mt, clean)
        else:
            # A review in progress: the MT being cleaned, two fixes applied, one comment.
            w.open_files(mt)
            w.workers.wait_idle(30)
            settle(app, w)
            (repeated,) = [f for f in review.findings if f.check == "repeated-word"]
            review.apply_fix(repeated)
            settle(app, w)
            variant = next(f for f in review.findings if f.check == "name-variant")
            review.fix_all(variant)
            settle(app, w)
        w.workers.wait_idle(30)
        text = review.session.working[1].text
        start = text.index("Greenspan")
        review.add_annotation(1, start, start + len("Greenspan"),
                              "Le Monde has no journalist of this name; check the byline.", "Accuracy", "Major")
        if kind != "compare":
            w.right.editor.setTextCursor(w.right.cursor_for(0, 0))
            w.go_to_finding()
            w.go_to_finding()
        if kind == "compare":
            w.ask_label = lambda: "Desk edit, first pass"
            w.snapshot()
            w.workers.wait_idle(30)
            rev = review.session.revisions[-1].id
            w.revisions_dock.show()
            w.revisions_dock.raise_()
            w.revisions_dock.select_keys(["original", rev])
            w.compare_versions("original", rev)
        w.workers.wait_idle(30)
        deadline = time.time() + 1.5
        while time.time() < deadline:
            app.processEvents()
            time.sleep(0.02)
        subprocess.run(["import", "-display", DISPLAY, "-window", "root", str(out)], check=True)
        w.workers.shutdown()
        w.close()
        QApplication.processEvents()


def main() -> int:
    if len(sys.argv) == 3:
        shoot(sys.argv[1], Path(sys.argv[2]))
        return 0
    run_shots(__file__, DISPLAY, [(kind, ROOT / "docs" / name) for kind, name in (
        ("main", "screenshot.png"), ("compare", "screenshot-compare.png"), ("dark", "screenshot-dark.png"))])
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
