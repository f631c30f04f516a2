"""Reading a reviewed DOCX: accepted and rejected text, tracked changes, comments and their anchors.

Word's two views are rebuilt from the XML: a run counts in the accepted view
unless it sits in a w:del/w:moveFrom, and in the rejected view unless it sits in a
w:ins/w:moveTo. Paragraph marks are tracked too (w:pPr/w:rPr/w:ins|w:del), so
paragraphs an editor split or joined come out split or joined. Blank paragraphs
are left out, as the plain importer leaves them out.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from app.io.docx.ooxml import parse_ooxml_date, w
from app.io.docx.reader import open_package

_INS = {w("ins"), w("moveTo")}
_DEL = {w("del"), w("moveFrom")}
_IGNORE = {w("rPr"), w("instrText"), w("footnoteReference"), w("endnoteReference"), w("commentReference"),
           w("annotationRef"), w("p"), w("tbl")}
_CHARS = {w("tab"): "\t", w("ptab"): "\t", w("br"): " ", w("cr"): " ", w("noBreakHyphen"): "\u2011",
          w("softHyphen"): "\u00ad"}


@dataclass(frozen=True)
class Anchor:
    """Where a comment sits in one view: (paragraph, code point) at each end, and the text between."""

    start: tuple[int, int]
    end: tuple[int, int]
    text: str


@dataclass(frozen=True)
class ReviewComment:
    id: str
    author: str
    initials: str
    date: dt.datetime | None
    text: str
    accepted: Anchor
    rejected: Anchor
    resolved: bool = False


@dataclass(frozen=True)
class Revision:
    """One tracked change element: "insert" or "delete", with who, when and what."""

    kind: str
    author: str
    date: dt.datetime | None
    text: str


@dataclass(frozen=True)
class ViewParagraph:
    text: str
    style: str | None
    where: tuple | None  # None in the body; (table, row, column, is_header_row) in a table


@dataclass
class ReviewDocument:
    accepted: list[ViewParagraph]
    rejected: list[ViewParagraph]
    comments: list[ReviewComment]
    revisions: list[Revision]
    marker: dict | None = None
    source: str = ""
    warnings: list[str] = field(default_factory=list)

    @property
    def accepted_texts(self) -> list[str]:
        return [p.text for p in self.accepted]

    @property
    def rejected_texts(self) -> list[str]:
        return [p.text for p in self.rejected]


class _View:
    """One view's paragraphs as they are built, with positions for comment markers."""

    def __init__(self) -> None:
        self.paras: list[ViewParagraph] = []
        self.buf: list[str] = []
        self.length = 0
        self.first: tuple | None = None  # (style, where) of the paragraph being built

    def add(self, text: str) -> None:
        self.buf.append(text)
        self.length += len(text)

    def pos(self) -> tuple[int, int]:
        return len(self.paras), self.length

    def begin(self, style, where) -> None:
        if self.first is None:
            self.first = (style, where)

    def end(self) -> None:
        style, where = self.first or (None, None)
        self.paras.append(ViewParagraph("".join(self.buf), style, where))
        self.buf, self.length, self.first = [], 0, None


def _walk(el, acc: _View, rej: _View, in_ins: bool, in_del: bool, marks: dict, revisions: list) -> None:
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in _IGNORE:
            continue
        if tag == w("t") or tag == w("delText"):
            text = (child.text or "").replace("\r", " ").replace("\n", " ")
            if not in_del:
                acc.add(text)
            if not in_ins:
                rej.add(text)
        elif tag in _CHARS:
            if not in_del:
                acc.add(_CHARS[tag])
            if not in_ins:
                rej.add(_CHARS[tag])
        elif tag in _INS or tag in _DEL:
            ins = tag in _INS
            view = acc if ins else rej
            start, para = len(view.buf), len(view.paras)
            _walk(child, acc, rej, in_ins or ins, in_del or not ins, marks, revisions)
            text = "".join(view.buf[start:]) if len(view.paras) == para else ""
            revisions.append(Revision("insert" if ins else "delete", child.get(w("author"), ""),
                                      parse_ooxml_date(child.get(w("date"))), text))
        elif tag == w("commentRangeStart"):
            marks.setdefault(child.get(w("id")), {})["start"] = (acc.pos(), rej.pos())
        elif tag == w("commentRangeEnd"):
            marks.setdefault(child.get(w("id")), {})["end"] = (acc.pos(), rej.pos())
        elif tag == w("pPr"):
            continue
        else:
            if tag == w("r"):
                ref = child.find(w("commentReference"))
                if ref is not None:
                    marks.setdefault(ref.get(w("id")), {}).setdefault("ref", (acc.pos(), rej.pos()))
            _walk(child, acc, rej, in_ins, in_del, marks, revisions)


def _blocks(container, where=None, counter=None):
    """(w:p, where) in reading order; `where` locates table cells."""
    counter = counter if counter is not None else [0]
    for child in container:
        tag = child.tag
        if tag == w("p"):
            yield child, where
        elif tag == w("tbl"):
            table = counter[0]
            counter[0] += 1
            for r, tr in enumerate(child.iterchildren(w("tr"))):
                trpr = tr.find(w("trPr"))
                header = trpr is not None and trpr.find(w("tblHeader")) is not None
                for c, tc in enumerate(tr.iterchildren(w("tc"))):
                    yield from _blocks(tc, where or (table, r, c, header), counter)
        elif tag == w("sdt"):
            content = child.find(w("sdtContent"))
            if content is not None:
                yield from _blocks(content, where, counter)
        elif tag in (w("customXml"), w("ins"), w("del"), w("moveTo"), w("moveFrom")):
            yield from _blocks(child, where, counter)


def _drop_blank(view: _View) -> tuple[list[ViewParagraph], list[int]]:
    """Non-blank paragraphs, and for each raw index the kept index at or after it."""
    kept, remap = [], []
    for p in view.paras:
        remap.append(len(kept))
        if p.text.strip():
            kept.append(p)
    remap.append(len(kept))
    return kept, remap


def _anchor(view_paras_raw, kept, remap, start, end) -> Anchor:
    (sp, so), (ep, eo) = start, end
    if (ep, eo) < (sp, so):
        ep, eo = sp, so
    raw = [p.text for p in view_paras_raw]
    if sp == ep:
        text = raw[sp][so:eo] if sp < len(raw) else ""
    else:
        parts = [raw[sp][so:] if sp < len(raw) else ""]
        parts += [t for t in raw[sp + 1:ep] if t.strip()]
        parts.append(raw[ep][:eo] if ep < len(raw) else "")
        text = "\n".join(parts)

    def place(para: int, off: int, is_end: bool) -> tuple[int, int]:
        if para < len(raw) and raw[para].strip():
            return remap[para], off
        # a blank paragraph is gone: an end snaps back to the previous paragraph's end
        if is_end and remap[para] > 0:
            return remap[para] - 1, len(kept[remap[para] - 1].text)
        return remap[min(para, len(remap) - 1)], 0

    return Anchor(place(sp, so, False), place(ep, eo, True), text)


def read_review(path: str | Path) -> ReviewDocument:
    """Read both views, revisions and comments of a DOCX (ours or anyone's)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    path = Path(path)
    package = open_package(path)
    names = {s.style_id: s.name for s in package.styles}
    acc, rej = _View(), _View()
    marks: dict = {}
    revisions: list[Revision] = []
    for p, where in _blocks(package.element.body):
        ppr = p.find(w("pPr"))
        style_el = ppr.find(w("pStyle")) if ppr is not None else None
        style = names.get(style_el.get(w("val"))) if style_el is not None else None
        mark_rpr = ppr.find(w("rPr")) if ppr is not None else None
        mark_ins = mark_rpr is not None and any(mark_rpr.find(t) is not None for t in _INS)
        mark_del = mark_rpr is not None and any(mark_rpr.find(t) is not None for t in _DEL)
        acc.begin(style, where)
        rej.begin(style, where)
        _walk(p, acc, rej, False, False, marks, revisions)
        if not mark_del:
            acc.end()
        if not mark_ins:
            rej.end()
    if acc.buf or acc.first:
        acc.end()
    if rej.buf or rej.first:
        rej.end()
    acc_kept, acc_map = _drop_blank(acc)
    rej_kept, rej_map = _drop_blank(rej)

    comments: list[ReviewComment] = []
    unanchored: list[str] = []
    for part_el, done in _comment_parts(package, RT):
        for c in part_el.iterchildren(w("comment")):
            cid = c.get(w("id"))
            m = marks.get(cid, {})
            start = m.get("start") or m.get("ref") or m.get("end")
            end = m.get("end") or m.get("ref") or start
            if start is None:  # anchored in a header, a footnote or nowhere: not in the text we read
                unanchored.append(cid)
                continue
            body = _View()
            lines = []
            for cp in c.iter(w("p")):
                body.buf, body.length = [], 0
                _walk(cp, body, _View(), False, False, {}, [])
                lines.append("".join(body.buf))
            para_ids = {cp.get(f"{{{W14}}}paraId") for cp in c.iter(w("p"))}
            comments.append(ReviewComment(
                cid, c.get(w("author"), ""), c.get(w("initials"), ""), parse_ooxml_date(c.get(w("date"))),
                "\n".join(lines).strip(),
                _anchor(acc.paras, acc_kept, acc_map, start[0], end[0]),
                _anchor(rej.paras, rej_kept, rej_map, start[1], end[1]),
                resolved=bool(para_ids & done)))
    warnings = []
    if unanchored:
        warnings.append(f"{len(unanchored)} comment{'s' * (len(unanchored) != 1)} outside the main text "
                        "(in headers, footnotes or nowhere) not read")
    return ReviewDocument(acc_kept, rej_kept, comments, revisions, _read_marker(package), str(path), warnings)


W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"


def _comment_parts(package, RT):
    """The comments part's root, and the paraIds Word marked done in commentsExtended."""
    from docx.oxml.parser import parse_xml

    comments_el, done = None, set()
    for rel in package.part.rels.values():
        if rel.is_external:
            continue
        if rel.reltype == RT.COMMENTS:
            part = rel.target_part
            comments_el = getattr(part, "element", None)
            if comments_el is None:
                comments_el = parse_xml(part.blob)
        elif rel.reltype.endswith("/commentsExtended"):
            ext = parse_xml(rel.target_part.blob)
            for ex in ext.iter(f"{{{W15}}}commentEx"):
                if ex.get(f"{{{W15}}}done") in ("1", "true"):
                    done.add(ex.get(f"{{{W15}}}paraId"))
    return [(comments_el, done)] if comments_el is not None else []


def _read_marker(package) -> dict | None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.parser import parse_xml

    from app.io.docx.package import CUSTOM_PROPS_NS, MARKER_PROPERTY

    for rel in package.part.package.rels.values():
        if rel.reltype != RT.CUSTOM_PROPERTIES or rel.is_external:
            continue
        try:
            root = parse_xml(rel.target_part.blob)
        except Exception:
            return None
        for prop in root.iter(f"{{{CUSTOM_PROPS_NS}}}property"):
            if prop.get("name") == MARKER_PROPERTY:
                value = "".join(prop.itertext())
                try:
                    data = json.loads(value)
                except ValueError:
                    return None
                return data if isinstance(data, dict) else None
    return None
