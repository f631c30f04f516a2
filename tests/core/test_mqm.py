"""MQM-style score: Minor 1, Major 5, Critical 25 penalty points per 1,000 words."""
import pytest

from app.core.mqm import mqm_score


@pytest.mark.parametrize("severities, words, expected", [
    ([], 1000, 0.0),
    (["Minor"], 1000, 1.0),
    (["Major", "Critical"], 1000, 30.0),
    (["Minor", "major", "MAJOR"], 500, 22.0),   # case does not matter
    (["Minor", "Critical"], 0, 0.0),            # an empty text scores 0, not a division error
])
def test_penalty_per_thousand_words(severities, words, expected):
    assert mqm_score(severities, words).per_thousand == pytest.approx(expected)


def test_unknown_severity_counts_as_minor_and_formula_line_shows_the_numbers():
    score = mqm_score(["Critical", "whatever"], 2000)
    assert score.counts == {"Minor": 1, "Major": 0, "Critical": 1}
    assert score.formula_line() == ("(1 × 1 + 5 × 0 + 25 × 1) × 1000 ÷ 2,000 words "
                                    "= 13.0 penalty points per 1,000 words")
