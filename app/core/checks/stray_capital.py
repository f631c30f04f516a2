"""stray-capital: a capitalised common word mid-sentence ("We Help is being provided")."""
from __future__ import annotations

import re
import sys

from app.core.checks.finding import make_finding
from app.core.checks.lexicon import COMMON

ID = "stray-capital"
CATEGORY = "Fluency"
SEVERITY = "Minor"
SCOPE = "paragraph"
DESCRIPTION = (
    "A common word (article, pronoun, auxiliary, preposition or everyday verb) written with a "
    "capital in the middle of a sentence, the trace of a broken line join or a dropped sentence "
    "boundary: “are China’s Be more outspoken”, “We Help is being provided”, “or even The "
    "interests”, “wants to Do this”. Titles and names (“The Guardian”, “La Stampa”, “Gone With "
    "the Wind”), “I”, and words after a colon, dash, bracket or opening quote are left alone. "
    "Fix: lower-case the word.")

_WORD = re.compile(r"\b([A-Z][a-z]*)\b(?![’'\-])")
_PREV_WORD = re.compile(r"([\w’'\-]+)(\W*)$")
_NEXT = re.compile(r"\s+([\w’'\-]+)")
# After these a capital is normal: a quotation, a list item or a heading starts there.
_OPENERS = set(":;“\"‘«([{—–-•*/|")


def run(paragraph, index=0, profile=None):
    text = paragraph.text
    if (paragraph.style or "").lower().startswith(("heading", "title", "subtitle")):
        return []  # headings are often in title case
    out = []
    for m in _WORD.finditer(text):
        word = m.group(1)
        low = word.lower()
        if low not in COMMON:
            continue
        s = m.start(1)
        if s and text[s - 1] in "’'-":
            continue
        lead = text[max(0, s - 160):s].rstrip()
        if _sentence_initial(lead) or lead[-1] in _OPENERS:
            continue
        nxt = _NEXT.match(text, m.end(1))
        if not nxt or not nxt.group(1)[:1].islower():
            continue  # "The Guardian", "With the Wind" at a title's end, or a word before punctuation
        after = _NEXT.match(text, nxt.end(1))
        if after and after.group(1)[:1].isupper():
            continue  # a title in title case: "Xi Jinping's Thought on Socialism"
        pm = _PREV_WORD.search(lead)
        if not pm or pm.group(2).strip():
            continue  # punctuation between: "…, The"
        prev = pm.group(1)
        if any(ch.isdigit() for ch in prev):
            continue  # after a date or number the sentence proper often starts: "2022-09-16 An article"
        possessive = prev.endswith(("’s", "'s"))
        prev_initial = _sentence_initial(lead[:pm.start(1)].rstrip())
        if prev[:1].isupper() and not possessive and not prev_initial:
            continue  # inside a capitalised title: "Gone With the Wind"
        safe = prev[:1].islower() or possessive or prev.lower() in COMMON
        out.append(make_finding(
            sys.modules[__name__], text, index, m.start(1), m.end(1),
            f"“{word}” is capitalised in the middle of a sentence.", (low,), safe=safe))
    return out


def _sentence_initial(lead: str) -> bool:
    """Does a sentence start after `lead` (the text before a word, right-stripped)?"""
    lead = lead.rstrip("“\"‘'«([ ")
    return not lead or lead[-1] in ".!?…"
