"""Annotations: a reviewer's comment on a span of one version, and the operations on them.

An annotation never disappears by accident: edits move, stretch or shrink its span
(app/core/anchors.py); when its text is gone it stays, marked `detached`, with its quote.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from app.core.anchors import find_quote, map_span
from app.core.document import Document
from app.core.session import WORKING, Operation, OperationError, ReviewState, now

CATEGORIES = ("Accuracy", "Fluency", "Terminology", "Style", "Locale conventions")
SEVERITIES = ("Minor", "Major", "Critical")
STATUSES = ("open", "resolved")


@dataclass(frozen=True)
class Annotation:
    """A comment on `[start, end)` (code points) of paragraph `paragraph` of `version`.

    `version` is "working", "original" or "revision/<id>". `quote` is the text the span
    covered when last saved; it is how the annotation is found again, and what a detached
    annotation shows. `category`/`severity` are MQM terms, or None for a plain comment."""

    id: int
    version: str
    paragraph: int
    start: int
    end: int
    quote: str
    body: str = ""
    category: str | None = None
    severity: str | None = None
    status: str = "open"
    author: str = ""
    created: str = ""
    updated: str = ""
    detached: bool = False

    def __post_init__(self) -> None:
        if self.category is not None and self.category not in CATEGORIES:
            raise OperationError(f"unknown MQM category {self.category!r}; use one of {', '.join(CATEGORIES)}")
        if self.severity is not None and self.severity not in SEVERITIES:
            raise OperationError(f"unknown severity {self.severity!r}; use one of {', '.join(SEVERITIES)}")
        if self.status not in STATUSES:
            raise OperationError(f"annotation status must be open or resolved, not {self.status!r}")
        if not 0 <= self.start <= self.end or self.paragraph < 0:
            raise OperationError(f"bad span {self.paragraph}:{self.start}-{self.end}")

    @property
    def is_open(self) -> bool:
        return self.status == "open"


def check_span(doc: Document, paragraph: int, start: int, end: int) -> None:
    if not 0 <= paragraph < len(doc):
        raise OperationError(f"there is no paragraph {paragraph + 1} (the text has {len(doc)})")
    length = len(doc[paragraph].text)
    if not 0 <= start <= end <= length:
        raise OperationError(f"span {start}-{end} is outside paragraph {paragraph + 1} ({length} characters)")


# ---- keeping working-text anchors in step with edits ------------------------------------------

def on_working(state: ReviewState, paragraph: int | None = None):
    """(id, annotation) pairs on the working text, optionally in one paragraph."""
    return [(i, a) for i, a in state.annotations.items()
            if a.version == WORKING and (paragraph is None or a.paragraph == paragraph)]


def follow_replace(state: ReviewState, paragraph: int, a: int, b: int, n: int, new_text: str) -> dict:
    """Move the spans in `paragraph` for `[a, b)` replaced by `n` code points, giving the
    paragraph's new text (for the quotes).

    Returns {id: old annotation} for the ones that changed, so the operation can revert."""
    before = {}
    for i, ann in on_working(state, paragraph):
        s, e = map_span(ann.start, ann.end, a, b, n)
        changed = replace(ann, start=s, end=e)
        if not ann.detached:
            if s == e and ann.start != ann.end:
                changed = replace(changed, detached=True)
            elif s != e:
                changed = replace(changed, quote=new_text[s:e])
        if changed != ann:
            before[i] = ann
            state.annotations[i] = changed
    return before


def shift_paragraphs(state: ReviewState, first: int, by: int) -> dict:
    """Renumber working annotations in paragraphs >= `first` by `by`."""
    before = {}
    for i, ann in on_working(state):
        if ann.paragraph >= first:
            before[i] = ann
            state.annotations[i] = replace(ann, paragraph=ann.paragraph + by)
    return before


def restore(state: ReviewState, before: dict) -> None:
    state.annotations.update(before)


def reanchor(ann: Annotation, doc: Document) -> Annotation:
    """`ann` checked against `doc`: unchanged if its quote is still under its span, moved if the
    quote is found again (exactly or fuzzily), else detached at the nearest valid place."""
    p, s, e = ann.paragraph, ann.start, ann.end
    if not ann.detached and p < len(doc) and doc[p].text[s:e] == ann.quote and e <= len(doc[p].text):
        return ann
    if not ann.detached:
        hit = find_quote(doc, ann.quote, p, s)
        if hit is not None:
            return replace(ann, paragraph=hit[0], start=hit[1], end=hit[2], quote=doc[hit[0]].text[hit[1]:hit[2]])
    # Detached: keep the old place as a hint, clamped into the text, so it can still be shown.
    p = max(0, min(p, len(doc) - 1))
    limit = len(doc[p].text) if len(doc) else 0
    s, e = min(s, limit), min(e, limit)
    return replace(ann, paragraph=p, start=s, end=e, detached=True)


def reanchor_all(state: ReviewState) -> list[str]:
    """Check every annotation against its text (after a load); return what moved or detached."""
    notes = []
    for i, ann in list(state.annotations.items()):
        try:
            doc = state.document(ann.version)
        except OperationError:
            continue
        fixed = reanchor(ann, doc)
        if fixed != ann:
            state.annotations[i] = fixed
            where = f"paragraph {fixed.paragraph + 1}"
            if fixed.detached and not ann.detached:
                notes.append(f"Comment {i} (“{_short(ann.quote)}”) lost its text and is now detached.")
            elif not fixed.detached:
                notes.append(f"Comment {i} (“{_short(ann.quote)}”) was found again in {where}.")
    return notes


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


# ---- operations ---------------------------------------------------------------------------------

class AddAnnotation(Operation):
    """Add a comment on a span of the working text (or of the original or a revision)."""

    name = "Add comment"

    def __init__(self, paragraph: int, start: int, end: int, body: str = "", *,
                 category: str | None = None, severity: str | None = None,
                 version: str = WORKING, author: str | None = None):
        self.args = (version, paragraph, start, end, body, category, severity, author)
        self.id: int | None = None
        self._when = now()

    def apply(self, state: ReviewState) -> None:
        version, paragraph, start, end, body, category, severity, author = self.args
        doc = state.document(version)
        check_span(doc, paragraph, start, end)
        if self.id is None:
            self.id = state.new_id("annotation")
        state.annotations[self.id] = Annotation(
            self.id, version, paragraph, start, end, doc[paragraph].text[start:end], body,
            category, severity, "open", state.author if author is None else author, self._when, self._when)

    def revert(self, state: ReviewState) -> None:
        state.annotations.pop(self.id, None)


class _ChangeAnnotation(Operation):
    """Replace one annotation by a changed copy; revert puts the old one back."""

    def __init__(self, annotation_id: int):
        self.annotation_id = annotation_id
        self._before: Annotation | None = None
        self._when = now()

    def changed(self, ann: Annotation, state: ReviewState) -> Annotation | None:
        raise NotImplementedError

    def _get(self, state: ReviewState) -> Annotation:
        ann = state.annotations.get(self.annotation_id)
        if ann is None:
            raise OperationError(f"there is no comment {self.annotation_id}")
        return ann

    def apply(self, state: ReviewState) -> None:
        ann = self._get(state)
        self._before = ann
        new = self.changed(ann, state)
        if new is None:
            del state.annotations[self.annotation_id]
        else:
            state.annotations[self.annotation_id] = new

    def revert(self, state: ReviewState) -> None:
        state.annotations[self.annotation_id] = self._before


class EditAnnotation(_ChangeAnnotation):
    """Change a comment's text, category, severity, or re-anchor it on a new span (which
    attaches a detached comment again)."""

    name = "Edit comment"
    _KEEP = object()

    def __init__(self, annotation_id: int, *, body=_KEEP, category=_KEEP, severity=_KEEP,
                 span: tuple[int, int, int] | None = None):
        super().__init__(annotation_id)
        self.fields = {k: v for k, v in (("body", body), ("category", category), ("severity", severity))
                       if v is not self._KEEP}
        self.span = span

    def changed(self, ann: Annotation, state: ReviewState) -> Annotation:
        new = replace(ann, updated=self._when, **self.fields)
        if self.span is not None:
            doc = state.document(ann.version)
            check_span(doc, *self.span)
            p, s, e = self.span
            new = replace(new, paragraph=p, start=s, end=e, quote=doc[p].text[s:e], detached=False)
        return new


class ResolveAnnotation(_ChangeAnnotation):
    name = "Resolve comment"

    def changed(self, ann, state):
        return replace(ann, status="resolved", updated=self._when)


class ReopenAnnotation(_ChangeAnnotation):
    name = "Reopen comment"

    def changed(self, ann, state):
        return replace(ann, status="open", updated=self._when)


class DeleteAnnotation(_ChangeAnnotation):
    name = "Delete comment"

    def changed(self, ann, state):
        return None
