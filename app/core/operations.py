"""Every user-visible change to a project, as a named operation with `apply` and `revert`.

The UI wraps each in a QUndoCommand whose text is `op.name`; the store saves whatever an
operation changed as soon as `Project.apply` returns. Offsets are code points.
"""
from __future__ import annotations

from dataclasses import replace

from app.core.annotations import follow_replace, on_working, reanchor, restore, shift_paragraphs
from app.core.anchors import common_affixes
from app.core.document import Document, Paragraph
from app.core.session import (
    Decision, Operation, OperationError, ProjectInfo, ReviewState, Revision, now, validate_setting,
)

__all__ = [
    "Operation", "ReplaceText", "SetParagraphText", "ApplyFix", "InsertParagraph", "DeleteParagraph",
    "SplitParagraph", "MergeParagraphs", "SnapshotRevision", "RestoreRevision", "IgnoreFinding",
    "AcceptFinding", "UnignoreFinding", "ChangeSetting", "EditProjectInfo",
]


def _merge(into: dict, more: dict) -> None:
    """Remember each annotation's state from before the operation (the first one seen)."""
    for k, v in more.items():
        into.setdefault(k, v)


def _with_paragraphs(doc: Document, paras: list[Paragraph]) -> Document:
    return Document(tuple(paras), doc.source, doc.encoding, doc.warnings)


class _TextOperation(Operation):
    """Base of edits to the working text: revert restores the text and the moved anchors."""

    def __init__(self) -> None:
        self._doc_before: Document | None = None
        self._anchors_before: dict = {}

    def _begin(self, state: ReviewState) -> None:
        self._doc_before = state.working
        self._anchors_before = {}

    def revert(self, state: ReviewState) -> None:
        state.working = self._doc_before
        restore(state, self._anchors_before)

    def _paragraph(self, state: ReviewState, index: int) -> Paragraph:
        if not 0 <= index < len(state.working):
            raise OperationError(f"there is no paragraph {index + 1} (the text has {len(state.working)})")
        return state.working[index]


class ReplaceText(_TextOperation):
    """Replace `[start, end)` of one working paragraph by `text`.

    `expected`, when given, is what the span must hold now; a stale fix is refused rather
    than applied to the wrong words."""

    def __init__(self, paragraph: int, start: int, end: int, text: str, *,
                 name: str = "Edit text", expected: str | None = None):
        super().__init__()
        if "\n" in text or "\r" in text:
            raise OperationError("a replacement cannot contain a line break; split the paragraph instead")
        self.paragraph, self.start, self.end, self.text = paragraph, start, end, text
        self.expected = expected
        self.name = name

    def apply(self, state: ReviewState) -> None:
        para = self._paragraph(state, self.paragraph)
        if not 0 <= self.start <= self.end <= len(para.text):
            raise OperationError(f"span {self.start}-{self.end} is outside paragraph {self.paragraph + 1} "
                                 f"({len(para.text)} characters)")
        if self.expected is not None and para.text[self.start:self.end] != self.expected:
            raise OperationError(f"paragraph {self.paragraph + 1} no longer reads “{self.expected}” there; "
                                 "check the text again")
        self._begin(state)
        new_text = para.text[:self.start] + self.text + para.text[self.end:]
        state.working = state.working.replace_paragraph(self.paragraph, new_text)
        self._anchors_before = follow_replace(state, self.paragraph, self.start, self.end, len(self.text), new_text)


class ApplyFix(ReplaceText):
    """Apply a finding's suggested fix: a span replacement named after the check.

    Takes the finding's parts rather than a Finding object so the store does not depend on
    the checks. With a `fingerprint`, the finding is also recorded as accepted."""

    def __init__(self, paragraph: int, start: int, end: int, replacement: str, label: str, *,
                 fingerprint: str | None = None, expected: str | None = None, author: str | None = None):
        super().__init__(paragraph, start, end, replacement, name=f"Apply fix: {label}", expected=expected)
        self.fingerprint, self.author = fingerprint, author
        self._decision_before: Decision | None = None
        self._when = now()

    def apply(self, state: ReviewState) -> None:
        super().apply(state)
        if self.fingerprint:
            self._decision_before = state.decisions.get(self.fingerprint)
            state.decisions[self.fingerprint] = Decision(
                self.fingerprint, "accepted", state.author if self.author is None else self.author, self._when)

    def revert(self, state: ReviewState) -> None:
        super().revert(state)
        if self.fingerprint:
            _put_decision(state, self.fingerprint, self._decision_before)


class SetParagraphText(_TextOperation):
    """Set a working paragraph's whole text (what an editor pane sends after a keystroke).

    The change is reduced to one replacement (common prefix and suffix trimmed), and anchors
    follow that replacement."""

    def __init__(self, paragraph: int, text: str, *, name: str = "Edit text"):
        super().__init__()
        if "\n" in text or "\r" in text:
            raise OperationError("a paragraph cannot contain a line break; split it instead")
        self.paragraph, self.text, self.name = paragraph, text, name

    def apply(self, state: ReviewState) -> None:
        old = self._paragraph(state, self.paragraph).text
        self._begin(state)
        a, b, n = common_affixes(old, self.text)
        state.working = state.working.replace_paragraph(self.paragraph, self.text)
        self._anchors_before = follow_replace(state, self.paragraph, a, b, n, self.text)


class InsertParagraph(_TextOperation):
    """Insert a new working paragraph before `index` (`index == len` appends)."""

    name = "Insert paragraph"

    def __init__(self, index: int, text: str = "", style: str | None = None):
        super().__init__()
        self.index, self.para = index, Paragraph(text, style)

    def apply(self, state: ReviewState) -> None:
        if not 0 <= self.index <= len(state.working):
            raise OperationError(f"cannot insert a paragraph at {self.index + 1}")
        self._begin(state)
        paras = list(state.working.paragraphs)
        paras.insert(self.index, self.para)
        state.working = _with_paragraphs(state.working, paras)
        self._anchors_before = shift_paragraphs(state, self.index, 1)


class DeleteParagraph(_TextOperation):
    """Delete a working paragraph. Its comments stay, detached, pointing where it was."""

    name = "Delete paragraph"

    def __init__(self, index: int):
        super().__init__()
        self.index = index

    def apply(self, state: ReviewState) -> None:
        self._paragraph(state, self.index)
        self._begin(state)
        paras = list(state.working.paragraphs)
        del paras[self.index]
        state.working = _with_paragraphs(state.working, paras)
        before = {}
        for i, ann in on_working(state, self.index):
            before[i] = ann
            state.annotations[i] = replace(ann, start=0, end=0, detached=True)
        _merge(before, shift_paragraphs(state, self.index + 1, -1))
        # The detached ones point at the paragraph that took its place (or the new last one).
        home = min(self.index, max(len(paras) - 1, 0))
        for i, ann in on_working(state, self.index):
            if i in before and before[i].paragraph == self.index:
                state.annotations[i] = replace(ann, paragraph=home)
        self._anchors_before = before


class SplitParagraph(_TextOperation):
    """Split a working paragraph at `offset` (Enter in the editor). Comments after the split
    point move to the new paragraph; one that straddles it keeps the part before."""

    name = "Split paragraph"

    def __init__(self, index: int, offset: int):
        super().__init__()
        self.index, self.offset = index, offset

    def apply(self, state: ReviewState) -> None:
        para = self._paragraph(state, self.index)
        o = self.offset
        if not 0 <= o <= len(para.text):
            raise OperationError(f"cannot split paragraph {self.index + 1} at {o}")
        self._begin(state)
        paras = list(state.working.paragraphs)
        paras[self.index:self.index + 1] = [Paragraph(para.text[:o], para.style), Paragraph(para.text[o:], para.style)]
        state.working = _with_paragraphs(state.working, paras)
        inside = on_working(state, self.index)
        before = shift_paragraphs(state, self.index + 1, 1)
        for i, ann in inside:
            before[i] = ann
            if ann.start >= o and (ann.start > o or ann.end > o or o == len(para.text)):
                state.annotations[i] = replace(ann, paragraph=self.index + 1, start=ann.start - o, end=ann.end - o)
            elif ann.end > o:
                new = replace(ann, end=o)
                state.annotations[i] = new if ann.detached else replace(new, quote=para.text[ann.start:o])
        self._anchors_before = before


class MergeParagraphs(_TextOperation):
    """Join working paragraph `index` and the one after it (Delete at a paragraph's end)."""

    name = "Merge paragraphs"

    def __init__(self, index: int):
        super().__init__()
        self.index = index

    def apply(self, state: ReviewState) -> None:
        first = self._paragraph(state, self.index)
        second = self._paragraph(state, self.index + 1)
        self._begin(state)
        paras = list(state.working.paragraphs)
        paras[self.index:self.index + 2] = [Paragraph(first.text + second.text, first.style)]
        state.working = _with_paragraphs(state.working, paras)
        moving = on_working(state, self.index + 1)
        before = {}
        for i, ann in moving:
            before[i] = ann
            state.annotations[i] = replace(ann, paragraph=self.index, start=ann.start + len(first.text),
                                           end=ann.end + len(first.text))
        _merge(before, shift_paragraphs(state, self.index + 2, -1))
        self._anchors_before = before


# ---- revisions ----------------------------------------------------------------------------------

class SnapshotRevision(Operation):
    """Keep the working text as a named, immutable revision."""

    def __init__(self, label: str, author: str | None = None):
        self.label = label.strip() or "Revision"
        self.author = author
        self.name = f"Snapshot revision: {self.label}"
        self.id: int | None = None
        self._when = now()

    def apply(self, state: ReviewState) -> None:
        if self.id is None:
            self.id = state.new_id("revision")
        author = state.author if self.author is None else self.author
        state.add_revision(Revision(self.id, self.label, author, self._when, len(state.working)), state.working)

    def revert(self, state: ReviewState) -> None:
        state.remove_revision(self.id)


class RestoreRevision(Operation):
    """Make a revision the working text again; first snapshots the current text, so nothing is lost.

    Comments on the working text are found again in the restored text, or detached."""

    def __init__(self, revision_id: int, author: str | None = None):
        self.revision_id, self.author = revision_id, author
        self.name = "Restore revision"
        self.snapshot: SnapshotRevision | None = None
        self._doc_before: Document | None = None
        self._anchors_before: dict = {}

    def apply(self, state: ReviewState) -> None:
        doc = state.revision_document(self.revision_id)
        label = state.revisions[self.revision_id].label
        self.name = f"Restore revision: {label}"
        if self.snapshot is None:
            self.snapshot = SnapshotRevision(f"Before restoring “{label}”", self.author)
        self.snapshot.apply(state)
        self._doc_before = state.working
        state.working = doc
        self._anchors_before = {}
        for i, ann in on_working(state):
            new = reanchor(ann, doc)
            if new != ann:
                self._anchors_before[i] = ann
                state.annotations[i] = new

    def revert(self, state: ReviewState) -> None:
        state.working = self._doc_before
        restore(state, self._anchors_before)
        self.snapshot.revert(state)


# ---- findings, settings, project details ------------------------------------------------------

def _put_decision(state: ReviewState, fingerprint: str, decision: Decision | None) -> None:
    if decision is None:
        state.decisions.pop(fingerprint, None)
    else:
        state.decisions[fingerprint] = decision


class _Decide(Operation):
    status: str | None = None

    def __init__(self, fingerprint: str, note: str = "", author: str | None = None):
        if not fingerprint:
            raise OperationError("a finding decision needs the finding's fingerprint")
        self.fingerprint, self.note, self.author = fingerprint, note, author
        self._before: Decision | None = None
        self._when = now()

    def apply(self, state: ReviewState) -> None:
        self._before = state.decisions.get(self.fingerprint)
        new = None
        if self.status is not None:
            new = Decision(self.fingerprint, self.status,
                           state.author if self.author is None else self.author, self._when, self.note)
        _put_decision(state, self.fingerprint, new)

    def revert(self, state: ReviewState) -> None:
        _put_decision(state, self.fingerprint, self._before)


class IgnoreFinding(_Decide):
    name, status = "Ignore finding", "ignored"


class AcceptFinding(_Decide):
    name, status = "Accept finding", "accepted"


class UnignoreFinding(_Decide):
    """Forget the decision on a finding, so it is reported again."""

    name, status = "Un-ignore finding", None


class ChangeSetting(Operation):
    """Change one per-project setting (see PROJECT_SETTINGS for the keys and types)."""

    def __init__(self, key: str, value: object):
        validate_setting(key, value)
        self.key, self.value = key, value
        self.name = f"Change setting: {key}"
        self._had, self._before = False, None

    def apply(self, state: ReviewState) -> None:
        self._had, self._before = self.key in state.settings, state.settings.get(self.key)
        state.settings[self.key] = self.value

    def revert(self, state: ReviewState) -> None:
        if self._had:
            state.settings[self.key] = self._before
        else:
            state.settings.pop(self.key, None)


class EditProjectInfo(Operation):
    """Change the title, languages or reviewer."""

    name = "Edit project details"
    FIELDS = ("title", "source_lang", "target_lang", "reviewer")

    def __init__(self, **fields: str):
        unknown = set(fields) - set(self.FIELDS)
        if unknown:
            raise OperationError(f"unknown project detail {sorted(unknown)[0]!r}")
        self.fields = fields
        self._before: ProjectInfo | None = None

    def apply(self, state: ReviewState) -> None:
        self._before = state.info
        state.info = replace(state.info, **self.fields)

    def revert(self, state: ReviewState) -> None:
        state.info = self._before
