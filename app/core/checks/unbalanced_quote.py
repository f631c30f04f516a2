"""unbalanced-quote: quotation marks opened and never closed, or closed and never opened."""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass

from app.core.checks.finding import make_finding

ID = "unbalanced-quote"
CATEGORY = "Fluency"
SEVERITY = "Major"
SCOPE = "document"
DESCRIPTION = (
    "Double quotation marks that do not pair up: an opening quote never closed (“Russia is trying "
    "to push China… to the end of the paragraph), a paragraph that ends in a lone opening quote "
    "(“…while exporting technology. “”), or a closing quote with no opener. The news convention "
    "where a quotation runs on across paragraphs, each new paragraph reopening it and only the "
    "last one closing it, is respected. A document that mixes straight (\") and curly (“ ”) "
    "double quotes gets a Minor finding on the less used style. Single quotes are not checked: "
    "they double as apostrophes.")

OPENERS = "“«„"
CLOSERS = "”»"
_BEFORE_OPEN = set(" \t([{—–-/")
_QUOTES = re.compile('["“”«»„]')


@dataclass(frozen=True)
class QuoteFacts:
    problems: tuple  # (start, end, kind)
    open_at: int | None  # an opener still open at the end of the paragraph
    lone_end: bool  # the paragraph ends with that opener
    starts_open: bool  # the paragraph starts with an opener (a run-on quotation)
    straight: tuple  # positions of straight double quotes
    curly: int
    closes_first: bool  # the first quote mark closes (continuing a quotation from before)
    marks_only: bool  # the paragraph is nothing but quote marks (a segment split off)


def collect(paragraph, profile=None) -> QuoteFacts | None:
    text = paragraph.text
    if '"' not in text and not any(c in text for c in OPENERS + CLOSERS):
        return None
    problems, open_at, straight, curly = [], None, [], 0
    marks_only = not any(ch.isalnum() for ch in text)
    for qm in _QUOTES.finditer(text):
        i, ch = qm.start(), qm.group()
        if ch == '"':
            straight.append(i)
            opening = i == 0 or text[i - 1] in _BEFORE_OPEN or (open_at is None and i + 1 < len(text)
                                                                and not text[i + 1].isspace()
                                                                and not text[i - 1].isalnum())
        elif ch in OPENERS:
            curly += 1
            opening = True
        elif ch in CLOSERS:
            curly += 1
            opening = False
        if opening:
            if open_at is not None:
                problems.append((open_at, open_at + 1, "unclosed"))
            open_at = i
        elif open_at is None:
            problems.append((i, i + 1, "orphan"))
        else:
            open_at = None
    stripped = text.rstrip()
    lone_end = open_at is not None and open_at == len(stripped) - 1
    first = text.lstrip()[:1]
    starts_open = first in OPENERS or first == '"'
    closes_first = bool(problems) and problems[0][2] == "orphan" and not any(
        c in OPENERS or c == '"' for c in text[:problems[0][0]])
    if marks_only:
        problems, open_at, lone_end = [], None, False
    return QuoteFacts(tuple(problems), open_at, lone_end, starts_open, tuple(straight), curly,
                      closes_first, marks_only)


# How many paragraphs a quotation may run on without being reopened (text split
# one sentence per paragraph, as MT tools deliver it).
RUN_ON = 5


def run(doc, profile=None, facts=None, memo=None):
    if facts is None:
        facts = [collect(p, profile) for p in doc.paragraphs]
    memo = {} if memo is None else memo
    made_before, made = memo.get("made", {}), {}

    def finding(text, i, start, message, suggestions=(), severity=None):
        # An edit elsewhere leaves these findings as they were: reuse them, do not rebuild.
        key = (i, start, message)
        old = made_before.get(key)
        if old is not None and old[0] is text:
            f = old[1]
        else:
            f = make_finding(sys.modules[__name__], text, i, start, start + 1, message, suggestions,
                             severity=severity)
        made[key] = (text, f)
        return f

    out = []
    pending = None  # (paragraph, position) of an opener still waiting for its closer
    n_straight = n_curly = 0

    def unclosed(i, pos):
        out.append(finding(doc.paragraphs[i].text, i, pos, "This quote is never closed."))

    for i, f in enumerate(facts):
        if pending is not None and i - pending[0] > RUN_ON:
            unclosed(*pending)
            pending = None
        if f is None:
            continue
        text = doc.paragraphs[i].text
        n_straight += len(f.straight)
        n_curly += f.curly
        problems = f.problems
        if pending is not None:
            if f.marks_only or f.closes_first:
                problems = problems[1:] if f.closes_first else problems
            elif not f.starts_open:
                unclosed(*pending)
            pending = None
        for start, end, kind in problems:
            message = ("This closing quote has no opening quote." if kind == "orphan"
                       else "This quote is opened again before it is closed.")
            out.append(finding(text, i, start, message))
        if f.open_at is None:
            continue
        if f.lone_end:
            out.append(finding(text, i, f.open_at, "The paragraph ends with an opening quote that opens nothing.",
                               ("", "”")))
        else:
            pending = (i, f.open_at)
    if pending is not None:
        unclosed(*pending)
    if n_straight and n_curly:
        out.extend(_mixed(doc, facts, n_straight <= n_curly, finding))
    memo["made"] = made
    return out


def _mixed(doc, facts, straight_is_minority: bool, finding):
    for i, f in enumerate(facts):
        if f is None:
            continue
        text = doc.paragraphs[i].text
        if straight_is_minority:
            for pos in f.straight:
                yield finding(text, i, pos, "Straight quote in a document that otherwise uses curly quotes.",
                              severity="Minor")
        else:
            for pos, ch in enumerate(text):
                if ch in "“”":
                    yield finding(text, i, pos, "Curly quote in a document that otherwise uses straight quotes.",
                                  ('"',), severity="Minor")
