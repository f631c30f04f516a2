"""`galley new`: make a .galley project from an MT file and, optionally, its cleaned version."""
from __future__ import annotations

from pathlib import Path

from app.cli import EXIT_OK


def register(sub) -> None:
    p = sub.add_parser(
        "new", help="create a project (.galley) from an MT file and optionally its cleaned version",
        description="Create a Galley project. The MT file becomes the original; the cleaned file, if "
                    "given, becomes the working text (else the working text starts as a copy of the MT). "
                    "An existing file is never replaced.")
    p.add_argument("project", help="the project file to create (PROJECT.galley)")
    p.add_argument("mt", help="the machine translation (.txt or .docx)")
    p.add_argument("clean", nargs="?", help="a cleaned version of it (.txt or .docx)")
    p.add_argument("--title", default="", help="project title (default: the MT file's name)")
    p.add_argument("--reviewer", default="", help="the reviewer's name, used as author of comments and revisions")
    p.add_argument("--source-lang", default="", metavar="LANG", help="language the MT was translated from (e.g. fr)")
    p.add_argument("--target-lang", default="", metavar="LANG",
                   help="language of the MT (default: detected from the text)")
    p.set_defaults(func=run)


def run(args) -> int:
    from app.io import load_document
    from app.store import Project
    from app.store.errors import ProjectExistsError

    path = Path(args.project)
    if path.exists():
        raise ProjectExistsError(path, "a file with this name already exists; Galley will not replace it")
    mt = load_document(args.mt)
    clean = load_document(args.clean) if args.clean else None
    target = args.target_lang or _detect(mt)
    with Project.create(path, mt, clean, title=args.title or Path(args.mt).stem, reviewer=args.reviewer,
                        source_lang=args.source_lang, target_lang=target) as project:
        working = "the cleaned file" if clean is not None else "a copy of the MT"
        print(f"Created {path}: {len(project.original)} paragraphs of MT, working text from {working}.")
    return EXIT_OK


def _detect(doc) -> str:
    """The MT's language by langdetect (seeded, so the same text always gives the same answer)."""
    text = doc.text[:20000]
    if len(text.strip()) < 20:
        return ""
    try:
        from langdetect import DetectorFactory, detect
        DetectorFactory.seed = 0
        return detect(text)
    except Exception:  # langdetect raises on text without letters; the language is then unknown
        return ""
