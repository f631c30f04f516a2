"""The checks' findings for an export: QA-report rows, and open findings as Word comments.

A finding's status is read off the two texts and the reviewer's decisions:
- open: the check still fires on the working text;
- ignored: it still fires, and the reviewer ignored it (by fingerprint);
- fixed: it fired on the base (the MT) and no longer fires on the working text
  (its paragraph is then the base's), or the reviewer accepted its fix.
"""
from __future__ import annotations

import importlib.util

from app.core.document import Document
from app.io.docx.report import QAItem

FINDING_AUTHOR = "Galley check"


def checks_available() -> bool:
    return importlib.util.find_spec("app.core.checks") is not None


def findings_for(base: Document, working: Document, reviewer: str = FINDING_AUTHOR, with_comments: bool = False,
                 decisions: dict | None = None):
    """(report items for every finding, comment notes for the open ones if `with_comments`).

    `decisions` maps a fingerprint to "ignored" or "accepted" (the project's finding
    decisions). Without the checks package both lists are empty."""
    if not checks_available():
        return [], []
    from app.core.checks import run_checks
    from app.io.docx.exchange import ExportNote

    decisions = decisions or {}
    now = run_checks(working)
    before = run_checks(base) if base is not working else []
    live = {f.fingerprint for f in now}
    items: list[QAItem] = []
    notes: list[ExportNote] = []
    for f in now:
        decided = decisions.get(f.fingerprint)
        status = "ignored" if decided == "ignored" else "fixed" if decided == "accepted" else "open"
        items.append(_item(f, status))
        if with_comments and status == "open":
            hint = f" Suggestion: {f.suggestions[0]}" if f.suggestions and f.suggestions[0] != f.text else ""
            notes.append(ExportNote(f.paragraph, f.start, f.end, f"{f.message}{hint} ({f.check})",
                                    reviewer, f.category, f.severity, source="finding", who=f.check))
    seen = set()
    for f in before:
        if f.fingerprint not in live and f.fingerprint not in seen:
            seen.add(f.fingerprint)
            items.append(_item(f, "fixed"))
    return items, notes


def _item(f, status: str) -> QAItem:
    return QAItem("finding", f.category, f.severity, status, f.paragraph, f.text, f.message, f.check)
