"""The document model: an immutable, ordered list of paragraphs.

Each paragraph knows its sentences and word tokens (code-point offsets into the
paragraph) and a content digest, so later stages (checks, diff, store) can cache
per paragraph and redo only what changed.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property

from app.core.segment import sentence_spans
from app.core.tokens import Token, tokenize


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a paragraph; `start`/`end` are code points into the paragraph text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Paragraph:
    """One paragraph's text and, for DOCX imports, its Word style name ("Heading 1").

    Equality and hashing use the text and style only; the derived views are
    computed on first use and cached on the instance."""

    text: str
    style: str | None = None

    def __post_init__(self) -> None:
        if "\n" in self.text or "\r" in self.text:
            raise ValueError("a paragraph cannot contain a line break")

    @cached_property
    def digest(self) -> str:
        """A stable content key (16 hex digits) for caches and the project store."""
        return hashlib.blake2b(self.text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        return tokenize(self.text)

    @cached_property
    def words(self) -> tuple[Token, ...]:
        return tuple(t for t in self.tokens if t.is_word)

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(Sentence(self.text[s:e], s, e) for s, e in sentence_spans(self.text))


@dataclass(frozen=True)
class Document:
    """An ordered, immutable list of paragraphs plus where they came from.

    `warnings` carries what the importer wants the user to see (for example a
    guessed encoding); it does not take part in equality."""

    paragraphs: tuple[Paragraph, ...]
    source: str | None = field(default=None, compare=False)
    encoding: str | None = field(default=None, compare=False)
    warnings: tuple[str, ...] = field(default=(), compare=False)

    @classmethod
    def from_text(cls, text: str, **kwargs) -> "Document":
        """Every non-blank line is a paragraph; blank lines only separate.

        CRLF, CR, NEL and the Unicode line/paragraph separators all end a line,
        so no paragraph carries a break the editor panes would count differently."""
        text = text.replace("\r\n", "\n")
        for sep in ("\r", "\x85", "\u2028", "\u2029"):
            text = text.replace(sep, "\n")
        paras = tuple(Paragraph(line) for line in text.split("\n") if line.strip())
        return cls(paras, **kwargs)

    @classmethod
    def from_paragraphs(cls, texts, **kwargs) -> "Document":
        return cls(tuple(p if isinstance(p, Paragraph) else Paragraph(p) for p in texts), **kwargs)

    def __len__(self) -> int:
        return len(self.paragraphs)

    def __iter__(self):
        return iter(self.paragraphs)

    def __getitem__(self, index: int) -> Paragraph:
        return self.paragraphs[index]

    @property
    def texts(self) -> list[str]:
        return [p.text for p in self.paragraphs]

    @property
    def text(self) -> str:
        """The whole document, one paragraph a line."""
        return "\n".join(p.text for p in self.paragraphs)

    @property
    def word_count(self) -> int:
        return sum(len(p.words) for p in self.paragraphs)

    def replace_paragraph(self, index: int, text: str) -> "Document":
        """A new document with paragraph `index` replaced; untouched paragraphs are shared."""
        old = self.paragraphs[index]
        paras = list(self.paragraphs)
        paras[index] = Paragraph(text, old.style)
        return Document(tuple(paras), self.source, self.encoding, self.warnings)
