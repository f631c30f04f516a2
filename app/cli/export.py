"""`galley export`: clean copy, redline, bilingual table or QA report as DOCX."""
from __future__ import annotations

import getpass
import sys
from pathlib import Path

from app.core.errors import GalleyInputError


def register(sub) -> None:
    p = sub.add_parser(
        "export", help="write a clean copy, redline, bilingual table or QA report (.docx)",
        description="Export for editors in Word or LibreOffice. On a .galley project the base is the MT "
                    "(or --base REVISION or FILE); on a plain file, --base names the MT file.")
    p.add_argument("source", metavar="PROJECT_OR_FILE", help="a .galley project, or the cleaned text (.txt/.docx)")
    p.add_argument("--format", "-f", required=True, choices=["clean", "redline", "bilingual", "report"],
                   help="clean copy; redline (tracked changes and comments); bilingual review table; QA report")
    p.add_argument("-o", "--output", required=True, metavar="OUT.docx", help="the file to write")
    p.add_argument("--base", metavar="MT_FILE_OR_REVISION",
                   help="what the changes are tracked against: a file, or a project revision (label or number)")
    p.add_argument("--with-findings", action="store_true",
                   help="also export the open findings of the checks as comments")
    p.add_argument("--reviewer", help="author of the tracked changes (default: the project's reviewer, or you)")
    p.add_argument("--title", help="document title (default: the project title or the file name)")
    p.set_defaults(func=run)


def run(args) -> int:
    import gc

    from app.io.docx.exchange import export

    # An export builds millions of short-lived XML proxies, and each batch of them set off a
    # collection that rescanned every paragraph and segment alive: a 100,000-paragraph table
    # (a hostile-corpus case) spent a sixth of its time there. The export makes no garbage
    # cycles worth collecting before it ends; the collector runs again as soon as it has.
    gc.freeze()
    gc.disable()
    try:
        return _run(args, export)
    finally:
        gc.enable()
        gc.unfreeze()


def _run(args, export) -> int:
    out = Path(args.output)
    if out.suffix.lower() != ".docx":
        raise GalleyInputError(out, "the output must be a .docx file")
    source = Path(args.source)
    if source.suffix.lower() == ".galley":
        from app.io.docx.project_export import job_for_project
        job = job_for_project(source, args)
    else:
        job = job_for_files(source, args)
    written = export(job, args.format, out)
    notes = sum(1 for n in job.notes if n.status == "open")
    extra = f", {notes} comment{'s' * (notes != 1)}" if args.format in ("redline", "bilingual") else ""
    print(f"galley: wrote {args.format} {written} ({len(job.working)} paragraphs{extra})", file=sys.stderr)
    return 0


def job_for_files(source: Path, args):
    """A job for a cleaned file and --base MT file (no project: no annotations)."""
    from app.io import load_document
    from app.io.docx.exchange import ExportJob

    working = load_document(source)
    if args.base is None and args.format != "clean":
        raise GalleyInputError(source, f"a {args.format} of a plain file needs --base MT_FILE "
                                       "(the text the changes are tracked against)")
    base_path = Path(args.base) if args.base else None
    base = load_document(base_path) if base_path else working
    findings, notes = [], []
    if args.with_findings or args.format == "report":
        from app.io.docx.findings import findings_for
        findings, notes = findings_for(base, working, with_comments=args.with_findings)
    return ExportJob(
        base=base, working=working, reviewer=args.reviewer or _default_reviewer(), notes=notes, findings=findings,
        title=args.title or source.stem, base_label=base_path.name if base_path else "MT",
        working_label=source.name, template=source if source.suffix.lower() == ".docx" else None,
        inputs=[p for p in (source, base_path) if p])


def _default_reviewer() -> str:
    try:
        return getpass.getuser() or "Reviewer"
    except Exception:  # no login name in some containers
        return "Reviewer"
