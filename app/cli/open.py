"""`galley open`: the desktop window on a project or files (bare `galley` reopens the last project)."""
from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("open", help="open the review window on a project, or on an MT file (and its cleaned version)",
                       description="Open the review window. A .txt/.docx becomes a new project in Galley's data "
                                   "folder. With no files, reopens the last project (first time: the Le Monde sample).")
    p.add_argument("mt", nargs="?", help="a .galley project, or the machine translation (.txt or .docx)")
    p.add_argument("clean", nargs="?", help="a cleaned version of it (.txt or .docx)")
    p.set_defaults(func=lambda args: open_window([f for f in (args.mt, args.clean) if f]))


def open_window(files: list[str]) -> int:
    """Refuse bad files on the command line (exit 2) before any window appears."""
    from app.io import load_document

    for f in files:
        load_document(f)
    from app.ui.app import run_gui
    return run_gui(files)
