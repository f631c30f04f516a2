"""Export menu: DOCX clean copy, redline, bilingual table, QA report; Import Editor Review.

The export writers live in app/io/docx. The job is read from the open project on
the GUI thread (the project file belongs to it); the DOCX is written on the worker.
Before the exporters are part of the build, the menu entries stay disabled and say why.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.core.errors import GalleyError
from app.core.session import ORIGINAL, WORKING

try:
    from app.io.docx.exchange import export as _export
    from app.io.docx.project_export import project_job as _project_job
except ImportError:  # pragma: no cover - only before the DOCX exchange is merged
    _export = _project_job = None

try:
    from app.io.docx.project_import import plan_import as _plan_import
except ImportError:  # pragma: no cover
    _plan_import = None

PENDING = "DOCX export arrives with the export feature; it is not part of this build yet."
ACTION_FORMATS = {"export_clean": "clean", "export_redline": "redline", "export_bilingual": "bilingual",
                  "export_report": "report"}
SUFFIXES = {"clean": "clean", "redline": "redline", "bilingual": "bilingual", "report": "QA report"}


def available() -> bool:
    return _export is not None and _project_job is not None


def import_available() -> bool:
    return _plan_import is not None


def base_argument(window) -> str | None:
    """The base the panes show (the MT, or a revision put on the left), as the exporter names it."""
    key = window.review.left_key
    return None if key in (ORIGINAL, WORKING) else str(key)


def export_dialog(window, fmt: str) -> None:
    s = window.review.session
    if s is None:
        return
    default = s.path.with_name(f"{s.path.stem} ({SUFFIXES[fmt]}).docx")
    target, _ = QFileDialog.getSaveFileName(window, f"Export {SUFFIXES[fmt]} as DOCX", str(default),
                                            "Word documents (*.docx)")
    if target:
        export_to(window, fmt, Path(target if target.lower().endswith(".docx") else target + ".docx"))


def export_to(window, fmt: str, target: Path) -> None:
    """Build the job here, write the file on the worker; the status bar says when it is done."""
    review = window.review
    review.save_now()
    try:
        job = _project_job(review.session.project, fmt, base=base_argument(window),
                           with_findings=window.actions["export_with_findings"].isChecked(),
                           reviewer=window.settings.get("reviewer/name") or None)
    except (GalleyError, OSError) as exc:
        window.show_error("Galley cannot export", str(exc))
        return

    def done(path) -> None:
        window.status.showMessage(f"Exported {path}", 8000)
        window.last_export = Path(path)

    window.workers.submit("export", lambda job_: _export(job, fmt, target), done, label=f"Exporting {target.name}…",
                          on_error=lambda exc: window.show_error("Galley cannot export", str(exc)))


def import_review_dialog(window) -> None:
    path, _ = QFileDialog.getOpenFileName(window, "Import an editor's reviewed DOCX", "", "Word documents (*.docx)")
    if path:
        import_review(window, Path(path))


def import_review(window, path: Path) -> bool:
    """Bring an editor's DOCX in as one undoable step and show what came in."""
    review = window.review
    review.save_now()
    try:
        plan = _plan_import(review.session.project, path)
    except (GalleyError, OSError) as exc:
        window.show_error("Galley cannot import this review", str(exc))
        return False
    if plan.operation is None:
        window.show_error("Nothing new", f"{path.name}: {plan.summary}", QMessageBox.Icon.Information)
        return False
    from app.ui.store_session import StoreOp
    ok = review.push(StoreOp(plan.operation.name, [plan.operation], touches_text=True))
    if ok:
        window.show_error("Editor review imported", plan.summary, QMessageBox.Icon.Information)
    return ok


def wire(window) -> None:
    """Enable and connect the Export menu entries when the exporters are part of the build."""
    a = window.actions
    for name, fmt in ACTION_FORMATS.items():
        if available():
            a[name].setEnabled(True)
            a[name].triggered.connect(lambda _=False, fmt=fmt: export_dialog(window, fmt))
        else:
            a[name].setEnabled(False)
            a[name].setToolTip(PENDING)
            a[name].setStatusTip(PENDING)
    a["export_with_findings"].setEnabled(available())
    if import_available():
        a["import_review"].setEnabled(True)
        a["import_review"].triggered.connect(lambda: import_review_dialog(window))
    else:
        a["import_review"].setEnabled(False)
        a["import_review"].setToolTip(PENDING)
