"""Applying safe fixes to the seed: what `galley fix` and the UI's "fix all safe" do."""
from app.core.checks import run_checks
from app.core.checks.fixes import apply_fixes
from app.io import load_document
from tests.conftest import SAMPLES


def test_safe_fixes_on_the_seed():
    doc = load_document(SAMPLES / "lemonde-mt.txt")
    fixed, changes = apply_fixes(doc, run_checks(doc))
    assert {(c.check, c.before, c.after) for c in changes} == {
        ("repeated-word", "Lemaître Lemaître", "Lemaître"), ("stray-capital", "Be", "be"),
        ("stray-capital", "The", "the"), ("stray-capital", "Help", "help"), ("stray-capital", "Do", "do"),
        ("apostrophe", "‘", "’")}
    assert "co-authored by Lemaître and Greenspan" in fixed[1].text
    assert "China’s Global Times" in fixed[3].text and "China’s No. 3" in fixed[4].text
    assert "wants to do this" in fixed[8].text
    # what needs a human stays for review
    assert "Tmur Umarov" in fixed[0].text and "she is only exercising her right" in fixed[5].text
    assert len(fixed) == len(doc)
    left = {f.check for f in run_checks(fixed)}
    assert not left & {"repeated-word", "apostrophe"}


def test_overlapping_fixes_apply_once():
    from app.core.document import Document
    doc = Document.from_paragraphs(["He said the the the talks  failed ."])
    fixed, changes = apply_fixes(doc, run_checks(doc))
    assert fixed[0].text == "He said the the talks failed."


def test_one_action_fixes_every_occurrence_of_a_name_variant():
    from app.core.checks.fixes import fix_group
    doc = load_document(SAMPLES / "lemonde-mt.txt")
    findings = run_checks(doc)
    fixed, changes = fix_group(doc, findings, "name-variant:Temur")
    assert [(c.paragraph, c.before, c.after) for c in changes] == [(0, "Tmur", "Temur"), (7, "Tmur", "Temur")]
    assert "Tmur" not in fixed.text and fixed.text.count("Temur Umarov") == 3
    assert not [f for f in run_checks(fixed) if f.check == "name-variant"]
