from hypothesis import given, strategies as st

from app.core.textpos import OffsetMap, utf16_len


def test_astral_characters_count_twice():
    text = "a😀b"
    m = OffsetMap(text)
    assert [m.to_utf16(i) for i in range(4)] == [0, 1, 3, 4]
    assert [m.to_codepoint(u) for u in (0, 1, 3, 4)] == [0, 1, 2, 3]
    assert m.to_codepoint(2) == 1  # inside the surrogate pair: the emoji itself


def test_combining_marks_are_one_unit_each():
    text = "Cafe\u0301 Xi"
    m = OffsetMap(text)
    assert m.to_utf16(6) == 6 and utf16_len(text) == len(text)


@given(st.text(alphabet=st.sampled_from(list("ab é\u0301中😀👍🏽\u200d🇫"))))
def test_round_trip(text):
    m = OffsetMap(text)
    for i in range(len(text) + 1):
        u = m.to_utf16(i)
        assert u == len(text[:i].encode("utf-16-le")) // 2
        assert m.to_codepoint(u) == i
