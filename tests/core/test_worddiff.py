"""The word diff: one character per token, beyond the BMP, and never silently degraded."""
import random
import time

from app.core import worddiff
from app.core.compare import compare
from app.core.document import Document
from app.core.worddiff import diff_tokens
from tests.core.compare_helpers import apply_chunks, stream


def rebuild(a, b, ops):
    out = []
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            assert a[i1:i2] == b[j1:j2]
        out.extend(b[j1:j2])
    return out


def test_more_distinct_tokens_than_the_bmp_holds():
    # 70,000 distinct words (plus a space): more than the ~63,000 BMP code points
    # outside the surrogates, so codes must go past U+FFFF.
    a = [t for k in range(70_000) for t in (f"w{k}", " ")]
    b = list(a)
    b[2 * 50_000] = "changed"
    b[2 * 69_000] = "again"
    d = diff_tokens(a, b)
    assert not d.capped
    assert rebuild(a, b, d.ops) == b
    assert [(op[0], a[op[1]:op[2]], b[op[3]:op[4]]) for op in d.ops if op[0] != "equal"] == [
        ("replace", ["w50000"], ["changed"]), ("replace", ["w69000"], ["again"])]


def test_text_made_of_would_be_code_characters_diffs_exactly():
    # Private-use, astral and control characters are ordinary text to us: the
    # code table covers every token of both sides, so nothing can collide.
    a = ["\ue000", " ", "\U0010fffd", " ", " ", "\x20", "\u0021"]
    b = ["\ue000", " ", "\U0010fffe", " ", "\x20", "\u0021", "!"]
    d = diff_tokens(a, b)
    assert rebuild(a, b, d.ops) == b and not d.capped


def test_time_budget_exhausted_is_reported_not_hidden(monkeypatch):
    monkeypatch.setattr(worddiff, "PAIR_SECONDS", 0.0)
    rng = random.Random(3)
    a = [rng.choice("abcdefgh") * 3 for _ in range(400)]
    b = [rng.choice("abcdefgh") * 3 for _ in range(400)]
    d = diff_tokens(a, b)
    assert d.capped and d.ops == (("replace", 0, 400, 0, 400),)


def test_capped_pair_is_one_whole_replace_flagged_on_pair_and_result(monkeypatch):
    monkeypatch.setattr(worddiff, "PAIR_SECONDS", 0.0)
    a = Document.from_paragraphs(["Same start.", "one two three four five six", "Same end."])
    b = Document.from_paragraphs(["Same start.", "six five four three two one", "Same end."])
    c = compare(a, b)
    assert [p.capped for p in c.pairs] == [False, True, False]
    assert c.capped == (c.pairs[1],)
    # Everything between the common head and tail is one replace.
    assert [ch.tag for ch in c.pairs[1].changed_chunks] == ["replace"]
    assert apply_chunks(c) == stream(b)


def _prose(rng, size):
    vocab = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 9)))
             for _ in range(3000)]
    words, n = [], 0
    while n < size:
        sentence = [rng.choice(vocab) for _ in range(rng.randint(8, 30))]
        sentence[-1] += "."
        words.extend(sentence)
        n += sum(len(w) + 1 for w in sentence)
    return words, vocab


def test_200k_character_paragraph_rewritten_throughout_is_fast_and_exact():
    rng = random.Random(2)
    words, vocab = _prose(rng, 200_000)
    edited = []
    for w in words:  # about one word in twenty changed, everywhere
        r = rng.random()
        if r < 0.03:
            edited.append(rng.choice(vocab))
        elif r < 0.04:
            continue
        elif r < 0.05:
            edited.extend([w, rng.choice(vocab)])
        else:
            edited.append(w)
    a, b = Document.from_paragraphs([" ".join(words)]), Document.from_paragraphs([" ".join(edited)])
    assert len(a.text) >= 200_000
    t0 = time.perf_counter()
    c = compare(a, b)
    elapsed = time.perf_counter() - t0
    assert not c.capped
    assert apply_chunks(c) == stream(b)
    assert elapsed < 10  # about 0.5 s alone on the 2-core box; generous for a loaded CI
    # Near-minimal: a full, unbounded Myers diff finds 1,514 edits here.
    assert 1514 <= c.metrics.edits <= 1514 * 1.1


def test_200k_character_paragraph_replaced_by_unrelated_text_is_fast_and_one_replacement():
    rng = random.Random(5)
    a = Document.from_paragraphs([" ".join(_prose(rng, 200_000)[0])])
    b = Document.from_paragraphs([" ".join(_prose(rng, 200_000)[0])])
    t0 = time.perf_counter()
    c = compare(a, b)
    elapsed = time.perf_counter() - t0
    assert elapsed < 10  # well under 1 s alone
    assert apply_chunks(c) == stream(b)
    assert not c.capped
    assert [ch.tag for ch in c.pairs[0].changed_chunks] == ["replace"]
    assert c.metrics.words_substituted == min(c.metrics.a_words, c.metrics.b_words)


def test_whole_comparison_budget_caps_the_remaining_pairs_visibly(monkeypatch):
    from app.core import compare as compare_module
    monkeypatch.setattr(compare_module, "COMPARE_SECONDS", -1.0)  # already spent
    monkeypatch.setattr(compare_module, "COMPARE_SECONDS_PER_MB", 0.0)
    a = Document.from_paragraphs(["Kept as is.", "the quick brown fox jumps", "Also kept."])
    b = Document.from_paragraphs(["Kept as is.", "the slow brown fox sleeps", "Also kept."])
    c = compare(a, b)
    assert [p.capped for p in c.pairs] == [False, True, False]
    assert [ch.tag for ch in c.pairs[1].changed_chunks] == ["replace"]
    assert apply_chunks(c) == stream(b)


def test_long_unrelated_paragraphs_are_one_replacement_not_word_confetti():
    rng = random.Random(9)
    words_a, vocab = _prose(rng, 3000)
    words_b = [w.upper() for w in _prose(rng, 3000)[0]]  # shares only "the"-like accidents
    a = Document.from_paragraphs([" ".join(words_a)])
    b = Document.from_paragraphs([" ".join(words_b)])
    c = compare(a, b)
    assert not c.capped
    assert [ch.tag for ch in c.pairs[0].changed_chunks] == ["replace"]
    assert apply_chunks(c) == stream(b)


def test_heavy_but_related_rewrite_still_gets_a_word_diff():
    a = Document.from_paragraphs([" ".join(f"w{k}" for k in range(60))])
    b = Document.from_paragraphs([" ".join(f"w{k}" if k % 3 else f"x{k}" for k in range(60))])
    c = compare(a, b)
    changed = c.pairs[0].changed_chunks
    assert len(changed) == 20 and all(c.a_text(ch).startswith("w") for ch in changed)
