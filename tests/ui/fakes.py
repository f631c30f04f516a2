"""Finding records shaped like the checks engine's, from a small repeated-word rule, for UI tests."""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class FakeFinding:
    check: str
    category: str
    severity: str
    paragraph: int
    start: int
    end: int
    text: str
    message: str
    suggestions: tuple = ()
    safe: bool = True
    fingerprint: str = ""
    group: str | None = None


REPEAT = re.compile(r"\b(\w+) (\1)\b")


def repeated_word_checker(**_options):
    def check(doc):
        out = []
        for i, p in enumerate(doc):
            for m in REPEAT.finditer(p.text):
                s, e = m.start(2) - 1, m.end(2)
                out.append(FakeFinding("repeated-word", "Fluency", "Major", i, s, e, p.text[s:e],
                                       f"“{m.group(1)}” is repeated", ("",), True,
                                       f"repeated-word:{m.group(0)}:{i}"))
        return out
    return check
