"""Plain-text import: encoding detection, line endings, one paragraph per non-blank line."""
from __future__ import annotations

import codecs
from pathlib import Path

from app.core.document import Document
from app.core.errors import BinaryFileError, EmptyFileError, UndecodableTextError

# Signatures of common binary formats, so the message can say what the file is.
_MAGIC = [
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (perhaps a .docx: rename it to .docx)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office (OLE) document"),
    (b"SQLite format 3\x00", "an SQLite database (perhaps a .galley project)"),
    (b"\x7fELF", "a program"),
    (b"\x1f\x8b", "a gzip archive"),
]


def _guess_bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII-heavy text has a NUL in every other byte."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:4096]
    even_nul = sample[0::2].count(0) / (len(sample) / 2)
    odd_nul = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def decode_text(path: Path, data: bytes) -> tuple[str, str, list[str]]:
    """Return (text, encoding name, warnings) or raise a GalleyInputError."""
    warnings: list[str] = []
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc), "UTF-8 (BOM)" if enc == "utf-8-sig" else (
                    "UTF-16 LE" if bom == codecs.BOM_UTF16_LE else "UTF-16 BE"), warnings
            except UnicodeDecodeError as exc:
                raise UndecodableTextError(
                    path, f"the file starts with a {enc.upper()} byte-order mark but byte {exc.start} is not valid {enc.upper()}")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BinaryFileError(path, f"this is {what}, not a text file")
    utf16 = _guess_bomless_utf16(data)
    if utf16:
        try:
            text = data.decode(utf16)
            warnings.append(f"{path.name} has no byte-order mark; Galley read it as {utf16.upper()}.")
            return text, utf16.upper().replace("-LE", " LE").replace("-BE", " BE"), warnings
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise BinaryFileError(path, "the file contains NUL bytes, so it is binary data, not text")
    try:
        return data.decode("utf-8"), "UTF-8", warnings
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise UndecodableTextError(
            path, f"byte {utf8_error.start} is neither UTF-8 nor Windows-1252; "
                  "save the file as UTF-8 and open it again")
    warnings.append(
        f"{path.name} is not valid UTF-8 (byte {utf8_error.start}); Galley read it as Windows-1252. "
        "Check accented letters and quotes.")
    return text, "Windows-1252", warnings


def _looks_binary(text: str) -> bool:
    """Control characters other than tab, newline, form feed mean this is not prose."""
    sample = text[:65536]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls > max(8, len(sample) // 100)


def read_txt(path: Path) -> Document:
    from app.io import check_readable

    check_readable(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UndecodableTextError(path, f"the file cannot be read ({exc.strerror or exc})") from exc
    if not data.strip():
        raise EmptyFileError(path, "the file is empty" if not data else "the file holds only white space")
    text, encoding, warnings = decode_text(path, data)
    if _looks_binary(text):
        raise BinaryFileError(path, "the file is full of control characters, so it is binary data, not text")
    doc = Document.from_text(text, source=str(path), encoding=encoding, warnings=tuple(warnings))
    if not doc.paragraphs:
        raise EmptyFileError(path, "the file holds only white space")
    return doc
