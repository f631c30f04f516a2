"""The window's one door to the analysis engines (checks, compare), in the shapes the panes need.

Differences reach the panes as the compare engine's Chunk records (difflib's
vocabulary, code points), aligned paragraph index pairs and an edit rate;
findings are the checks engine's own Finding records.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from app.core.checks import Checker, all_checks
from app.core.compare import compare as core_compare
from app.core.document import Document


@dataclass(frozen=True)
class Comparison:
    """What the window keeps of a comparison: paragraph pairs, changed chunks, edit rate."""

    pairs: tuple[tuple[int | None, int | None], ...]
    ops: tuple  # app.core.chunks.Chunk, every tag but "equal"
    edit_rate: float
    whole_paragraph: tuple[int, ...] = ()  # right paragraphs shown as one change (too long to diff)


def compare(a: Document, b: Document) -> Comparison:
    """Align two versions and diff their paragraphs by word."""
    c = core_compare(a, b)
    pairs: list[tuple[int | None, int | None]] = []
    for p in c.pairs:  # a split or merge pairs up to two paragraphs a side
        na, nb = p.a_end - p.a_start, p.b_end - p.b_start
        pairs += [(p.a_start + k if k < na else None, p.b_start + k if k < nb else None)
                  for k in range(max(na, nb))]
    ops = tuple(ch for ch in c.chunks if ch.tag != "equal")
    capped = tuple(j for p in c.pairs if p.capped for j in range(p.b_start, p.b_end))
    return Comparison(tuple(pairs), ops, c.metrics.edit_rate, capped)


def diff_paragraph(a_para, b_para, ia: int, ib: int) -> list:
    """Re-diff one aligned pair after an edit, without touching the rest of the document.

    Takes Paragraph objects, so their cached tokens are reused."""
    c = core_compare(Document.from_paragraphs([a_para]), Document.from_paragraphs([b_para]))
    return [replace(ch, a_para=ia, b_para=ib) for ch in c.chunks if ch.tag != "equal"]


def make_checker(disabled=(), severities=None):
    """An incremental checker for one document: `checker(doc) -> findings` (only changed paragraphs re-run).

    Switched-off checks do not run; a severity chosen in Preferences replaces the check's own.
    `checker.engine.language` is the document language the checks detected."""
    disabled = set(disabled or ())
    severities = dict(severities or {})
    engine = Checker(checks=[m.ID for m in all_checks() if m.ID not in disabled])

    def check(doc):
        found = engine.check(doc)
        if severities:
            found = [replace(f, severity=severities[f.check]) if severities.get(f.check, f.severity) != f.severity
                     else f for f in found]
        return found

    check.engine = engine
    return check


def check_catalogue() -> list[tuple[str, str, str, str]]:
    """(id, category, default severity, description) of every check, for Preferences."""
    return [(m.ID, m.CATEGORY, m.SEVERITY, m.DESCRIPTION) for m in all_checks()]
