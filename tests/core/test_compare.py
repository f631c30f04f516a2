"""compare(): alignment kinds, chunks in paragraph coordinates, and the Le Monde sample pair."""
import pytest

from app.core.compare import compare
from app.core.document import Document
from app.io import load_document


def stream(doc: Document) -> str:
    return "".join(p.text + "\n" for p in doc)


def changes(c, pair_index):
    return [(ch.tag, c.a_text(ch), c.b_text(ch)) for ch in c.pairs[pair_index].chunks if ch.tag != "equal"]


def both(a, b):
    return compare(Document.from_paragraphs(a), Document.from_paragraphs(b))


@pytest.fixture(scope="module")
def sample(request):
    from app.paths import sample_pair
    mt, clean = sample_pair()
    return compare(load_document(mt), load_document(clean))


def test_sample_pairs_one_to_one_and_only_paragraph_6_untouched(sample):
    assert [(p.a_start, p.b_start) for p in sample.pairs] == [(i, i) for i in range(11)]
    assert [p.kind for p in sample.pairs] == ["edited"] * 6 + ["equal"] + ["edited"] * 4
    assert sample.metrics.paragraphs_touched == 10
    assert not sample.capped


def test_sample_paragraph_0_word_changes(sample):
    assert changes(sample, 0) == [
        ("replace", " date 2022-09-16", "16 September 2022 —"),
        ("delete", "today ", ""),
        ("insert", "", "now "),
        ("replace", "Xi", "him"),
        ("replace", "Tmur", "Temur"),
        ("replace", "expectations", "expectation"),
        ("replace", "are China’s Be", "is that China will be"),
        ("insert", "", "”"),
    ]


def test_sample_known_fixes_in_later_paragraphs(sample):
    assert ("delete", "Lemaître ", "") in changes(sample, 1)
    assert changes(sample, 3) == [("replace", "unanimously", "consistently"), ("replace", "Beijing", "it"),
                                  ("replace", "Western sanctions", "them"), ("replace", "China‘s", "China’s")]
    assert changes(sample, 8) == [("replace", "Do", "do")]
    assert changes(sample, 9) == [("delete", ", and Central Asian countries are worried", "")]


def test_sample_chunk_offsets_point_into_the_paragraphs(sample):
    xi = [ch for ch in sample.pairs[0].chunks if sample.b_text(ch) == "him"][0]
    assert sample.a.paragraphs[0].text[xi.a_start:xi.a_end] == "Xi"
    assert sample.b.paragraphs[0].text[xi.b_start:xi.b_end] == "him"
    assert sample.a.paragraphs[0].text[:xi.a_start].endswith("to support ")


def test_sample_chunks_rebuild_both_sides(sample):
    assert "".join(sample.b_text(ch) for ch in sample.chunks) == stream(sample.b)
    assert "".join(sample.a_text(ch) for ch in sample.chunks) == stream(sample.a)


def test_split_paragraph_inserts_a_paragraph_mark():
    c = both(["One two. Three four.", "Five."], ["One two.", "Three four.", "Five."])
    assert [(p.kind, p.a_start, p.a_end, p.b_start, p.b_end) for p in c.pairs] == [
        ("split", 0, 1, 0, 2), ("equal", 1, 2, 2, 3)]
    assert changes(c, 0) == [("replace", " ", "\n")]
    mark = c.pairs[0].changed_chunks[0]
    assert (mark.b_para, mark.b_start, mark.b_end) == (0, 8, 9)  # the mark after "One two."


def test_merged_paragraphs_delete_a_paragraph_mark():
    c = both(["Intro.", "One two.", "Three four."], ["Intro.", "One two. Three four."])
    assert [p.kind for p in c.pairs] == ["equal", "merged"]
    assert changes(c, 1) == [("replace", "\n", " ")]


def test_inserted_and_deleted_paragraphs():
    c = both(["Keep this.", "Drop this one.", "And this."], ["Keep this.", "And this.", "A new ending."])
    assert [p.kind for p in c.pairs] == ["equal", "deleted", "equal", "inserted"]
    ins = c.pairs[3].chunks[0]
    assert (ins.tag, ins.a_para, ins.a_start, ins.a_end) == ("insert", 3, 0, 0)  # after A's last paragraph
    assert c.metrics.words_inserted == 3 and c.metrics.words_deleted == 3


def test_edited_paragraph_between_inserted_one_is_paired_by_content():
    c = both(["Alpha beta gamma delta.", "Epsilon zeta eta theta."],
              ["A wholly unrelated sentence appears.", "Alpha beta gamma delta!", "Epsilon zeta eta theta."])
    assert [p.kind for p in c.pairs] == ["inserted", "edited", "equal"]


def test_equal_documents_give_only_equal_pairs():
    doc = Document.from_paragraphs(["Same 👍🏽 text.", "e\u0301te\u0301 日本語"])
    c = compare(doc, doc)
    assert c.equal and all(ch.tag == "equal" for ch in c.chunks)
    assert c.metrics.edits == 0 and c.metrics.edit_rate == 0.0


def test_empty_documents():
    c = both([], [])
    assert c.pairs == () and c.equal and c.metrics.edit_rate == 0.0
    c = both([], ["New."])
    assert [p.kind for p in c.pairs] == ["inserted"] and c.metrics.edit_rate == 1.0
    c = both(["Gone."], [])
    assert [p.kind for p in c.pairs] == ["deleted"] and c.metrics.edit_rate == 1.0


def test_pair_lookup_by_paragraph():
    c = both(["One two. Three four.", "Five."], ["One two.", "Three four.", "Five."])
    assert [c.pair_index_of_b(j) for j in range(3)] == [0, 0, 1]
    assert [c.pair_index_of_a(i) for i in range(2)] == [0, 1]
