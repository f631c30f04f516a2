"""The window's one door to the analysis engines (checks, compare), in the shapes the panes need.

Everything the window shows about differences goes through `DiffOp`, pairs of
aligned paragraph indices and an edit rate; everything about findings is the
checks engine's own Finding records. If an engine is missing from this build,
the fallback here keeps the window usable and says so in `ENGINE_NOTES`.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass

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


def compare(a: Document, b: Document) -> Comparison:
    """Align two versions and diff their paragraphs by word."""
    return _fallback_compare(a, b)


def diff_paragraph(a_text: str, b_text: str, ia: int, ib: int) -> list[DiffOp]:
    """Re-diff one aligned pair after an edit, without touching the rest of the document."""
    return _word_ops(a_text, b_text, ia, ib)


def make_checker(disabled=(), severities=None):
    """An incremental checker: `checker(doc) -> list of findings`; None if checks are not built in."""
    return None


def check_command_findings(path) -> list[dict]:
    """What `galley check --format json` reports for a file (for tests comparing with the CLI)."""
    raise NotImplementedError("the checks engine is not part of this build")


def detect_language(doc: Document) -> str:
    try:
        from langdetect import DetectorFactory, detect
        DetectorFactory.seed = 0
        sample = " ".join(p.text for p in doc.paragraphs[:40])[:4000]
        return detect(sample) if sample.strip() else ""
    except Exception:  # langdetect raises on text with no letters
        return ""
