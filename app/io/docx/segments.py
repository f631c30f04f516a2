"""Tracked-change segments for a base → working pair of paragraphs or documents.

Segments come from word-level difference chunks: an equal chunk is kept, a
replace becomes a deletion followed by an insertion (Word's own order), and
paragraphs new in or gone from the working text get their paragraph mark
tracked too, so Reject All and Accept All give exactly the two texts.
"""
from __future__ import annotations

import difflib
from typing import Sequence

from app.core.tokens import tokenize
from app.io.docx.model import DELETE, EQUAL, INSERT, Segment


def word_chunks(a: str, b: str) -> list[tuple[str, int, int, int, int]]:
    """difflib-vocabulary chunks over code points of `a` and `b`, diffed word by word.

    Each distinct token becomes one private-use character, so diff-match-patch
    diffs words, not letters. No timeout: the result is always exact."""
    from diff_match_patch import diff_match_patch

    ta, tb = [t.text for t in tokenize(a)], [t.text for t in tokenize(b)]
    codes: dict[str, str] = {}

    def encode(tokens: Sequence[str]) -> str:
        return "".join(codes.setdefault(t, chr(0xF0000 + len(codes))) for t in tokens)

    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0
    diffs = dmp.diff_main(encode(ta), encode(tb), False)
    dmp.diff_cleanupSemantic(diffs)
    pa, pb = _starts(ta), _starts(tb)
    chunks: list[tuple[str, int, int, int, int]] = []
    i = j = 0
    for op, text in diffs:
        n = len(text)
        if op == 0:
            chunks.append(("equal", pa[i], pa[i + n], pb[j], pb[j + n]))
            i, j = i + n, j + n
        elif op < 0:
            chunks.append(("delete", pa[i], pa[i + n], pb[j], pb[j]))
            i += n
        else:
            chunks.append(("insert", pa[i], pa[i], pb[j], pb[j + n]))
            j += n
    return chunks


def _starts(tokens: Sequence[str]) -> list[int]:
    out, pos = [0], 0
    for t in tokens:
        pos += len(t)
        out.append(pos)
    return out


def segments_from_chunks(a: str, b: str, chunks) -> tuple[Segment, ...]:
    """Segments from (tag, a_start, a_end, b_start, b_end) chunks covering `a` and `b` in order."""
    out: list[Segment] = []

    def push(kind: str, text: str) -> None:
        if not text:
            return
        if out and out[-1].kind == kind:
            out[-1] = Segment(kind, out[-1].text + text)
        else:
            out.append(Segment(kind, text))

    for tag, a0, a1, b0, b1 in chunks:
        if tag == "equal":
            push(EQUAL, b[b0:b1])
        else:
            push(DELETE, a[a0:a1])
            push(INSERT, b[b0:b1])
    return tuple(_tidy(_absorb_spaces(out)))


def _absorb_spaces(segs: list[Segment]) -> list[Segment]:
    """A bare space between two changes joins them: "[-Help is-]{+are+} [-being-]..." reads as one edit."""
    out: list[Segment] = []
    for k, s in enumerate(segs):
        if (s.kind == EQUAL and not s.text.strip() and 0 < k < len(segs) - 1
                and segs[k - 1].kind != EQUAL and segs[k + 1].kind != EQUAL):
            out += [Segment(DELETE, s.text), Segment(INSERT, s.text)]  # the space stays in both views
        else:
            out.append(s)
    return out


def _tidy(segs: list[Segment]) -> list[Segment]:
    """Put each run of changes as one deletion then one insertion (no del/ins/del ladders)."""
    result: list[Segment] = []
    dels: list[str] = []
    inss: list[str] = []

    def flush() -> None:
        if dels:
            result.append(Segment(DELETE, "".join(dels)))
        if inss:
            result.append(Segment(INSERT, "".join(inss)))
        dels.clear()
        inss.clear()

    for s in segs:
        if s.kind == EQUAL:
            flush()
            result.append(s)
        else:
            (dels if s.kind == DELETE else inss).append(s.text)
    flush()
    return result


def paragraph_segments(a: str, b: str) -> tuple[Segment, ...]:
    """Segments turning base paragraph `a` into working paragraph `b`, word by word."""
    if a == b:
        return (Segment(EQUAL, a),) if a else ()
    return segments_from_chunks(a, b, word_chunks(a, b))


def align_paragraphs(a: Sequence[str], b: Sequence[str]) -> list[tuple[int | None, int | None]]:
    """Monotonic pairs (base index, working index); None on the side a paragraph is missing from."""
    pairs: list[tuple[int | None, int | None]] = []
    sm = difflib.SequenceMatcher(None, list(a), list(b), autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            pairs.extend(zip(range(i1, i2), range(j1, j2)))
            continue
        n = min(i2 - i1, j2 - j1) if tag == "replace" else 0
        pairs.extend(zip(range(i1, i1 + n), range(j1, j1 + n)))
        pairs.extend((i, None) for i in range(i1 + n, i2))
        pairs.extend((None, j) for j in range(j1 + n, j2))
    return pairs


def redline_from_pairs(a: Sequence[str], b: Sequence[str], pairs, styles: Sequence[str | None] | None = None,
                       segmenter=paragraph_segments):
    """RedlineParagraphs for aligned `pairs`, with each paragraph's (base index, working index)."""
    from app.io.docx.model import RedlineParagraph

    out: list[RedlineParagraph] = []
    for i, j in pairs:
        style = styles[j] if styles is not None and j is not None else None
        if i is not None and j is not None:
            out.append(RedlineParagraph(segmenter(a[i], b[j]), style=style))
        elif j is not None:
            out.append(RedlineParagraph((Segment(INSERT, b[j]),), style=style, mark=INSERT))
        else:
            out.append(RedlineParagraph((Segment(DELETE, a[i]),), mark=DELETE))
    _move_final_mark(out)
    return out, list(pairs)


def _move_final_mark(paras) -> None:
    """Word cannot track the document's last paragraph mark; track the one before it instead.

    An inserted (or deleted) last paragraph then joins the previous paragraph on
    Reject (or Accept), which leaves exactly the other text."""
    from dataclasses import replace

    if len(paras) >= 2 and paras[-1].mark != EQUAL and paras[-2].mark == EQUAL:
        paras[-2] = replace(paras[-2], mark=paras[-1].mark)
        paras[-1] = replace(paras[-1], mark=EQUAL)
