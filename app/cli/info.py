"""`galley info`: what a .galley project holds, as text or JSON."""
from __future__ import annotations

import json
from collections import Counter

from app.cli import EXIT_OK


def register(sub) -> None:
    p = sub.add_parser("info", help="show a project's title, languages, revisions and comments",
                       description="Describe a Galley project without changing it.")
    p.add_argument("project", help="a .galley project file")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=run)


def describe(project) -> dict:
    info = project.info
    status = Counter(a.status for a in project.annotations)
    return {
        "file": str(project.path),
        "title": info.title,
        "source_language": info.source_lang,
        "target_language": info.target_lang,
        "reviewer": info.reviewer,
        "created": info.created,
        "schema_version": project.schema_version,
        "paragraphs": {"original": len(project.original), "working": len(project.working)},
        "words": {"original": project.original.word_count, "working": project.working.word_count},
        "revisions": [{"id": r.id, "label": r.label, "author": r.author, "created": r.created}
                      for r in project.revisions],
        "annotations": {"open": status["open"], "resolved": status["resolved"],
                        "detached": sum(a.detached for a in project.annotations)},
        "decisions": dict(Counter(d.status for d in project.decisions.values())),
    }


def run(args) -> int:
    from app.store import Project

    with Project.open(args.project, read_only=True) as project:
        data = describe(project)
    if args.format == "json":
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    lang = " → ".join(x or "?" for x in (data["source_language"], data["target_language"]))
    print(f"{data['title'] or '(untitled)'}  [{data['file']}]")
    print(f"Languages:  {lang}")
    if data["reviewer"]:
        print(f"Reviewer:   {data['reviewer']}")
    p = data["paragraphs"]
    print(f"Paragraphs: {p['working']} working, {p['original']} original")
    a = data["annotations"]
    detached = f", {a['detached']} detached" if a["detached"] else ""
    print(f"Comments:   {a['open']} open, {a['resolved']} resolved{detached}")
    d = data["decisions"]
    if d:
        print("Findings:   " + ", ".join(f"{n} {k}" for k, n in sorted(d.items())))
    print(f"Revisions:  {len(data['revisions'])}")
    for r in data["revisions"]:
        print(f"  {r['id']:>3}  {r['label']}  ({r['author'] or 'unknown'}, {r['created'].replace('T', ' ').rstrip('Z')} UTC)")
    from app.store.schema import CURRENT_VERSION
    upgrade = (f" (Galley upgrades it to {CURRENT_VERSION} when it opens it for editing)"
               if data["schema_version"] < CURRENT_VERSION else "")
    print(f"Schema:     version {data['schema_version']}{upgrade}")
    return EXIT_OK
