"""Bringing an editor's review into a project: one named operation, undone as a whole.

The editor's text (their tracked changes accepted) becomes the working text and a
revision "Editor review, <date>"; the text it replaces is kept first as a revision
"Before editor review, <date>". Their comments become annotations on the new
working text with their author and time. Comments already on the working text are
found again in the editor's text, or detached, never dropped; those the editor
marked done are resolved.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from app.core.annotations import CATEGORIES, SEVERITIES, Annotation, on_working, reanchor, restore
from app.core.document import Document
from app.core.operations import SnapshotRevision
from app.core.session import WORKING, Operation, OperationError, ReviewState, now


@dataclass(frozen=True)
class EditorComment:
    """A comment from the editor on [start, end) of `paragraph` of their text.

    `deleted_quote` is set when the comment sat only on words the editor deleted:
    the span is then empty, where those words were, and the body quotes them."""

    paragraph: int
    start: int
    end: int
    body: str
    author: str
    created: str  # ISO 8601 UTC with Z, as the store writes times
    category: str | None = None
    severity: str | None = None
    resolved: bool = False
    deleted_quote: str = ""


class ImportEditorReview(Operation):
    def __init__(self, text: Document, comments: list[EditorComment], date_label: str, editor: str = "",
                 resolve: list[int] = ()):
        if not len(text):
            raise OperationError("the editor's document has no text to import")
        self.text, self.comments, self.editor = text, list(comments), editor
        self.label = f"Editor review, {date_label}"
        self.name = f"Import {self.label}"
        self.before = SnapshotRevision(f"Before editor review, {date_label}")
        self.after = SnapshotRevision(self.label, editor or None)
        self.annotation_ids: list[int] = []
        self.resolve = list(resolve)  # annotations the editor marked done
        self._resolved_before: dict = {}
        self._when = now()
        self._doc_before: Document | None = None
        self._anchors_before: dict = {}

    @property
    def revision_id(self) -> int | None:
        return self.after.id

    def apply(self, state: ReviewState) -> None:
        self.before.apply(state)
        self._doc_before = state.working
        state.working = self.text
        self._anchors_before = {}
        for i, ann in on_working(state):
            new = reanchor(ann, self.text)
            if new != ann:
                self._anchors_before[i] = ann
                state.annotations[i] = new
        self.after.apply(state)
        self._resolved_before = {}
        for i in self.resolve:
            ann = state.annotations.get(i)
            if ann is not None and ann.status == "open":
                self._resolved_before[i] = ann
                state.annotations[i] = replace(ann, status="resolved", updated=self._when)
        fresh = not self.annotation_ids
        for k, c in enumerate(self.comments):
            if fresh:
                self.annotation_ids.append(state.new_id("annotation"))
            state.annotations[self.annotation_ids[k]] = self._annotation(self.annotation_ids[k], c)

    def _annotation(self, ann_id: int, c: EditorComment) -> Annotation:
        p = max(0, min(c.paragraph, len(self.text) - 1))
        length = len(self.text[p].text)
        s = max(0, min(c.start, length))
        e = max(s, min(c.end, length))
        body = c.body if not c.deleted_quote else f"On deleted “{c.deleted_quote}”: {c.body}"
        category = c.category if c.category in CATEGORIES else None
        severity = c.severity if c.severity in SEVERITIES else None
        return Annotation(ann_id, WORKING, p, s, e, self.text[p].text[s:e], body, category, severity,
                          "resolved" if c.resolved else "open", c.author, c.created, c.created)

    def revert(self, state: ReviewState) -> None:
        for i in self.annotation_ids:
            state.annotations.pop(i, None)
        restore(state, self._resolved_before)
        self.after.revert(state)
        state.working = self._doc_before
        restore(state, self._anchors_before)
        self.before.revert(state)
