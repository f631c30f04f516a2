"""The bilingual review table: # | Original MT | Cleaned (tracked changes) | Comments.

This is the offline-review layout CAT tools hand to reviewers: one row per
aligned paragraph, landscape, fixed column widths, the header row repeated on
every page. The Cleaned cell carries real tracked changes and real comments, so
the editor can work in it with Track Changes on; the Comments column repeats
the comment text so the printed table reads on its own.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Sequence

from lxml import etree

from app.io.docx.model import EQUAL, ExportInfo, RedlineParagraph
from app.io.docx.ooxml import add_run, set_pstyle, w, xml_safe
from app.io.docx.redline import _DEL, _DELTEXT, _ID, _INS, _T, _simple, close_open_comments, emit_paragraph
from app.io.docx.writer import finish_document, start_document

# Twentieths of a point (dxa). Landscape Letter, 0.6" margins: 14112 dxa of text width.
PAGE_W, PAGE_H, MARGIN = 15840, 12240, 864
COLUMNS = (620, 4900, 4900, 3692)
HEADERS = ("#", "Original MT", "Cleaned (tracked changes)", "Comments")


@dataclass(frozen=True)
class BilingualRow:
    """One aligned pair: its base paragraphs (none for a paragraph new in the working text) and
    its redline paragraphs (two or more where the working text split or joined paragraphs)."""

    number: str
    original: tuple[str, ...]
    cleaned: tuple[RedlineParagraph, ...]
    notes: tuple[str, ...] = ()

    @property
    def comments(self):
        return [c for p in self.cleaned for c in p.comments]


_P = w("p")


def _cell(tr, width: int, shade: str | None = None):
    tc = etree.SubElement(tr, w("tc"))
    tcpr = etree.SubElement(tc, w("tcPr"))
    tcw = etree.SubElement(tcpr, w("tcW"))
    tcw.set(w("w"), str(width))
    tcw.set(w("type"), "dxa")
    if shade:
        shd = etree.SubElement(tcpr, w("shd"))
        shd.set(w("val"), "clear")
        shd.set(w("color"), "auto")
        shd.set(w("fill"), shade)
    return tc


def _text_paragraph(tc, text: str, bold: bool = False, small: bool = False):
    p = etree.SubElement(tc, _P)
    if not (text or bold or small):
        return p  # an empty cell needs its paragraph, not a run
    r = add_run(p, text)
    if bold or small:
        rpr = etree.Element(w("rPr"))
        if bold:
            etree.SubElement(rpr, w("b"))
        if small:
            etree.SubElement(rpr, w("sz")).set(w("val"), "18")
        r.insert(0, rpr)
    return p


def _landscape(doc) -> None:
    sect = doc.element.body.find(w("sectPr"))
    if sect is None:
        sect = etree.SubElement(doc.element.body, w("sectPr"))
    pgsz = sect.find(w("pgSz"))
    if pgsz is None:
        pgsz = etree.SubElement(sect, w("pgSz"))
    pgsz.set(w("w"), str(PAGE_W))
    pgsz.set(w("h"), str(PAGE_H))
    pgsz.set(w("orient"), "landscape")
    pgmar = sect.find(w("pgMar"))
    if pgmar is None:
        pgmar = etree.SubElement(sect, w("pgMar"))
    for side in ("top", "right", "bottom", "left"):
        pgmar.set(w(side), str(MARGIN))


def _table(ctx, rows: Sequence[BilingualRow], headers: Sequence[str], tbl):
    """Fill `tbl`, already in the document body: moving a finished 100,000-row table into the
    body made lxml reconcile every node's namespace (a 20 s export, found by the hostile corpus)."""
    tblpr = etree.SubElement(tbl, w("tblPr"))
    if "Table Grid" in ctx.style_ids:
        etree.SubElement(tblpr, w("tblStyle")).set(w("val"), ctx.style_ids["Table Grid"])
    tblw = etree.SubElement(tblpr, w("tblW"))
    tblw.set(w("w"), str(sum(COLUMNS)))
    tblw.set(w("type"), "dxa")
    borders = etree.SubElement(tblpr, w("tblBorders"))
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = etree.SubElement(borders, w(side))
        for k, v in (("val", "single"), ("sz", "4"), ("space", "0"), ("color", "A0A0A0")):
            b.set(w(k), v)
    etree.SubElement(tblpr, w("tblLayout")).set(w("type"), "fixed")
    grid = etree.SubElement(tbl, w("tblGrid"))
    for width in COLUMNS:
        etree.SubElement(grid, w("gridCol")).set(w("w"), str(width))
    tr = etree.SubElement(tbl, w("tr"))
    trpr = etree.SubElement(tr, w("trPr"))
    etree.SubElement(trpr, w("cantSplit"))
    etree.SubElement(trpr, w("tblHeader"))  # repeats at the top of every page
    for width, head in zip(COLUMNS, headers):
        _text_paragraph(_cell(tr, width, "D9E2F3"), head, bold=True)
    # Each row is a copy of one empty row (lxml copies in C, five times faster than building
    # the cells element by element; a 100,000-row table is a case in the hostile corpus).
    template = etree.Element(w("tr"))
    for width in COLUMNS:
        _cell(template, width)
    _text_paragraph(template[0], "#", small=True)
    _text_paragraph(template[3], "")
    simple_rows: dict[tuple, object] = {}
    for row in rows:
        paras = [p if p.style is None else replace(p, style=None) for p in row.cleaned] \
            or [RedlineParagraph.plain("")]
        if paras[-1].mark != EQUAL:  # a cell's last paragraph mark cannot be tracked
            last = paras[-1]
            paras[-1] = RedlineParagraph(last.segments, last.comments, last.style, EQUAL)
        key = _simple_row_key(row, paras)
        if key is not None and key in simple_rows:
            tbl.append(_copy_row(simple_rows[key], row, paras[0], ctx))
            continue
        tr = template.__copy__()  # lxml copies the whole subtree, in C
        tbl.append(tr)
        number, original, cleaned, notes_cell = tr
        number[1][0][-1].text = row.number  # tc/p/r/t
        for text in row.original or ("",):
            _text_paragraph(original, text)
        if key is not None:
            simple_rows[key] = tr
        for p in paras:
            last = emit_paragraph(cleaned, p, ctx)
        close_open_comments(last, ctx)  # a comment never runs on into the next row
        notes = [f"{c.author}: {c.text}".replace("\n", " ") for c in row.comments] + list(row.notes)
        if notes:
            notes_cell.remove(notes_cell[1])
        for note in notes:
            _text_paragraph(notes_cell, note, small=True)
    return tbl


def _simple_row_key(row: BilingualRow, paras) -> tuple | None:
    """Rows that differ from an earlier one only in their texts and ids (one plain cleaned
    paragraph, at most one original paragraph, no comment or note, no tab) are copies of it:
    a 100,000-row table (a hostile-corpus case) is mostly such rows."""
    if len(paras) != 1 or row.notes or len(row.original) > 1 or any("\t" in t for t in row.original):
        return None
    p = paras[0]
    if not _simple(p):
        return None
    return (len(row.original), bool(row.original and row.original[0]), p.segments[0].kind)


def _copy_row(model, row: BilingualRow, p: RedlineParagraph, ctx):
    tr = model.__copy__()
    number, original, cleaned, _notes = tr
    number[1][0][-1].text = row.number
    if row.original and row.original[0]:
        next(original.iter(_T)).text = xml_safe(row.original[0])
    for mark in cleaned.iter(_INS, _DEL):
        mark.set(_ID, ctx.ids.take())
    next(cleaned.iter(_T, _DELTEXT)).text = xml_safe(p.segments[0].text)
    return tr


def write_bilingual(out: Path, rows: Sequence[BilingualRow], *, reviewer: str, date: dt.datetime | None = None,
                    title: str | None = None, original_label: str = "Original MT",
                    info: ExportInfo | None = None, inputs: Sequence[Path] = ()) -> Path:
    """Write the bilingual review table; Track Changes stays on for the editor."""
    info = info or ExportInfo("bilingual", reviewer, date or dt.datetime.now(dt.timezone.utc))
    doc, ctx = start_document(info, None, title)
    _landscape(doc)
    body = doc.element.body
    sect = body.find(w("sectPr"))
    if title:
        heading = etree.Element(w("p"))
        set_pstyle(heading, ctx.style_ids.get("Heading 1"))
        add_run(heading, title)
        sect.addprevious(heading)
    headers = (HEADERS[0], original_label, HEADERS[2], HEADERS[3])
    tbl = etree.Element(w("tbl"))
    sect.addprevious(tbl)
    _table(ctx, rows, headers, tbl)
    sect.addprevious(etree.Element(w("p")))  # Word wants a paragraph after a final table
    return finish_document(doc, ctx, info, out, inputs, tracked=True)
