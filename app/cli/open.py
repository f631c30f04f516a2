"""`galley open`: the desktop window on given files (bare `galley` opens the sample)."""
from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("open", help="open the review window on an MT file (and optionally its cleaned version)",
                       description="Open the review window. With no files, opens the bundled Le Monde sample.")
    p.add_argument("mt", nargs="?", help="the machine translation (.txt or .docx)")
    p.add_argument("clean", nargs="?", help="a cleaned version of it (.txt or .docx)")
    p.set_defaults(func=lambda args: open_window([f for f in (args.mt, args.clean) if f]))


def open_window(files: list[str]) -> int:
    """Refuse bad files on the command line (exit 2) before any window appears."""
    from app.io import load_document

    for f in files:
        load_document(f)
    from app.ui.app import run_gui
    return run_gui(files)
