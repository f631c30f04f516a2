"""What the DOCX writers take: per paragraph, tracked-change segments and anchored comments.

These records know nothing of the compare engine or the project store; adapters in
app/io/docx/exchange.py build them from those.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

EQUAL, INSERT, DELETE = "equal", "insert", "delete"
WORKING, BASE = "working", "base"


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of one paragraph: unchanged, inserted (working only) or deleted (base only).

    `author`/`date` override the document's reviewer and export time for this revision."""

    kind: str
    text: str
    author: str | None = None
    date: dt.datetime | None = None

    def __post_init__(self) -> None:
        if self.kind not in (EQUAL, INSERT, DELETE):
            raise ValueError(f"unknown segment kind {self.kind!r}")


@dataclass(frozen=True, slots=True)
class Comment:
    """A Word comment on code points [start, end) of one paragraph.

    `side` says which text the offsets count in: the working (accepted) text, or
    the base (rejected) text, which is how a comment sits on deleted words.

    A comment over two or more paragraphs is given as two parts with one `key`:
    part "start" (its end is ignored) in the first paragraph, part "end" (its
    start is ignored) in the last."""

    start: int
    end: int
    text: str
    author: str
    date: dt.datetime | None = None
    initials: str | None = None
    side: str = WORKING
    part: str = "whole"
    key: object = None

    def __post_init__(self) -> None:
        if self.side not in (WORKING, BASE):
            raise ValueError(f"unknown comment side {self.side!r}")
        if self.part not in ("whole", "start", "end") or (self.part != "whole" and self.key is None):
            raise ValueError(f"bad comment part {self.part!r} (a start or end part needs a key)")
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad comment span {self.start}..{self.end}")


@dataclass(frozen=True)
class RedlineParagraph:
    """One paragraph of a redline.

    `mark` tracks the paragraph mark: "insert" for a paragraph that is new in the
    working text (or the first half of a split), "delete" for one that is gone
    (or joined to the next)."""

    segments: tuple[Segment, ...]
    comments: tuple[Comment, ...] = ()
    style: str | None = None
    mark: str = EQUAL

    @property
    def working(self) -> str:
        return "".join(s.text for s in self.segments if s.kind != DELETE)

    @property
    def base(self) -> str:
        return "".join(s.text for s in self.segments if s.kind != INSERT)

    def side_text(self, side: str) -> str:
        return self.working if side == WORKING else self.base

    @classmethod
    def plain(cls, text: str, style: str | None = None) -> "RedlineParagraph":
        return cls((Segment(EQUAL, text),) if text else (), style=style)


def views(paragraphs) -> tuple[list[str], list[str]]:
    """The accepted and the rejected text, paragraph by paragraph, exactly as Word shows them
    after Accept All and Reject All (paragraph marks included)."""
    accepted: list[str] = []
    rejected: list[str] = []
    acc_buf: list[str] = []
    rej_buf: list[str] = []
    for p in paragraphs:
        acc_buf.append(p.working)
        rej_buf.append(p.base)
        if p.mark != DELETE:
            accepted.append("".join(acc_buf))
            acc_buf = []
        if p.mark != INSERT:
            rejected.append("".join(rej_buf))
            rej_buf = []
    if acc_buf:
        accepted.append("".join(acc_buf))
    if rej_buf:
        rejected.append("".join(rej_buf))
    return accepted, rejected


@dataclass(frozen=True)
class ExportInfo:
    """What an export records about itself in the DOCX, so re-import can recognise it."""

    format: str
    reviewer: str
    date: dt.datetime
    project: str | None = None
    base_label: str | None = None
    extra: dict = field(default_factory=dict)
