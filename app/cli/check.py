"""`galley check`: report garbles in one or more files, as compiler-style lines or JSON."""
from __future__ import annotations

import argparse
import json
import sys

from app.core.checks import SEVERITIES, Checker, check_ids
from app.core.checks.lexicon import language_name
from app.core.errors import GalleyError

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def register(sub) -> None:
    p = sub.add_parser(
        "check", help="report garbled passages (repeated words, name variants, stray capitals, ...)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Check machine-translated files for garbles and print one finding per line:\n"
                    "  FILE:PARA:COL: Severity: message [check-id]\n"
                    "PARA is the 1-based paragraph (non-empty line of a .txt, paragraph of a .docx),\n"
                    "COL the 1-based character in it. The detected document language goes to stderr.",
        epilog="--format json prints one JSON object per FILE, one per line (JSON Lines):\n"
               '  {"file": ..., "language": "en", "findings": [{"check", "category", "severity",\n'
               '   "paragraph", "start", "end", "text", "message", "suggestions"}, ...]}\n'
               "where paragraph is 0-based and start/end are code-point offsets into it.\n\n"
               f"Checks: {', '.join(check_ids())}.\n"
               "Exit codes: 0 no findings, 1 findings, 2 error (a file could not be read).")
    p.add_argument("files", nargs="+", metavar="FILE", help="a .txt or .docx file")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    p.add_argument("--checks", metavar="ID,...", help="run only these checks (comma-separated ids)")
    p.add_argument("--min-severity", choices=[s.lower() for s in SEVERITIES], type=str.lower,
                   help="report only findings at least this severe")
    p.set_defaults(func=run)


def parse_check_ids(value: str | None) -> list[str] | None:
    if value is None:
        return None
    ids = [v.strip() for v in value.split(",") if v.strip()]
    known = set(check_ids())
    unknown = [i for i in ids if i not in known]
    if unknown or not ids:
        raise GalleyError(f"unknown check {', '.join(unknown) or '(none given)'}; "
                          f"known checks: {', '.join(check_ids())}")
    return ids


def run(args) -> int:
    from app.io import load_document

    ids = parse_check_ids(args.checks)
    status = EXIT_OK
    for path in args.files:
        try:
            doc = load_document(path)
        except GalleyError as exc:
            print(f"galley: error: {exc}", file=sys.stderr)
            status = EXIT_ERROR
            continue
        checker = Checker(ids, args.min_severity)
        findings = checker.check(doc)
        language = checker.language or "und"
        if args.format == "json":
            print(json.dumps({"file": str(path), "language": language,
                              "findings": [f.to_json() for f in findings]}, ensure_ascii=False))
        else:
            for f in findings:
                print(f"{path}:{f.paragraph + 1}:{f.start + 1}: {f.severity}: {f.message} [{f.check}]")
            n = len(findings)
            print(f"{path}: {language_name(language)} ({language}), {n} finding{'s' if n != 1 else ''}",
                  file=sys.stderr)
        sys.stdout.flush()
        if findings and status == EXIT_OK:
            status = EXIT_FINDINGS
    return status
