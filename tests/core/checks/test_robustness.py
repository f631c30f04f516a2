"""Any text at all: the checks never crash, spans point into the paragraph, re-checks agree."""
from hypothesis import given, settings, strategies as st

from app.core.checks import Checker
from app.core.document import Document

# Text built from the characters the checks care about, plus anything else.
PIECES = st.sampled_from(["the", "The", "Xi", "Tmur", "Temur", "she", "her", "Russia", " ", "  ", ",", ".", ". ",
                          "“", "”", "\"", "‘", "’", "to support", "date 2022-09-16", "一带一路", "Путин",
                          "👩‍👩‍👧", "e\u0301", "(…)", "do in order to", ":", "Bora", "\t"])
PARAGRAPH = st.lists(st.one_of(PIECES, st.text(max_size=5).filter(lambda t: "\n" not in t and "\r" not in t
                                                                    and "\x85" not in t and "\u2028" not in t
                                                                    and "\u2029" not in t)),
                     max_size=30).map("".join)


@settings(max_examples=40, deadline=None)
@given(st.lists(PARAGRAPH, max_size=6), st.integers(0, 5), PARAGRAPH)
def test_checks_never_crash_and_stay_consistent(texts, where, replacement):
    doc = Document.from_paragraphs(texts)
    checker = Checker()
    found = checker.check(doc)
    for f in found:
        assert 0 <= f.start <= f.end <= len(doc.paragraphs[f.paragraph].text)
        assert doc.paragraphs[f.paragraph].text[f.start:f.end] == f.text
    if texts:
        edited = doc.replace_paragraph(where % len(texts), replacement)
        # a fresh checker with the same language profile must agree with the incremental one
        assert checker.check(edited) == Checker(profile=checker.profile).check(edited)
