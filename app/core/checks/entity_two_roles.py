"""entity-two-roles: one name as both subject and object of a clause ("Putin expects Xi to support Xi")."""
from __future__ import annotations

import re
import sys

from app.core.checks.finding import make_finding
from app.core.checks.lexicon import COMMON, COUNTRIES

ID = "entity-two-roles"
CATEGORY = "Accuracy"
SEVERITY = "Major"
SCOPE = "paragraph"
DESCRIPTION = (
    "The same person or country fills two roles in one clause, where English would use a pronoun "
    "or a different name: “Putin expects Xi Jinping to support Xi” (Xi cannot sensibly support "
    "himself here; the source meant “support him”, i.e. Putin). The check looks for a name that is "
    "the subject of an infinitive or verb and comes back as its object (“X to support X”, "
    "“X praised X”). Different people who share a word (“New York to New Jersey”), possessives "
    "(“Xi to support Xi’s plan”) and names joined by “and” are left alone. Fix: a pronoun; always "
    "flagged for review, because only the reader knows who was meant.")

_CAP = r"[A-Z][\w\-]*(?:['’]s)?"
_NAMES = re.compile(rf"(?<![\w’'])({_CAP}(?:\s+{_CAP}){{0,3}})(?![\w’'])")
# What may stand between the two mentions: "to", then one to three lower-case words.
_GAP = re.compile(r"\s+((?:to\s+)?[a-z]+(?:\s+[a-z]+){0,2})\s+")
# Words that cannot be the verb that links the two roles.
_NOT_VERBS = frozenset("""and or but nor of in on at by for from with into onto than as
the a an its his her their this that these those who which whose whom where when while
versus vs between among against toward towards via per said says""".split())
# Words names share that do not make two mentions the same entity.
_GENERIC = frozenset("""New North South East West Central United Great Saint St San Santa Le La Los
Las The Al El De Du Van Von Mount Lake Port Fort Upper Lower Old Republic People People's""".split())


def _parts(name: str) -> list[str]:
    return [re.sub(r"['’]s$", "", w) for w in name.split()]


def _same_entity(a: list[str], b: list[str]) -> bool:
    if a == b:
        return True
    short, long_ = (b, a) if len(b) < len(a) else (a, b)
    return len(short) == 1 and short[0] in long_ and short[0] not in _GENERIC and len(short[0]) > 1


# A quick screen for the shape "Name … (to) verb … Name" with one word of the name coming back.
_SCREEN = re.compile(r"\b([A-Z][\w\-]+)\b(?:\s+[A-Z][\w\-]+){0,3}\s+(?:to\s+)?[a-z]+(?:\s+[a-z]+){0,2}"
                     r"\s+(?:[A-Z][\w\-]+\s+){0,3}\1\b")


def run(paragraph, index=0, profile=None):
    text = paragraph.text
    if not _SCREEN.search(text):
        return []
    out = []
    names = list(_NAMES.finditer(text))
    for ma, mb in zip(names, names[1:]):
        gap = _GAP.fullmatch(text, ma.end(), mb.start())
        if not gap:
            continue
        verb = gap.group(1).split()
        if any(w in _NOT_VERBS for w in verb):
            continue
        if verb[0] != "to" and not _looks_finite(verb[-1]):
            continue
        a_raw, b_raw = ma.group(1), mb.group(1)
        if re.search(r"['’]s$", b_raw):
            continue  # "Xi to support Xi's plan": the second is a possessive, not an object
        a = [w for w in _parts(a_raw) if w.lower() not in COMMON]
        b = _parts(b_raw)
        if not a or not _same_entity(a, b):
            continue
        name = " ".join(b)
        pronouns = ("it", "him", "her") if name in COUNTRIES else ("him", "her", "them")
        if verb[0] == "to" and len(verb) >= 2:
            message = (f"“{name}” is both the one who would “{' '.join(verb[1:])}” and the object of it; "
                       f"the object is probably someone else (a pronoun such as “{pronouns[0]}”).")
        else:
            message = f"“{name}” is both the subject and the object of “{' '.join(verb)}”; check who is meant."
        out.append(make_finding(sys.modules[__name__], text, index, mb.start(1), mb.end(1),
                                message, pronouns, safe=False))
    return out


def _looks_finite(word: str) -> bool:
    """A past-tense or third-person verb: "praised", "supports"."""
    return word.endswith(("ed", "es")) or (word.endswith("s") and not word.endswith("ss"))
