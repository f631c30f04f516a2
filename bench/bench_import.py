"""Import speed: reading and segmenting a 1 MB TXT built from the sample."""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

from app.io import load_document
from app.paths import sample_pair
from bench import Row


def one_mb_text() -> str:
    mt = sample_pair()[0].read_text(encoding="utf-8")
    reps = 1024 * 1024 // len(mt.encode("utf-8")) + 1
    return "\n\n".join([mt] * reps)


def run() -> list[Row]:
    text = one_mb_text()
    with tempfile.TemporaryDirectory() as d:
        f = Path(d) / "big.txt"
        f.write_text(text, encoding="utf-8")
        t0 = time.perf_counter()
        doc = load_document(f)
        t_load = time.perf_counter() - t0
        t0 = time.perf_counter()
        n = sum(len(p.sentences) for p in doc)
        t_split = time.perf_counter() - t0
    return [
        Row("import", "load 1 MB TXT", t_load * 1000, "ms", note=f"{len(doc):,} paragraphs"),
        Row("import", "split sentences, 1 MB", t_split * 1000, "ms", note=f"{n:,} sentences"),
    ]
