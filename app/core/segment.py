"""Sentence splitting tuned for news prose.

A full stop ends a sentence only when whitespace follows and the next word can
start one. Abbreviations ("Mr.", "No. 3", "U.S."), initials, decimals, dates,
ellipses inside brackets "(…)" and punctuation inside quotes are handled here;
everything downstream (checks, language detection) trusts these boundaries.
"""
from __future__ import annotations

import re

# Never end a sentence: a name or number always follows.
_TITLES = {
    "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "lt", "col", "capt", "cpt", "sgt",
    "maj", "adm", "cmdr", "sen", "rep", "gov", "pres", "supt", "rev", "hon", "st", "mt",
    "ft", "fr", "sr", "jr", "vs", "v", "cf", "ca", "approx", "e.g", "i.e", "viz", "al",
}
# End a sentence only when no number follows ("No. 3", "Sept. 16", "p. 12").
_BEFORE_NUMBER = {
    "no", "nos", "vol", "vols", "p", "pp", "fig", "figs", "art", "ch", "sec", "para",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}
# Abbreviations that can also end a sentence: only a typical sentence opener
# after them starts a new one ("Apple Inc. said" vs "... Inc. The company").
_AMBIGUOUS = {"etc", "inc", "corp", "ltd", "co", "bros", "dept", "univ", "est", "plc", "llc"}
_OPENERS = {
    "a", "an", "the", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its",
    "their", "our", "this", "that", "these", "those", "there", "but", "and", "or", "so",
    "yet", "in", "on", "at", "for", "however", "meanwhile", "still", "also", "then",
    "after", "before", "when", "while", "if", "as", "some", "many", "most", "no", "one",
    "what", "why", "how", "who", "where", "according", "last", "earlier", "later",
}
_TERMINATOR = re.compile(r"[.!?]+|…|\.\.\.")
_CLOSERS = "\"'”’»)]}"
_ACRONYM = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")
_NEXT_WORD = re.compile(r"[\"'“‘«(\[]*(\w+)")


def _is_boundary(text: str, term_start: int, term: str, after: int) -> bool:
    """Decide whether the terminator `term` at `term_start` ends a sentence.

    `after` is the index of the first non-space character after it."""
    nxt = text[after]
    if nxt.islower() or nxt in ",;:)":
        return False
    if term == "…" or term == "...":
        if term_start > 0 and text[term_start - 1] in "([":
            return False  # an elision "(…)" inside a quotation
    if term != ".":
        return True
    i = term_start
    while i > 0 and term_start - i < 24 and (text[i - 1].isalnum() or text[i - 1] == "."):
        i -= 1
    raw = text[i:term_start]
    if not raw:
        return True
    word = raw.lower()
    nm = _NEXT_WORD.match(text, after)
    next_word = nm.group(1) if nm else ""
    if word in _TITLES:
        return False
    if word in _BEFORE_NUMBER and (nxt.isdigit() or nxt in "#"):
        return False
    if len(word) == 1 and raw.isupper() and next_word[:1].isupper():
        return False  # an initial: "J. Smith"
    if word in _AMBIGUOUS or _ACRONYM.match(raw):
        return next_word.lower() in _OPENERS
    return True


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) code-point spans of the sentences in one paragraph.

    Leading and trailing whitespace is outside every span; the spans are in order
    and do not overlap. A paragraph with no terminator is one sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for m in _TERMINATOR.finditer(text):
        end = m.end()
        while end < n and text[end] in _CLOSERS:
            end += 1
        if end >= n or not text[end].isspace():
            continue
        after = end
        while after < n and text[after].isspace():
            after += 1
        if after >= n:
            continue
        if _is_boundary(text, m.start(), m.group(), after):
            spans.append((start, end))
            start = after
    spans.append((start, n))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e <= s:
            continue
        if out and not any(ch.isalnum() for ch in text[s:e]):
            out[-1] = (out[-1][0], e)  # a stray quote or bracket is not a sentence of its own
        else:
            out.append((s, e))
    return out
