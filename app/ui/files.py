"""Files: new project, open, recent, drag and drop, the first-run sample project."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.core.errors import GalleyError
from app.io import load_document
from app.paths import sample_pair
from app.ui.session import Session

PROJECT_SUFFIX = ".galley"
OPENABLE = (".txt", ".docx", PROJECT_SUFFIX)
DOC_FILTER = "Documents (*.txt *.docx);;All files (*)"
OPEN_FILTER = "Galley projects and documents (*.galley *.txt *.docx);;All files (*)"


def data_dir() -> Path:
    """Where Galley keeps its own files (the sample project): never inside the repository."""
    d = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    d.mkdir(parents=True, exist_ok=True)
    return d


def open_pair(window, mt_path, clean_path=None) -> bool:
    """A new project from an MT file (and optionally its cleaned version); a dialog on bad files."""
    try:
        mt = load_document(mt_path)
        clean = load_document(clean_path) if clean_path else None
    except GalleyError as exc:
        window.show_error("Galley cannot open this file", str(exc))
        return False
    title = Path(mt_path).stem
    session = Session(mt, clean, title=title, reviewer=window.settings.get("reviewer/name"))
    window.open_session(session)
    warnings = list(mt.warnings) + (list(clean.warnings) if clean is not None else [])
    if warnings:
        window.show_error("Check the encoding", "\n".join(warnings), QMessageBox.Icon.Warning)
    return True


def open_path(window, path) -> bool:
    path = Path(path)
    if path.suffix.lower() == PROJECT_SUFFIX:
        window.show_error("Galley cannot open this file",
                          f"{path}: Galley projects cannot be opened by this build yet.")
        return False
    return open_pair(window, path)


def open_dialog(window) -> None:
    path, _ = QFileDialog.getOpenFileName(window, "Open a project or document", "", OPEN_FILTER)
    if path:
        open_path(window, path)


def new_project_dialog(window) -> None:
    mt, _ = QFileDialog.getOpenFileName(window, "New project: choose the machine translation", "", DOC_FILTER)
    if not mt:
        return
    clean, _ = QFileDialog.getOpenFileName(
        window, "Optionally choose its cleaned version (Cancel to start from the MT)", str(Path(mt).parent),
        DOC_FILTER)
    open_pair(window, mt, clean or None)


def save_copy_dialog(window) -> None:
    window.show_error("Save a copy", "Saving projects arrives with the project file.", QMessageBox.Icon.Information)


def droppable(mime) -> list[Path]:
    if not mime.hasUrls():
        return []
    paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in OPENABLE]


def open_dropped(window, paths: list[Path]) -> None:
    """One project file opens it; one or two documents start a project (MT, then cleaned)."""
    projects = [p for p in paths if p.suffix.lower() == PROJECT_SUFFIX]
    if projects:
        open_path(window, projects[0])
    else:
        open_pair(window, paths[0], paths[1] if len(paths) > 1 else None)


def open_start(window, files: list[str]) -> None:
    """What the window opens at start: the files given, else the last project, else the sample."""
    if files:
        if len(files) == 1:
            open_path(window, files[0])
        else:
            open_pair(window, files[0], files[1])
        return
    open_pair(window, *sample_pair())


def close_session(window) -> None:
    s = window.review.session
    if s is not None:
        s.save()


def check_catalogue() -> list[tuple[str, str, str, str]]:
    from app.ui.engines import check_catalogue as catalogue
    return catalogue()
