"""country-pronoun: "she"/"her" standing for a country or organisation."""
from __future__ import annotations

import re
import sys

from app.core.checks.finding import make_finding
from app.core.checks.lexicon import COMMON, COUNTRIES, COUNTRY_PHRASES, FEMALE_NAMES, FEMALE_WORDS

ID = "country-pronoun"
CATEGORY = "Accuracy"
SEVERITY = "Major"
SCOPE = "paragraph"
DESCRIPTION = (
    "“She” or “her” referring to a country or an organisation, a literal rendering of languages "
    "that give countries a gender: “Russia did what it should do to protect itself. Facing the "
    "United States, she is only exercising her right to self-defense”. The check looks back over "
    "the current and previous sentence; when a woman was named there (a female first name, a title "
    "such as Ms or Queen, a word such as “woman” or “minister … she” after a two-word personal "
    "name) it stays quiet. Fix: it/its/itself, for review.")

_PRONOUN = re.compile(r"\b([Ss]he|[Hh]er(?:self|s)?|SHE|HER)\b(?![’'\-])")
_COUNTRY = re.compile(
    r"(?<![\w\-])(" + "|".join(sorted((re.escape(c) for c in (*COUNTRY_PHRASES, *COUNTRIES)),
                                      key=len, reverse=True)) + r")(?![\w\-])")
_CAPS2 = re.compile(r"(?<![\w’'\-])([A-Z][\w\-]+)\s+([A-Z][\w\-]+)(?![\w\-])")
_WORDS = re.compile(r"[\w\-]+")
_NOT_NOUN_AFTER_HER = frozenset("""to and or but of in on at by for from with as that than who which
when while if because so is was""".split())


def run(paragraph, index=0, profile=None):
    text = paragraph.text
    if not _PRONOUN.search(text):
        return []
    sentences = paragraph.sentences
    out = []
    for m in _PRONOUN.finditer(text):
        pos = m.start(1)
        k = max((j for j, s in enumerate(sentences) if s.start <= pos), default=0)
        window = text[sentences[max(0, k - 1)].start if sentences else 0:pos]
        countries = list(_COUNTRY.finditer(window))
        if not countries or _woman_named(window):
            continue
        named = ", ".join(dict.fromkeys(c.group(1) for c in countries))
        word = m.group(1)
        fix = _replacement(word, text[m.end(1):])
        out.append(make_finding(
            sys.modules[__name__], text, index, m.start(1), m.end(1),
            f"“{word}” seems to stand for a country or organisation ({named}); in English that is “it”.",
            (fix,), safe=False))
    return out


def _woman_named(window: str) -> bool:
    for w in _WORDS.findall(window):
        if w.lower() in FEMALE_WORDS or w in FEMALE_NAMES:
            return True
    for a, b in _CAPS2.findall(window):
        phrase = f"{a} {b}"
        if phrase in COUNTRY_PHRASES or a in COUNTRIES or b in COUNTRIES:
            continue
        if a.lower() in COMMON or b.lower() in COMMON:
            continue
        return True  # a two-word personal name: it may be hers
    return False


def _replacement(word: str, after: str) -> str:
    low = word.lower()
    if low == "herself":
        fix = "itself"
    elif low == "hers":
        fix = "its"
    elif low == "her":
        nxt = _WORDS.match(after.lstrip())
        fix = "its" if nxt and after[:1].isspace() and nxt.group().lower() not in _NOT_NOUN_AFTER_HER else "it"
    else:
        fix = "it"
    return fix.capitalize() if word[:1].isupper() else fix
