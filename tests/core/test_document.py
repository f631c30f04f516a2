import pytest

from app.core.document import Document, Paragraph


def test_blank_lines_only_separate():
    doc = Document.from_text("One.\n\n\n  \nTwo.\r\nThree.\rFour.\u2029Five.")
    assert doc.texts == ["One.", "Two.", "Three.", "Four.", "Five."]


def test_paragraphs_are_hashable_and_cache_keys_follow_the_text():
    a, b, c = Paragraph("Xi met Putin."), Paragraph("Xi met Putin."), Paragraph("Xi met Putin!")
    assert a == b and hash(a) == hash(b) and a.digest == b.digest
    assert a.digest != c.digest
    assert len({a, b, c}) == 2


def test_model_is_immutable():
    doc = Document.from_text("One.\nTwo.")
    with pytest.raises(AttributeError):
        doc.paragraphs[0].text = "x"
    edited = doc.replace_paragraph(1, "Deux.")
    assert doc.texts == ["One.", "Two."] and edited.texts == ["One.", "Deux."]
    assert edited.paragraphs[0] is doc.paragraphs[0]


def test_paragraph_refuses_line_breaks():
    with pytest.raises(ValueError):
        Paragraph("a\nb")


def test_word_count_and_sentences(mt_path):
    from app.io import load_document
    doc = load_document(mt_path)
    assert len(doc) == 11
    assert doc.word_count > 800
    assert doc[1].sentences[1].text.startswith("The article co-authored by Lemaître Lemaître")
    s = doc[1].sentences[1]
    assert doc[1].text[s.start:s.end] == s.text
