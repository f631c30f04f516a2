"""Galley's command line: `galley` opens the window; subcommands do batch work.

Each subcommand lives in its own module in this package and exposes
`register(subparsers)`, which adds its parser and sets `func(args) -> int`.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from app import __version__
from app.core.errors import GalleyError

# Modules in this package that provide subcommands, in the order --help lists them.
COMMAND_MODULES = ["open", "new", "info", "check", "fix", "diff", "export", "import_review"]

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="galley",
        description="Galley: a review desk for machine-translated copy. "
                    "Run without a command to open the desktop window on the bundled Le Monde sample.",
        epilog="Exit codes: 0 success, 1 findings reported (check) or documents differ (diff), 2 error.",
    )
    parser.add_argument("--version", action="version", version=f"galley {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"app.cli.{name}").register(sub)
    return parser


def error(message: str) -> int:
    print(f"galley: error: {message}", file=sys.stderr)
    return EXIT_ERROR


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from app.cli.open import open_window
        return open_window([])
    try:
        return args.func(args)
    except GalleyError as exc:
        return error(str(exc))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
