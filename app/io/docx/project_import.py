"""An editor's reviewed DOCX, read against an open project: what came in, and the operation to apply."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from app.io.docx.review_import import ReviewImport


@dataclass
class ImportPlan:
    """`review` is what the DOCX holds; `operation` brings it into the project (None: nothing new).

    The window pushes `operation` on its undo stack; the CLI applies it."""

    review: ReviewImport
    operation: object | None

    @property
    def summary(self) -> str:
        return self.review.summary()


def plan_import(project, reviewed: str | Path, when: dt.datetime | None = None) -> ImportPlan:
    from app.core.editor_review import ImportEditorReview
    from app.io.docx.findings import FINDING_AUTHOR
    from app.io.docx.project_export import note_for
    from app.io.docx.review_import import read_reviewed

    ids: dict[tuple[str, str], list[int]] = {}
    for a in project.annotations:
        ids.setdefault((a.author or "Reviewer", note_for(a).comment_text()), []).append(a.id)
    got = read_reviewed(reviewed, working=project.working, known_comments=frozenset(ids))
    got.comments = [c for c in got.comments if c.author != FINDING_AUTHOR]
    source = (got.marker or {}).get("project")
    if source and Path(source).name != Path(project.path).name:
        got.notice = (f"Note: {Path(reviewed).name} was exported from {Path(source).name}, "
                      f"not from {Path(project.path).name}.")
    open_ids = {a.id for a in project.annotations if a.status == "open"}
    resolve = sorted({i for key in got.resolved_known for i in ids.get(key, ()) if i in open_ids})
    if got.text.texts == project.working.texts and not got.comments and not resolve:
        return ImportPlan(got, None)
    when = when or dt.datetime.now(dt.timezone.utc)
    label = when.strftime("%Y-%m-%d %H:%M UTC")
    op = ImportEditorReview(got.text, [_editor_comment(c, when) for c in got.comments], label, _editor(got),
                            resolve=resolve)
    return ImportPlan(got, op)


def _editor(got: ReviewImport) -> str:
    if got.revisions_by_author:
        return max(got.revisions_by_author.items(), key=lambda kv: kv[1])[0]
    return got.comments[0].author if got.comments else ""


def _editor_comment(c, fallback: dt.datetime):
    from app.core.editor_review import EditorComment

    when = (c.date or fallback).astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return EditorComment(c.paragraph, c.start, c.end, c.text, c.author, when, c.category, c.severity,
                         c.resolved, c.quote if c.on_deleted else "")
