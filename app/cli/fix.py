"""`galley fix`: apply the safe fixes and write a cleaned draft next to the input, never over it."""
from __future__ import annotations

import sys
from pathlib import Path

from app.core.checks import Checker
from app.core.checks.fixes import apply_fixes
from app.core.errors import GalleyError
from app.io.atomic import write_bytes_atomic


def register(sub) -> None:
    p = sub.add_parser(
        "fix", help="apply the safe fixes and write a cleaned draft (never overwrites FILE)",
        description="Apply the fixes Galley is sure of: repeated words, apostrophes, punctuation "
                    "spacing, unambiguous stray capitals and name variants with a clear majority. "
                    "Writes a plain-text draft (default: FILE's name with .fixed.txt) and prints each "
                    "change as FILE:PARA:COL: before → after [check-id]. Everything else is left "
                    "for review: run `galley check` on the draft.",
        epilog="Exit codes: 0 draft written, 2 error.")
    p.add_argument("file", metavar="FILE", help="a .txt or .docx file")
    p.add_argument("-o", "--output", metavar="OUT", help="where to write the draft (a .txt file)")
    p.set_defaults(func=run)


def default_output(path: Path) -> Path:
    return path.with_name(f"{path.stem}.fixed.txt")


def run(args) -> int:
    from app.io import load_document

    src = Path(args.file)
    out = Path(args.output) if args.output else default_output(src)
    doc = load_document(src)
    if out.exists() and out.resolve() == src.resolve():
        raise GalleyError(f"{out}: this is the input file; galley fix never overwrites its input, choose another -o")
    if out.suffix.lower() not in (".txt", ".text", ".md", ""):
        raise GalleyError(f"{out}: galley fix writes plain text; give a .txt name")
    if out.is_dir():
        raise GalleyError(f"{out}: this is a folder, not a file")
    if not out.parent.is_dir():
        raise GalleyError(f"{out}: the folder {out.parent} does not exist")
    fixed, changes = apply_fixes(doc, Checker().check(doc))
    for c in changes:
        print(f"{src}:{c.paragraph + 1}:{c.start + 1}: {_show(c.before)} → {_show(c.after)} [{c.check}]")
    write_bytes_atomic(out, ("\n\n".join(fixed.texts) + "\n").encode("utf-8"), inputs=(src,))
    n = len(changes)
    print(f"{out}: {n} fix{'es' if n != 1 else ''} applied", file=sys.stderr)
    return 0


def _show(s: str) -> str:
    return f"“{s}”" if s else "(nothing)"
