"""WordprocessingML building blocks python-docx lacks: text runs, revision marks, ids, dates."""
from __future__ import annotations

import datetime as dt
import re

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_NS = "http://www.w3.org/XML/1998/namespace"
_W = f"{{{W}}}"
_SPACE = f"{{{XML_NS}}}space"
_ID, _AUTHOR, _DATE = _W + "id", _W + "author", _W + "date"

# XML 1.0 cannot carry these code points at all; Word would refuse the file.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def w(tag: str) -> str:
    """The Clark name of a w: element or attribute ("ins" -> "{...main}ins")."""
    return _W + tag


def xml_safe(text: str) -> str:
    """`text` with the code points XML 1.0 forbids replaced by U+FFFD (see docs/docx-export.md)."""
    return _XML_ILLEGAL.sub("\ufffd", text)


def ooxml_date(when: dt.datetime) -> str:
    """Galley's one date convention for w:date: UTC, ISO 8601, whole seconds, 'Z'.

    A naive datetime is taken to be UTC already."""
    if when.tzinfo is not None:
        when = when.astimezone(dt.timezone.utc)
    return when.replace(tzinfo=None, microsecond=0).isoformat() + "Z"


def parse_ooxml_date(value: str | None) -> dt.datetime | None:
    """Read a w:date back as an aware UTC datetime; Word's zone-less dates are taken as UTC."""
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.timezone.utc)
    return parsed.astimezone(dt.timezone.utc)


class Ids:
    """One counter for every w:id in a document, so no two marks can ever collide."""

    def __init__(self, start: int = 0) -> None:
        self._next = start

    def take(self) -> str:
        value = self._next
        self._next += 1
        return str(value)


def add_run(parent, text: str, *, deleted: bool = False):
    """Append a w:r carrying `text` to `parent`: tabs as w:tab, every text node space-preserving.

    Deleted text goes in w:delText, as Word requires inside w:del."""
    r = etree.SubElement(parent, _W + "r")
    text_tag = _W + ("delText" if deleted else "t")
    for i, piece in enumerate(xml_safe(text).split("\t")):
        if i:
            etree.SubElement(r, _W + "tab")
        if piece:
            t = etree.SubElement(r, text_tag)
            t.set(_SPACE, "preserve")
            t.text = piece
    return r


def revision(parent, kind: str, ids: Ids, author: str, date: str):
    """Append a w:ins or w:del (kind "ins"/"del") with its id, author and date."""
    return etree.SubElement(parent, _W + kind, {_ID: ids.take(), _AUTHOR: author, _DATE: date})


def ensure_ppr(p):
    """The paragraph's w:pPr, created as its first child when missing."""
    ppr = p.find(_W + "pPr")
    if ppr is None:
        ppr = etree.Element(_W + "pPr")
        p.insert(0, ppr)
    return ppr


def set_pstyle(p, style_id: str | None) -> None:
    if not style_id:
        return
    ppr = ensure_ppr(p)
    ps = ppr.find(_W + "pStyle")
    if ps is None:
        ps = etree.Element(_W + "pStyle")
        ppr.insert(0, ps)
    ps.set(_W + "val", style_id)


def mark_paragraph(p, kind: str, ids: Ids, author: str, date: str) -> None:
    """Track the paragraph mark itself as inserted or deleted (w:pPr/w:rPr/w:ins|w:del).

    An inserted mark is a paragraph split (Reject joins it to the next paragraph);
    a deleted mark joins this paragraph to the next when accepted."""
    ppr = ensure_ppr(p)
    rpr = ppr.find(_W + "rPr")
    if rpr is None:
        rpr = etree.SubElement(ppr, _W + "rPr")  # rPr comes last among what we write in pPr
    revision(rpr, kind, ids, author, date)
