"""Clean copy and redline DOCX files from writer records (app/io/docx/model.py)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Sequence

from app.io.docx.model import ExportInfo, RedlineParagraph
from app.io.docx.ooxml import Ids, ooxml_date
from app.io.docx.package import (attach_comments, new_document, save_atomic, set_marker, style_ids,
                                 track_revisions)
from app.io.docx.redline import CommentSink, EmitContext, close_open_comments, emit_paragraph


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def start_document(info: ExportInfo, template: Path | None, title: str | None):
    """A fresh document plus the emit context every writer shares."""
    doc = new_document(template)
    date = ooxml_date(info.date)
    ctx = EmitContext(Ids(), info.reviewer, date, CommentSink(date), style_ids(doc))
    props = doc.core_properties
    props.author = props.last_modified_by = info.reviewer
    props.created = props.modified = info.date.astimezone(dt.timezone.utc).replace(tzinfo=None)
    props.revision = 1
    if title:
        props.title = title
    return doc, ctx


def finish_document(doc, ctx: EmitContext, info: ExportInfo, out: Path, inputs, tracked: bool) -> Path:
    attach_comments(doc, ctx.comments.elements)
    if tracked:
        track_revisions(doc)
    set_marker(doc, info)
    return save_atomic(doc, out, tuple(inputs))


def build_redline(paragraphs: Sequence[RedlineParagraph], *, reviewer: str, date: dt.datetime | None = None,
                  template: Path | None = None, title: str | None = None, info: ExportInfo | None = None):
    """The python-docx Document of a redline, not yet saved (for writers that add to it)."""
    info = info or ExportInfo("redline", reviewer, date or _now())
    doc, ctx = start_document(info, template, title)
    body = doc.element.body
    sect = body[-1] if len(body) else None
    el = None
    for p in paragraphs:
        el = emit_paragraph(body, p, ctx)
        if sect is not None:
            sect.addprevious(el)  # the section properties stay last in the body
    if el is not None:
        close_open_comments(el, ctx)
    return doc, ctx, info


def write_redline(out: Path, paragraphs: Sequence[RedlineParagraph], *, reviewer: str,
                  date: dt.datetime | None = None, template: Path | None = None, title: str | None = None,
                  info: ExportInfo | None = None, inputs: Sequence[Path] = ()) -> Path:
    """Write a redline: real tracked changes and comments; Track Changes left on for the editor."""
    doc, ctx, info = build_redline(paragraphs, reviewer=reviewer, date=date, template=template,
                                   title=title, info=info)
    return finish_document(doc, ctx, info, out, inputs, tracked=True)


def write_clean(out: Path, paragraphs: Sequence, *, reviewer: str,
                date: dt.datetime | None = None, template: Path | None = None, title: str | None = None,
                info: ExportInfo | None = None, inputs: Sequence[Path] = ()) -> Path:
    """Write the working text as a plain DOCX: no revisions, no comments, styles kept by name.

    `paragraphs` are app.core.document.Paragraph (anything with `.text` and `.style`)."""
    info = info or ExportInfo("clean", reviewer, date or _now())
    plain = [RedlineParagraph.plain(p.text, p.style) for p in paragraphs]
    doc, ctx, info = build_redline(plain, reviewer=reviewer, template=template, title=title, info=info)
    return finish_document(doc, ctx, info, out, inputs, tracked=False)
