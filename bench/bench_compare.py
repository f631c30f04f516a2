"""Compare speed: 100 KB, 1 MB and 5 MB pairs built from the sample, against two baselines.

Each pair is the MT sample repeated with a varied word in every copy of every
paragraph (so paragraphs are as unique as in a real book), and a revision of it:
12 % of the paragraphs edited (half with the human post-edit, half with one to
four words changed) and 1 % each inserted, deleted, split and merged, so about
one paragraph in six is touched. A last row compares at 1 MB with *every*
paragraph edited (MT against its post-edit), the heaviest realistic case. `compare` is timed on
fresh documents (no cached tokens) and checked: the chunks must rebuild B
exactly and no pair may be capped. The baselines run on the same input in a
forked child with a time limit: a whole-text diff-match-patch run (library
defaults: Diff_Timeout 1 s) and a difflib word diff (SequenceMatcher over our
tokens, autojunk off so it is exact).
"""
from __future__ import annotations

import difflib
import multiprocessing as mp
import random
import statistics
import time
from itertools import accumulate

from diff_match_patch import diff_match_patch

from app.core.compare import compare
from app.core.document import Document
from app.core.tokens import tokenize
from app.paths import sample_pair
from bench import Row

# (label, size in characters, share of paragraphs edited, target, repetitions)
SIZES = [("100 KB", 100_000, 0.12, "", 5), ("1 MB", 1_000_000, 0.12, "≤ 300 ms", 5),
         ("5 MB", 5_000_000, 0.12, "≤ 1,500 ms", 3), ("1 MB, all edited", 1_000_000, 1.0, "", 3)]
BASELINE_SECONDS = 6.0


class LimitRow(Row):
    """A row whose measurement did not finish: printed as "> limit", never as a time."""

    def format(self) -> str:
        return f"| {self.area} | {self.measure} | > {self.value:,.0f} {self.unit} | {self.target} | {self.note} |"


def build_pair(size: int, edited: float = 0.12, seed: int = 7) -> tuple[list[str], list[str]]:
    mt_path, clean_path = sample_pair()
    mt = Document.from_text(mt_path.read_text(encoding="utf-8")).texts
    clean = Document.from_text(clean_path.read_text(encoding="utf-8")).texts
    vocab = sorted({w for p in mt for w in p.split()})
    rng = random.Random(seed)
    a: list[str] = []
    post: list[str] = []
    n = 0
    while n < size:
        for k, (p, q) in enumerate(zip(mt, clean)):
            words = p.split(" ")
            w = rng.randrange(len(words))
            words[w] = rng.choice(vocab)  # the varied edit that makes every copy its own
            a.append(" ".join(words))
            post.append(q)
            n += len(a[-1]) + 1
    b: list[str] = []
    for p, q in zip(a, post):
        r = rng.random()
        if r < edited / 2:
            b.append(q)  # the human post-edit of this paragraph
        elif r < edited:
            words = p.split(" ")
            for _ in range(rng.randint(1, 4)):
                words[rng.randrange(len(words))] = rng.choice(vocab)
            b.append(" ".join(words))
        elif r < edited + 0.01:
            continue  # deleted
        elif r < edited + 0.02:
            b.extend([p, rng.choice(clean)])  # a paragraph inserted after it
        elif r < edited + 0.03 and ". " in p:
            cut = p.index(". ") + 1
            b.extend([p[:cut], p[cut + 1:]])  # split after its first sentence
        elif r < edited + 0.04 and b:
            b[-1] = b[-1] + " " + p  # merged into the one before
        else:
            b.append(p)
    return a, b


def rebuilds_b(c, b_texts: list[str]) -> bool:
    """The chunks, walked over A, give B exactly, and no pair was capped."""
    a_starts = [0, *accumulate(len(p.text) + 1 for p in c.a)]
    a_stream = "".join(p.text + "\n" for p in c.a)
    pos, out = 0, []
    for ch in c.chunks:
        start = a_starts[ch.a_para] + ch.a_start
        if start != pos:
            return False
        out.append(a_stream[start:start + ch.a_len] if ch.tag == "equal" else c.b_text(ch))
        pos = start + ch.a_len
    return not c.capped and pos == len(a_stream) and "".join(out) == "".join(t + "\n" for t in b_texts)


def _dmp_whole(a_text: str, b_text: str):
    dmp = diff_match_patch()  # library defaults, as a caller would use it
    t0 = time.perf_counter()
    diffs = dmp.diff_main(a_text, b_text)
    elapsed = time.perf_counter() - t0
    valid = dmp.diff_text2(diffs) == b_text
    biggest = max((len(t) for op, t in diffs if op != 0), default=0)
    timed_out = elapsed >= dmp.Diff_Timeout
    note = (f"not exact: hit Diff_Timeout, largest change {biggest:,} chars" if timed_out
            else "exact (character diff)" if valid else "wrong result")
    return elapsed, note


def _difflib_words(a_text: str, b_text: str):
    t0 = time.perf_counter()
    ta = [t.text for t in tokenize(a_text)]
    tb = [t.text for t in tokenize(b_text)]
    ops = difflib.SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes()
    elapsed = time.perf_counter() - t0
    valid = "".join("".join(tb[j1:j2]) for _, _, _, j1, j2 in ops) == b_text
    return elapsed, "exact (word diff)" if valid else "wrong result"


def _child(fn, a_text, b_text, conn):
    conn.send(fn(a_text, b_text))
    conn.close()


def run_limited(fn, a_text: str, b_text: str, limit: float):
    """Run a baseline in a forked child; None if it did not finish within `limit` seconds."""
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(fn, a_text, b_text, child))
    proc.start()
    child.close()
    result = parent.recv() if parent.poll(limit) else None
    if proc.is_alive():
        proc.kill()
    proc.join()
    return result


def run() -> list[Row]:
    rows = []
    for label, size, edited, target, reps in SIZES:
        a_texts, b_texts = build_pair(size, edited)
        times, exact = [], True
        for _ in range(reps):
            a, b = Document.from_paragraphs(a_texts), Document.from_paragraphs(b_texts)
            t0 = time.perf_counter()
            c = compare(a, b)
            times.append(time.perf_counter() - t0)
            exact = exact and rebuilds_b(c, b_texts)
        kinds = {}
        for p in c.pairs:
            kinds[p.kind] = kinds.get(p.kind, 0) + 1
        shape = ", ".join(f"{v:,} {k}" for k, v in sorted(kinds.items()))
        rows.append(Row("compare", f"compare {label} pair", statistics.median(times) * 1000, "ms", target,
                        f"{'exact' if exact else 'NOT EXACT'}; median of {reps}; {len(a):,}→{len(b):,} "
                        f"paragraphs ({shape}); edit rate {c.metrics.edit_rate:.1%}"))
        a_text, b_text = "\n".join(a_texts), "\n".join(b_texts)
        for name, fn in (("diff-match-patch whole text", _dmp_whole), ("difflib word diff", _difflib_words)):
            res = run_limited(fn, a_text, b_text, BASELINE_SECONDS)
            if res is None:
                rows.append(LimitRow("compare", f"{name}, {label}", BASELINE_SECONDS * 1000, "ms", "",
                                     f"timed out: stopped after {BASELINE_SECONDS:.0f} s, no result"))
            else:
                rows.append(Row("compare", f"{name}, {label}", res[0] * 1000, "ms", "", res[1]))
    return rows
