"""Word-level diff of two token streams with diff-match-patch, bounded in size and time.

Each distinct token (word, space, punctuation, paragraph mark) is encoded as one
character, so diff-match-patch's character diff becomes a word diff. The code
table is private to one call and every token of both sides goes through it, so
real text never meets a code character; codes run through all of Unicode
except the surrogates, so more than a million distinct tokens fit.

diff-match-patch's own timeout silently answers "everything changed". We run it
with no timeout and our own deadline instead: a call that runs out of time
raises, and the caller either diffs smaller pieces (sentences aligned first,
hash first) or, past the pair's budget, gives up *visibly*: the result says it
is capped and is one whole replace. Long stretches that share almost no words
are one replacement by choice (see `_Differ._unrelated`), not capped.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Sequence

from diff_match_patch import diff_match_patch

from app.core import align
from app.core.chunks import DELETE, EQUAL, INSERT, REPLACE

MARK = "\n"  # the paragraph-mark token between (and after) the paragraphs of a pair
_SENTENCE_END = frozenset(".!?。！？…;")

# One diff-match-patch call sees at most this many tokens a side (after the
# common prefix and suffix are trimmed); longer stretches are cut at sentences.
MAX_CALL_TOKENS = 3000
# A sentence-ish segment is cut after this many tokens even without a full stop.
MAX_SEGMENT_TOKENS = 300
# Between two equal segments, unequal ones are diffed this many a side at a time.
_WINDOW_SEGMENTS = 4
CALL_SECONDS = 0.5
# Stretches of at least this many tokens a side whose distinct non-space tokens
# overlap less than this share (Dice) are one replacement, not a word diff.
UNRELATED_MIN_TOKENS = 40
UNRELATED_SHARE = 0.2
PAIR_SECONDS = 2.0

_D_EQ, _D_DEL, _D_INS = diff_match_patch.DIFF_EQUAL, diff_match_patch.DIFF_DELETE, diff_match_patch.DIFF_INSERT


class _OutOfTime(Exception):
    pass


class _TooManyTokens(Exception):
    pass


@dataclass(frozen=True)
class WordDiff:
    """Opcodes (tag, i1, i2, j1, j2) over token indices, difflib style.

    `minimal` is the diff as found (what metrics count); `ops` is after semantic
    cleanup (what a reader sees). `capped` means the diff was given up and both
    are one whole replace."""

    ops: tuple[tuple[str, int, int, int, int], ...]
    minimal: tuple[tuple[str, int, int, int, int], ...]
    capped: bool = False


def _codes():
    """Code characters for tokens: all of Unicode but the surrogates (which some codecs refuse)."""
    yield from range(0x20, 0xD800)
    yield from range(0xE000, 0x110000)


class _Codec:
    """Token text -> one character; also remembers each code's boundary class for cleanup."""

    def __init__(self):
        self.code: dict[str, str] = {}
        self.klass: dict[str, int] = {}
        self._free = _codes()

    def encode(self, tokens: Sequence[str]) -> str:
        code = self.code
        out = []
        for t in tokens:
            c = code.get(t)
            if c is None:
                n = next(self._free, None)
                if n is None:
                    raise _TooManyTokens
                c = code[t] = chr(n)
                self.klass[c] = 3 if t == MARK else 2 if t[0].isspace() else 1 if not t[0].isalnum() else 0
            out.append(c)
        return "".join(out)


class _Engine(diff_match_patch):
    """diff-match-patch with our deadline (raising) and token-aware edit sliding."""

    def __init__(self, klass: dict[str, int]):
        super().__init__()
        self.Diff_Timeout = 0  # no silent bail-out; also turns off the non-minimal half-match
        self.deadline = float("inf")
        self.klass = klass

    def diff_bisect(self, text1, text2, deadline):
        if time.time() > self.deadline:
            raise _OutOfTime
        diffs = super().diff_bisect(text1, text2, self.deadline)
        if time.time() > self.deadline:
            raise _OutOfTime  # the bisect may have bailed out and answered "all changed"
        return diffs

    def diff_cleanupSemanticLossless(self, diffs):
        _slide_edits(diffs, self.klass)

    def cleanup_for_reading(self, diffs: list) -> None:
        """Semantic cleanup at word granularity.

        dmp's diff_cleanupSemantic weighs an equality by its length, which here
        is a token count: it would swallow any one-word equality between two
        edits ("[-today Putin-]{+Putin now+}"). A reviewer wants every kept word
        shown as kept, so we only absorb equalities made of spaces alone
        ("[-big cat-]{+small dog+}", not two edits around a space), then slide
        the remaining edits onto the best token boundaries."""
        k = 1
        while k < len(diffs) - 1:
            op, text = diffs[k]
            if (op == _D_EQ and diffs[k - 1][0] != _D_EQ and diffs[k + 1][0] != _D_EQ
                    and all(self.klass[c] == 2 for c in text)):
                diffs[k:k + 1] = [(_D_DEL, text), (_D_INS, text)]
            k += 1
        self.diff_cleanupMerge(diffs)
        _slide_edits(diffs, self.klass)


def _boundary_score(left: str, right: str, klass) -> int:
    """How good a place between two tokens is for an edit to start or end."""
    if not left or not right:
        return 6
    return max(klass[left[-1]], klass[right[0]])


def _slide_edits(diffs: list, klass) -> None:
    """Slide each lone edit between two equalities to the position whose ends sit best
    (next to paragraph marks, then spaces, then punctuation): "the {+cat and the +}dog"."""
    k = 1
    while k < len(diffs) - 1:
        (t0, left), (op, edit), (t2, right) = diffs[k - 1], diffs[k], diffs[k + 1]
        if t0 != _D_EQ or t2 != _D_EQ or op == _D_EQ:
            k += 1
            continue
        # Slide fully left first, then try each position to the right.
        while left and edit and left[-1] == edit[-1]:
            edit = left[-1] + edit[:-1]
            right = left[-1] + right
            left = left[:-1]
        best = (left, edit, right)
        best_score = _boundary_score(left, edit, klass) + _boundary_score(edit, right, klass)
        while edit and right and edit[0] == right[0]:
            left, edit, right = left + edit[0], edit[1:] + right[0], right[1:]
            score = _boundary_score(left, edit, klass) + _boundary_score(edit, right, klass)
            if score >= best_score:
                best, best_score = (left, edit, right), score
        left, edit, right = best
        if diffs[k - 1][1] != left:
            new = [(_D_EQ, left)] if left else []
            new.append((op, edit))
            if right:
                new.append((_D_EQ, right))
            diffs[k - 1:k + 2] = new
            k = max(1, k - 1) if left else k
        else:
            k += 1


def _segments(tokens: Sequence[str], lo: int, hi: int) -> list[tuple[int, int]]:
    """Cut tokens[lo:hi] after sentence ends (full stop, then a space or mark) and at the size cap."""
    out = []
    start = lo
    for k in range(lo, hi):
        t = tokens[k]
        end_here = (t == MARK or (t[0].isspace() and k > lo and tokens[k - 1][-1] in _SENTENCE_END)
                    or k + 1 - start >= MAX_SEGMENT_TOKENS)
        if end_here:
            out.append((start, k + 1))
            start = k + 1
    if start < hi:
        out.append((start, hi))
    return out


class _Differ:
    def __init__(self, a: Sequence[str], b: Sequence[str], deadline: float):
        self.a, self.b = a, b
        codec = _Codec()
        self.ea, self.eb = codec.encode(a), codec.encode(b)
        self.engine = _Engine(codec.klass)
        self.budget_end = min(time.time() + PAIR_SECONDS, deadline)

    def diff(self, a1: int, a2: int, b1: int, b2: int) -> list:
        """dmp tuples for ea[a1:a2] against eb[b1:b2]."""
        ea, eb = self.ea, self.eb
        head = self.engine.diff_commonPrefix(ea[a1:a2], eb[b1:b2])
        tail = self.engine.diff_commonSuffix(ea[a1 + head:a2], eb[b1 + head:b2])
        out = [(_D_EQ, ea[a1:a1 + head])] if head else []
        m1, m2, n1, n2 = a1 + head, a2 - tail, b1 + head, b2 - tail
        if self._unrelated(m1, m2, n1, n2):
            out.extend(p for p in ((_D_DEL, ea[m1:m2]), (_D_INS, eb[n1:n2])) if p[1])
        elif m2 - m1 <= MAX_CALL_TOKENS and n2 - n1 <= MAX_CALL_TOKENS:
            out.extend(self._call(m1, m2, n1, n2, may_fail=True) or self._by_segments(m1, m2, n1, n2))
        else:
            out.extend(self._by_segments(m1, m2, n1, n2))
        if tail:
            out.append((_D_EQ, ea[a2 - tail:a2]))
        return out

    def _unrelated(self, a1, a2, b1, b2) -> bool:
        """Two long stretches that share almost no words: shown as one replacement.

        Their minimal diff would keep a few stray words ("the") between a
        hundred changes, which no reader wants and which costs Myers its worst
        case (every token an edit). Word's Compare does the same."""
        if a2 - a1 < UNRELATED_MIN_TOKENS or b2 - b1 < UNRELATED_MIN_TOKENS:
            return False
        klass = self.engine.klass
        x = {c for c in self.ea[a1:a2] if klass[c] != 2}
        y = {c for c in self.eb[b1:b2] if klass[c] != 2}
        return 2 * len(x & y) < UNRELATED_SHARE * (len(x) + len(y))

    def _call(self, a1, a2, b1, b2, may_fail=False):
        if time.time() > self.budget_end:
            raise _OutOfTime
        self.engine.deadline = min(time.time() + CALL_SECONDS, self.budget_end)
        try:
            return self.engine.diff_main(self.ea[a1:a2], self.eb[b1:b2], False)
        except _OutOfTime:
            if may_fail:
                return None
            raise

    def _by_segments(self, a1, a2, b1, b2) -> list:
        """Match sentence-ish segments hash first, then diff what lies between, in small windows.

        A window holds a few segments a side, so each call is small (the cost
        of a Myers diff grows with length times edits) and an inserted or
        deleted sentence only shifts the pairing inside one window."""
        sa, sb = _segments(self.a, a1, a2), _segments(self.b, b1, b2)
        if len(sa) <= 1 and len(sb) <= 1:
            return self._call(a1, a2, b1, b2)
        ka = [self.ea[s:e] for s, e in sa]
        kb = [self.eb[s:e] for s, e in sb]
        out = []
        i = j = 0
        for mi, mj in align.matches(ka, kb) + [(len(sa), len(sb))]:
            out.extend(self._gap(sa[i:mi], sb[j:mj]))
            if mi < len(sa):
                out.append((_D_EQ, ka[mi]))
            i, j = mi + 1, mj + 1
        return out

    def _gap(self, sa, sb) -> list:
        if not sa and not sb:
            return []
        if not sb:
            return [(_D_DEL, self.ea[sa[0][0]:sa[-1][1]])]
        if not sa:
            return [(_D_INS, self.eb[sb[0][0]:sb[-1][1]])]
        n, m = len(sa), len(sb)
        steps = max(1, -(-max(n, m) // _WINDOW_SEGMENTS))
        out = []
        for s in range(steps):
            i1, i2 = n * s // steps, n * (s + 1) // steps
            j1, j2 = m * s // steps, m * (s + 1) // steps
            x1 = sa[i1][0] if i1 < n else sa[-1][1]
            x2 = sa[i2 - 1][1] if i2 > i1 else x1
            y1 = sb[j1][0] if j1 < m else sb[-1][1]
            y2 = sb[j2 - 1][1] if j2 > j1 else y1
            if x1 == x2:
                out.append((_D_INS, self.eb[y1:y2]))
            elif y1 == y2:
                out.append((_D_DEL, self.ea[x1:x2]))
            else:
                out.extend(self._call(x1, x2, y1, y2))
        return out


def diff_tokens(a: Sequence[str], b: Sequence[str], deadline: float = float("inf")) -> WordDiff:
    """Diff two token-text sequences; never silently degraded (see module docstring).

    `deadline` (a time.time() value) caps the pair's budget further: the whole
    comparison's budget, so a document can never take unbounded time."""
    try:
        differ = _Differ(a, b, deadline)
        diffs = differ.diff(0, len(a), 0, len(b))
    except (_OutOfTime, _TooManyTokens):
        whole = _whole(len(a), len(b))
        return WordDiff(whole, whole, capped=True)
    differ.engine.diff_cleanupMerge(diffs)
    minimal = _opcodes(diffs)
    differ.engine.cleanup_for_reading(diffs)
    return WordDiff(_opcodes(diffs), minimal)


def _whole(n: int, m: int) -> tuple:
    if n == m == 0:
        return ()
    tag = REPLACE if n and m else DELETE if n else INSERT
    return ((tag, 0, n, 0, m),)


def _opcodes(diffs: list) -> tuple:
    """dmp tuples -> difflib opcodes; adjacent deletes and inserts (either order) become one replace."""
    out = []
    i = j = 0
    di = dj = 0
    for op, text in diffs + [(_D_EQ, "")]:
        if op == _D_EQ:
            if di or dj:
                tag = REPLACE if di and dj else DELETE if di else INSERT
                out.append((tag, i, i + di, j, j + dj))
                i, j, di, dj = i + di, j + dj, 0, 0
            if text:
                out.append((EQUAL, i, i + len(text), j, j + len(text)))
                i += len(text)
                j += len(text)
        elif op == _D_DEL:
            di += len(text)
        else:
            dj += len(text)
    return tuple(out)
