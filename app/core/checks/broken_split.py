"""broken-split: a sentence cut in the wrong place ("…as China has done to Russia. Iran and North Korea do…")."""
from __future__ import annotations

import re
import sys

from app.core.checks.finding import make_finding

ID = "broken-split"
CATEGORY = "Fluency"
SEVERITY = "Major"
SCOPE = "paragraph"
DESCRIPTION = (
    "A sentence boundary in the wrong place, so that the end of a comparison starts a sentence of "
    "its own: “just as China has done to Russia. Iran and North Korea do in order to evade "
    "sanctions”. The check looks for a sentence that begins with a name or list of names and a bare "
    "“do/does/did” with no object (“Iran and North Korea do in order to…”) right after a sentence "
    "built on “as”, “like” or “than”. A sentence such as “Iran and North Korea do not agree.” is "
    "left alone. Fix: rejoin and rephrase, for review.")

_SUBJECT_DO = re.compile(
    r"(?P<np>[A-Z][\w’'\-]*(?:\s+(?:and|or|&|[A-Z][\w’'\-]*)){0,5})\s+(?P<aux>do|does|did)"
    r"(?=\s*(?:in order to|so as to|to\b|so that|because|[,.;]))")
_COMPARISON = re.compile(r"\b(?:as|like|than)\b")


_SCREEN = re.compile(r"[.!?]\s+[A-Z][^.!?]{0,80}?\s(?:do|does|did)\b")


def run(paragraph, index=0, profile=None):
    text = paragraph.text
    if not _SCREEN.search(text):
        return []
    sentences = paragraph.sentences
    out = []
    for s1, s2 in zip(sentences, sentences[1:]):
        m = _SUBJECT_DO.match(s2.text)
        if not m or not _COMPARISON.search(s1.text):
            continue
        last = re.search(r"(\S+)\s*$", s1.text)
        start = s1.start + last.start(1)
        end = s2.start + m.end("aux")
        out.append(make_finding(
            sys.modules[__name__], text, index, start, end,
            f"The sentence seems cut in the wrong place: “{m.group()} …” cannot stand on its own "
            "and probably belongs to the previous sentence.", (), safe=False))
    return out
