"""The window's one door to the analysis engines (checks, compare), in the shapes the panes need.

Everything the window shows about differences goes through `DiffOp`, pairs of
aligned paragraph indices and an edit rate; everything about findings is the
checks engine's own Finding records. If an engine is missing from this build,
the fallback here keeps the window usable and says so in `ENGINE_NOTES`.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass, replace

from app.core.document import Document
from app.core.tokens import tokenize

ENGINE_NOTES: list[str] = []


@dataclass(frozen=True, slots=True)
class DiffOp:
    """A word-level change between aligned paragraphs, in difflib's vocabulary, code points."""

    tag: str  # replace | delete | insert
    a_para: int | None
    a_start: int
    a_end: int
    b_para: int | None
    b_start: int
    b_end: int


@dataclass(frozen=True)
class Comparison:
    pairs: tuple[tuple[int | None, int | None], ...]
    ops: tuple[DiffOp, ...]
    edit_rate: float
    whole_paragraph: tuple[int, ...] = ()  # right paragraphs shown as one change (too long to diff)


def _word_ops(a: str, b: str, ia: int | None, ib: int | None) -> list[DiffOp]:
    ta, tb = tokenize(a), tokenize(b)
    sm = difflib.SequenceMatcher(None, [t.text for t in ta], [t.text for t in tb], autojunk=False)
    out = []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            continue
        a0 = ta[i1].start if i1 < len(ta) else len(a)
        a1 = ta[i2 - 1].end if i2 > i1 else a0
        b0 = tb[j1].start if j1 < len(tb) else len(b)
        b1 = tb[j2 - 1].end if j2 > j1 else b0
        out.append(DiffOp(tag, ia, a0, a1, ib, b0, b1))
    return out


def _fallback_compare(a: Document, b: Document) -> Comparison:
    sm = difflib.SequenceMatcher(None, [p.digest for p in a], [p.digest for p in b], autojunk=False)
    pairs: list[tuple[int | None, int | None]] = []
    ops: list[DiffOp] = []
    words = edits = 0
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            pairs += [(i1 + k, j1 + k) for k in range(i2 - i1)]
            words += sum(len(a[i].words) for i in range(i1, i2))
            continue
        n = max(i2 - i1, j2 - j1)
        for k in range(n):
            ia = i1 + k if i1 + k < i2 else None
            ib = j1 + k if j1 + k < j2 else None
            pairs.append((ia, ib))
            ta = a[ia].text if ia is not None else ""
            tb = b[ib].text if ib is not None else ""
            para_ops = _word_ops(ta, tb, ia, ib)
            ops += para_ops
            words += len(a[ia].words) if ia is not None else 0
            edits += sum(max(len(tokenize(ta[o.a_start:o.a_end])), len(tokenize(tb[o.b_start:o.b_end])))
                         for o in para_ops)
    return Comparison(tuple(pairs), tuple(ops), edits / max(words, 1))


try:  # the compare engine (app/core/compare.py)
    from app.core.compare import compare as _core_compare
except ImportError:  # pragma: no cover - only before the compare engine is merged
    _core_compare = None
    ENGINE_NOTES.append("word diff: difflib fallback (compare engine missing)")

try:  # the checks engine (app/core/checks)
    from app.core.checks import Checker as _Checker
    from app.core.checks import all_checks as _all_checks
except ImportError:  # pragma: no cover - only before the checks engine is merged
    _Checker = _all_checks = None
    ENGINE_NOTES.append("checks: not built in")


def _from_core(c) -> Comparison:
    pairs: list[tuple[int | None, int | None]] = []
    for p in c.pairs:
        na, nb = p.a_end - p.a_start, p.b_end - p.b_start
        pairs += [(p.a_start + k if k < na else None, p.b_start + k if k < nb else None)
                  for k in range(max(na, nb))]
    # Chunk has DiffOp's fields (tag, a_para, a_start, a_end, b_para, b_start, b_end): use them as they are.
    ops = tuple(ch for ch in c.chunks if ch.tag != "equal")
    capped = tuple(j for p in c.pairs if p.capped for j in range(p.b_start, p.b_end))
    return Comparison(tuple(pairs), ops, c.metrics.edit_rate, capped)


def compare(a: Document, b: Document) -> Comparison:
    """Align two versions and diff their paragraphs by word."""
    if _core_compare is None:
        return _fallback_compare(a, b)
    return _from_core(_core_compare(a, b))


def diff_paragraph(a_para, b_para, ia: int, ib: int) -> list:
    """Re-diff one aligned pair after an edit, without touching the rest of the document.

    Takes Paragraph objects (their cached tokens are reused) or strings."""
    if _core_compare is None:
        return _word_ops(getattr(a_para, "text", a_para), getattr(b_para, "text", b_para), ia, ib)
    c = _core_compare(Document.from_paragraphs([a_para]), Document.from_paragraphs([b_para]))
    return [replace(ch, a_para=ia, b_para=ib) for ch in c.chunks if ch.tag != "equal"]


def make_checker(disabled=(), severities=None):
    """An incremental checker for one document: `checker(doc) -> findings`, None if checks are missing.

    Switched-off checks do not run; a severity chosen in Preferences replaces the check's own."""
    if _Checker is None:
        return None
    disabled = set(disabled or ())
    severities = dict(severities or {})
    ids = [m.ID for m in _all_checks() if m.ID not in disabled]
    checker = _Checker(checks=ids)

    def check(doc):
        found = checker.check(doc)
        if severities:
            found = [replace(f, severity=severities[f.check]) if severities.get(f.check, f.severity) != f.severity
                     else f for f in found]
        return found

    check.engine = checker
    return check


def check_catalogue() -> list[tuple[str, str, str, str]]:
    """(id, category, default severity, description) of every check, for Preferences."""
    if _all_checks is None:
        return []
    return [(m.ID, m.CATEGORY, m.SEVERITY, m.DESCRIPTION) for m in _all_checks()]


def detect_language(doc: Document) -> str:
    try:
        from langdetect import DetectorFactory, detect
        DetectorFactory.seed = 0
        sample = " ".join(p.text for p in doc.paragraphs[:40])[:4000]
        return detect(sample) if sample.strip() else ""
    except Exception:  # langdetect raises on text with no letters
        return ""
