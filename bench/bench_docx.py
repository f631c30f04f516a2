"""DOCX export speed: redline and bilingual table of a 1 MB document pair (median of 3)."""
from __future__ import annotations

import importlib.util
import statistics
import tempfile
import time
from pathlib import Path

from app.core.document import Document, Paragraph
from app.io import load_document
from app.io.docx.exchange import ExportJob, ExportNote, compare_documents, export
from app.io.docx.review_import import read_reviewed
from app.paths import sample_pair
from bench import Row

REPEATS = 3


def one_mb_pair() -> tuple[Document, Document]:
    """The sample MT and its cleaned version, repeated to 1 MB of MT; every repeat is edited.

    Each repeat's paragraphs are numbered ("12.3 ...") so that, as in a real document,
    no paragraph occurs 200 times over: that would test the aligner's worst case, not export."""
    mt_path, clean_path = sample_pair()
    mt, clean = load_document(mt_path), load_document(clean_path)
    reps = 1024 * 1024 // len(mt.text.encode("utf-8")) + 1

    def numbered(doc: Document) -> Document:
        return Document.from_paragraphs([Paragraph(f"{r + 1}.{k + 1} {p.text}", p.style)
                                         for r in range(reps) for k, p in enumerate(doc)])

    return numbered(mt), numbered(clean)


def _notes(working: Document) -> list[ExportNote]:
    """One annotation on the first word of every tenth paragraph."""
    return [ExportNote(j, 0, max(1, p.text.find(" ")), "Check this wording", "Bench Reviewer", "Fluency", "Minor")
            for j, p in enumerate(working) if j % 10 == 0]


def _median(fn) -> float:
    times = []
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def run() -> list[Row]:
    base, working = one_mb_pair()
    job = ExportJob(base, working, "Bench Reviewer", _notes(working), title="1 MB bench")
    engine = "compare engine" if importlib.util.find_spec("app.core.compare") else "fallback word diff"
    size = f"{len(working):,} paragraphs, {len(job.notes):,} comments"
    t_compare = _median(lambda: compare_documents(base, working))
    comparison = compare_documents(base, working)
    rows = [Row("docx export", "align + word diff, 1 MB pair", t_compare, "s", "", f"{engine}; median of {REPEATS}")]
    with tempfile.TemporaryDirectory() as d:
        for fmt in ("redline", "bilingual"):
            out = Path(d) / f"{fmt}.docx"
            t_write = _median(lambda: export(job, fmt, out, comparison))
            mb = out.stat().st_size / 1048576
            rows.append(Row("docx export", f"{fmt}: write DOCX, 1 MB pair", t_write, "s", "",
                            f"{size}, {mb:.1f} MB file; median of {REPEATS}"))
            rows.append(Row("docx export", f"{fmt}: total, 1 MB pair", t_compare + t_write, "s", "≤ 3 s",
                            "compare + write"))
        redline = Path(d) / "redline.docx"
        t_read = _median(lambda: read_reviewed(redline, working=working))
        rows.append(Row("docx import", "read back the 1 MB redline", t_read, "s", "",
                        f"both views, {len(job.notes):,} comments, compared with the working text; "
                        f"median of {REPEATS}"))
    return rows
