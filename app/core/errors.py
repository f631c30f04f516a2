"""The error family every room raises for input the user handed us."""
from __future__ import annotations

from pathlib import Path


class GalleyError(Exception):
    """Base of every error Galley reports to the user in one sentence."""


class GalleyInputError(GalleyError):
    """A file the user gave us cannot be read. The message names the file and the problem.

    Subclasses say which kind of problem it is, so tests and callers can tell them
    apart, but every caller only needs `str(error)`.
    """

    def __init__(self, path: str | Path, reason: str):
        self.path = Path(path)
        self.reason = reason.rstrip(".")
        super().__init__(f"{self.path}: {self.reason}.")


class MissingFileError(GalleyInputError):
    pass


class EmptyFileError(GalleyInputError):
    pass


class BinaryFileError(GalleyInputError):
    pass


class UndecodableTextError(GalleyInputError):
    pass


class FileTooLargeError(GalleyInputError):
    pass


class NotADocxError(GalleyInputError):
    pass


class CorruptDocxError(GalleyInputError):
    pass


class UnsupportedFormatError(GalleyInputError):
    pass


class OutputWriteError(GalleyInputError):
    """A file Galley was asked to write could not be written (full disk, no permission).

    Nothing was written under its name; whatever was there before is unchanged."""
