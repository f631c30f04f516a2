"""Export jobs from a .galley project: working text, base (the MT or a revision), annotations, findings."""
from __future__ import annotations

from pathlib import Path

from app.core.errors import GalleyInputError
from app.io.docx.exchange import ExportJob, ExportNote
from app.io.docx.model import BASE, WORKING


def note_for(ann, side: str = WORKING) -> ExportNote:
    """An annotation as the export shows it; import-review uses the same text to know it again."""
    body = ann.body or ""
    if ann.detached:
        body = f"(detached; it was on “{ann.quote}”) {body}".strip()
    return ExportNote(ann.paragraph, ann.start if not ann.detached else 0, ann.end if not ann.detached else 0,
                      body, ann.author or "Reviewer", ann.category, ann.severity, _date(ann.created),
                      ann.status, side)


def _date(value: str):
    from app.io.docx.ooxml import parse_ooxml_date

    return parse_ooxml_date(value) if value else None


def resolve_base(project, base: str | None):
    """(Document, label, annotation version) for --base: none = the MT; a file; a revision id or label."""
    from app.core.session import ORIGINAL, revision_version
    from app.io import load_document

    if base is None or base.strip().lower() in ("mt", "original"):
        return project.original, "MT", ORIGINAL
    candidate = Path(base)
    if candidate.suffix and candidate.exists():
        return load_document(candidate), candidate.name, None
    revisions = project.revisions
    wanted = base.strip()
    if wanted.startswith("revision/"):  # the version string annotations and the window use
        wanted = wanted[len("revision/"):]
    for r in revisions:
        if wanted == str(r.id) or wanted.lower() == r.label.lower():
            return project.revision_document(r.id), r.label, revision_version(r.id)
    known = "; ".join(f"{r.id}: {r.label}" for r in revisions) or "the project has no revisions yet"
    raise GalleyInputError(project.path if hasattr(project, "path") else Path(base),
                           f"--base {base!r} is neither a file nor a revision ({known})")


def job_for_project(path: Path, args) -> ExportJob:
    """The CLI's job: open the project read-only (export never changes it), then `project_job`."""
    from app.store import Project

    with Project.open(path, read_only=True) as project:
        return project_job(project, args.format, base=args.base, with_findings=args.with_findings,
                           reviewer=args.reviewer, title=args.title)


def project_job(project, fmt: str, *, base: str | None = None, with_findings: bool = False,
                reviewer: str | None = None, title: str | None = None) -> ExportJob:
    """An export job for an open Project (the window calls this with its own project).

    `base`: None for the MT, a revision id or label, or a file path."""
    from app.io.docx.findings import findings_for

    path = Path(project.path)
    base_doc, base_label, base_version = resolve_base(project, base)
    working = project.working
    notes = [note_for(a) for a in project.annotations if a.version == "working"]
    if base_version is not None:
        notes += [note_for(a, BASE) for a in project.annotations if a.version == base_version]
    decisions = {fp: d.status for fp, d in project.decisions.items()}
    reviewer = reviewer or project.setting("export.author") or project.info.reviewer or _login() or "Reviewer"
    findings, finding_notes = [], []
    if with_findings or fmt == "report":
        findings, finding_notes = findings_for(base_doc, working, with_comments=with_findings, decisions=decisions)
    inputs = [path] + ([Path(base)] if base and Path(base).exists() else [])
    return ExportJob(base_doc, working, reviewer, notes + finding_notes, findings,
                     title or project.info.title or path.stem, base_label, "working text", None,
                     project=str(path), inputs=inputs)


def _login() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return ""
