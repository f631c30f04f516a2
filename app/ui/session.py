"""The open project as the window sees it: texts, revisions, annotations, decisions, operations.

Every change the user can make is an operation object with a name, `apply()`
and `revert()`; app/ui/undo.py puts them on the QUndoStack. This façade is the
only part of the window that knows how the project is stored.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

from app.core.document import Document, Paragraph

WORKING = "working"
ORIGINAL = "original"


def now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class Revision:
    id: int
    label: str
    author: str
    created: str
    document: Document = field(repr=False, compare=False)


@dataclass(frozen=True)
class Annotation:
    id: int
    paragraph: int
    start: int
    end: int
    quote: str
    body: str
    category: str | None = None
    severity: str | None = None
    status: str = "open"  # open | resolved
    author: str = ""
    created: str = ""
    updated: str = ""
    detached: bool = False


class Session:
    """An open project held in memory (the project store persists it; see `save`)."""

    def __init__(self, original: Document, working: Document | None = None, *, title: str = "",
                 reviewer: str = "", path: Path | None = None):
        self.original = original
        self.working = working if working is not None else original
        self.title = title
        self.reviewer = reviewer
        self.path = path
        self.revisions: list[Revision] = []
        self.annotations: dict[int, Annotation] = {}
        self.ignored: set[str] = set()
        self.read_only_reason = ""
        self._ids = itertools.count(1)

    def next_id(self) -> int:
        return next(self._ids)

    def version(self, key) -> Document:
        """ORIGINAL, WORKING or a revision id."""
        if key == ORIGINAL:
            return self.original
        if key == WORKING:
            return self.working
        return next(r.document for r in self.revisions if r.id == key)

    def version_label(self, key) -> str:
        if key == ORIGINAL:
            return "Machine translation"
        if key == WORKING:
            return "Working text"
        return next((f"Revision “{r.label}”" for r in self.revisions if r.id == key), "Revision")

    # -- low-level mutations the operations use -----------------------------------------
    def _set_paragraphs(self, first: int, count: int, texts: tuple[str, ...]) -> None:
        paras = list(self.working.paragraphs)
        old = paras[first:first + count]
        styles = [p.style for p in old] + [old[-1].style if old else None] * len(texts)
        paras[first:first + count] = [Paragraph(t, styles[k]) for k, t in enumerate(texts)]
        w = self.working
        self.working = Document(tuple(paras), w.source, w.encoding, w.warnings)

    def save(self) -> None:
        """Nothing to persist: this session lives in memory only."""

    def set_reviewer(self, name: str) -> None:
        self.reviewer = name

    def close(self) -> None:
        pass

    notices: list = []

    # -- operation factories (the same as StoreSession's) ---------------------------------
    def op_typing(self, first, old, new):
        return EditParagraphs(first, old, new)

    def op_fix(self, f, replacement, label):
        text = self.working[f.paragraph].text
        new = text[:f.start] + replacement + text[f.end:]
        return EditParagraphs(f.paragraph, (text,), (new,), name=f"Apply fix: {label}")

    def op_fix_all(self, findings, replacement, label):
        by_para: dict[int, list] = {}
        for g in findings:
            by_para.setdefault(g.paragraph, []).append(g)
        parts = []
        for i, items in sorted(by_para.items()):
            text = new = self.working[i].text
            for g in sorted(items, key=lambda g: g.start, reverse=True):
                new = new[:g.start] + replacement + new[g.end:]
            parts.append(EditParagraphs(i, (text,), (new,), name="Fix"))
        return Compound(f"Fix all: {label} ({len(findings)})", parts)

    def op_add_annotation(self, paragraph, start, end, body, category, severity):
        stamp = now()
        return AddAnnotation(Annotation(self.next_id(), paragraph, start, end, self.working[paragraph].text[start:end],
                                        body, category or None, severity or None, "open", self.reviewer, stamp, stamp))

    def op_edit_annotation(self, a, body, category, severity):
        return UpdateAnnotation(a, replace(a, body=body, category=category or None, severity=severity or None,
                                           updated=now()), "Edit comment")

    def op_set_status(self, a, status):
        return UpdateAnnotation(a, replace(a, status=status, updated=now()),
                                "Reopen comment" if status == "open" else "Resolve comment")

    def op_delete_annotation(self, a):
        return DeleteAnnotation(a)

    def op_snapshot(self, label):
        return Snapshot(Revision(self.next_id(), label, self.reviewer, now(), self.working))

    def op_restore(self, revision_id):
        return Restore(self, next(r for r in self.revisions if r.id == revision_id))

    def op_ignore(self, fingerprint, ignore, label):
        return SetIgnored(fingerprint, ignore, label)


# -- operations ----------------------------------------------------------------------------
class Operation:
    name = ""
    touches_text = False

    def apply(self, s: Session) -> None:
        raise NotImplementedError

    def revert(self, s: Session) -> None:
        raise NotImplementedError


class EditParagraphs(Operation):
    """Replace working paragraphs [first, first+len(old)) by `new`; annotations follow."""

    touches_text = True

    def __init__(self, first: int, old: tuple[str, ...], new: tuple[str, ...], name: str = "Typing"):
        self.first, self.old, self.new, self.name = first, tuple(old), tuple(new), name
        self._annotations_before: dict[int, Annotation] | None = None

    def apply(self, s: Session) -> None:
        self._annotations_before = dict(s.annotations)
        s._set_paragraphs(self.first, len(self.old), self.new)
        s.annotations = {k: _follow_edit(a, self) for k, a in s.annotations.items()}

    def revert(self, s: Session) -> None:
        s._set_paragraphs(self.first, len(self.new), self.old)
        if self._annotations_before is not None:
            s.annotations = self._annotations_before

    def extend(self, later: "EditParagraphs") -> bool:
        """Merge a later typing edit of the same single paragraph into this one (one undo step)."""
        if (self.name == later.name == "Typing" and len(self.old) == len(self.new) == 1
                and later.first == self.first and len(later.old) == len(later.new) == 1
                and later.old == self.new):
            self.new = later.new
            return True
        return False


def _follow_edit(a: Annotation, op: EditParagraphs) -> Annotation:
    if a.detached or a.paragraph < op.first:
        return a
    if a.paragraph >= op.first + len(op.old):
        return replace(a, paragraph=a.paragraph + len(op.new) - len(op.old))
    if len(op.old) == len(op.new):
        k = a.paragraph - op.first
        before, after = op.old[k], op.new[k]
        p = 0
        while p < min(len(before), len(after)) and before[p] == after[p]:
            p += 1
        q = 0
        while q < min(len(before), len(after)) - p and before[-1 - q] == after[-1 - q]:
            q += 1
        delta = len(after) - len(before)
        end_old = len(before) - q  # the changed region is [p, end_old) in the old text
        start = a.start if a.start <= p else (a.start + delta if a.start >= end_old else p)
        end = a.end if a.end <= p else (a.end + delta if a.end >= end_old else len(after) - q)
        if end > start:
            return replace(a, start=start, end=end)
    for k, text in enumerate(op.new):  # the paragraph was split, merged or rewritten: re-find the quote
        at = text.find(a.quote) if a.quote else -1
        if at >= 0:
            return replace(a, paragraph=op.first + k, start=at, end=at + len(a.quote))
    return replace(a, detached=True)


class Compound(Operation):
    """Several operations as one undo step (fix all occurrences)."""

    def __init__(self, name: str, parts: list[Operation]):
        self.name, self.parts = name, parts
        self.touches_text = any(p.touches_text for p in parts)

    def apply(self, s: Session) -> None:
        for p in self.parts:
            p.apply(s)

    def revert(self, s: Session) -> None:
        for p in reversed(self.parts):
            p.revert(s)


class AddAnnotation(Operation):
    def __init__(self, annotation: Annotation):
        self.annotation = annotation
        self.id = annotation.id
        self.name = "Add comment"

    def apply(self, s):
        s.annotations[self.annotation.id] = self.annotation

    def revert(self, s):
        s.annotations.pop(self.annotation.id, None)


class UpdateAnnotation(Operation):
    def __init__(self, before: Annotation, after: Annotation, name: str):
        self.before, self.after, self.name = before, after, name

    def apply(self, s):
        s.annotations[self.after.id] = self.after

    def revert(self, s):
        s.annotations[self.before.id] = self.before


class DeleteAnnotation(Operation):
    def __init__(self, annotation: Annotation):
        self.annotation = annotation
        self.name = "Delete comment"

    def apply(self, s):
        s.annotations.pop(self.annotation.id, None)

    def revert(self, s):
        s.annotations[self.annotation.id] = self.annotation


class Snapshot(Operation):
    def __init__(self, revision: Revision):
        self.revision = revision
        self.id = revision.id
        self.name = f"Snapshot revision: {revision.label}"

    def apply(self, s):
        s.revisions.append(self.revision)

    def revert(self, s):
        s.revisions = [r for r in s.revisions if r.id != self.revision.id]


class Restore(Operation):
    """Make a revision the working text, after snapshotting the current text."""

    touches_text = True

    def __init__(self, s: Session, revision: Revision):
        self.target = revision
        self.backup = Revision(s.next_id(), f"Before restoring “{revision.label}”", s.reviewer, now(), s.working)
        self.name = f"Restore revision: {revision.label}"
        self._annotations_before: dict[int, Annotation] | None = None

    def apply(self, s):
        s.revisions.append(self.backup)
        self._annotations_before = dict(s.annotations)
        s.working = self.target.document
        texts = s.working.texts
        s.annotations = {k: _refind(a, texts) for k, a in s.annotations.items()}

    def revert(self, s):
        s.revisions = [r for r in s.revisions if r.id != self.backup.id]
        s.working = self.backup.document
        if self._annotations_before is not None:
            s.annotations = self._annotations_before


def _refind(a: Annotation, texts: list[str]) -> Annotation:
    if 0 <= a.paragraph < len(texts) and texts[a.paragraph][a.start:a.end] == a.quote:
        return a
    for i, t in enumerate(texts):
        at = t.find(a.quote) if a.quote else -1
        if at >= 0:
            return replace(a, paragraph=i, start=at, end=at + len(a.quote), detached=False)
    return replace(a, detached=True)


class SetIgnored(Operation):
    def __init__(self, fingerprint: str, ignored: bool, label: str):
        self.fingerprint, self.ignored = fingerprint, ignored
        self.name = f"{'Ignore' if ignored else 'Un-ignore'} finding: {label}"

    def apply(self, s):
        (s.ignored.add if self.ignored else s.ignored.discard)(self.fingerprint)

    def revert(self, s):
        (s.ignored.discard if self.ignored else s.ignored.add)(self.fingerprint)
