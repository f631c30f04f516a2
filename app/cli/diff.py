"""`galley diff A B`: the word-level comparison of two documents as text, JSON or an HTML page."""
from __future__ import annotations

import html
import json
import os
import sys

from app.core.chunks import DELETE, EQUAL, INSERT, Pair
from app.core.compare import Comparison, compare

EXIT_SAME, EXIT_DIFFERENT = 0, 1
PILCROW = "¶"
_RED, _GREEN, _RESET = "\x1b[31;9m", "\x1b[32m", "\x1b[0m"


def register(sub) -> None:
    p = sub.add_parser(
        "diff", help="compare two documents word by word",
        description="Compare two versions of a document (an MT and its cleaned version, or two "
                    "revisions) paragraph by paragraph and word by word. A and B may each be "
                    ".txt or .docx. Paragraph styles are not compared.",
        epilog="Exit status, as for diff(1): 0 if the texts are the same, 1 if they differ, "
               "2 on error (a file that cannot be read).")
    p.add_argument("a", metavar="A", help="the older version or the MT")
    p.add_argument("b", metavar="B", help="the newer version or the cleaned text")
    p.add_argument("--format", choices=("text", "json", "html"), default="text",
                   help="text: a word diff ([-deleted-]{+added+}, coloured on a terminal); "
                        "json: pairs, chunks and metrics; html: a standalone side-by-side page")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                   help="colour the text format (auto: when stdout is a terminal and NO_COLOR is unset)")
    p.set_defaults(func=run)


def run(args) -> int:
    from app.io import load_document

    a, b = load_document(args.a), load_document(args.b)
    c = compare(a, b)
    out = sys.stdout
    if args.format == "json":
        json.dump(to_json(c, args.a, args.b), out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif args.format == "html":
        out.write(to_html(c, args.a, args.b))
    else:
        colour = args.color == "always" or (args.color == "auto" and out.isatty()
                                             and not os.environ.get("NO_COLOR"))
        out.write(to_text(c, colour))
    return EXIT_SAME if c.equal else EXIT_DIFFERENT


def _marked(text: str, tag: str, colour: bool) -> str:
    """One side of a change with its markers. A paragraph mark (always last in a chunk)
    shows as ¶; an inserted one also breaks the line, after the marker."""
    brk = "\n" if tag == INSERT and text.endswith("\n") else ""
    text = text.replace("\n", PILCROW)
    if colour:
        return f"{_RED if tag == DELETE else _GREEN}{text}{_RESET}{brk}"
    return f"[-{text}-]" if tag == DELETE else f"{{+{text}+}}{brk}"


def to_text(c: Comparison, colour: bool = False) -> str:
    """Changed pairs only, one block each, then a summary line."""
    if c.equal:
        return ""
    lines = []
    for k, p in enumerate(c.pairs):
        if p.kind == "equal":
            continue
        lines.append(f"@@ {_where(p)} ({p.kind}{', too long to diff word by word' if p.capped else ''}) @@")
        parts = []
        for ch in p.chunks:
            old, new = c.a_text(ch), c.b_text(ch)
            if ch.tag == EQUAL:
                parts.append(old)
                continue
            if old:
                parts.append(_marked(old, DELETE, colour))
            if new:
                parts.append(_marked(new, INSERT, colour))
        block = "".join(parts)
        lines.append(block if block.endswith("\n") else block + "\n")
    m = c.metrics
    lines.append(f"{m.paragraphs_touched} of {m.paragraphs} paragraphs changed; {m.edits} word edits "
                 f"({m.words_inserted} inserted, {m.words_deleted} deleted, {m.words_substituted} substituted) "
                 f"in {m.b_words} words of B: edit rate {m.edit_rate:.1%}\n")
    return "\n".join(x.rstrip("\n") for x in lines) + "\n"


def _where(p: Pair) -> str:
    def span(s, e, side):
        if s == e:
            return f"{side} after ¶{s}" if s else f"{side} at start"
        return f"{side} ¶{s + 1}" if e - s == 1 else f"{side} ¶{s + 1}-{e}"
    return f"{span(p.a_start, p.a_end, 'A')}, {span(p.b_start, p.b_end, 'B')}"


def to_json(c: Comparison, a_name: str = "", b_name: str = "") -> dict:
    """Everything a script needs: the pairs, their chunks with offsets and texts, the metrics."""
    return {
        "a": a_name, "b": b_name, "equal": c.equal,
        "offsets": "code points into the paragraph; offset len(text) is the paragraph mark",
        "metrics": c.metrics.as_dict(),
        "capped": [i for i, p in enumerate(c.pairs) if p.capped],
        "pairs": [{
            "kind": p.kind, "tag": p.tag, "a": [p.a_start, p.a_end], "b": [p.b_start, p.b_end],
            "capped": p.capped, "metrics": p.metrics.as_dict(),
            "chunks": [{"tag": ch.tag, "a_para": ch.a_para, "a_start": ch.a_start, "a_end": ch.a_end,
                        "b_para": ch.b_para, "b_start": ch.b_start, "b_end": ch.b_end,
                        "a_text": c.a_text(ch), "b_text": c.b_text(ch)} for ch in p.chunks],
        } for p in c.pairs],
    }


_CSS = """
body{font:15px/1.5 system-ui,sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;width:100%;table-layout:fixed}
td,th{vertical-align:top;padding:.4em .7em;border-bottom:1px solid #ddd;white-space:pre-wrap;word-wrap:break-word}
th{text-align:left;background:#f4f4f4}
td.n{width:3.5em;color:#888;font-size:85%;white-space:nowrap}
tr.equal td{color:#666}
del{background:#fdd;color:#900}
ins{background:#dfd;color:#060;text-decoration:none}
.capped{background:#fff4d0;font-size:85%;display:block;margin-bottom:.3em}
.summary{margin-bottom:1.5em}
"""


def to_html(c: Comparison, a_name: str = "A", b_name: str = "B") -> str:
    """A standalone page: A on the left with deletions, B on the right with insertions."""
    e = html.escape
    m = c.metrics
    rows = []
    for p in c.pairs:
        left, right = [], []
        for ch in p.chunks:
            old, new = e(c.a_text(ch)), e(c.b_text(ch))
            if ch.tag == EQUAL:
                left.append(old)
                right.append(new)
                continue
            if old:
                left.append(f"<del>{_html_marks(old)}</del>")
            if new:
                right.append(f"<ins>{_html_marks(new)}</ins>")
        note = '<span class="capped">Too long to diff word by word: shown as one replacement.</span>' \
            if p.capped else ""
        rows.append(
            f'<tr class="{p.kind}"><td class="n">{_nums(p.a_start, p.a_end)}</td>'
            f'<td dir="auto">{note}{"".join(left).rstrip(chr(10))}</td>'
            f'<td class="n">{_nums(p.b_start, p.b_end)}</td>'
            f'<td dir="auto">{note}{"".join(right).rstrip(chr(10))}</td></tr>')
    summary = (f"{m.paragraphs_touched} of {m.paragraphs} paragraphs changed; {m.edits} word edits "
               f"({m.words_inserted} inserted, {m.words_deleted} deleted, {m.words_substituted} substituted); "
               f"edit rate {m.edit_rate:.1%}")
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
            f"<title>Galley diff: {e(a_name)} → {e(b_name)}</title><style>{_CSS}</style></head><body>\n"
            f"<h1>{e(a_name)} → {e(b_name)}</h1>\n<p class=\"summary\">{e(summary)}</p>\n"
            f'<table><colgroup><col style="width:3.5em"><col><col style="width:3.5em"><col></colgroup>\n'
            f"<tr><th></th><th>{e(a_name)}</th><th></th><th>{e(b_name)}</th></tr>\n"
            + "\n".join(rows) + "\n</table></body></html>\n")


def _html_marks(escaped: str) -> str:
    return escaped.replace("\n", PILCROW + "\n")


def _nums(s: int, e: int) -> str:
    return "" if s == e else "¶" + ", ".join(str(k + 1) for k in range(s, e))
