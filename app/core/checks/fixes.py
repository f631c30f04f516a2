"""Applying the fixes checks mark safe: the core of `galley fix` (and the UI's "fix all safe")."""
from __future__ import annotations

from dataclasses import dataclass

from app.core.checks.finding import Finding
from app.core.document import Document


@dataclass(frozen=True)
class Change:
    """One applied fix: `before` (the flagged text) became `after` at paragraph/start."""

    check: str
    paragraph: int
    start: int
    before: str
    after: str


def apply_fixes(doc: Document, findings, only_safe: bool = True) -> tuple[Document, list[Change]]:
    """Apply suggestions[0] of each (safe) finding; overlapping findings keep the earliest one.

    Returns the new document and the changes in reading order. Offsets in the
    returned changes refer to the original paragraph text."""
    by_para: dict[int, list[Finding]] = {}
    for f in findings:
        if f.suggestions and (f.safe or not only_safe):
            by_para.setdefault(f.paragraph, []).append(f)
    changes: list[Change] = []
    for i in sorted(by_para):
        text = doc.paragraphs[i].text
        chosen, last_end = [], -1
        for f in sorted(by_para[i], key=lambda f: (f.start, -f.end)):
            if f.start >= last_end and text[f.start:f.end] == f.text:
                chosen.append(f)
                last_end = max(f.end, f.start + 1 if f.start == f.end else f.end)
        for f in reversed(chosen):
            text = text[:f.start] + f.suggestions[0] + text[f.end:]
        changes.extend(Change(f.check, i, f.start, f.text, f.suggestions[0]) for f in chosen)
        doc = doc.replace_paragraph(i, text)
    return doc, changes


def fix_group(doc: Document, findings, group: str, replacement: str | None = None) -> tuple[Document, list[Change]]:
    """Fix every finding of one group (all occurrences of a name variant) in one action.

    `replacement` overrides the suggestion (the reviewer picked another spelling)."""
    chosen = [f for f in findings if f.group == group]
    if replacement is not None:
        chosen = [Finding(f.check, f.category, f.severity, f.paragraph, f.start, f.end, f.text, f.message,
                          (replacement,), f.safe, f.fingerprint, f.group) for f in chosen]
    return apply_fixes(doc, chosen, only_safe=False)
