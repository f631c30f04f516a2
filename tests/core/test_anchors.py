"""Anchors follow edits: the precise rules, then random edit sequences (hypothesis)."""
import pytest
from hypothesis import given, settings, strategies as st

from app.core.anchors import common_affixes, find_quote, map_span
from app.core.annotations import AddAnnotation, reanchor
from app.core.document import Document
from app.core.operations import (
    DeleteParagraph, InsertParagraph, MergeParagraphs, ReplaceText, SetParagraphText, SplitParagraph,
)
from app.core.session import ProjectInfo, ReviewState

# The span is [10, 20) of a paragraph; each row replaces [a, b) by n characters.
RULES = [
    ("edit well before moves it", 2, 4, 5, (13, 23)),
    ("deletion before moves it back", 0, 5, 0, (5, 15)),
    ("replacement ending at the start moves it", 5, 10, 2, (7, 17)),
    ("insertion at the start stays outside", 10, 10, 3, (13, 23)),
    ("insertion at the end stays outside", 20, 20, 3, (10, 20)),
    ("replacement starting at the end leaves it", 20, 25, 1, (10, 20)),
    ("edit after leaves it", 22, 25, 9, (10, 20)),
    ("insertion inside stretches it", 15, 15, 4, (10, 24)),
    ("fix inside shrinks it", 12, 16, 1, (10, 17)),
    ("replacing exactly the span makes the replacement the span", 10, 20, 4, (10, 14)),
    ("replacement straddling the start pulls the start out", 8, 12, 3, (8, 19)),
    ("replacement straddling the end pulls the end out", 18, 24, 2, (10, 20)),
    ("replacement covering the span becomes the span", 5, 25, 6, (5, 11)),
    ("deleting the whole span empties it", 10, 20, 0, (10, 10)),
    ("deleting across the span empties it at the edit", 8, 22, 0, (8, 8)),
]


@pytest.mark.parametrize("why,a,b,n,expected", RULES, ids=[r[0] for r in RULES])
def test_span_rules(why, a, b, n, expected):
    assert map_span(10, 20, a, b, n) == expected


@pytest.mark.parametrize("a,b,n,expected", [(2, 4, 1, (9, 9)), (10, 10, 2, (12, 12)), (10, 12, 1, (10, 10)),
                                            (11, 15, 0, (10, 10)), (8, 12, 5, (8, 8)), (12, 14, 1, (10, 10))])
def test_a_point_moves_like_a_cursor(a, b, n, expected):
    assert map_span(10, 10, a, b, n) == expected


@pytest.mark.parametrize("old,new,expected", [
    ("the cat sat", "the dog sat", (4, 7, 3)),
    ("the cat sat", "the cat sat down", (11, 11, 5)),
    ("aaa", "aa", (2, 3, 0)),
    ("same", "same", (4, 4, 0)),
    ("👍🏽 ok", "👍🏾 ok", (1, 2, 1)),
])
def test_common_affixes_recovers_the_keystroke(old, new, expected):
    a, b, n = common_affixes(old, new)
    assert (a, b, n) == expected
    assert old[:a] + new[a:a + n] + old[b:] == new


def _state(*paras):
    return ReviewState(ProjectInfo(reviewer="R"), Document.from_paragraphs(paras), Document.from_paragraphs(paras))


def test_a_fix_inside_a_comment_updates_its_quote():
    state = _state("He said that that was fine.")
    add = AddAnnotation(0, 8, 17, "repeated")
    add.apply(state)
    ReplaceText(0, 8, 18, "").apply(state)
    ann = state.annotations[add.id]
    assert (ann.start, ann.end, ann.quote, ann.detached) == (8, 8, "that that", True)


def test_emoji_and_combining_marks_count_as_code_points():
    state = _state("Cafe\u0301 👍🏽 is open")
    add = AddAnnotation(0, 9, 16, body="")
    add.apply(state)
    assert state.annotations[add.id].quote == "is open"
    SetParagraphText(0, "Café 👍 is open").apply(state)  # precomposed é, no skin tone: 2 code points shorter
    ann = state.annotations[add.id]
    assert ann.quote == "is open" and (ann.start, ann.end) == (7, 14)


def test_split_and_merge_carry_comments_along():
    state = _state("First sentence. Second sentence.")
    second = AddAnnotation(0, 16, 31)
    second.apply(state)
    split = SplitParagraph(0, 16)
    split.apply(state)
    ann = state.annotations[second.id]
    assert (ann.paragraph, ann.start, ann.end, ann.quote) == (1, 0, 15, "Second sentence")
    MergeParagraphs(0).apply(state)
    ann = state.annotations[second.id]
    assert (ann.paragraph, state.working[0].text[ann.start:ann.end]) == (0, "Second sentence")


def test_deleting_a_paragraph_detaches_its_comments_and_keeps_them():
    state = _state("one", "two words", "three")
    a = AddAnnotation(1, 0, 3)
    c = AddAnnotation(2, 0, 5)
    a.apply(state), c.apply(state)
    op = DeleteParagraph(1)
    op.apply(state)
    assert state.annotations[a.id].detached and state.annotations[a.id].quote == "two"
    assert state.annotations[c.id].paragraph == 1 and not state.annotations[c.id].detached
    op.revert(state)
    assert not state.annotations[a.id].detached and state.annotations[c.id].paragraph == 2


# ---- re-finding after outside changes ----------------------------------------------------------

def _ann(doc, p, quote):
    s = doc[p].text.index(quote)
    state = ReviewState(ProjectInfo(), doc, doc)
    op = AddAnnotation(p, s, s + len(quote))
    op.apply(state)
    return state.annotations[op.id]


def test_refound_exactly_after_text_moved():
    doc = Document.from_paragraphs(["Alpha beta gamma.", "Putin expects Xi Jinping to support him."])
    ann = _ann(doc, 1, "Xi Jinping")
    changed = Document.from_paragraphs(["New first paragraph.", "Alpha beta gamma.",
                                        "Today Putin expects Xi Jinping to support him."])
    moved = reanchor(ann, changed)
    assert (moved.paragraph, changed[2].text[moved.start:moved.end], moved.detached) == (2, "Xi Jinping", False)


def test_refound_fuzzily_after_a_small_change():
    doc = Document.from_paragraphs(["Temur Umarov, an expert on Sino-Russian relations, said so."])
    ann = _ann(doc, 0, "an expert on Sino-Russian relations")
    changed = Document.from_paragraphs(["Temur Umarov, a leading expert in Sino-Russian relations, said so."])
    moved = reanchor(ann, changed)
    assert not moved.detached
    assert "expert in Sino-Russian relations" in changed[0].text[moved.start:moved.end]


def test_detached_with_its_quote_when_the_text_is_gone():
    doc = Document.from_paragraphs(["The summit in Samarkand opened on Thursday."])
    ann = _ann(doc, 0, "Samarkand")
    changed = Document.from_paragraphs(["Completely different words now."])
    lost = reanchor(ann, changed)
    assert lost.detached and lost.quote == "Samarkand"
    assert 0 <= lost.start <= lost.end <= len(changed[0].text)


def test_find_quote_prefers_the_nearest_occurrence():
    doc = Document.from_paragraphs(["the cat and the cat"])
    assert find_quote(doc, "the cat", 0, 14) == (0, 12, 19)


# ---- property: random edits never lose a comment and keep spans in range ----------------------

WORDS = st.sampled_from(["", "a", "cat", " ", "é", "👍🏽", "the quick ", "Xi"])


@st.composite
def edit(draw):
    kind = draw(st.sampled_from(["replace", "replace", "replace", "set", "insert", "delete", "split", "merge"]))
    return kind, draw(st.integers(0, 50)), draw(st.integers(0, 50)), draw(st.integers(0, 50)), draw(WORDS)


def _op(state, kind, i, x, y, word):
    n = len(state.working)
    p = i % n
    text = state.working[p].text
    a, b = sorted((x % (len(text) + 1), y % (len(text) + 1)))
    if kind == "replace":
        return ReplaceText(p, a, b, word)
    if kind == "set":
        return SetParagraphText(p, text[:a] + word + text[b:])
    if kind == "insert":
        return InsertParagraph(i % (n + 1), word)
    if kind == "delete" and n > 1:
        return DeleteParagraph(p)
    if kind == "split":
        return SplitParagraph(p, a)
    if kind == "merge" and n > 1:
        return MergeParagraphs(min(p, n - 2))
    return ReplaceText(p, a, a, word)


@settings(max_examples=150, deadline=None)
@given(spans=st.lists(st.tuples(st.integers(0, 2), st.integers(0, 40), st.integers(0, 40)), min_size=1, max_size=6),
       edits=st.lists(edit(), max_size=25))
def test_random_edits_keep_every_comment_in_range(spans, edits):
    state = _state("The quick brown fox jumps over the lazy dog.", "Putin expects 👍🏽 Xi Jinping.", "Third one here.")
    for p, x, y in spans:
        text = state.working[p].text
        a, b = sorted((x % len(text), y % len(text)))
        AddAnnotation(p, a, max(b, a + 1)).apply(state)
    count = len(state.annotations)
    history, snapshots = [], []
    for e in edits:
        snapshots.append((state.working, dict(state.annotations)))
        op = _op(state, *e)
        op.apply(state)
        history.append(op)
        assert len(state.annotations) == count
        for ann in state.annotations.values():
            assert 0 <= ann.paragraph < len(state.working)
            text = state.working[ann.paragraph].text
            assert 0 <= ann.start <= ann.end <= len(text)
            if not ann.detached:
                assert ann.start < ann.end and text[ann.start:ann.end] == ann.quote
    # Undoing everything, newest first, gives back exactly the state before each step.
    for op, (doc, anns) in zip(reversed(history), reversed(snapshots)):
        op.revert(state)
        assert state.working == doc and state.annotations == anns


@pytest.mark.parametrize("before,after,quote,expected", [
    ("He met Xi Jinping on Thursday.", "He met Xi  Jinping on Thursday.", "Xi Jinping", "Xi  Jinping"),
    ("The Carnegie Endowment in Moscow said.", "The Carnegie Endowmnet in Moscow said.", "Carnegie Endowment", "Carnegie Endowmnet"),
    ("Putin expects Xi to support him.", "Putin now expects Xi to support him.", "expects Xi", "expects Xi"),
    ("Tmur Umarov said so.", "Temur Umarov said so.", "Tmur Umarov", "Temur Umarov"),
])
def test_touched_up_quotes_are_found_with_their_new_extent(before, after, quote, expected):
    ann = _ann(Document.from_paragraphs([before]), 0, quote)
    moved = reanchor(ann, Document.from_paragraphs([after]))
    assert not moved.detached and after[moved.start:moved.end] == expected and moved.quote == expected
