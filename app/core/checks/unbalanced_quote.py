"""unbalanced-quote: quotation marks opened and never closed, or closed and never opened."""
from __future__ import annotations

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


@dataclass(frozen=True)
class QuoteFacts:
    problems: tuple  # (start, end, kind)
    open_at: int | None  # an opener still open at the end of the paragraph
    lone_end: bool  # the paragraph ends with that opener
    starts_open: bool  # the paragraph starts with an opener (a run-on quotation)
    straight: tuple  # positions of straight double quotes
    curly: int


def collect(paragraph, profile=None) -> QuoteFacts | None:
    text = paragraph.text
    if '"' not in text and not any(c in text for c in OPENERS + CLOSERS):
        return None
    problems, open_at, straight, curly = [], None, [], 0
    for i, ch in enumerate(text):
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
        else:
            continue
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
    return QuoteFacts(tuple(problems), open_at, lone_end, starts_open, tuple(straight), curly)


def run(doc, profile=None, facts=None, memo=None):
    if facts is None:
        facts = [collect(p, profile) for p in doc.paragraphs]
    me = sys.modules[__name__]
    out = []
    n_straight = n_curly = 0
    for i, f in enumerate(facts):
        if f is None:
            continue
        text = doc.paragraphs[i].text
        n_straight += len(f.straight)
        n_curly += f.curly
        for start, end, kind in f.problems:
            if kind == "orphan":
                out.append(make_finding(me, text, i, start, end, "This closing quote has no opening quote.", ()))
            else:
                out.append(make_finding(me, text, i, start, end,
                                        "This quote is opened again before it is closed.", ()))
        if f.open_at is None:
            continue
        if f.lone_end:
            out.append(make_finding(me, text, i, f.open_at, f.open_at + 1,
                                    "The paragraph ends with an opening quote that opens nothing.", ("", "”")))
            continue
        nxt = facts[i + 1] if i + 1 < len(facts) else None
        if nxt is not None and nxt.starts_open:
            continue  # a quotation running on into the next paragraph, which reopens it
        out.append(make_finding(me, text, i, f.open_at, f.open_at + 1,
                                "This quote is never closed.", ()))
    if n_straight and n_curly:
        minority_straight = n_straight <= n_curly
        for i, f in enumerate(facts):
            if f is None:
                continue
            text = doc.paragraphs[i].text
            if minority_straight:
                for pos in f.straight:
                    out.append(make_finding(me, text, i, pos, pos + 1,
                                            "Straight quote in a document that uses curly quotes.",
                                            (), severity="Minor"))
            else:
                for pos, ch in enumerate(text):
                    if ch in "“”":
                        out.append(make_finding(me, text, i, pos, pos + 1,
                                                "Curly quote in a document that uses straight quotes.",
                                                ('"',), severity="Minor"))
    return out
