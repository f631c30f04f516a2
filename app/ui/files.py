"""Files: new project, open, recent, drag and drop, save a copy, the first-run sample project.

Every open project is a .galley file (app/store), so every change is saved as it
is made. Documents opened or dropped without a project get one created for them
in Galley's data folder (listed in Open Recent); nothing is ever written beside
the user's own files unless they choose to.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.core.errors import GalleyError
from app.io import load_document
from app.paths import sample_pair
from app.store import SUFFIX, Project
from app.ui.store_session import StoreSession

OPENABLE = (".txt", ".docx", SUFFIX)


def doc_filter() -> str:
    return QCoreApplication.translate("Files", "Documents") + " (*.txt *.docx);;" + \
        QCoreApplication.translate("Files", "All files") + " (*)"


def open_filter() -> str:
    return QCoreApplication.translate("Files", "Galley projects and documents") + f" (*{SUFFIX} *.txt *.docx);;" + \
        QCoreApplication.translate("Files", "All files") + " (*)"


def project_filter() -> str:
    return QCoreApplication.translate("Files", "Galley projects") + f" (*{SUFFIX})"

SAMPLE_NAME = "Le Monde sample" + SUFFIX


def data_dir() -> Path:
    """Where Galley keeps its own files (the sample project): never inside the repository."""
    d = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    d.mkdir(parents=True, exist_ok=True)
    return d


def projects_dir() -> Path:
    d = data_dir() / "projects"
    d.mkdir(parents=True, exist_ok=True)
    return d


def free_path(folder: Path, stem: str) -> Path:
    path = folder / f"{stem}{SUFFIX}"
    n = 2
    while path.exists():
        path = folder / f"{stem} ({n}){SUFFIX}"
        n += 1
    return path


def create_project(window, mt_path, clean_path=None, target: Path | None = None) -> bool:
    """A new project from an MT file (and optionally its cleaned version), made on the worker.

    Reading and importing the files and writing the project happen off the GUI thread
    (a 50 MB file takes seconds); the project is then opened here, where its SQLite
    connection will live. A bad file gets a dialog naming it; the window keeps what it shows."""
    reviewer = window.settings.get("reviewer/name")
    folder = projects_dir()

    def work(job):
        mt = load_document(mt_path)
        clean = load_document(clean_path) if clean_path else None
        path = target or free_path(folder, Path(mt_path).stem)
        Project.create(path, mt, clean, title=Path(mt_path).stem, reviewer=reviewer).close()
        return path, list(mt.warnings) + (list(clean.warnings) if clean is not None else [])

    def done(result) -> None:
        path, warnings = result
        if open_project(window, path) and warnings:
            window.show_error(QCoreApplication.translate("Files", "Check the encoding"), "\n".join(warnings),
                              QMessageBox.Icon.Warning)

    def failed(exc: BaseException) -> None:
        window.show_error(QCoreApplication.translate("Files", "Galley cannot open this file"), str(exc))

    label = QCoreApplication.translate("Files", "Opening {0}…").format(Path(mt_path).name)
    window.workers.submit("load", work, done, on_error=failed, label=label,
                          cancellable=True)
    return True


def open_project(window, path) -> bool:
    try:
        project = Project.open(path)
    except (GalleyError, OSError) as exc:
        window.show_error(QCoreApplication.translate("Files", "Galley cannot open this project"), str(exc))
        return False
    if not window.open_session(StoreSession(project)):
        project.close()
        return False
    return True


def open_path(window, path) -> bool:
    path = Path(path)
    if path.suffix.lower() == SUFFIX:
        return open_project(window, path)
    return create_project(window, path)


def open_pair(window, mt_path, clean_path=None) -> bool:
    return create_project(window, mt_path, clean_path)


def open_dialog(window) -> None:
    path, _ = QFileDialog.getOpenFileName(window, QCoreApplication.translate("Files", "Open a project or document"), "",
                                          open_filter())
    if path:
        open_path(window, path)


def new_project_dialog(window) -> None:
    mt, _ = QFileDialog.getOpenFileName(
        window, QCoreApplication.translate("Files", "New project: choose the machine translation"), "", doc_filter())
    if not mt:
        return
    clean, _ = QFileDialog.getOpenFileName(
        window, QCoreApplication.translate("Files", "Optionally choose its cleaned version (Cancel to start from the MT)"),
        str(Path(mt).parent), doc_filter())
    target, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("Files", "Save the new project as"),
                                            str(free_path(Path(mt).parent, Path(mt).stem)), project_filter())
    if target:
        target = target if target.endswith(SUFFIX) else target + SUFFIX
        create_project(window, mt, clean or None, Path(target))


def save_copy_dialog(window) -> None:
    s = window.review.session
    if s is None:
        return
    target, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("Files", "Save a copy of the project as"),
                                            str(s.path), project_filter())
    if target:
        save_copy(window, Path(target if target.endswith(SUFFIX) else target + SUFFIX))


def save_copy(window, target: Path) -> bool:
    """Copy the project to `target` and go on working there (what Save As means for a live file)."""
    try:
        window.review.session.project.save_as(target)
    except (GalleyError, OSError) as exc:
        window.show_error(QCoreApplication.translate("Files", "Galley cannot save the copy"), str(exc))
        return False
    window.settings.add_recent(str(target))
    window.settings.set("files/last_project", str(target))
    window.refresh_title()
    return True


def droppable(mime) -> list[Path]:
    if not mime.hasUrls():
        return []
    paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in OPENABLE]


def open_dropped(window, paths: list[Path]) -> None:
    """A project file opens; one or two documents start a project (the MT, then its cleaned version)."""
    projects = [p for p in paths if p.suffix.lower() == SUFFIX]
    if projects:
        open_project(window, projects[0])
    else:
        create_project(window, paths[0], paths[1] if len(paths) > 1 else None)


def sample_project() -> Path:
    """The bundled Le Monde pair as a project in the data folder, made on first use."""
    path = data_dir() / SAMPLE_NAME
    if not path.exists():
        mt, clean = sample_pair()
        Project.create(path, load_document(mt), load_document(clean), title="Le Monde sample").close()
    return path


def open_start(window, files: list[str]) -> None:
    """At start: the files given, else the last project, else the sample project."""
    if files:
        if len(files) == 1:
            open_path(window, files[0])
        else:
            create_project(window, files[0], files[1])
        return
    last = window.settings.get("files/last_project")
    if last and Path(last).exists() and open_project(window, last):
        return
    try:
        path = sample_project()
    except (GalleyError, OSError) as exc:
        window.show_error(QCoreApplication.translate("Files", "Galley cannot make the sample project"), str(exc))
        return
    open_project(window, path)


def close_session(window) -> None:
    s = window.review.session
    if s is not None:
        s.close()


def check_catalogue() -> list[tuple[str, str, str, str]]:
    from app.ui.engines import check_catalogue as catalogue
    return catalogue()
