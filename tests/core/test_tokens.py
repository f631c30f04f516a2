import pytest

from app.core.tokens import tokenize, words


@pytest.mark.parametrize("text", [
    "Putin expects Xi Jinping to support Xi.",
    "Lemaître Lemaître and Greenspan",
    "Cafe\u0301 au lait, nai\u0308ve",               # combining marks
    "The 👩‍💻 coder 👍🏽 and 🇫🇷 flag",             # ZWJ sequence, skin tone, flag
    "习近平和普京 met in Samarkand",               # CJK
    "שלום עולם and مرحبا",                          # right-to-left scripts
    "\t tabs\u00a0and nbsp  ",
    "",
])
def test_tokens_cover_the_text_exactly(text):
    toks = tokenize(text)
    assert "".join(t.text for t in toks) == text
    pos = 0
    for t in toks:
        assert t.start == pos and t.end == pos + len(t.text) and text[t.start:t.end] == t.text
        pos = t.end


def test_words_keep_marks_and_apostrophes():
    assert [t.text for t in words("Café\u0301 isn’t China’s Xi-Putin COVID-19")] == [
        "Café\u0301", "isn’t", "China’s", "Xi-Putin", "COVID-19"]


def test_numbers_and_dates_are_one_token():
    assert [(t.text, t.kind) for t in words("On 2022-09-16, 3.5% and 1,000")] == [
        ("On", "word"), ("2022-09-16", "number"), ("3.5", "number"), ("and", "word"), ("1,000", "number")]


def test_emoji_sequences_are_single_tokens():
    toks = [t for t in tokenize("a 👩‍💻 b 👍🏽 🇫🇷") if t.kind == "symbol"]
    assert [t.text for t in toks] == ["👩‍💻", "👍🏽", "🇫🇷"]


def test_each_ideograph_is_a_word():
    assert [t.text for t in words("习近平and")] == ["习", "近", "平", "and"]


def test_wrong_quote_apostrophe_splits_the_word():
    # "China‘s" uses an opening quote as apostrophe: the checks see three tokens.
    assert [t.text for t in tokenize("China‘s")] == ["China", "‘", "s"]
