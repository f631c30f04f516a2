"""Property tests: random texts and random edit scripts in many scripts, compared and checked."""
from hypothesis import HealthCheck, given, settings, strategies as st

from app.core.compare import compare
from app.core.document import Document
from tests.core.compare_helpers import apply_chunks, check_offsets, check_pairs, stream

# Words from many scripts: combining marks, emoji with skin tones and ZWJ, CJK,
# Hebrew and Arabic with bidi marks, a private-use character and characters a
# naive one-char-per-token code table would collide with.
WORDS = ["the", "cat", "Xi", "him", "e\u0301te\u0301", "naïve", "👍🏽", "👨\u200d👩\u200d👧", "🇫🇷",
         "日", "本", "語", "中文", "שלום", "עולם", "مرحبا", "\u200fعالم", "12", "3,5", "\ue000x",
         " ", "\x01", "\u0300", "\U0010fffd", "\ufffd", "A"]
SEPS = [" ", " ", " ", ", ", ". ", "  ", "\u00a0", "\t", "。", "! "]

# A TXT paragraph keeps its leading and trailing spaces, so the generated ones may have them too.
paragraph = st.tuples(
    st.sampled_from(["", "", " ", "\t", "\u00a0 "]),
    st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPS)), min_size=1, max_size=25),
).map(lambda t: (t[0] + "".join(w + s for w, s in t[1])) if "".join(w for w, _ in t[1]).strip() else "x")
document = st.lists(paragraph, max_size=8)


@st.composite
def edited(draw):
    """A document and a version of it changed by a random edit script."""
    a = draw(document)
    b = list(a)
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(["word", "insert_word", "delete_word", "split", "merge",
                                   "insert_para", "delete_para", "move_para"]))
        if not b and op != "insert_para":
            continue
        k = draw(st.integers(0, max(0, len(b) - 1)))
        words = b[k].split(" ") if b else []
        if op == "word":
            words[draw(st.integers(0, len(words) - 1))] = draw(st.sampled_from(WORDS)).strip() or "y"
        elif op == "insert_word":
            words.insert(draw(st.integers(0, len(words))), draw(st.sampled_from(WORDS)).strip() or "z")
        elif op == "delete_word" and len(words) > 1:
            del words[draw(st.integers(0, len(words) - 1))]
        elif op == "split" and len(words) > 1:
            cut = draw(st.integers(1, len(words) - 1))
            b[k:k + 1] = [" ".join(words[:cut]), " ".join(words[cut:])]
            continue
        elif op == "merge" and k + 1 < len(b):
            b[k:k + 2] = [b[k] + " " + b[k + 1]]
            continue
        elif op == "insert_para":
            b.insert(draw(st.integers(0, len(b))), draw(paragraph))
            continue
        elif op == "delete_para":
            del b[k]
            continue
        elif op == "move_para":
            b.insert(draw(st.integers(0, len(b) - 1)), b.pop(k))
            continue
        text = " ".join(words)
        if text.strip():
            b[k] = text
    return a, [p for p in b if p.strip()]


def docs(a, b):
    return Document.from_paragraphs(a), Document.from_paragraphs(b)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edited())
def test_chunks_turn_a_into_b_exactly(pair):
    a, b = docs(*pair)
    c = compare(a, b)
    assert apply_chunks(c) == stream(b)
    check_offsets(c)
    check_pairs(c)
    assert not c.capped


@settings(max_examples=150, deadline=None)
@given(document, document)
def test_unrelated_documents_also_compare_exactly(x, y):
    a, b = docs(x, y)
    c = compare(a, b)
    assert apply_chunks(c) == stream(b)
    check_offsets(c)
    check_pairs(c)
    assert c.equal == (a.texts == b.texts)


@settings(max_examples=100, deadline=None)
@given(document)
def test_equal_inputs_give_one_all_equal_result(x):
    a, b = docs(x, x)
    c = compare(a, b)
    assert c.equal and all(ch.tag == "equal" for ch in c.chunks)
    assert [p.kind for p in c.pairs] == ["equal"] * len(a)
    assert c.metrics.edits == 0 and c.metrics.paragraphs_touched == 0


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r"), max_size=60))
def test_count_words_agrees_with_the_tokenizer(text):
    from app.core.metrics import count_words
    from app.core.tokens import words
    assert count_words(text) == len(words(text))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edited())
def test_segmented_path_for_long_pairs_is_exact_too(pair):
    # Shrink the limits so that ordinary pairs take the path a 200,000-character
    # paragraph takes: sentence segments, hash matching, windowed diffs.
    from app.core import worddiff
    saved = worddiff.MAX_CALL_TOKENS, worddiff.MAX_SEGMENT_TOKENS
    worddiff.MAX_CALL_TOKENS, worddiff.MAX_SEGMENT_TOKENS = 4, 3
    try:
        a, b = docs(*pair)
        c = compare(a, b)
    finally:
        worddiff.MAX_CALL_TOKENS, worddiff.MAX_SEGMENT_TOKENS = saved
    assert apply_chunks(c) == stream(b)
    check_offsets(c)
    assert not c.capped
