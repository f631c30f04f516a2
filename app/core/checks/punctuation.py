"""punctuation: doubled marks, a space before a mark, double spaces, no final punctuation."""
from __future__ import annotations

import re
import sys

from app.core.checks.finding import make_finding

ID = "punctuation"
CATEGORY = "Fluency"
SEVERITY = "Minor"
SCOPE = "paragraph"
DESCRIPTION = (
    "Mechanical punctuation slips: a doubled mark (“said,, that”, “Moscow. .”), a space before a "
    "comma, full stop, colon, semicolon, question or exclamation mark (“Moscow , he said”), two or "
    "more spaces between words, and a paragraph of running prose (two sentences or more) that ends "
    "without final punctuation. An ellipsis (“...”), an abbreviation before a comma (“Inc.,”), "
    "French spacing before “; : ! ?” in French documents and leading indentation are left alone. "
    "Fix: drop the extra mark or space (safe); add the final full stop (for review).")

_DOUBLED = re.compile(r"([,;:.])([ \u00a0]?)([,;:.])")
_SPACE_BEFORE = re.compile(r"([ \u00a0\t]+)([,;:.!?])(?![\w.])")
_AFTER_WORD = re.compile(r"[\w”’\")\]]")
_DOUBLE_SPACE = re.compile(r"\S( {2,})(?=\S)")
_FINAL_OK = set(".!?…\"”’')]»:;*")
_LAST_WORD = re.compile(r"(\S+)\s*$")
FRENCH_SPACED = set(";:!?")


def run(paragraph, index=0, profile=None):
    text = paragraph.text
    me = sys.modules[__name__]
    french = profile is not None and profile.language == "fr"
    out = []
    for m in _DOUBLED.finditer(text):
        a, b = m.group(1), m.group(3)
        if (m.start() and text[m.start() - 1] in ".…") or text[m.end():m.end() + 1] in (".", "…"):
            continue  # part of an ellipsis
        if a == "." and b in ",;:":
            continue  # "etc.," "Inc.;"
        keep = "." if "." in (a, b) else a
        out.append(make_finding(me, text, index, m.start(), m.end(),
                                f"Doubled punctuation “{m.group()}”.", (keep,), safe=a == b))
    spaced = any(f"{sp}{mark}" in text for sp in " \u00a0\t" for mark in ",;:.!?")
    for m in _SPACE_BEFORE.finditer(text) if spaced else ():
        if m.start() == 0 or not _AFTER_WORD.match(text, m.start() - 1):
            continue
        mark = m.group(2)
        if french and mark in FRENCH_SPACED:
            continue
        if mark == "." and text[m.end():m.end() + 1].isdigit():
            continue
        out.append(make_finding(me, text, index, m.start(), m.end(),
                                f"Space before “{mark}”.", (mark,), safe=True))
    for m in _DOUBLE_SPACE.finditer(text) if "  " in text else ():
        out.append(make_finding(me, text, index, m.start(1), m.end(1),
                                "Several spaces between words.", (" ",), safe=True))
    stripped = text.rstrip()
    if stripped and stripped[-1] not in _FINAL_OK and stripped[-1].isalnum() and len(paragraph.sentences) >= 2 \
            and not (paragraph.style or "").lower().startswith(("heading", "title")):
        m = _LAST_WORD.search(stripped)
        out.append(make_finding(me, text, index, m.start(1), m.end(1),
                                "The paragraph ends without final punctuation.",
                                (m.group(1) + ".",), safe=False))
    return out
