"""The one place where code-point offsets meet UTF-16 offsets.

Python strings index code points; Qt (QString, QTextCursor, QTextLayout) counts
UTF-16 code units, where every character outside the Basic Multilingual Plane
(most emoji, rare CJK) takes two. Every conversion in Galley goes through here.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def utf16_len(text: str) -> int:
    """Length of `text` in UTF-16 code units."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


class OffsetMap:
    """Converts offsets within one string in both directions, in O(log n).

    Most text has no astral characters; then both conversions are the identity
    and cost nothing. A UTF-16 position inside a surrogate pair maps to the
    character that holds it."""

    __slots__ = ("_astral", "_starts16")

    def __init__(self, text: str):
        # Code-point indices of the characters that take two UTF-16 units ...
        # Most non-ASCII text (accents, curly quotes) is still all in the BMP: a regex says so at C speed.
        plain = text.isascii() or _ASTRAL.search(text) is None
        self._astral = [] if plain else [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        # ... and where each of them starts in UTF-16 units.
        self._starts16 = [cp + k for k, cp in enumerate(self._astral)]

    def to_utf16(self, cp: int) -> int:
        if not self._astral:
            return cp
        return cp + bisect_left(self._astral, cp)

    def to_codepoint(self, u16: int) -> int:
        if not self._astral:
            return u16
        before = bisect_right(self._starts16, u16 - 2)  # pairs that end at or before u16
        inside = before < len(self._starts16) and self._starts16[before] == u16 - 1
        return u16 - before - (1 if inside else 0)


def to_utf16(text: str, cp: int) -> int:
    return OffsetMap(text).to_utf16(cp)


def to_codepoint(text: str, u16: int) -> int:
    return OffsetMap(text).to_codepoint(u16)
