"""Turning engine results into what the panes and docks show (no Qt: runs in the worker).

An Analysis is computed for one version of the working text (`version`); the
window drops it if the text has changed since. Findings and diff ops become
per-paragraph span tables for the two panes.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from app.ui.engines import Comparison
from app.ui.spans import Span, severity_name

DIFF_KINDS = {("replace", "a"): "replace-old", ("delete", "a"): "delete",
              ("replace", "b"): "replace-new", ("insert", "b"): "insert"}


@dataclass
class Analysis:
    version: int
    findings: list = field(default_factory=list)          # on the right-hand (working) text
    base_findings: list = field(default_factory=list)     # on the left-hand (base) text
    comparison: Comparison | None = None
    language: str = ""
    seconds: float = 0.0
    # Ready-made span tables, built in the worker so the GUI thread only swaps them in.
    right_finding_spans: dict | None = None
    left_finding_spans: dict | None = None
    right_worst: dict | None = None
    left_worst: dict | None = None
    left_diff: dict | None = None
    right_diff: dict | None = None
    changed_left: set | None = None
    changed_right: set | None = None
    # After an edit of a few paragraphs: their new diff spans only ({paragraph: spans}).
    partial_left: dict | None = None
    partial_right: dict | None = None
    partial_changed: dict | None = None  # (left, right) paragraph pair -> still differs
    counts: dict | None = None  # open findings on the right, by severity


def decorate(out: Analysis, ignored: frozenset, with_base: bool = True) -> Analysis:
    """Fill in the span tables of an analysis (runs in the worker)."""
    open_findings = [f for f in out.findings if f.fingerprint not in ignored]
    out.findings = sorted(out.findings, key=sort_key)
    out.right_finding_spans = finding_spans(open_findings)
    out.right_worst = worst_by_paragraph(open_findings)
    out.counts = severity_counts(open_findings)
    if with_base:
        out.base_findings = sorted(out.base_findings, key=sort_key)
        out.left_finding_spans = finding_spans(out.base_findings)
        out.left_worst = worst_by_paragraph(out.base_findings)
    if out.comparison is not None:
        out.left_diff, out.right_diff = diff_spans(out.comparison.ops)
        out.changed_left, out.changed_right = changed_paragraphs(out.comparison)
    return out


def finding_tip(f) -> str:
    return f"{severity_name(f.severity)}: {f.message} [{f.check}]"


def finding_spans(findings) -> dict[int, list[Span]]:
    out: dict[int, list[Span]] = {}
    for f in findings:
        start, end = f.start, f.end
        if end <= start:  # a point finding (a missing full stop) still needs a visible mark
            start, end = max(start - 1, 0), start + (0 if start else 1)
        out.setdefault(f.paragraph, []).append(Span(start, end, severity_name(f.severity), finding_tip(f)))
    return out


def diff_spans(ops) -> tuple[dict[int, list[Span]], dict[int, list[Span]]]:
    left: dict[int, list[Span]] = {}
    right: dict[int, list[Span]] = {}
    for op in ops:
        if op.a_para is not None and op.a_end > op.a_start and (op.tag, "a") in DIFF_KINDS:
            left.setdefault(op.a_para, []).append(Span(op.a_start, op.a_end, DIFF_KINDS[op.tag, "a"]))
        if op.b_para is not None and op.b_end > op.b_start and (op.tag, "b") in DIFF_KINDS:
            right.setdefault(op.b_para, []).append(Span(op.b_start, op.b_end, DIFF_KINDS[op.tag, "b"]))
    return left, right


def changed_paragraphs(comparison: Comparison) -> tuple[set[int], set[int]]:
    left, right = set(), set()
    for op in comparison.ops:
        if op.a_para is not None:
            left.add(op.a_para)
        if op.b_para is not None:
            right.add(op.b_para)
    for a, b in comparison.pairs:
        if a is None and b is not None:
            right.add(b)
        if b is None and a is not None:
            left.add(a)
    right.update(comparison.whole_paragraph)
    return left, right


def worst_by_paragraph(findings) -> dict[int, str]:
    rank = {"Minor": 0, "Major": 1, "Critical": 2}
    out: dict[int, str] = {}
    for f in findings:
        sev = severity_name(f.severity)
        if rank[sev] >= rank.get(out.get(f.paragraph, "Minor"), 0) or f.paragraph not in out:
            out[f.paragraph] = sev
    return out


def severity_counts(findings) -> dict[str, int]:
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.severity] = counts.get(f.severity, 0) + 1
    return {severity_name(k): v for k, v in counts.items()}


def sort_key(f) -> tuple[int, int, int, str]:
    return (f.paragraph, f.start, f.end, f.check)
