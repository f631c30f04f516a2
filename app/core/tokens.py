"""Word tokens with code-point offsets: the unit checks, diffs and metrics count in.

The tokenizer is lossless: every character of a paragraph belongs to exactly one
token, so joining the token texts gives the paragraph back. Combining marks,
variation selectors, skin-tone modifiers and zero-width joiners stay on the
character they modify, so an accented letter written as two code points, or an
emoji family, is never split.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Characters that modify the one before them and must never start a token.
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
    "\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963"
    "\u1ab0-\u1aff\u1dc0-\u1dff\u200c\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f"
    "\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f\U000e0100-\U000e01ef"
)
M = f"[{_MARKS}]"
# Ideographs and kana: written without spaces, so each is a word of its own.
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
_EMOJI = "\u2600-\u27bf\U0001f000-\U0001faff"

# The word-like token patterns, shared by the tokenizer and the fast word counter.
_CJK_WORD = rf"[{CJK}]{M}*"
_WORD = rf"""(?![{CJK}])[^\W\d_]{M}*
        (?: (?![{CJK}])[^\W_]{M}* | ['’\-\u2010](?=(?![{CJK}])[^\W_]) )*"""
_NUMBER = rf"\d{M}*(?:\d{M}* | [.,:/\-](?=\d))* (?:(?![{CJK}])[^\W\d_]+)?"

TOKEN_RE = re.compile(
    rf"""
    (?P<space>\s+)
  | (?P<cjk>{_CJK_WORD})
  | (?P<word>{_WORD})
  | (?P<number>{_NUMBER})
  | (?P<symbol>[\U0001f1e6-\U0001f1ff]{{2}}
        | [{_EMOJI}]{M}*(?:\u200d[{_EMOJI}]{M}*)* )
  | (?P<punct>.{M}*)
    """,
    re.VERBOSE | re.DOTALL,
)
# Finds exactly the word and number tokens `tokenize` produces, without building
# Token objects: a search that fails at a space, punctuation or symbol token
# resumes inside it only at marks, which can never start a word.
WORD_RE = re.compile(rf"{_CJK_WORD} | {_WORD} | {_NUMBER}", re.VERBOSE | re.DOTALL)


@dataclass(frozen=True, slots=True)
class Token:
    """One token: `kind` is word, number, space, punct or symbol; `start`/`end` are code points."""

    text: str
    start: int
    end: int
    kind: str

    @property
    def is_word(self) -> bool:
        return self.kind in ("word", "number")


def tokenize(text: str) -> tuple[Token, ...]:
    """Split `text` into tokens that cover it exactly, in order."""
    out = []
    for m in TOKEN_RE.finditer(text):
        kind = m.lastgroup
        if kind == "cjk":
            kind = "word"
        out.append(Token(m.group(), m.start(), m.end(), kind))
    return tuple(out)


def words(text: str) -> list[Token]:
    """The word and number tokens of `text` (what a word count counts)."""
    return [t for t in tokenize(text) if t.is_word]
