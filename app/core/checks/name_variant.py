"""name-variant: one name spelled two ways in a document ("Tmur Umarov" / "Temur Umarov")."""
from __future__ import annotations

import re
import sys
from collections import Counter

from app.core.checks.finding import make_finding
from app.core.checks.lexicon import COMMON

ID = "name-variant"
CATEGORY = "Terminology"
SEVERITY = "Major"
SCOPE = "document"
DESCRIPTION = (
    "A person or place name that appears in the document in two nearly identical spellings, one "
    "letter dropped, doubled or swapped: “Tmur Umarov” in one paragraph, “Temur Umarov” in "
    "another. The variants are grouped and the best-attested spelling is suggested (the one that "
    "reads as a possible name and is used most); one action fixes every occurrence. Names that "
    "differ at the end (“Russia”/“Russian”, “Korea”/“Koreas”), by a different letter "
    "(“Iran”/“Iraq”) or that are also ordinary words in the document are left alone.")

MIN_LEN = 4
_CAPWORD = re.compile(r"(?<![\w’'\-])([A-Z][a-z\u00e0-\u024f]{3,})(?![\w\-])")
# Two consonants that can start an English (or romanised) name; "Tm", "Dv" cannot.
_ONSETS = frozenset("""bl br ch cl cr dr dw fl fr gh gl gn gr kh kl kn kr ph pl pr ps qu rh sc sh
sk sl sm sn sp sq st sv sw sz th tr ts tw tz wh wr zh zw vl vr""".split())
# Different places or people whose names differ by one letter.
DISTINCT = frozenset(frozenset(p.split("/")) for p in """Shanxi/Shaanxi Philips/Phillips
Austria/Australia Mathew/Matthew Jon/John Nicolas/Nicholas Phillip/Philip Stephen/Stephan""".split())
_VOWELS = set("aeiouyàáâäãåèéêëìíîïòóôöõùúûüýÿ")


def collect(paragraph, profile=None):
    """The capitalised words of a paragraph that could be names (spans are found on demand)."""
    return tuple(w for w in _CAPWORD.findall(paragraph.text) if w.lower() not in COMMON)


def is_variant(a: str, b: str) -> bool:
    """One letter dropped, doubled or two letters swapped, not at the first or last letter."""
    if a == b or a[0] != b[0] or a[-1] != b[-1] or frozenset((a, b)) in DISTINCT:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return (len(diff) == 2 and diff[1] == diff[0] + 1 and diff[0] > 0 and diff[1] < len(a) - 1
                and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    if abs(len(a) - len(b)) != 1:
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    for i in range(1, len(long_) - 1):
        if long_[:i] + long_[i + 1:] == short:
            return True
    return False


def plausible(name: str) -> bool:
    """Does the name start the way a name can (not "Tmur")?"""
    low = name.lower()
    return low[0] in _VOWELS or low[1] in _VOWELS or low[:2] in _ONSETS


def run(doc, profile=None, facts=None, memo=None):
    if facts is None:
        facts = [collect(p, profile) for p in doc.paragraphs]
    memo = {} if memo is None else memo
    counts = _update_counts(facts, memo)
    _refresh_ordinary(doc, memo)
    pairs = memo["pairs"]
    if not pairs:
        return []
    groups = _groups(pairs)
    flagged: dict[str, tuple[str, bool, str]] = {}
    for members in groups:
        if any(_is_ordinary(m, doc, memo) for m in members):
            continue
        best = max(members, key=lambda m: (plausible(m), counts[m], len(m), m))
        group = f"{ID}:{best}"
        for m in members:
            if m != best:
                safe = plausible(best) and counts[best] >= 2 * counts[m] and counts[best] >= 2
                flagged[m] = (best, safe, group)
    # Findings are rebuilt only for paragraphs whose names or verdicts changed.
    made_before = memo.get("made", {}) if memo.get("flagged") == flagged else {}
    made = {}
    out = []
    for i, names in enumerate(facts):
        if not names or flagged.keys().isdisjoint(names):
            continue
        text = doc.paragraphs[i].text
        key = (i, text)
        found = made_before.get(key)
        if found is None:
            found = []
            for word in sorted(set(names) & flagged.keys()):
                best, safe, group = flagged[word]
                for m in re.finditer(rf"(?<![\w’'\-]){re.escape(word)}(?![\w\-])", text):
                    found.append(make_finding(
                        sys.modules[__name__], text, i, m.start(), m.end(),
                        f"“{word}” looks like a misspelling of “{best}”, which this document also uses.",
                        (best,), safe=safe, group=group))
        made[key] = found
        out.extend(found)
    memo["made"], memo["flagged"] = made, flagged
    return out


def _update_counts(facts, memo) -> Counter:
    """Name counts and variant pairs for the document, updated from the paragraphs that changed."""
    prev = memo.get("facts")
    if prev is None or len(prev) != len(facts):
        memo.clear()
        memo.update(pairs={}, known=set(), buckets={}, ordinary={})
        counts = Counter(w for f in facts for w in f)
        new, gone = set(counts), set()
    else:
        counts, touched = memo["counts"], set()
        for old, cur in zip(prev, facts):
            if old is not cur:
                for w in old:
                    counts[w] -= 1
                    touched.add(w)
                for w in cur:
                    counts[w] += 1
                    touched.add(w)
        gone = {w for w in touched if counts[w] <= 0}
        for w in gone:
            del counts[w]
        new = {w for w in touched if w in counts and w not in memo["known"]}
    known, buckets, pairs = memo["known"], memo["buckets"], memo["pairs"]
    for w in gone:
        known.discard(w)
        buckets.get((w[0], len(w)), set()).discard(w)
        for other in pairs.pop(w, ()):
            pairs.get(other, set()).discard(w)
            if not pairs.get(other, True):
                del pairs[other]
    for w in sorted(new):
        for n in (len(w) - 1, len(w), len(w) + 1):
            for other in buckets.get((w[0], n), ()):
                if is_variant(w, other):
                    pairs.setdefault(w, set()).add(other)
                    pairs.setdefault(other, set()).add(w)
        known.add(w)
        buckets.setdefault((w[0], len(w)), set()).add(w)
    memo["facts"], memo["counts"] = list(facts), counts
    return counts


def _groups(pairs: dict[str, set[str]]) -> list[set[str]]:
    seen, groups = set(), []
    for start in sorted(pairs):
        if start in seen:
            continue
        group, todo = set(), [start]
        while todo:
            w = todo.pop()
            if w in group:
                continue
            group.add(w)
            todo.extend(pairs.get(w, ()))
        seen |= group
        groups.append(group)
    return groups


def _refresh_ordinary(doc, memo) -> None:
    """Bring the ordinary-word verdicts up to date with the paragraphs that changed."""
    cache, paras = memo["ordinary"], doc.paragraphs
    texts = [p.text for p in paras]
    before = memo.get("texts")
    memo["texts"] = texts
    if before is None or len(before) != len(texts):
        cache.clear()
        return
    changed = {i for i, (a, b) in enumerate(zip(before, texts)) if a is not b}
    if not changed:
        return
    for word, where in list(cache.items()):
        if where is None:
            rx = _lower_rx(word, memo)
            for i in changed:
                if rx.search(paras[i].text):
                    cache[word] = i
                    break
        elif where in changed:
            del cache[word]  # the proof was edited away, or not: look again when asked


def _is_ordinary(word: str, doc, memo) -> bool:
    """A capitalised word that the document also writes in lower case is not a name."""
    cache = memo["ordinary"]
    if word not in cache:
        rx = _lower_rx(word, memo)
        cache[word] = next((i for i, p in enumerate(doc.paragraphs) if rx.search(p.text)), None)
    return cache[word] is not None


def _lower_rx(word: str, memo):
    rxs = memo.setdefault("rx", {})
    if word not in rxs:
        rxs[word] = re.compile(rf"(?<![\w\-]){re.escape(word.lower())}(?![\w\-])")
    return rxs[word]
