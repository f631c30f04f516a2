"""From Galley's texts, annotations and findings to the four DOCX exports.

An ExportJob holds what any export needs: the base and working Documents, the
reviewer, and the notes (annotations, and optionally open findings) to turn into
Word comments. `export(job, fmt, out)` aligns the two texts, builds the writer
records and writes the file atomically, never over an input.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from app.core.document import Document
from app.io.docx.model import BASE, WORKING, Comment, ExportInfo, RedlineParagraph
from app.io.docx.report import QAItem, QAReport

FORMATS = ("clean", "redline", "bilingual", "report")
# "[Fluency / Major] text": how a comment carries its MQM category and severity, both ways.
_TAG = re.compile(r"^\s*\[\s*([A-Za-z][A-Za-z ]*?)\s*/\s*(Minor|Major|Critical)\s*\]\s*", re.IGNORECASE)


@dataclass(frozen=True)
class ExportNote:
    """An annotation or finding to show as a Word comment on [start, end) of one paragraph.

    `paragraph` indexes the working text (side "working") or the base (side "base")."""

    paragraph: int
    start: int
    end: int
    text: str
    author: str
    category: str | None = None
    severity: str | None = None
    date: dt.datetime | None = None
    status: str = "open"
    side: str = WORKING
    source: str = "annotation"  # or "finding"
    who: str = ""  # the check id for a finding

    def comment_text(self) -> str:
        if self.category and self.severity:
            return f"[{self.category} / {self.severity}] {self.text}"
        return self.text


def parse_comment_tag(text: str) -> tuple[str | None, str | None, str]:
    """Split "[Fluency / Major] words" into ("Fluency", "Major", "words"); untagged text gives Nones."""
    m = _TAG.match(text)
    if not m:
        return None, None, text
    from app.core.mqm import CATEGORIES

    cat = next((c for c in CATEGORIES if c.lower() == m.group(1).lower()), m.group(1).strip())
    return cat, m.group(2).capitalize(), text[m.end():]


@dataclass
class ExportJob:
    base: Document
    working: Document
    reviewer: str
    notes: Sequence[ExportNote] = ()
    findings: Sequence[QAItem] = ()  # for the report: every finding with its status
    title: str = "Galley export"
    base_label: str = "MT"
    working_label: str = "working text"
    template: Path | None = None
    date: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc).replace(microsecond=0))
    project: str | None = None
    inputs: Sequence[Path] = ()


@dataclass(frozen=True)
class Comparison:
    """Redline paragraphs of base → working, where each came from, and the edit metrics.

    `origins[k]` is (base paragraph, offset, working paragraph, offset) of redline
    paragraph k's first character; `groups[k]` the aligned pair it belongs to, and
    `originals[g]` the base paragraphs of pair g (a pair can split or join paragraphs)."""

    paragraphs: list
    origins: list
    groups: list
    originals: list
    edit_rate: float | None
    metrics: dict


def compare_documents(base: Document, working: Document) -> Comparison:
    """Align and diff with the compare engine (app/core/compare.py) when present, else by word here."""
    import importlib.util

    styles = [p.style for p in working]
    if importlib.util.find_spec("app.core.compare") is not None:
        from app.io.docx.compare_adapter import compare_with_engine
        return compare_with_engine(base, working, styles)
    from app.io.docx import segments

    a, b = base.texts, working.texts
    pairs = segments.align_paragraphs(a, b)
    paras, _ = segments.redline_from_pairs(a, b, pairs, styles)
    origins, last_a, last_b = [], 0, 0
    for i, j in pairs:
        last_a = i if i is not None else last_a
        last_b = j if j is not None else last_b
        origins.append((last_a, 0, last_b, 0))
    originals = [(a[i],) if i is not None else () for i, _j in pairs]
    return Comparison(paras, origins, list(range(len(paras))), originals, None, {})


def _attach(comparison: Comparison, notes: Sequence[ExportNote]) -> list[RedlineParagraph]:
    """Hang each open note on the redline paragraph(s) holding its span, on its side.

    A working paragraph that joined two base paragraphs spans two redline paragraphs
    (the join is a deleted paragraph mark); a note across the join becomes a comment
    in two parts, so its anchor is still exactly its text."""
    col = {WORKING: 2, BASE: 0}
    where: dict[tuple[str, int], list[int]] = {}
    for n in notes:
        where.setdefault((n.side, n.paragraph), [])
    for k, o in enumerate(comparison.origins):
        for side in (WORKING, BASE):
            key = (side, o[col[side]])
            if key in where and comparison.paragraphs[k].side_text(side):
                where[key].append(k)
    extra: dict[int, list[Comment]] = {}
    for number, n in enumerate(notes):
        if n.status != "open":
            continue
        parts = where.get((n.side, n.paragraph)) or []
        if not parts:
            continue
        off = 3 if n.side == WORKING else 1
        spans = [(k, comparison.origins[k][off], len(comparison.paragraphs[k].side_text(n.side))) for k in parts]
        first = next((x for x in spans if x[1] <= n.start < x[1] + x[2]), spans[-1])
        last = next((x for x in spans if x[1] < n.end <= x[1] + x[2]), first)
        text, common = n.comment_text(), dict(author=n.author, date=n.date, side=n.side)
        if last[0] == first[0] or n.end <= n.start:
            s = max(0, min(n.start - first[1], first[2]))
            e = max(s, min(n.end - first[1], first[2]))
            extra.setdefault(first[0], []).append(Comment(s, e, text, **common))
        else:
            s = max(0, n.start - first[1])
            extra.setdefault(first[0], []).append(Comment(s, first[2], text, part="start", key=number, **common))
            extra.setdefault(last[0], []).append(Comment(0, n.end - last[1], text, part="end", key=number, **common))
    out = []
    for k, p in enumerate(comparison.paragraphs):
        out.append(RedlineParagraph(p.segments, tuple(extra[k]), p.style, p.mark) if k in extra else p)
    return out


def export(job: ExportJob, fmt: str, out: Path, comparison: Comparison | None = None) -> Path:
    """Write one export; returns the path written. Pass `comparison` to reuse one already made."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    info = ExportInfo(fmt, job.reviewer, job.date, job.project, job.base_label,
                      {"working_label": job.working_label, "base_paragraphs": len(job.base),
                       "working_paragraphs": len(job.working)})
    common = dict(reviewer=job.reviewer, date=job.date, info=info, inputs=tuple(job.inputs))
    if fmt == "clean":
        from app.io.docx.writer import write_clean
        return write_clean(out, job.working.paragraphs, template=job.template, title=job.title, **common)
    comparison = comparison or compare_documents(job.base, job.working)
    if fmt == "redline":
        from app.io.docx.writer import write_redline
        return write_redline(out, _attach(comparison, job.notes), template=job.template, title=job.title, **common)
    if fmt == "bilingual":
        from app.io.docx.bilingual import BilingualRow, write_bilingual
        paras = _attach(comparison, job.notes)
        cells: dict[int, list[RedlineParagraph]] = {}
        for g, p in zip(comparison.groups, paras):
            cells.setdefault(g, []).append(p)
        rows = [BilingualRow(str(n + 1), comparison.originals[g], tuple(cells[g])) for n, g in enumerate(sorted(cells))]
        return write_bilingual(out, rows, title=job.title, original_label=_original_label(job.base_label), **common)
    from app.io.docx.report import write_report
    items = list(job.findings) + [
        QAItem("annotation", n.category or "", n.severity or "", n.status, n.paragraph, _quote(job, n),
               n.text, n.author) for n in job.notes if n.source == "annotation"]
    report = QAReport(job.title, job.base.word_count, tuple(items), comparison.edit_rate,
                      job.base_label, job.working_label, comparison.metrics)
    return write_report(out, report, **common)


def _original_label(base_label: str) -> str:
    return "Original MT" if base_label in ("MT", "original", "Original MT") else f"Base: {base_label}"


def _quote(job: ExportJob, n: ExportNote) -> str:
    doc = job.working if n.side == WORKING else job.base
    if 0 <= n.paragraph < len(doc):
        return doc[n.paragraph].text[n.start:n.end]
    return ""


__all__ = ["FORMATS", "ExportJob", "ExportNote", "Comparison", "compare_documents", "export",
           "parse_comment_tag", "BASE", "WORKING"]
