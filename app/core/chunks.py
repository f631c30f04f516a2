"""The records a comparison is made of: chunks (difflib vocabulary) and aligned paragraph pairs.

Positions follow Word's model of a document: every paragraph is its text followed
by a paragraph mark. Within paragraph `p`, offsets 0..len(text) are code points of
the text and offset len(text)..len(text)+1 is the mark, so a chunk that ends at
len(text)+1 includes the paragraph break (a split inserts one, a merge deletes one).
A chunk never spans two paragraphs on either side.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.core.metrics import EditMetrics

EQUAL, REPLACE, INSERT, DELETE = "equal", "replace", "insert", "delete"
TAGS = (EQUAL, REPLACE, INSERT, DELETE)

# How the paragraphs of a pair relate; `Pair.tag` gives the difflib word for each.
PAIR_KINDS = ("equal", "edited", "split", "merged", "inserted", "deleted")
_KIND_TAG = {"equal": EQUAL, "edited": REPLACE, "split": REPLACE, "merged": REPLACE,
             "inserted": INSERT, "deleted": DELETE}


@dataclass(frozen=True, slots=True)
class Chunk:
    """One run of text that is equal, replaced, inserted or deleted.

    `a_para`/`b_para` are paragraph indices in A and B; `*_start`/`*_end` are
    code-point offsets into that paragraph (end may be len(text)+1: the mark).
    An insert has `a_start == a_end`: the place in A where B's text goes
    (`a_para == len(A)` means after the last paragraph); a delete likewise on B."""

    tag: str
    a_para: int
    a_start: int
    a_end: int
    b_para: int
    b_start: int
    b_end: int

    @property
    def a_len(self) -> int:
        return self.a_end - self.a_start

    @property
    def b_len(self) -> int:
        return self.b_end - self.b_start


@dataclass(frozen=True)
class Pair:
    """Aligned paragraphs: A[a_start:a_end] against B[b_start:b_end] (at most two a side).

    `kind` is one of PAIR_KINDS. `capped` is True when the pair was too large or
    too slow to diff word by word: its chunks are then one honest whole replace,
    and the UI and CLI say so."""

    kind: str
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    chunks: tuple[Chunk, ...]
    metrics: EditMetrics
    capped: bool = False

    @property
    def tag(self) -> str:
        return _KIND_TAG[self.kind]

    @property
    def changed_chunks(self) -> tuple[Chunk, ...]:
        return tuple(c for c in self.chunks if c.tag != EQUAL)
