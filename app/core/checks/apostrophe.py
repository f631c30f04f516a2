"""apostrophe: an opening quote or backtick used as an apostrophe inside a word ("China‘s")."""
from __future__ import annotations

import re
import sys

from app.core.checks.finding import make_finding

ID = "apostrophe"
CATEGORY = "Fluency"
SEVERITY = "Minor"
SCOPE = "paragraph"
DESCRIPTION = (
    "A left single quotation mark, backtick or acute accent used as an apostrophe inside a word: "
    "“China‘s Global Times” instead of “China’s”. Quotation marks that open a quoted word "
    "(“the ‘special’ operation”) are left alone, and so is a straight apostrophe, which is a "
    "house-style choice, not an error. Fix: ’ (right single quotation mark).")

_BAD = re.compile(r"(?<=[^\W\d_])[‘`´](?=[^\W\d_])")


def run(paragraph, index=0, profile=None):
    text = paragraph.text
    if "‘" not in text and "`" not in text and "´" not in text:
        return []
    return [make_finding(sys.modules[__name__], text, index, m.start(), m.end(),
                         f"“{m.group()}” is used as an apostrophe; use ’.", ("’",), safe=True)
            for m in _BAD.finditer(text)]
