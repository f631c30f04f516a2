"""The review session in memory: what a project holds, which operations change and the store saves.

`ReviewState` is plain Python (no SQLite, no Qt). Operations in `app.core.operations`
and `app.core.annotations` mutate it through `apply`/`revert`; `app.store` persists it.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable

from app.core.document import Document
from app.core.errors import GalleyError

WORKING = "working"
ORIGINAL = "original"


def revision_version(revision_id: int) -> str:
    """The `version` string annotations use for a named revision."""
    return f"revision/{revision_id}"


def now() -> str:
    """UTC time as the store writes it: ISO 8601 with a Z, to the second."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class OperationError(GalleyError):
    """An operation cannot apply to the project as it stands (bad span, unknown id, stale fix)."""


@dataclass(frozen=True)
class ProjectInfo:
    title: str = ""
    source_lang: str = ""
    target_lang: str = ""
    reviewer: str = ""
    created: str = ""


@dataclass(frozen=True)
class Revision:
    """An immutable named snapshot of the working text (the text itself loads on demand)."""

    id: int
    label: str
    author: str
    created: str
    paragraphs: int


@dataclass(frozen=True)
class Decision:
    """What the reviewer decided about one finding, keyed by the finding's fingerprint."""

    fingerprint: str
    status: str  # "ignored" | "accepted"
    author: str = ""
    decided: str = ""
    note: str = ""

    def __post_init__(self) -> None:
        if self.status not in DECISION_STATUSES:
            raise ValueError(f"decision status must be one of {DECISION_STATUSES}, not {self.status!r}")


DECISION_STATUSES = ("ignored", "accepted")

# Per-project settings: a typed table of defaults. Unknown keys and wrong types are refused,
# so a typo cannot silently create a setting nobody reads.
PROJECT_SETTINGS: dict[str, object] = {
    "checks.disabled": [],        # names of checks turned off for this project
    "compare.base": ORIGINAL,     # what the diff pane compares the working text with
    "export.author": "",          # author written into DOCX tracked changes ("" = the reviewer)
}


def validate_setting(key: str, value: object) -> None:
    if key not in PROJECT_SETTINGS:
        raise OperationError(f"unknown project setting {key!r}; known: {', '.join(sorted(PROJECT_SETTINGS))}")
    default = PROJECT_SETTINGS[key]
    if type(value) is not type(default):
        raise OperationError(f"setting {key!r} takes a {type(default).__name__}, not {type(value).__name__}")


@dataclass
class ReviewState:
    """Everything a project holds. Documents and records are immutable; the containers are not."""

    info: ProjectInfo
    original: Document
    working: Document
    revisions: dict[int, Revision] = field(default_factory=dict)
    annotations: dict = field(default_factory=dict)  # id -> Annotation, in id order
    decisions: dict[str, Decision] = field(default_factory=dict)
    settings: dict[str, object] = field(default_factory=dict)
    revision_loader: Callable[[int], Document] | None = None
    _revision_docs: dict[int, Document] = field(default_factory=dict)
    _next_ids: dict[str, int] = field(default_factory=dict)

    def new_id(self, kind: str) -> int:
        """A fresh id for an annotation or revision; never reused within a session, so redo is safe."""
        taken = self.annotations if kind == "annotation" else self.revisions
        n = max(self._next_ids.get(kind, 1), max(taken, default=0) + 1)
        self._next_ids[kind] = n + 1
        return n

    def revision_document(self, revision_id: int) -> Document:
        if revision_id not in self.revisions:
            raise OperationError(f"there is no revision {revision_id}")
        doc = self._revision_docs.get(revision_id)
        if doc is None:
            if self.revision_loader is None:
                raise OperationError(f"revision {revision_id} has no text loaded")
            doc = self.revision_loader(revision_id)
            self._revision_docs[revision_id] = doc
        return doc

    def add_revision(self, revision: Revision, doc: Document) -> None:
        self.revisions[revision.id] = revision
        self._revision_docs[revision.id] = doc

    def remove_revision(self, revision_id: int) -> None:
        self.revisions.pop(revision_id, None)
        self._revision_docs.pop(revision_id, None)

    def document(self, version: str) -> Document:
        """The text an annotation's `version` names."""
        if version == WORKING:
            return self.working
        if version == ORIGINAL:
            return self.original
        if version.startswith("revision/") and version[9:].isdigit():
            return self.revision_document(int(version[9:]))
        raise OperationError(f"unknown version {version!r}")

    def setting(self, key: str) -> object:
        if key not in PROJECT_SETTINGS:
            raise OperationError(f"unknown project setting {key!r}")
        return copy.deepcopy(self.settings.get(key, PROJECT_SETTINGS[key]))

    @property
    def author(self) -> str:
        return self.info.reviewer


class Operation:
    """A user-visible change: `apply` does it, `revert` undoes it exactly, `name` is what the
    Undo menu says ("Apply fix: repeated word"). `apply` may run again after `revert` (redo)
    and must then give the same result; ids it allocates are kept for that."""

    name: str = "Change"

    def apply(self, state: ReviewState) -> None:
        raise NotImplementedError

    def revert(self, state: ReviewState) -> None:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"
