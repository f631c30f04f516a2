"""`galley import-review`: an editor's reviewed DOCX back into the project."""
from __future__ import annotations

from pathlib import Path

from app.core.errors import GalleyInputError


def register(sub) -> None:
    p = sub.add_parser(
        "import-review", help="bring an editor's reviewed DOCX (redline or bilingual table) into a project",
        description="The editor's text, with their tracked changes accepted, becomes the working text and a "
                    "revision \"Editor review, <date>\" (the text it replaces is kept as a revision too); "
                    "their comments become annotations with their author and time. A DOCX Galley did not "
                    "export is imported as plain text, with a notice.")
    p.add_argument("project", metavar="PROJECT", help="the .galley project")
    p.add_argument("reviewed", metavar="REVIEWED.docx", help="the DOCX the editor sent back")
    p.add_argument("--dry-run", action="store_true", help="say what would come in; change nothing")
    p.set_defaults(func=run)


def run(args) -> int:
    from app.io.docx.project_import import plan_import
    from app.store import Project

    project_path, reviewed = Path(args.project), Path(args.reviewed)
    if project_path.suffix.lower() != ".galley":
        raise GalleyInputError(project_path, "this is not a .galley project; make one with `galley new`")
    if reviewed.suffix.lower() != ".docx":
        raise GalleyInputError(reviewed, "import-review reads a .docx the editor sent back")
    with Project.open(project_path, read_only=args.dry_run) as project:
        if project.read_only and not args.dry_run:
            raise GalleyInputError(project_path, f"the project cannot be changed now: {project.read_only_reason}")
        plan = plan_import(project, reviewed)
        print(plan.summary)
        if plan.operation is None:
            print("Nothing new: the project is unchanged.")
            return 0
        if args.dry_run:
            print("Dry run: the project is unchanged.")
            return 0
        op = project.apply(plan.operation)
        n = len(op.annotation_ids)
        print(f"“{op.label}” is now the working text and a revision; the text it replaced is kept as "
              f"“{op.before.label}”. {n} annotation{'s' * (n != 1)} added.")
    return 0
