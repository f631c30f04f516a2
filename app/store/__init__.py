"""The project file: one SQLite database per .galley project (schema, migrations, autosave).

Public API: `Project` (open/create/apply/revert/save_as/close), `read_project_working`
(what `app.io.load_document` uses for a .galley path), and the ProjectFileError family.
"""
from app.store.errors import (
    CorruptProjectError, NewerProjectError, NotAProjectError, ProjectExistsError, ProjectFileError,
    ProjectSaveError, ReadOnlyProjectError, TruncatedProjectError,
)
from app.store.project import SUFFIX, Project, read_project_working

__all__ = [
    "Project", "read_project_working", "SUFFIX", "ProjectFileError", "NotAProjectError",
    "TruncatedProjectError", "CorruptProjectError", "NewerProjectError", "ProjectExistsError",
    "ReadOnlyProjectError", "ProjectSaveError",
]
