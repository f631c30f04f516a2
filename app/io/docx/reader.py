"""DOCX import: body paragraphs and table cells in reading order, with style names.

We read the accepted view of the text ourselves from the XML (python-docx's
`Paragraph.text` skips runs inside tracked insertions), and use python-docx for
the package, the styles and the safe XML parser (entities are never resolved).
"""
from __future__ import annotations

import zipfile
from pathlib import Path

from app.core.document import Document, Paragraph
from app.core.errors import CorruptDocxError, EmptyFileError, NotADocxError

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"
# Refuse packages that would inflate past this before inflating them (zip bombs).
MAX_UNCOMPRESSED = 512 * 1024 * 1024
MAX_RATIO = 200
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_SKIP = {_W + "del", _W + "moveFrom", _W + "delText", _W + "instrText", _W + "rPr",
         _W + "pPr", _W + "footnoteReference", _W + "commentReference"}


def _has_dtd(zf: zipfile.ZipFile, name: str) -> bool:
    """Look for <!DOCTYPE before the root element, reading only the start of the part."""
    with zf.open(name) as fh:
        head = fh.read(8192)
    root = head.find(b"<w:") if b"<w:" in head else head.find(b"<Types")
    prolog = head if root < 0 else head[:root]
    return b"<!DOCTYPE" in prolog.upper() or b"<!ENTITY" in prolog.upper()


def check_package(path: Path) -> None:
    """Reject what is not a sane DOCX package before any XML is inflated."""
    with path.open("rb") as fh:
        head = fh.read(8)
    if head.startswith(OLE_MAGIC):
        raise NotADocxError(path, "this is a password-protected or old-format (.doc) Word file; "
                                  "save it as an unprotected .docx first")
    if not head.startswith(b"PK"):
        raise NotADocxError(path, "this is not a Word document (a .docx is a ZIP package, and this file is not one)")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
            if "word/document.xml" not in names:
                raise NotADocxError(path, "this ZIP package has no word/document.xml, so it is not a Word document")
            for name in ("word/document.xml", "[Content_Types].xml"):
                if name in names and _has_dtd(zf, name):
                    raise CorruptDocxError(
                        path, f"{name} carries a DTD (document type declaration), which Word never writes; "
                              "Galley refuses it because DTDs can smuggle in external entities")
            total = sum(i.file_size for i in infos)
            packed = sum(i.compress_size for i in infos) or 1
            if total > MAX_UNCOMPRESSED or (total > 20 * 1024 * 1024 and total / packed > MAX_RATIO):
                raise CorruptDocxError(
                    path, f"the package would expand to {total / 1048576:.0f} MB from {packed / 1024:.0f} KB; "
                          "Galley refuses it as a possible zip bomb")
    except zipfile.BadZipFile as exc:
        raise CorruptDocxError(path, f"the ZIP package is damaged ({exc})") from exc


def paragraph_text(p) -> str:
    """The accepted text of one w:p element: insertions in, deletions out."""
    parts: list[str] = []

    def walk(el) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == _W + "t":
                parts.append(child.text or "")
            elif tag == _W + "tab" or tag == _W + "ptab":
                parts.append("\t")
            elif tag in (_W + "br", _W + "cr"):
                parts.append(" ")  # a paragraph is one line in Galley's model
            elif tag == _W + "noBreakHyphen":
                parts.append("\u2011")
            elif tag == _W + "softHyphen":
                parts.append("\u00ad")
            elif tag == _W + "p":
                continue  # a text box's own paragraphs are not part of this one
            else:
                walk(child)

    walk(p)
    return "".join(parts)


def iter_block_paragraphs(container):
    """Yield w:p elements in reading order, descending into tables and content controls."""
    for child in container:
        tag = child.tag
        if tag == _W + "p":
            yield child
        elif tag == _W + "tbl":
            for tr in child.iterchildren(_W + "tr"):
                for tc in tr.iterchildren(_W + "tc"):
                    yield from iter_block_paragraphs(tc)
        elif tag in (_W + "sdt",):
            content = child.find(_W + "sdtContent")
            if content is not None:
                yield from iter_block_paragraphs(content)
        elif tag in (_W + "customXml", _W + "ins"):
            yield from iter_block_paragraphs(child)


def open_package(path: Path):
    """Every guard a DOCX passes before python-docx parses it (existence, size, empty
    file, zip sanity, zip bomb, DTD), then the parsed package; errors name the file."""
    from app.io import check_readable
    import docx
    from lxml import etree

    check_readable(path)
    if path.stat().st_size == 0:
        raise EmptyFileError(path, "the file is empty")
    check_package(path)
    try:
        return docx.Document(str(path))
    except (KeyError, ValueError, zipfile.BadZipFile, etree.XMLSyntaxError, AttributeError, TypeError) as exc:
        raise CorruptDocxError(path, f"the Word document is damaged and cannot be read ({type(exc).__name__}: {exc})") from exc
    except Exception as exc:  # python-docx raises its own PackageNotFoundError and friends
        raise CorruptDocxError(path, f"the Word document cannot be read ({type(exc).__name__}: {exc})") from exc


def read_docx(path: Path) -> Document:
    package = open_package(path)
    style_names = {s.style_id: s.name for s in package.styles}
    from docx.enum.style import WD_STYLE_TYPE
    default = package.styles.default(WD_STYLE_TYPE.PARAGRAPH)
    default_name = default.name if default is not None else None
    body = package.element.body
    paragraphs: list[Paragraph] = []
    carried, carried_style = "", None
    for p in iter_block_paragraphs(body):
        text = carried + paragraph_text(p)
        style_el = p.find(f"{_W}pPr/{_W}pStyle")
        style = style_names.get(style_el.get(_W + "val"), default_name) if style_el is not None else default_name
        if p.find(f"{_W}pPr/{_W}rPr/{_W}del") is not None:
            # A tracked deletion of the paragraph mark: accepted, this paragraph joins the next.
            carried, carried_style = text, carried_style or style
            continue
        style, carried, carried_style = carried_style or style, "", None
        if not text.strip():
            continue
        paragraphs.append(Paragraph(text.replace("\r", " ").replace("\n", " "), style))
    if carried.strip():
        paragraphs.append(Paragraph(carried.replace("\r", " ").replace("\n", " "), carried_style))
    if not paragraphs:
        raise EmptyFileError(path, "the Word document contains no text")
    return Document(tuple(paragraphs), source=str(path), encoding="DOCX")
