"""Reading an editor's reviewed DOCX back: their accepted text, their comments, a summary.

Works on our redline and bilingual exports (recognised by the GalleyExport
custom property, which Word and LibreOffice keep), and falls back to the plain
text of any other DOCX, with a notice saying so. Nothing here touches a project;
app/cli/import_review.py applies the result to one.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from app.core.document import Document, Paragraph
from app.io.docx.exchange import parse_comment_tag
from app.io.docx.review import ReviewComment, ReviewDocument, read_review

REDLINE, BILINGUAL, FOREIGN = "redline", "bilingual", "foreign"
CLEANED_COLUMN = 2


@dataclass(frozen=True)
class ImportedComment:
    """An editor's comment on [start, end) of paragraph `paragraph` of the imported text.

    A comment that sits only on deleted words has an empty span where they were,
    and quotes them in `quote`."""

    paragraph: int
    start: int
    end: int
    text: str
    author: str
    date: dt.datetime | None
    quote: str
    category: str | None = None
    severity: str | None = None
    on_deleted: bool = False
    resolved: bool = False


@dataclass
class ReviewImport:
    kind: str
    path: Path
    text: Document
    comments: list[ImportedComment]
    revisions_by_author: dict[str, int] = field(default_factory=dict)
    notice: str | None = None
    marker: dict | None = None
    changed_paragraphs: int = 0
    word_changes: int = 0
    resolved_known: list = field(default_factory=list)  # (author, text) of our comments the editor resolved
    warnings: list = field(default_factory=list)

    @property
    def tracked_changes(self) -> int:
        return sum(self.revisions_by_author.values())

    def summary(self) -> str:
        """What came in, in a sentence or three (shown by the CLI and the window)."""
        lines = []
        if self.notice:
            lines.append(self.notice)
        if self.revisions_by_author:
            who = ", ".join(f"{a or 'unknown author'} {n}" for a, n in sorted(self.revisions_by_author.items()))
            lines.append(f"{self.tracked_changes} tracked change{'s' * (self.tracked_changes != 1)} by the editor ({who}).")
        elif self.kind != FOREIGN:
            lines.append("No tracked changes by the editor.")
        lines.append(f"Their text differs from the working text in {self.changed_paragraphs} "
                     f"paragraph{'s' * (self.changed_paragraphs != 1)} ({self.word_changes} word-level "
                     f"change{'s' * (self.word_changes != 1)}).")
        n = len(self.comments)
        deleted = sum(c.on_deleted for c in self.comments)
        extra = f", {deleted} on deleted text" if deleted else ""
        lines.append(f"{n} new comment{'s' * (n != 1)}{extra}.")
        lines += [f"{w[0].upper()}{w[1:]}." for w in self.warnings]
        if self.resolved_known:
            r = len(self.resolved_known)
            lines.append(f"{r} of our comment{'s' * (r != 1)} marked done by the editor.")
        return " ".join(lines)


def read_reviewed(path: str | Path, working: Document | None = None,
                  known_comments: frozenset[tuple[str, str]] = frozenset()) -> ReviewImport:
    """Read an editor's DOCX. `known_comments` holds (author, text) of comments Galley exported,
    so they do not come back as new; `working` is the text the export was made from."""
    path = Path(path)
    review = read_review(path)
    marker = review.marker or {}
    fmt = marker.get("format")
    if fmt == "report":
        from app.core.errors import GalleyInputError
        raise GalleyInputError(path, "this is a Galley QA report, not a text to import; "
                                     "import the redline or the bilingual table the editor sent back")
    if fmt == BILINGUAL:
        result = _bilingual(path, review, known_comments)
    elif fmt in (REDLINE, "clean"):
        result = _redline(path, review, known_comments)
    else:
        from app.io import load_document

        doc = load_document(path)
        result = ReviewImport(FOREIGN, path, doc, [], notice=(
            f"{path.name} is not a Galley export, so it was imported as plain text: its text with every "
            "tracked change accepted becomes the new revision; its comments and layout were not mapped."))
    result.warnings = list(review.warnings)
    if working is not None:
        result.changed_paragraphs, result.word_changes = _difference(working, result.text)
    return result


def _editor_revisions(review: ReviewDocument) -> dict[str, int]:
    """Tracked changes the editor made: those not stamped with our export's author and date."""
    marker = review.marker or {}
    ours_author, ours_date = marker.get("reviewer"), marker.get("date")
    counts: Counter = Counter()
    for r in review.revisions:
        stamp = r.date.strftime("%Y-%m-%dT%H:%M:%SZ") if r.date else None
        if not (r.author == ours_author and stamp == ours_date):
            counts[r.author] += 1
    return dict(counts)


def _new(c: ReviewComment, known) -> bool:
    return (c.author, c.text) not in known


def _imported(c: ReviewComment, para: int, start: int, end: int, quote: str, on_deleted: bool) -> ImportedComment:
    cat, sev, body = parse_comment_tag(c.text)
    return ImportedComment(para, start, end, body, c.author or "Editor", c.date, quote, cat, sev, on_deleted,
                           c.resolved)


def _anchor_in(c: ReviewComment, index_of) -> tuple[int, int, int, str, bool] | None:
    """(paragraph, start, end, quote, on_deleted) in the imported text, via `index_of(view_para)`."""
    (sp, so), (ep, eo) = c.accepted.start, c.accepted.end
    para = index_of(sp)
    if para is None:
        return None
    end = eo if ep == sp else None
    if c.accepted.text or not c.rejected.text:
        quote = c.accepted.text.split("\n")[0]
        return para, so, (end if end is not None else so + len(quote)), quote, False
    return para, so, so, c.rejected.text, True


def _redline(path: Path, review: ReviewDocument, known) -> ReviewImport:
    body = [k for k, p in enumerate(review.accepted) if p.where is None]
    position = {k: n for n, k in enumerate(body)}
    text = Document(tuple(Paragraph(review.accepted[k].text, review.accepted[k].style) for k in body),
                    source=str(path), encoding="DOCX")
    comments, resolved = [], []
    for c in review.comments:
        if not _new(c, known):
            if c.resolved:
                resolved.append((c.author, c.text))
            continue
        where = _anchor_in(c, lambda k: position.get(k, _nearest(position, k)))
        if where is not None:
            comments.append(_imported(c, *where))
    return ReviewImport(REDLINE, path, text, comments, _editor_revisions(review), marker=review.marker,
                        resolved_known=resolved)


def _nearest(position: dict[int, int], k: int) -> int | None:
    before = [n for j, n in position.items() if j <= k]
    return max(before) if before else (0 if position else None)


def _bilingual(path: Path, review: ReviewDocument, known) -> ReviewImport:
    rows: dict[tuple, list[int]] = {}
    for k, p in enumerate(review.accepted):
        if p.where and not p.where[3]:
            rows.setdefault((p.where[0], p.where[1]), []).append(k)
    cleaned = [k for k, p in enumerate(review.accepted)
               if p.where and not p.where[3] and p.where[2] == CLEANED_COLUMN]
    position = {k: n for n, k in enumerate(cleaned)}
    row_first = {}
    for key, ks in rows.items():
        mine = [position[k] for k in ks if k in position]
        if mine:
            row_first[key] = mine[0]
    text = Document(tuple(Paragraph(review.accepted[k].text) for k in cleaned), source=str(path), encoding="DOCX")
    comments, resolved = [], []
    for c in review.comments:
        if not _new(c, known):
            if c.resolved:
                resolved.append((c.author, c.text))
            continue
        sp = c.accepted.start[0]
        if sp in position:
            where = _anchor_in(c, position.get)
        else:  # on the MT, the number or the notes column: hang it on the row's cleaned text
            p = review.accepted[sp] if sp < len(review.accepted) else None
            row = row_first.get((p.where[0], p.where[1])) if p is not None and p.where else None
            if row is None:
                continue
            quote = c.accepted.text or c.rejected.text
            where = (row, 0, 0, quote, False)
        comments.append(_imported(c, *where))
    comments += _notes_column(review, rows, row_first, known)
    return ReviewImport(BILINGUAL, path, text, comments, _editor_revisions(review), marker=review.marker,
                        resolved_known=resolved)


def _notes_column(review: ReviewDocument, rows, row_first, known) -> list[ImportedComment]:
    """Lines an editor typed into the Comments column are comments on that row too."""
    ours = {f"{a}: {t}".replace("\n", " ") for a, t in known}
    out = []
    for key, ks in rows.items():
        row = row_first.get(key)
        if row is None:
            continue
        for k in ks:
            p = review.accepted[k]
            if p.where[2] == 3 and p.text.strip() and p.text not in ours:
                cat, sev, body = parse_comment_tag(p.text)
                out.append(ImportedComment(row, 0, 0, body, "Editor (Comments column)", None, "", cat, sev))
    return out


def _difference(old: Document, new: Document) -> tuple[int, int]:
    """(paragraphs that differ, word-level change chunks) between two texts."""
    from app.io.docx.exchange import compare_documents
    from app.io.docx.model import EQUAL

    comparison = compare_documents(old, new)
    changed = chunks = 0
    for p in comparison.paragraphs:
        kinds = [s.kind for s in p.segments if s.kind != EQUAL]
        if kinds or p.mark != EQUAL:
            changed += 1
        prev = EQUAL
        for s in p.segments:
            if s.kind != EQUAL and prev == EQUAL:
                chunks += 1
            prev = s.kind
    return changed, chunks
