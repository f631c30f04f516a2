"""Build lemonde-mt.docx and lemonde-clean.docx from the .txt samples.

Run from anywhere: `python samples/make_docx.py`. The output is deterministic
(fixed core-property dates), so rebuilding does not churn the repository.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import docx  # noqa: E402

from app.io.txt import read_txt  # noqa: E402

FIXED = dt.datetime(2022, 9, 16, 12, 0, 0)


def build(src: Path, dst: Path, title: str) -> None:
    doc = docx.Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = title, "Galley samples", "Galley samples"
    props.created = props.modified = FIXED
    props.revision = 1
    for para in read_txt(src).paragraphs:
        doc.add_paragraph(para.text)
    doc.save(dst)


def main() -> None:
    build(HERE / "lemonde-mt.txt", HERE / "lemonde-mt.docx", "Le Monde on Xi and Putin (machine translation)")
    build(HERE / "lemonde-clean.txt", HERE / "lemonde-clean.docx", "Le Monde on Xi and Putin (cleaned)")


if __name__ == "__main__":
    main()
