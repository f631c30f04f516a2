"""Redline paragraphs: real Word tracked changes (w:ins/w:del) and anchored comments.

Comment markers (w:commentRangeStart/End and the w:commentReference run) always
sit directly in the paragraph, never inside a revision element, so accepting or
rejecting a change can never delete a comment's anchor. Where a comment starts
or ends inside a revision, the revision is split in two.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from lxml import etree

from app.io.docx.model import BASE, DELETE, EQUAL, INSERT, WORKING, Comment, RedlineParagraph
from app.io.docx.ooxml import Ids, add_run, mark_paragraph, ooxml_date, revision, set_pstyle, w, xml_safe

_P, _CRS, _CRE = w("p"), w("commentRangeStart"), w("commentRangeEnd")
_INS, _DEL, _ID, _T, _DELTEXT = w("ins"), w("del"), w("id"), w("t"), w("delText")


@dataclass
class EmitContext:
    """Shared state while one document is written: ids, default author/date, comments."""

    ids: Ids
    author: str
    date: str
    comments: "CommentSink"
    style_ids: dict
    open_comments: dict = None  # key -> comment id, for comments that go on past their paragraph
    templates: dict = None      # (mark, kind) -> a finished one-run w:p to copy (see _copy_simple)

    def style_id(self, name: str | None) -> str | None:
        return self.style_ids.get(name) if name else None


class CommentSink:
    """Collects w:comment elements for word/comments.xml as comments are anchored."""

    def __init__(self, default_date: str) -> None:
        self.elements: list = []
        self._default_date = default_date

    def add(self, cid: str, comment: Comment) -> None:
        el = etree.Element(w("comment"))
        el.set(w("id"), cid)
        el.set(w("author"), comment.author)
        el.set(w("date"), ooxml_date(comment.date) if comment.date else self._default_date)
        el.set(w("initials"), comment.initials or initials_of(comment.author))
        for i, line in enumerate(comment.text.split("\n") or [""]):
            p = etree.SubElement(el, _P)
            set_pstyle(p, "CommentText")
            if i == 0:  # Word starts a comment with its reference mark
                r = etree.SubElement(p, w("r"))
                rpr = etree.SubElement(r, w("rPr"))
                etree.SubElement(rpr, w("rStyle")).set(w("val"), "CommentReference")
                etree.SubElement(r, w("annotationRef"))
            if line:
                add_run(p, line)
        self.elements.append(el)


def initials_of(name: str) -> str:
    return "".join(part[0] for part in name.split() if part)[:4].upper() or "?"


def _positions(p: RedlineParagraph):
    """Per segment: combined start, and its start in the working and base texts."""
    comb, work, base = [], [], []
    c = wk = bs = 0
    for seg in p.segments:
        comb.append(c)
        work.append(wk)
        base.append(bs)
        n = len(seg.text)
        c += n
        if seg.kind != DELETE:
            wk += n
        if seg.kind != INSERT:
            bs += n
    return comb, work, base, c


def _to_combined(p: RedlineParagraph, tables, comment: Comment) -> tuple[int, int]:
    """Map a comment's span on one side to positions in the combined (all segments) text.

    The anchor hugs the side's own characters, except where the span starts on a
    replacement's inserted words (or ends on its deleted ones): then it takes in the
    other half of the replacement too."""
    comb, work, base, total = tables
    offs = work if comment.side == WORKING else base
    skip = DELETE if comment.side == WORKING else INSERT
    segs = p.segments
    length = len(p.side_text(comment.side))
    start, end = min(comment.start, length), min(comment.end, length)

    def pos_before(k: int) -> int:  # combined position just before side character k
        for i, seg in enumerate(segs):
            if seg.kind != skip and offs[i] <= k < offs[i] + len(seg.text):
                return comb[i] + k - offs[i]
        return total

    def pos_after(k: int) -> int:  # combined position just after side character k - 1
        for i in range(len(segs) - 1, -1, -1):
            seg = segs[i]
            if seg.kind != skip and offs[i] < k <= offs[i] + len(seg.text):
                return comb[i] + k - offs[i]
        return 0

    if start == end:
        at = pos_before(start) if start < length else (pos_after(start) if start else 0)
        return at, at
    s, e = pos_before(start), pos_after(end)
    # A comment that begins exactly on a replacement's new words also covers the old ones
    # (and one that ends exactly on deleted words covers their replacement), so Reject
    # All shows it on the words the change replaced.
    first = bisect.bisect_right(comb, s) - 1
    if comment.side == WORKING and segs[first].kind == INSERT and comb[first] == s:
        while first > 0 and segs[first - 1].kind == DELETE:
            first -= 1
        s = comb[first]
    last = bisect.bisect_left(comb, e) - 1
    if comment.side == BASE and segs[last].kind == DELETE and comb[last] + len(segs[last].text) == e:
        while last + 1 < len(segs) and segs[last + 1].kind == INSERT:
            last += 1
        e = comb[last] + len(segs[last].text)
    return s, e


def _simple(p: RedlineParagraph) -> bool:
    """One run of text in the context's own author and date, no comment, no style, no tab."""
    if p.comments or p.style or len(p.segments) != 1:
        return False
    seg = p.segments[0]
    return seg.author is None and seg.date is None and "\t" not in seg.text and bool(seg.text)


def _copy_simple(parent, p: RedlineParagraph, ctx: EmitContext):
    """A simple paragraph as a copy of the first one of its kind, with new ids and text.

    lxml copies in C; building each of the seven elements of an inserted paragraph in
    Python made a 100,000-paragraph redline (a hostile-corpus case) take twice as long."""
    seg = p.segments[0]
    key = (p.mark, seg.kind)
    if ctx.templates is None:
        ctx.templates = {}
    template = ctx.templates.get(key)
    if template is None:
        template = ctx.templates[key] = _build(etree.Element(_P), p, ctx, Ids())
    el = template.__copy__()  # lxml copies the whole subtree, in C
    parent.append(el)
    for mark in el.iter(_INS, _DEL):  # document order: the paragraph mark's, then the run's
        mark.set(_ID, ctx.ids.take())
    next(el.iter(_T, _DELTEXT)).text = xml_safe(seg.text)
    return el


def emit_paragraph(parent, p: RedlineParagraph, ctx: EmitContext):
    """Append one w:p for `p` to `parent` and return it."""
    if _simple(p):
        return _copy_simple(parent, p, ctx)
    return _build(etree.SubElement(parent, _P), p, ctx, ctx.ids)


def _build(el, p: RedlineParagraph, ctx: EmitContext, ids):
    """Fill the new w:p `el` for `p` (`ids` numbers its revisions and comments)."""
    if ids is not ctx.ids:
        ctx = replace(ctx, ids=ids)
    set_pstyle(el, ctx.style_id(p.style))
    if p.mark in (INSERT, DELETE):
        mark_paragraph(el, "ins" if p.mark == INSERT else "del", ctx.ids, ctx.author, ctx.date)
    events: dict[int, list] = {}
    if p.comments:
        tables = _positions(p)
        for comment in p.comments:
            if ctx.open_comments is None:
                ctx.open_comments = {}
            if comment.part == "end":
                cid = ctx.open_comments.pop(comment.key, None)
                if cid is None:
                    continue  # its start part was never written
                _s, e = _to_combined(p, tables, replace(comment, start=0))
                events.setdefault(e, []).append((0, cid, False, True))
                continue
            cid = ctx.ids.take()
            ctx.comments.add(cid, comment)
            if comment.part == "start":
                ctx.open_comments[comment.key] = cid
                length = len(p.side_text(comment.side))
                s, _e = _to_combined(p, tables, replace(comment, end=length))
                events.setdefault(s, []).append((1, cid, True, False))
                continue
            s, e = _to_combined(p, tables, comment)
            if s == e:
                events.setdefault(s, []).append((1, cid, True, True))
            else:
                events.setdefault(s, []).append((1, cid, True, False))
                events.setdefault(e, []).append((0, cid, False, True))
    cuts = sorted(events)
    pos = 0
    for seg in p.segments:
        seg_end = pos + len(seg.text)
        lo = bisect.bisect_left(cuts, pos)
        hi = bisect.bisect_right(cuts, seg_end - 1) if seg.text else lo
        local = cuts[lo:hi]
        start = pos
        for cut in local:
            if cut > start:
                _emit_piece(el, seg, seg.text[start - pos:cut - pos], ctx)
                start = cut
            _emit_markers(el, events.pop(cut))
        if seg_end > start:
            _emit_piece(el, seg, seg.text[start - pos:], ctx)
        pos = seg_end
    for cut in sorted(events):  # markers at (or, for clipped spans, past) the very end
        _emit_markers(el, events[cut])
    return el


def close_open_comments(p_el, ctx: EmitContext) -> None:
    """End, at the end of `p_el`, any comment whose end part never came (Word needs both markers)."""
    for cid in (ctx.open_comments or {}).values():
        _emit_markers(p_el, [(0, cid, False, True)])
    if ctx.open_comments:
        ctx.open_comments.clear()


def _emit_piece(p_el, seg, text: str, ctx: EmitContext) -> None:
    if seg.kind == EQUAL:
        add_run(p_el, text)
        return
    author = seg.author or ctx.author
    date = ooxml_date(seg.date) if seg.date else ctx.date
    wrapper = revision(p_el, "ins" if seg.kind == INSERT else "del", ctx.ids, author, date)
    add_run(wrapper, text, deleted=seg.kind == DELETE)


def _emit_markers(p_el, items) -> None:
    # Ends before starts, so a comment ending where another begins does not nest it.
    for _order, cid, is_start, is_end in sorted(items, key=lambda x: x[0]):
        if is_start:
            etree.SubElement(p_el, _CRS).set(w("id"), cid)
        if is_end:
            etree.SubElement(p_el, _CRE).set(w("id"), cid)
            r = etree.SubElement(p_el, w("r"))
            rpr = etree.SubElement(r, w("rPr"))
            etree.SubElement(rpr, w("rStyle")).set(w("val"), "CommentReference")
            etree.SubElement(r, w("commentReference")).set(w("id"), cid)


__all__ = ["EmitContext", "CommentSink", "emit_paragraph", "BASE", "WORKING"]
