"""Reading and writing the files users hand Galley: TXT and DOCX in, DOCX out."""
from __future__ import annotations

from pathlib import Path

from app.core.document import Document
from app.core.errors import MissingFileError, UnsupportedFormatError, FileTooLargeError

MAX_INPUT_BYTES = 50 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}


def check_readable(path: Path, limit: int = MAX_INPUT_BYTES) -> int:
    """Raise the right GalleyInputError when `path` cannot be a document; return its size."""
    if not path.exists():
        raise MissingFileError(path, "no such file")
    if path.is_dir():
        raise MissingFileError(path, "this is a folder, not a file")
    size = path.stat().st_size
    if size > limit:
        raise FileTooLargeError(
            path, f"the file is {size / 1048576:.0f} MB, larger than the {limit // 1048576} MB Galley opens")
    return size


def load_document(path: str | Path) -> Document:
    """Import a TXT or DOCX file (or a .galley project's working text) as a Document, by its extension.

    Raises a GalleyInputError subclass that names the file and the problem.
    Never writes anything."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".galley":  # a project means its working text, read-only
        from app.store import read_project_working
        return read_project_working(path)
    if suffix == ".docx":
        from app.io.docx.reader import read_docx
        return read_docx(path)
    if suffix in (".doc", ".odt", ".rtf", ".pdf", ".pages"):
        check_readable(path)
        raise UnsupportedFormatError(
            path, f"Galley reads .txt and .docx files, not {suffix}; save it as .docx in your word processor first")
    from app.io.txt import read_txt
    return read_txt(path)
