"""The QA report: findings and annotations by category and severity, edit rate, MQM-style score."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from app.core.mqm import CATEGORIES, FORMULA, SEVERITIES, mqm_score, normalise_severity
from app.io.docx.model import ExportInfo
from app.io.docx.writer import finish_document, start_document

FINDING_STATUSES = ("open", "fixed", "ignored")
ANNOTATION_STATUSES = ("open", "resolved")
# A report lists items one by one only up to here; the tables above always count them all.
MAX_DETAIL_ROWS = 400


@dataclass(frozen=True)
class QAItem:
    """A finding (from a check) or an annotation (from a reviewer), as the report shows it."""

    source: str  # "finding" | "annotation"
    category: str
    severity: str
    status: str
    paragraph: int  # 0-based
    text: str
    message: str
    who: str = ""  # the check id, or the annotation's author


@dataclass(frozen=True)
class QAReport:
    title: str
    words: int  # words of the text the score is about
    items: tuple[QAItem, ...]
    edit_rate: float | None = None
    base_label: str = "MT"
    working_label: str = "working text"
    metrics: dict = field(default_factory=dict)  # label -> value, shown under the edit rate

    def scored(self) -> list[QAItem]:
        """Errors that count against the text: annotations with a severity (a plain comment is
        not an error), and findings not ignored."""
        return [i for i in self.items if i.severity and not (i.source == "finding" and i.status == "ignored")]


def _category(value: str) -> str:
    for c in CATEGORIES:
        if c.lower() == (value or "").strip().lower():
            return c
    return "Other"


def _table(doc, header: Sequence[str], rows: Sequence[Sequence], widths: Sequence[float] | None = None):
    """A grid table with a bold header row repeated on each page; `widths` in inches."""
    from docx.oxml import OxmlElement
    from docx.shared import Inches, Pt

    table = doc.add_table(rows=1, cols=len(header))
    if "Table Grid" in [s.name for s in doc.styles]:
        table.style = "Table Grid"
    table.autofit = False
    header_row = table.rows[0]
    header_row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for cell, text in zip(header_row.cells, header):
        run = cell.paragraphs[0].add_run(str(text))
        run.bold = True
        run.font.size = Pt(8)
    for values in rows:
        for cell, value in zip(table.add_row().cells, values):
            cell.paragraphs[0].add_run(str(value)).font.size = Pt(9)
    if widths:
        for column, width in zip(table.columns, widths):
            column.width = Inches(width)  # w:gridCol, which LibreOffice follows
        for row in table.rows:
            for cell, width in zip(row.cells, widths):
                cell.width = Inches(width)
    return table


def _matrix(doc, items: Sequence[QAItem], statuses: Sequence[str]) -> None:
    cats = [c for c in (*CATEGORIES, "Other") if c != "Other" or any(_category(i.category) == "Other" for i in items)]
    by_sev = Counter((_category(i.category), normalise_severity(i.severity)) for i in items if i.severity)
    by_status = Counter((_category(i.category), i.status) for i in items)
    rows = []
    for c in cats:
        rows.append([c, *(by_sev[c, s] for s in SEVERITIES), *(by_status[c, s] for s in statuses),
                     sum(1 for i in items if _category(i.category) == c)])
    rows.append(["Total", *(sum(by_sev[c, s] for c in cats) for s in SEVERITIES),
                 *(sum(by_status[c, s] for c in cats) for s in statuses), len(items)])
    n = len(SEVERITIES) + len(statuses) + 1
    _table(doc, ["Category", *SEVERITIES, *(s.capitalize() for s in statuses), "Total"], rows,
           [1.3] + [4.6 / n] * n)


def _details(doc, items: Sequence[QAItem], who_label: str) -> None:
    shown = list(items)[:MAX_DETAIL_ROWS]
    rows = [[i.paragraph + 1, _category(i.category), normalise_severity(i.severity) if i.severity else "—", i.status,
             i.text[:120], i.message[:300], i.who] for i in shown]
    _table(doc, ["¶", "Category", "Severity", "Status", "Text", "Message", who_label], rows,
           [0.3, 0.95, 0.65, 0.6, 1.1, 1.5, 0.8])
    if len(items) > len(shown):
        doc.add_paragraph(f"… and {len(items) - len(shown):,} more, counted in the tables above.")


def write_report(out: Path, report: QAReport, *, reviewer: str, date: dt.datetime | None = None,
                 info: ExportInfo | None = None, inputs: Sequence[Path] = ()) -> Path:
    info = info or ExportInfo("report", reviewer, date or dt.datetime.now(dt.timezone.utc))
    doc, ctx = start_document(info, None, f"QA report: {report.title}")
    doc.add_heading(f"QA report: {report.title}", level=1)
    when = info.date.astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    doc.add_paragraph(f"Reviewer: {reviewer}. Generated {when}. "
                      f"Compared: {report.base_label} → {report.working_label}.")

    doc.add_heading("Score", level=2)
    score = mqm_score((i.severity for i in report.scored()), report.words)
    p = doc.add_paragraph()
    p.add_run(f"{score.per_thousand:.1f}").bold = True
    p.add_run(" MQM-style penalty points per 1,000 words (lower is better; 0 is a clean text).")
    doc.add_paragraph(f"Formula: {FORMULA}.")
    doc.add_paragraph(f"Here: {score.formula_line()}.")
    doc.add_paragraph("Counted: every annotation with a severity (open or resolved), and every finding not "
                      "ignored (open or fixed); ignored findings are false alarms and do not count.")

    doc.add_heading("Edit rate", level=2)
    if report.edit_rate is None:
        doc.add_paragraph("Not computed for this export.")
    else:
        doc.add_paragraph(f"Edit rate {report.base_label} → {report.working_label}: {report.edit_rate * 100:.1f}%: "
                          "words inserted, deleted and substituted, per word of the "
                          f"{report.working_label} (TER without shifts).")
    if report.metrics:
        _table(doc, ["Measure", "Value"], [[k, v] for k, v in report.metrics.items()], [3.0, 2.9])

    findings = [i for i in report.items if i.source == "finding"]
    notes = [i for i in report.items if i.source == "annotation"]
    doc.add_heading(f"Findings ({len(findings):,})", level=2)
    _matrix(doc, findings, FINDING_STATUSES)
    doc.add_heading(f"Annotations ({len(notes):,})", level=2)
    _matrix(doc, notes, ANNOTATION_STATUSES)
    if findings:
        doc.add_heading("Findings, one by one", level=2)
        _details(doc, findings, "Check")
    if notes:
        doc.add_heading("Annotations, one by one", level=2)
        _details(doc, notes, "Author")
    return finish_document(doc, ctx, info, out, inputs, tracked=False)
