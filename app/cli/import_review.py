"""`galley import-review`: an editor's reviewed DOCX back into the project."""
from __future__ import annotations

import datetime as dt
import sys
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
    from app.core.editor_review import EditorComment, ImportEditorReview
    from app.io.docx.findings import FINDING_AUTHOR
    from app.io.docx.project_export import note_for
    from app.io.docx.review_import import read_reviewed
    from app.store import Project

    project_path, reviewed = Path(args.project), Path(args.reviewed)
    if project_path.suffix.lower() != ".galley":
        raise GalleyInputError(project_path, "this is not a .galley project; make one with `galley new`")
    if reviewed.suffix.lower() != ".docx":
        raise GalleyInputError(reviewed, "import-review reads a .docx the editor sent back")
    with Project.open(project_path, read_only=args.dry_run) as project:
        if project.read_only and not args.dry_run:
            raise GalleyInputError(project_path, f"the project cannot be changed now: {project.read_only_reason}")
        known = {(a.author or "Reviewer", note_for(a).comment_text()) for a in project.annotations}
        got = read_reviewed(reviewed, working=project.working, known_comments=frozenset(known))
        comments = [c for c in got.comments if c.author != FINDING_AUTHOR]
        print(got.summary())
        if got.text.texts == project.working.texts and not comments:
            print("Nothing new: the project is unchanged.")
            return 0
        if args.dry_run:
            print("Dry run: the project is unchanged.")
            return 0
        when = dt.datetime.now(dt.timezone.utc)
        editor = _editor(got, comments)
        op = ImportEditorReview(got.text, [_editor_comment(c, when) for c in comments],
                                when.strftime("%Y-%m-%d %H:%M UTC"), editor)
        project.apply(op)
        print(f"New revision “{op.label}” is now the working text; the text it replaced is kept as "
              f"“Before editor review, {when.strftime('%Y-%m-%d %H:%M UTC')}”. "
              f"{len(op.annotation_ids)} annotation{'s' * (len(op.annotation_ids) != 1)} added.")
    return 0


def _editor(got, comments) -> str:
    if got.revisions_by_author:
        return max(got.revisions_by_author.items(), key=lambda kv: kv[1])[0]
    return comments[0].author if comments else ""


def _editor_comment(c, fallback: dt.datetime):
    from app.core.editor_review import EditorComment

    when = (c.date or fallback).astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return EditorComment(c.paragraph, c.start, c.end, c.text, c.author, when, c.category, c.severity,
                         c.resolved, c.quote if c.on_deleted else "")
