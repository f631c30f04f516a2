"""The DOCX package around our XML: template, styles, comments part, export marker, atomic save."""
from __future__ import annotations

import io
import json
from pathlib import Path

from lxml import etree

from app.io.docx.model import ExportInfo
from app.io.docx.ooxml import ooxml_date, w

CUSTOM_PROPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
# The custom document property that tells re-import "this DOCX came from Galley".
MARKER_PROPERTY = "GalleyExport"
MARKER_VERSION = 1

_EXTRA_STYLES = (
    ('<w:style xmlns:w="{W}" w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/>'
     '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
     '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
     '<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>'),
    ('<w:style xmlns:w="{W}" w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/>'
     '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
     '<w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>'),
)


def new_document(template: Path | None = None):
    """A python-docx Document with an empty body: the template's styles and page setup, or the default's."""
    import docx

    doc = docx.Document(str(template)) if template else docx.Document()
    body = doc.element.body
    for child in list(body):
        if child.tag != w("sectPr"):
            body.remove(child)
    _drop_template_comments(doc)
    _ensure_comment_styles(doc)
    return doc


def _drop_template_comments(doc) -> None:
    """A template's own comments would clash with ours (and point at text that is gone)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    for rel in list(doc.part.rels.values()):
        if rel.is_external:
            continue
        if rel.reltype == RT.COMMENTS:
            root = getattr(rel.target_part, "element", None)
            if root is not None:
                for child in list(root):
                    root.remove(child)
        elif rel.reltype.rsplit("/", 1)[-1] in ("commentsExtended", "commentsIds", "commentsExtensible"):
            doc.part.drop_rel(rel.rId)  # Word 2013+ side tables about the old comments


def _ensure_comment_styles(doc) -> None:
    from app.io.docx.ooxml import W

    styles = doc.styles.element
    have = {s.get(w("styleId")) for s in styles.iterchildren(w("style"))}
    for xml in _EXTRA_STYLES:
        el = etree.fromstring(xml.replace("{W}", W))
        if el.get(w("styleId")) not in have:
            styles.append(el)


def style_ids(doc) -> dict[str, str]:
    """Paragraph style name -> style id, so "Heading 1" from an import becomes Heading1 here."""
    from docx.enum.style import WD_STYLE_TYPE

    return {s.name: s.style_id for s in doc.styles if s.type == WD_STYLE_TYPE.PARAGRAPH}


def attach_comments(doc, elements: list) -> None:
    """Put the w:comment elements in word/comments.xml (part, content type and relationship)."""
    if not elements:
        return
    # python-docx (>= 1.2) creates the part with the right content type and relationship on demand.
    root = doc.part._comments_part.element
    for el in elements:
        root.append(el)


def track_revisions(doc) -> None:
    """Turn Track Changes on, so the editor's own edits come back as revisions too."""
    settings = doc.settings.element
    if settings.find(w("trackRevisions")) is None:
        el = etree.Element(w("trackRevisions"))
        # w:trackRevisions belongs early in w:settings (after zoom/proofState and friends).
        anchor = None
        for tag in ("zoom", "removePersonalInformation", "removeDateAndTime", "doNotDisplayPageBoundaries",
                    "displayBackgroundShape", "printPostScriptOverText", "printFractionalCharacterWidth",
                    "printFormsData", "embedTrueTypeFonts", "embedSystemFonts", "saveSubsetFonts",
                    "saveFormsData", "mirrorMargins", "alignBordersAndEdges", "bordersDoNotSurroundHeader",
                    "bordersDoNotSurroundFooter", "gutterAtTop", "hideSpellingErrors", "hideGrammaticalErrors",
                    "activeWritingStyle", "proofState", "formsDesign", "attachedTemplate", "linkStyles",
                    "stylePaneFormatFilter", "stylePaneSortMethod", "documentType", "mailMerge",
                    "revisionView"):
            found = settings.find(w(tag))
            if found is not None:
                anchor = found
        if anchor is None:
            settings.insert(0, el)
        else:
            anchor.addnext(el)


def set_marker(doc, info: ExportInfo) -> None:
    """Record the export in docProps/custom.xml, which Word and LibreOffice both keep on save."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    value = json.dumps({"version": MARKER_VERSION, "format": info.format, "reviewer": info.reviewer,
                        "date": ooxml_date(info.date), "project": info.project, "base": info.base_label,
                        **info.extra}, ensure_ascii=False)
    root = etree.Element(f"{{{CUSTOM_PROPS_NS}}}Properties", nsmap={None: CUSTOM_PROPS_NS, "vt": VT_NS})
    prop = etree.SubElement(root, f"{{{CUSTOM_PROPS_NS}}}property")
    prop.set("fmtid", "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}")
    prop.set("pid", "2")
    prop.set("name", MARKER_PROPERTY)
    etree.SubElement(prop, f"{{{VT_NS}}}lpwstr").text = value
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    package = doc.part.package
    for rel in list(package.rels.values()):
        if rel.reltype == RT.CUSTOM_PROPERTIES:
            package.rels.pop(rel.rId)
    part = Part(PackURI("/docProps/custom.xml"),
                "application/vnd.openxmlformats-officedocument.custom-properties+xml", blob, package)
    package.relate_to(part, RT.CUSTOM_PROPERTIES)


def save_atomic(doc, out: Path, inputs: tuple[Path, ...] = ()) -> Path:
    """Build the DOCX in memory, then write it with app.io.atomic (never over an input,
    never half-written under the target name)."""
    from app.io.atomic import write_bytes_atomic

    buf = io.BytesIO()
    doc.save(buf)
    return write_bytes_atomic(out, buf.getvalue(), inputs)
