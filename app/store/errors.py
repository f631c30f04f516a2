"""Errors about .galley project files; each names the file and says what is wrong in one sentence."""
from __future__ import annotations

from app.core.errors import GalleyError, GalleyInputError


class ProjectFileError(GalleyInputError):
    """A .galley file cannot be opened as a project. The file is left exactly as it was."""


class NotAProjectError(ProjectFileError):
    """Not an SQLite database, or an SQLite database that is not a Galley project."""


class TruncatedProjectError(ProjectFileError):
    """The file is shorter than its own header says: it was cut off (a failed copy or download)."""


class CorruptProjectError(ProjectFileError):
    """SQLite's integrity check fails, or the tables are not what Galley wrote."""


class NewerProjectError(ProjectFileError):
    """Written by a newer Galley whose schema this one does not know."""


class ProjectExistsError(ProjectFileError):
    """`galley new` (or Save As with overwrite off) would replace an existing file."""


class ReadOnlyProjectError(GalleyError):
    """A change was asked of a project opened read-only; the message says why it is read-only."""
