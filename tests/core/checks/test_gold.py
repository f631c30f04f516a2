"""Recall and precision of the checks against the hand-labelled Le Monde seed."""
import json

import pytest

from app.core.checks import run_checks
from app.io import load_document
from tests.conftest import DATA, SAMPLES

GOLD = json.loads((DATA / "lemonde-gold.json").read_text(encoding="utf-8"))
REQUIRED = {"repeated-word", "entity-two-roles", "name-variant", "stray-capital", "unbalanced-quote",
            "apostrophe", "country-pronoun", "fused-metadata", "wrong-language", "punctuation"}


@pytest.fixture(scope="module")
def seed_findings():
    doc = load_document(SAMPLES / "lemonde-mt.txt")
    return doc, run_checks(doc)


def _overlaps(f, g):
    return f.paragraph == g["paragraph"] and f.start < g["end"] and g["start"] < f.end


def test_gold_spans_point_at_their_text():
    doc = load_document(SAMPLES / "lemonde-mt.txt")
    for g in GOLD["garbles"] + GOLD["lookalikes"]:
        assert doc.paragraphs[g["paragraph"]].text[g["start"]:g["end"]] == g["text"]


def test_recall_is_complete_on_every_class(seed_findings):
    _, findings = seed_findings
    missed = [g for g in GOLD["garbles"]
              if not any(f.check == g["check"] and _overlaps(f, g) for f in findings)]
    assert missed == []
    labelled = {g["check"] for g in GOLD["garbles"]}
    assert labelled >= REQUIRED - {"wrong-language", "punctuation"}  # the seed has none of these two


def test_no_finding_outside_the_gold_spans(seed_findings):
    _, findings = seed_findings
    stray = [(f.check, f.paragraph, f.text) for f in findings
             if not any(f.check == g["check"] and _overlaps(f, g) for g in GOLD["garbles"])]
    assert stray == []
    precision = 1 - len(stray) / len(findings)
    assert precision == 1.0


def test_lookalikes_stay_quiet(seed_findings):
    _, findings = seed_findings
    loud = [(g["text"], f.check) for g in GOLD["lookalikes"] for f in findings
            if f.check in g["quiet"] and _overlaps(f, g)]
    assert loud == []


def test_the_human_post_edit_is_quiet():
    doc = load_document(SAMPLES / "lemonde-clean.txt")
    assert [(f.check, f.paragraph, f.text) for f in run_checks(doc)] == []


def test_seed_language_is_english():
    from app.core.checks import Checker
    checker = Checker()
    checker.check(load_document(SAMPLES / "lemonde-mt.txt"))
    assert checker.language == "en"
