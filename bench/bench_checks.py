"""Check speed: a full check of a 1 MB document and a re-check after a one-paragraph edit."""
from __future__ import annotations

import random
import statistics
import time

from app.core.checks import Checker
from app.core.document import Document
from app.paths import sample_pair
from bench import Row

REPS = 7
TARGET_BYTES = 1024 * 1024


def one_mb_document(seed: int = 3) -> Document:
    """Distinct paragraphs of 2-6 sentences drawn from both samples, so the MT's
    garbles are scattered through clean prose and no paragraph is a cached copy."""
    rng = random.Random(seed)
    sentences = []
    for path in sample_pair():
        doc = Document.from_text(path.read_text(encoding="utf-8"))
        sentences += [s.text for p in doc for s in p.sentences]
    paras, size = [], 0
    while size < TARGET_BYTES:
        text = " ".join(rng.choice(sentences) for _ in range(rng.randint(2, 6)))
        paras.append(text)
        size += len(text.encode("utf-8")) + 2
    return Document.from_paragraphs(paras)


def run() -> list[Row]:
    full, edit, cpu_full, cpu_edit, n_findings = [], [], [], [], 0
    doc = one_mb_document()
    for rep in range(REPS):
        fresh = Document.from_paragraphs(doc.texts)  # no cached tokens or digests
        checker = Checker()
        c0, t0 = time.process_time(), time.perf_counter()
        n_findings = len(checker.check(fresh))
        full.append(time.perf_counter() - t0)
        cpu_full.append(time.process_time() - c0)
        i = len(fresh) // 2 + rep
        edited = fresh.replace_paragraph(i, fresh[i].text + " Tmur Umarov said the the talks failed.")
        c0, t0 = time.process_time(), time.perf_counter()
        checker.check(edited)
        edit.append(time.perf_counter() - t0)
        cpu_edit.append(time.process_time() - c0)
    size = sum(len(t.encode("utf-8")) for t in doc.texts) / 1048576
    return [
        Row("checks", "full check, 1 MB", statistics.median(full) * 1000, "ms", "≤ 1,000 ms",
            f"{len(doc):,} paragraphs, {size:.2f} MB, {n_findings:,} findings; median of {REPS}, "
            f"CPU {statistics.median(cpu_full) * 1000:,.0f} ms"),
        Row("checks", "re-check after one-paragraph edit", statistics.median(edit) * 1000, "ms", "≤ 10 ms",
            f"median of {REPS}, CPU {statistics.median(cpu_edit) * 1000:,.1f} ms"),
    ]
