"""fused-metadata: a dateline or metadata label run into the first sentence ("date 2022-09-16 An article")."""
from __future__ import annotations

import re
import sys

from app.core.checks.finding import make_finding

ID = "fused-metadata"
CATEGORY = "Locale conventions"
SEVERITY = "Major"
SCOPE = "paragraph"
DESCRIPTION = (
    "A date, byline, source or photo-credit label from the page's metadata fused into the first "
    "sentence of a paragraph with nothing to separate them: “date 2022-09-16 An article in Le "
    "Monde…”. A dateline that is set off by a dash, a colon or a full stop (“16 September 2022 — "
    "An article…”, “Source: Xinhua.”) is left alone, and so is a date inside a sentence. Fix: split "
    "the metadata off (the suggestion keeps the date and adds a dash).")

_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
           r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?")
_DATE = (rf"(?:\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{4}}"
         rf"|\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}|{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}})")
_DATE_LABEL = r"(?:date|dated|dateline|published|posted|updated|time)"
_NAME_LABEL = r"(?:source|by|byline|author|authors|photo|photos|credit|photo credit|editor|reporter|reporters)"
# Label and value, then directly (no dash, colon or full stop) a capitalised sentence start
# followed by lower-case words.
_FUSED_DATE = re.compile(
    rf"^\s*(?P<meta>(?:(?P<label>{_DATE_LABEL})\s*:?\s*)?(?P<value>{_DATE}))\s+"
    rf"(?P<next>[A-Z][a-z]+\s+[a-z]+)", re.IGNORECASE)
_FUSED_NAME = re.compile(
    rf"^\s*(?P<meta>(?P<label>(?i:{_NAME_LABEL}))\s*:?\s*(?P<value>(?:[A-Z][\w.\-/]*\s+){{0,4}}?[A-Z][\w.\-/]*))\s+"
    rf"(?P<next>(?:The|A|An|In|On|At|According|After|Before|When|While|This|These|It|He|She|They|Last|Since)\s+[a-z]+)")


def run(paragraph, index=0, profile=None):
    text = paragraph.text
    m = _FUSED_DATE.match(text)
    if m and not m.group("next")[0].isupper():
        m = None
    if m and m.group("label") is None and not m.group("next").split()[0][0].isupper():
        m = None
    if m is None:
        m = _FUSED_NAME.match(text)
        if m is None:
            return []
    label = m.group("label")
    value = m.group("value")
    what = f"The metadata “{m.group('meta').strip()}”" if label else f"The date “{value}”"
    return [make_finding(
        sys.modules[__name__], text, index, m.start("meta"), m.end("meta"),
        f"{what} is fused into the first sentence; set it off or move it out.",
        (f"{value} —",), safe=False)]
