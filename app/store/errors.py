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


class ProjectSaveError(GalleyError):
    """The file refused a write (disk full, permission denied). The work is kept in memory,
    the file still holds the last saved state, and the next save tries again."""

    def __init__(self, path, reason: str):
        from pathlib import Path
        self.path = Path(path)
        self.reason = reason.rstrip(".")
        super().__init__(f"{self.path}: not saved: {self.reason}; your work is kept in Galley and will be "
                         f"saved as soon as the file can be written (or save a copy elsewhere).")


def save_failure_reason(exc: BaseException) -> str:
    """What a failed write means to the user, in a few words."""
    import errno
    import sqlite3

    text = str(exc).lower()
    code = getattr(exc, "errno", None)
    if code == errno.ENOSPC or "disk is full" in text or "no space" in text:
        return "the disk is full"
    if code in (errno.EACCES, errno.EPERM, errno.EROFS) or "readonly" in text or "read-only" in text \
            or "permission" in text:
        return "the file or its folder cannot be written (permission denied or a read-only disk)"
    if isinstance(exc, sqlite3.OperationalError) and "unable to open" in text:
        return "SQLite cannot write its journal beside the file (permission denied or a full disk)"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror[0].lower() + exc.strerror[1:]
    return f"the write failed ({exc})"
