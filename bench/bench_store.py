"""Project store: open, 1,000 autosaved edits, and reopen, on a project holding the 1 MB document."""
from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path

from app.core.annotations import AddAnnotation
from app.core.document import Document
from app.core.operations import ReplaceText
from app.store import Project
from bench import Row
from bench.bench_import import one_mb_text

EDITS = 1000
OPENS = 7


def _ms(seconds: float) -> float:
    return seconds * 1000


def _p95(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.95) - 1]


def _open_times(path: Path) -> list[float]:
    times = []
    for _ in range(OPENS):
        t0 = time.perf_counter()
        p = Project.open(path)
        times.append(time.perf_counter() - t0)
        p.close()
    return times


def run() -> list[Row]:
    doc = Document.from_text(one_mb_text())
    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "big.galley"
        t0 = time.perf_counter()
        Project.create(path, doc, title="1 MB").close()
        t_create = time.perf_counter() - t0
        opens = _open_times(path)
        project = Project.open(path)
        edits, comments = [], []
        for i in range(EDITS):
            p = rng.randrange(len(project.working))
            words = project.working[p].words
            w = words[rng.randrange(len(words))]
            op = ReplaceText(p, w.start, w.end, w.text.upper())
            t0 = time.perf_counter()
            project.apply(op)
            edits.append(time.perf_counter() - t0)
            if i % 10 == 0:
                t0 = time.perf_counter()
                project.apply(AddAnnotation(p, w.start, w.end, "check this", category="Fluency", severity="Minor"))
                comments.append(time.perf_counter() - t0)
        project.close()
        reopens = _open_times(path)
        size = path.stat().st_size
    n = f"{len(doc):,} paragraphs, {size / 1048576:.1f} MB file"
    return [
        Row("store", "create project, 1 MB", _ms(t_create), "ms", note=n),
        Row("store", "open, 1 MB (median)", _ms(statistics.median(opens)), "ms", "≤ 300 ms",
            f"p95 {_ms(_p95(opens)):.1f} ms over {OPENS} opens; includes integrity_check"),
        Row("store", "autosaved edit (median)", _ms(statistics.median(edits)), "ms", "≤ 5 ms",
            f"p95 {_ms(_p95(edits)):.2f} ms over {EDITS:,} one-word edits, each its own fsync'd transaction"),
        Row("store", "autosaved comment (median)", _ms(statistics.median(comments)), "ms", "",
            f"p95 {_ms(_p95(comments)):.2f} ms over {len(comments)} comments"),
        Row("store", "reopen after 1,000 edits (median)", _ms(statistics.median(reopens)), "ms", "≤ 300 ms",
            f"p95 {_ms(_p95(reopens)):.1f} ms; {len(comments)} comments checked against the text"),
    ]
