"""Render the first page of each DOCX export of the sample pair as docs/export-<format>.png.

Run from the repository: `.venv/bin/python docs/render_exports.py`. Needs LibreOffice
(soffice) and poppler (pdftoppm); the pictures are what docs/docx-export.md shows.
"""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from app.io import load_document  # noqa: E402
from app.io.docx.exchange import ExportJob, ExportNote, export  # noqa: E402
from app.io.docx.findings import findings_for  # noqa: E402
from app.io.docx.model import BASE  # noqa: E402
from app.io.docx.soffice import PDF_FILTER, convert  # noqa: E402
from app.paths import sample_pair  # noqa: E402

WHEN = dt.datetime(2026, 11, 27, 16, 0, tzinfo=dt.timezone.utc)


def sample_notes(mt, clean) -> list[ExportNote]:
    def at(doc, needle):
        k = next(i for i, t in enumerate(doc.texts) if needle in t)
        s = doc[k].text.index(needle)
        return k, s, s + len(needle)

    notes = []
    k, s, e = at(clean, "support him")
    notes.append(ExportNote(k, s + 8, e, "The MT had Xi support Xi: Putin expects Xi to support him (Putin).",
                            "Ann Reviewer", "Accuracy", "Major"))
    k, s, e = at(clean, "Temur Umarov")
    notes.append(ExportNote(k, s, s + 5, "“Tmur” in the MT; Temur Umarov is the Carnegie analyst.",
                            "Ann Reviewer", "Terminology", "Minor"))
    k, s, e = at(mt, "Lemaître Lemaître")
    notes.append(ExportNote(k, s, e, "Doubled surname dropped.", "Ann Reviewer", "Fluency", "Minor", side=BASE))
    return notes


def main() -> int:
    mt_path, clean_path = sample_pair()
    mt, clean = load_document(mt_path), load_document(clean_path)
    findings, _ = findings_for(mt, clean)
    job = ExportJob(mt, clean, "Ann Reviewer", sample_notes(mt, clean), findings=findings,
                    title="Le Monde: Xi and Putin before Samarkand", date=WHEN)
    with tempfile.TemporaryDirectory(prefix="galley-render-") as d:
        d = Path(d)
        files = [export(job, fmt, d / f"export-{fmt}.docx") for fmt in ("clean", "redline", "bilingual", "report")]
        for pdf in convert(files, PDF_FILTER, d):
            subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", "-singlefile",
                            str(pdf), str(HERE / pdf.stem)], check=True, timeout=120)
            print(f"docs/{pdf.stem}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
