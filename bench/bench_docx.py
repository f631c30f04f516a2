"""DOCX export speed: redline and bilingual table of a 1 MB document pair (median of 3)."""
from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from app.core.document import Document
from app.io import load_document
from app.io.docx.exchange import ExportJob, ExportNote, export
from app.paths import sample_pair
from bench import Row

REPEATS = 3


def one_mb_pair() -> tuple[Document, Document]:
    """The sample MT and its cleaned version, repeated to 1 MB of MT; every repeat is edited."""
    mt_path, clean_path = sample_pair()
    mt, clean = load_document(mt_path), load_document(clean_path)
    reps = 1024 * 1024 // len(mt.text.encode("utf-8")) + 1
    return (Document(mt.paragraphs * reps), Document(clean.paragraphs * reps))


def _notes(working: Document) -> list[ExportNote]:
    """One annotation on the first word of every tenth paragraph."""
    return [ExportNote(j, 0, max(1, p.text.find(" ")), "Check this wording", "Bench Reviewer", "Fluency", "Minor")
            for j, p in enumerate(working) if j % 10 == 0]


def run() -> list[Row]:
    base, working = one_mb_pair()
    job = ExportJob(base, working, "Bench Reviewer", _notes(working), title="1 MB bench")
    rows = []
    with tempfile.TemporaryDirectory() as d:
        for fmt in ("redline", "bilingual"):
            times = []
            for _ in range(REPEATS):
                t0 = time.perf_counter()
                out = export(job, fmt, Path(d) / f"{fmt}.docx")
                times.append(time.perf_counter() - t0)
            size = out.stat().st_size / 1048576
            rows.append(Row("docx export", f"{fmt}, 1 MB pair", statistics.median(times), "s", "≤ 3 s",
                            f"{len(working):,} paragraphs, {len(job.notes):,} comments, {size:.1f} MB DOCX; "
                            f"median of {REPEATS}"))
    return rows
