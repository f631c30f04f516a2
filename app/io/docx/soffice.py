"""Headless LibreOffice as a real DOCX client: convert exports to PDF (or back to DOCX).

Used by the client tests and by docs/render_exports.py; Galley itself never needs it.
"""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Sequence

# Comments are exported as PDF notes; LibreOffice 7.6 and later also print them in the
# margin (older versions ignore the unknown ExportNotesInMargin option).
PDF_FILTER = ('pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"},'
              '"ExportNotesInMargin":{"type":"boolean","value":"true"}}')
DOCX_FILTER = "docx:MS Word 2007 XML"


def find_soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(files: Sequence[Path], target: str, outdir: Path, timeout: float = 180) -> list[Path]:
    """Convert `files` in one soffice run, with a private throw-away profile; return the outputs."""
    exe = find_soffice()
    if exe is None:
        raise FileNotFoundError("soffice (LibreOffice) is not installed")
    outdir.mkdir(parents=True, exist_ok=True)
    ext = target.split(":", 1)[0]
    with tempfile.TemporaryDirectory(prefix="galley-lo-") as profile:
        subprocess.run([exe, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                        "--convert-to", target, "--outdir", str(outdir), *map(str, files)],
                       check=True, timeout=timeout, capture_output=True)
    outs = [outdir / (Path(f).stem + "." + ext) for f in files]
    missing = [str(o) for o in outs if not o.exists()]
    if missing:
        raise RuntimeError(f"LibreOffice did not write {', '.join(missing)}")
    return outs


def pdf_text(pdf: Path) -> str:
    """The PDF's text (pdftotext), plus the contents of its note annotations."""
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True,
                          timeout=60).stdout.decode("utf-8")
    return text + "\n" + "\n".join(pdf_notes(pdf))


def pdf_notes(pdf: Path) -> list[str]:
    """The /Contents of annotations in a LibreOffice PDF (they are stored uncompressed)."""
    import re

    data = pdf.read_bytes()
    notes = []
    for m in re.finditer(rb"/Contents\s*(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))", data):
        raw = m.group(1)
        if raw.startswith(b"<"):
            b = bytes.fromhex(raw[1:-1].decode("ascii"))
            notes.append(b[2:].decode("utf-16-be") if b[:2] == b"\xfe\xff" else b.decode("latin-1"))
        else:
            notes.append(raw[1:-1].decode("latin-1"))
    return notes
