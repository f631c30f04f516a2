"""Edit one of our DOCX exports the way Word records an editor's work: w:ins/w:del and a comment."""
from __future__ import annotations

import copy
import zipfile
from pathlib import Path

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _run(text: str, deleted: bool = False):
    r = etree.Element(_w("r"))
    t = etree.SubElement(r, _w("delText" if deleted else "t"))
    t.set(XML_SPACE, "preserve")
    t.text = text
    return r


def _rev(kind: str, rid: int, author: str, date: str, child):
    el = etree.Element(_w(kind))
    el.set(_w("id"), str(rid))
    el.set(_w("author"), author)
    el.set(_w("date"), date)
    el.append(child)
    return el


def replace_word_as_editor(src: Path, dst: Path, old: str, new: str, comment: str,
                           author: str = "Jane Editor", date: str = "2026-11-28T09:30:00Z") -> None:
    """In the last plain run containing `old` (in a bilingual table, the cleaned column comes after
    the MT), track its replacement by `new` and comment on `new`."""
    with zipfile.ZipFile(src) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    root = etree.fromstring(parts["word/document.xml"])
    target = None
    for t in root.iter(_w("t")):
        r = t.getparent()
        if old in (t.text or "") and r.getparent().tag == _w("p") and len(r.findall(_w("t"))) == 1:
            target = r
    assert target is not None, f"{old!r} not found in a plain run"
    text = target.find(_w("t")).text
    before, after = text.split(old, 1)
    ids = [int(e.get(_w("id"))) for e in root.iter() if e.get(_w("id")) is not None]
    base_id = max(ids, default=0) + 100
    cid = base_id + 2
    rpr = target.find(_w("rPr"))
    pieces = [_run(before), _rev("del", base_id, author, date, _run(old, deleted=True))]
    start = etree.Element(_w("commentRangeStart"))
    start.set(_w("id"), str(cid))
    pieces += [start, _rev("ins", base_id + 1, author, date, _run(new))]
    end = etree.Element(_w("commentRangeEnd"))
    end.set(_w("id"), str(cid))
    ref = etree.Element(_w("r"))
    etree.SubElement(ref, _w("commentReference")).set(_w("id"), str(cid))
    pieces += [end, ref, _run(after)]
    parent = target.getparent()
    at = parent.index(target)
    parent.remove(target)
    for k, el in enumerate(pieces):
        if rpr is not None and el.tag == _w("r"):
            el.insert(0, copy.deepcopy(rpr))
        parent.insert(at + k, el)
    parts["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)

    croot = etree.fromstring(parts["word/comments.xml"])
    c = etree.SubElement(croot, _w("comment"))
    c.set(_w("id"), str(cid))
    c.set(_w("author"), author)
    c.set(_w("date"), date)
    c.set(_w("initials"), "JE")
    p = etree.SubElement(c, _w("p"))
    p.append(_run(comment))
    parts["word/comments.xml"] = etree.tostring(croot, xml_declaration=True, encoding="UTF-8", standalone=True)
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)


W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"


def mark_all_comments_done(src: Path, dst: Path) -> None:
    """Resolve every comment as Word 2013+ does: w14:paraId on the comment's paragraph and
    w15:done="1" in word/commentsExtended.xml."""
    with zipfile.ZipFile(src) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    croot = etree.fromstring(parts["word/comments.xml"])
    ext = etree.Element(f"{{{W15}}}commentsEx", nsmap={"w15": W15})
    for k, c in enumerate(croot.iter(_w("comment"))):
        last = c.findall(_w("p"))[-1]
        pid = f"{0x10000000 + k:08X}"
        last.set(f"{{{W14}}}paraId", pid)
        ex = etree.SubElement(ext, f"{{{W15}}}commentEx")
        ex.set(f"{{{W15}}}paraId", pid)
        ex.set(f"{{{W15}}}done", "1")
    parts["word/comments.xml"] = etree.tostring(croot, xml_declaration=True, encoding="UTF-8", standalone=True)
    parts["word/commentsExtended.xml"] = etree.tostring(ext, xml_declaration=True, encoding="UTF-8",
                                                        standalone=True)
    types = parts["[Content_Types].xml"].decode()
    types = types.replace("</Types>", '<Override PartName="/word/commentsExtended.xml" ContentType="application/'
                                      'vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"/>'
                                      "</Types>")
    parts["[Content_Types].xml"] = types.encode()
    rels = parts["word/_rels/document.xml.rels"].decode()
    rels = rels.replace("</Relationships>", '<Relationship Id="rIdGalleyTestEx" Type="http://schemas.microsoft.com/'
                                            'office/2011/relationships/commentsExtended" '
                                            'Target="commentsExtended.xml"/></Relationships>')
    parts["word/_rels/document.xml.rels"] = rels.encode()
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
