import json

import pytest

from app.core.document import Paragraph
from app.core.segment import sentence_spans
from app.io import load_document
from tests.conftest import DATA


def split(text):
    return [text[s:e] for s, e in sentence_spans(text)]


def test_every_sentence_of_the_seed(mt_path):
    expected = json.loads((DATA / "lemonde-mt-sentences.json").read_text(encoding="utf-8"))
    doc = load_document(mt_path)
    assert [[s.text for s in p.sentences] for p in doc] == expected
    assert sum(len(p) for p in expected) == 32


def test_seed_quirks_stay_inside_their_sentences(mt_path):
    doc = load_document(mt_path)
    # "(…)." inside a quotation ends a sentence; "(…)," does not.
    assert doc[0].sentences[1].text.endswith("against the West (…).")
    assert any("national interests (…), and the same goes" in s.text for s in doc[5].sentences)
    # "No. 3" is an abbreviation, not the end of a sentence.
    assert any("China‘s No. 3, said unequivocally" in s.text for s in doc[4].sentences)
    # The lone opening quote at the end of paragraph 8 is not a sentence of its own.
    assert doc[7].sentences[-1].text.endswith("exporting technology. “")


@pytest.mark.parametrize("text, expected", [
    ("Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."]),
    ("Li Zhanshu, China’s No. 3, spoke.", ["Li Zhanshu, China’s No. 3, spoke."]),
    ("Sales rose 3.5 percent. Prices fell.", ["Sales rose 3.5 percent.", "Prices fell."]),
    ("He arrived on Sept. 16 in Samarkand.", ["He arrived on Sept. 16 in Samarkand."]),
    ("The U.S. economy grew. The U.S. Senate voted.", ["The U.S. economy grew.", "The U.S. Senate voted."]),
    ("He flew to the U.S. The trip was short.", ["He flew to the U.S.", "The trip was short."]),
    ("J. R. R. Tolkien wrote it.", ["J. R. R. Tolkien wrote it."]),
    ("“Is it over?” he asked. “No.”", ["“Is it over?” he asked.", "“No.”"]),
    ("She said: “We will win.” Then she left.", ["She said: “We will win.”", "Then she left."]),
    ("Wait… then go. Stop... Go!", ["Wait… then go.", "Stop...", "Go!"]),
    ("Apple Inc. said profits rose. Sony Corp. The rival fell.",
     ["Apple Inc. said profits rose.", "Sony Corp.", "The rival fell."]),
    ("It cost $1,000.50 (about €990). Fine.", ["It cost $1,000.50 (about €990).", "Fine."]),
    ("They met on 2022-09-16. Xi spoke.", ["They met on 2022-09-16.", "Xi spoke."]),
    ("e.g. this is one sentence, i.e. only one.", ["e.g. this is one sentence, i.e. only one."]),
    ("No terminator here", ["No terminator here"]),
    ("  Leading and trailing space.  ", ["Leading and trailing space."]),
])
def test_news_prose(text, expected):
    assert split(text) == expected


def test_spans_are_ordered_and_inside_the_text():
    text = "One. Two!  Three? (…) Four… five."
    spans = sentence_spans(text)
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_long_paragraph_is_split_in_linear_time():
    text = "Word. " * 60000
    assert len(Paragraph(text.strip()).sentences) == 60000
