"""repeated-word: the same word twice in a row ("Lemaître Lemaître", "the the")."""
from __future__ import annotations

import re
import sys

from app.core.checks.finding import make_finding

ID = "repeated-word"
CATEGORY = "Fluency"
SEVERITY = "Major"
SCOPE = "paragraph"
DESCRIPTION = (
    "The same word written twice in a row, usually a slip of the MT engine or of a line join: "
    "“co-authored by Lemaître Lemaître and Greenspan”. Doubles that English grammar allows "
    "(“had had”, “that that”, “is is” in “what it is is…”), reduplicated names such as "
    "“Bora Bora” or “Walla Walla”, and a name followed by the same word (“Theresa May may resign”) "
    "are left alone. Fix: drop the copy.")

_REPEAT = re.compile(r"\b([^\W\d_]+)(\s+)(\1)\b(?!['’\-])", re.IGNORECASE)
# Doubles English grammar produces: "He had had enough", "what it is is", "that that".
GRAMMATICAL = frozenset("had that is was do does did".split())
# Place and personal names that are one word said twice.
REDUPLICATED = frozenset("""bora walla pago sing wagga baden mahi duran tora sirhan baba
cous couscous tom bye no yeah knock tut chop""".split())


def run(paragraph, index=0, profile=None):
    text = paragraph.text
    out = []
    for m in _REPEAT.finditer(text):
        first, second = m.group(1), m.group(3)
        if m.start() and text[m.start() - 1] in "'’-":
            continue  # "Baden-Baden"-like compounds and "o'the the" are not two words
        word = first.lower()
        if word in GRAMMATICAL or word in REDUPLICATED:
            continue
        if first != second:
            if not (first[:1].isupper() and second.islower()):
                continue
            lead = text[:m.start()].rstrip().rstrip("“\"‘'«(")
            if lead and lead[-1] not in ".!?…:":
                continue  # mid-sentence "Theresa May may resign": a name, then a word

        out.append(make_finding(
            sys.modules[__name__], text, index, m.start(), m.end(),
            f"“{first}” is repeated.", (first,), safe=True))
    return out
