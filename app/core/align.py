"""Monotonic alignment of two sequences: paragraphs of two versions, or sentences of one huge paragraph.

Two steps. `matches` finds items that are identical on both sides, hash first:
common prefix and suffix, then items unique on both sides as anchors (patience
diff, longest increasing run), recursively inside the gaps; where duplicates
leave no unique anchor, a windowed nearest-resync scan. `pair_gap` then pairs
the unequal items between two matches as edited (1:1), split (1:2), merged (2:1),
inserted or deleted, by the fewest unmatched words.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from typing import Hashable, Sequence

# A gap of at most this many cells is paired by exact dynamic programming;
# in a larger one, a stretch where the diagonal fails is weighed this many a side.
_DP_CELLS = 2500
_LOCAL = 6
# How far the duplicate-tolerant scan looks ahead for a resync before giving
# up on a stretch (doubling from the first value up to the second).
_RESYNC = (64, 4096)
_ANCHOR_WORK = 40
# Cost of calling two units a split or merge rather than an edit plus an insert.
_SPLIT_PENALTY = 2


def matches(a: Sequence[Hashable], b: Sequence[Hashable]) -> list[tuple[int, int]]:
    """Index pairs (i, j) with a[i] == b[j], increasing in both i and j."""
    out: list[tuple[int, int]] = []
    stack = [(0, len(a), 0, len(b))]
    # Patience recursion is quadratic on adversarial input (a reversed document
    # yields one anchor per level); past this much work, gaps are only scanned.
    budget = _ANCHOR_WORK * (len(a) + len(b) + 1)
    while stack:
        a1, a2, b1, b2 = stack.pop()
        while a1 < a2 and b1 < b2 and a[a1] == b[b1]:
            out.append((a1, b1))
            a1 += 1
            b1 += 1
        while a1 < a2 and b1 < b2 and a[a2 - 1] == b[b2 - 1]:
            a2 -= 1
            b2 -= 1
            out.append((a2, b2))
        if a1 == a2 or b1 == b2:
            continue
        budget -= (a2 - a1) + (b2 - b1)
        anchors = _unique_anchors(a, b, a1, a2, b1, b2) if budget > 0 else []
        if not anchors:
            out.extend(_resync_scan(a, b, a1, a2, b1, b2))
            continue
        pi, pj = a1, b1
        for i, j in anchors:
            out.append((i, j))
            stack.append((pi, i, pj, j))
            pi, pj = i + 1, j + 1
        stack.append((pi, a2, pj, b2))
    out.sort()
    return out


def _unique_anchors(a, b, a1, a2, b1, b2) -> list[tuple[int, int]]:
    """Items occurring once in a[a1:a2] and once in b[b1:b2], longest increasing subset."""
    ca = Counter(a[a1:a2])
    cb = Counter(b[b1:b2])
    where_b = {b[j]: j for j in range(b1, b2) if cb[b[j]] == 1}
    cand = [(i, where_b[x]) for i in range(a1, a2)
            if ca[x := a[i]] == 1 and x in where_b]
    if not cand:
        return []
    # Patience sorting: tails[k] is the smallest b index ending a run of length k+1.
    tails: list[int] = []
    tail_at: list[int] = []
    back = [-1] * len(cand)
    for n, (_, j) in enumerate(cand):
        k = bisect_left(tails, j)
        if k == len(tails):
            tails.append(j)
            tail_at.append(n)
        else:
            tails[k] = j
            tail_at[k] = n
        back[n] = tail_at[k - 1] if k else -1
    run = []
    n = tail_at[-1]
    while n >= 0:
        run.append(cand[n])
        n = back[n]
    return run[::-1]


def _resync_scan(a, b, a1, a2, b1, b2) -> list[tuple[int, int]]:
    """Walk both sides; at a difference, jump to the nearest equal pair ahead."""
    out = []
    i, j = a1, b1
    while i < a2 and j < b2:
        if a[i] == b[j]:
            out.append((i, j))
            i += 1
            j += 1
            continue
        # The nearest resync is the one that skips the fewest items on the longer
        # side: a far, lopsided match between duplicates would throw away the
        # edited items on the diagonal that an edit pairing keeps.
        window = _RESYNC[0]
        best = None
        while best is None:
            first_in_b: dict = {}
            for dj in range(min(window, b2 - j)):
                first_in_b.setdefault(b[j + dj], dj)
            for di in range(min(window, a2 - i)):
                if best is not None and di >= best[0]:
                    break
                dj = first_in_b.get(a[i + di])
                if dj is not None and (best is None or (max(di, dj), di + dj) < best):
                    best = (max(di, dj), di + dj, di, dj)
            if best is not None or window >= _RESYNC[1] or window >= max(a2 - i, b2 - j):
                break
            window *= 2
        if best is None:
            break  # nothing equal ahead: the rest is one gap
        i += best[2]
        j += best[3]
    return out


_WORDS_RE = re.compile(r"\w+")


def bag(text: str) -> frozenset:
    """The words of `text`, case-folded, as a multiset: the n-th "the" is ("the", n).

    As a frozenset, a multiset intersection is a C-level set intersection."""
    seen: dict[str, int] = {}
    out = []
    for w in _WORDS_RE.findall(text.casefold()):
        k = seen[w] = seen.get(w, 0) + 1
        out.append((w, k))
    return frozenset(out)


def _mismatch(x: frozenset, y: frozenset) -> int:
    """Words in one bag and not the other, counted with multiplicity."""
    return len(x) + len(y) - 2 * len(x & y)


def pair_gap(texts_a: Sequence[str], texts_b: Sequence[str]) -> list[tuple[int, int]]:
    """Cut two runs of unequal items into units; returns (items of A, items of B) per unit.

    Units are (1, 1) edited, (1, 2) split, (2, 1) merged, (1, 0) deleted and
    (0, 1) inserted, chosen to leave the fewest words unmatched (exactly in a
    small gap, locally in a large one)."""
    n, m = len(texts_a), len(texts_b)
    if n * m <= _DP_CELLS:
        return _pair_texts(texts_a, texts_b)
    # A long run with no equal paragraph (an MT against its post-edit) is
    # mostly one edit per paragraph: pair along the diagonal while the two
    # share most of their words and neither skewed neighbour matches better;
    # weigh the alternatives only where that fails.
    words_a = [frozenset(_WORDS_RE.findall(t.casefold())) for t in texts_a]
    words_b = [frozenset(_WORDS_RE.findall(t.casefold())) for t in texts_b]
    # Bags are made only where the diagonal fails, once each.
    bags_a, bags_b = _Lazy(lambda k: bag(texts_a[k])), _Lazy(lambda k: bag(texts_b[k]))
    joined_a = _Lazy(lambda k: bag(texts_a[k] + " " + texts_a[k + 1]))
    joined_b = _Lazy(lambda k: bag(texts_b[k] + " " + texts_b[k + 1]))
    # The words of the next _LOCAL paragraphs from k on, per side.
    near_a = _Lazy(lambda k: _union(words_a, range(k, min(n, k + _LOCAL))))
    near_b = _Lazy(lambda k: _union(words_b, range(k, min(m, k + _LOCAL))))
    out: list[tuple[int, int]] = []
    i = j = 0
    while i < n and j < m:
        x, y = words_a[i], words_b[j]
        diagonal = len(x ^ y)
        if (2 * len(x & y) >= diagonal and (x or y)
                and (i + 1 == n or diagonal <= len(words_a[i + 1] ^ y))
                and (j + 1 == m or diagonal <= len(x ^ words_b[j + 1]))):
            out.append((1, 1))
            i += 1
            j += 1
            continue
        ia, jb = range(i, min(n, i + _LOCAL)), range(j, min(m, j + _LOCAL))
        # A paragraph that shares no word with anything in the other side's
        # window can only be deleted (or inserted): no need to weigh it. This
        # keeps a long one-sided gap (100,000 paragraphs against 11) linear.
        if not x & near_b[j]:
            out.append((1, 0))
            i += 1
            continue
        if not y & near_a[i]:
            out.append((0, 1))
            j += 1
            continue
        first = _pair_dp([bags_a[k] for k in ia], [bags_b[k] for k in jb],
                         [joined_a[k] for k in ia[:-1]], [joined_b[k] for k in jb[:-1]])[0]
        out.append(first)
        i += first[0]
        j += first[1]
    out.extend([(1, 0)] * (n - i) + [(0, 1)] * (m - j))
    return out


def _union(sets, indices: range) -> frozenset:
    out: frozenset = frozenset()
    for k in indices:
        out = out | sets[k]
    return out


class _Lazy(dict):
    def __init__(self, make):
        super().__init__()
        self.make = make

    def __missing__(self, k):
        value = self[k] = self.make(k)
        return value


def _pair_texts(texts_a, texts_b) -> list[tuple[int, int]]:
    if not texts_a or not texts_b:
        return [(1, 0)] * len(texts_a) + [(0, 1)] * len(texts_b)
    # The bag of two neighbours read as one paragraph, for splits and merges.
    return _pair_dp([bag(t) for t in texts_a], [bag(t) for t in texts_b],
                    [bag(texts_a[i] + " " + texts_a[i + 1]) for i in range(len(texts_a) - 1)],
                    [bag(texts_b[j] + " " + texts_b[j + 1]) for j in range(len(texts_b) - 1)])


def _pair_dp(bags_a, bags_b, joined_a, joined_b) -> list[tuple[int, int]]:
    n, m = len(bags_a), len(bags_b)
    size_a = [len(x) + 1 for x in bags_a]
    size_b = [len(y) + 1 for y in bags_b]
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    move = [[(0, 0)] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0
    for i in range(n + 1):
        for j in range(m + 1):
            c = cost[i][j]
            if c == inf:
                continue
            # Order matters on ties: an edit beats delete+insert, which beat split/merge.
            options = []
            if i < n and j < m:
                options.append((1, 1, _mismatch(bags_a[i], bags_b[j])))
            if i < n:
                options.append((1, 0, size_a[i]))
            if j < m:
                options.append((0, 1, size_b[j]))
            if i < n and j + 1 < m:
                options.append((1, 2, _mismatch(bags_a[i], joined_b[j]) + _SPLIT_PENALTY))
            if i + 1 < n and j < m:
                options.append((2, 1, _mismatch(joined_a[i], bags_b[j]) + _SPLIT_PENALTY))
            for di, dj, w in options:
                if c + w < cost[i + di][j + dj]:
                    cost[i + di][j + dj] = c + w
                    move[i + di][j + dj] = (di, dj)
    units = []
    i, j = n, m
    while i or j:
        di, dj = move[i][j]
        units.append((di, dj))
        i, j = i - di, j - dj
    return units[::-1]


def align(a: Sequence[str], b: Sequence[str]) -> list[tuple[str, int, int, int, int]]:
    """Units (kind, a1, a2, b1, b2) covering two lists of paragraph texts in order.

    kind is equal, edited, split, merged, inserted or deleted."""
    units = []
    i = j = 0
    for mi, mj in matches(a, b) + [(len(a), len(b))]:
        if mi - i == 1 and mj - j == 1:
            units.append(("edited", i, mi, j, mj))  # the common case needs no weighing
        elif mi > i or mj > j:
            for da, db in pair_gap(a[i:mi], b[j:mj]):
                units.append((_KIND[da, db], i, i + da, j, j + db))
                i += da
                j += db
        if mi < len(a):
            units.append(("equal", mi, mi + 1, mj, mj + 1))
        i, j = mi + 1, mj + 1
    return units


_KIND = {(1, 1): "edited", (1, 2): "split", (2, 1): "merged", (1, 0): "deleted", (0, 1): "inserted"}
