"""The engine: registry metadata, incremental re-checks, fingerprints, filters."""
import pytest

from app.core.checks import (CATEGORIES, JSON_KEYS, SEVERITIES, Checker, Finding, all_checks, check_ids,
                             run_checks)
from app.core.document import Document
from app.io import load_document
from tests.conftest import SAMPLES


@pytest.fixture(scope="module")
def seed():
    return load_document(SAMPLES / "lemonde-mt.txt")


def test_every_check_module_declares_itself():
    ids = check_ids()
    assert len(ids) == len(set(ids)) == 11
    for m in all_checks():
        assert m.ID == m.ID.lower() and " " not in m.ID
        assert m.CATEGORY in CATEGORIES and m.SEVERITY in SEVERITIES
        assert m.SCOPE in ("paragraph", "document")
        assert len(m.DESCRIPTION) > 80 and "“" in m.DESCRIPTION  # it quotes its example
        assert callable(m.run)
        if m.SCOPE == "document":
            assert callable(m.collect)


def test_findings_come_in_reading_order_with_their_text(seed):
    found = run_checks(seed)
    assert found == sorted(found, key=lambda f: (f.paragraph, f.start, f.end, f.check))
    for f in found:
        assert seed.paragraphs[f.paragraph].text[f.start:f.end] == f.text
        assert set(f.to_json()) == set(JSON_KEYS)


def test_incremental_recheck_matches_a_fresh_check_after_edits(seed):
    checker = Checker()
    assert checker.check(seed) == run_checks(seed)
    docs = [
        seed.replace_paragraph(1, seed[1].text.replace("Lemaître Lemaître", "Lemaître")),
        seed.replace_paragraph(2, seed[2].text.replace("Temur Umarov", "Tmur Umarov")),  # Tmur now majority
        seed.replace_paragraph(5, "Facing the United States, China said she would act."),
        Document.from_paragraphs(seed.texts[:4] + ["The the talks went on."] + seed.texts[4:]),  # insert
        Document.from_paragraphs(seed.texts[1:]),  # delete
        seed,
    ]
    for doc in docs:
        assert checker.check(doc) == run_checks(doc)


def test_an_edit_changes_only_what_it_touches(seed):
    checker = Checker()
    before = checker.check(seed)
    after = checker.check(seed.replace_paragraph(1, seed[1].text.replace("Lemaître Lemaître", "Lemaître")))
    assert [f for f in before if f.check != "repeated-word"] == after
    assert len(before) - len(after) == 1


def test_name_variant_group_follows_the_majority(seed):
    texts = seed.texts
    texts[2] = texts[2].replace("Temur Umarov", "Temur Umarov (Temur for short)")
    doc = Document.from_paragraphs(texts + ["Temur Umarov agreed. Temur said so."])
    found = [f for f in run_checks(doc, ["name-variant"])]
    assert {f.text for f in found} == {"Tmur"}
    assert {f.group for f in found} == {"name-variant:Temur"}
    assert all(f.safe for f in found)  # Temur ×5 against Tmur ×2


def test_fingerprint_survives_edits_elsewhere_but_not_at_the_span(seed):
    first = {f.fingerprint for f in run_checks(seed, ["repeated-word"])}
    moved = Document.from_paragraphs(["A new first paragraph."] + seed.texts)
    assert {f.fingerprint for f in run_checks(moved, ["repeated-word"])} == first
    edited = seed.replace_paragraph(1, seed[1].text.replace("by Lemaître", "by Mr Lemaître"))
    assert {f.fingerprint for f in run_checks(edited, ["repeated-word"])} != first


def test_filters_by_check_and_severity(seed):
    only = run_checks(seed, checks=["apostrophe", "stray-capital"])
    assert {f.check for f in only} == {"apostrophe", "stray-capital"}
    major = run_checks(seed, min_severity="major")
    assert major and all(f.severity in ("Major", "Critical") for f in major)
    with pytest.raises(ValueError, match="unknown check no-such-check"):
        run_checks(seed, checks=["no-such-check"])


def test_offsets_stay_code_points_with_emoji_and_combining_marks():
    text = "Le cafe\u0301 👩‍👩‍👧 said the the talks went well."
    (f,) = run_checks(Document.from_paragraphs([text]), ["repeated-word"])
    assert text[f.start:f.end] == "the the"
    from app.core.textpos import OffsetMap
    m = OffsetMap(text)
    assert m.to_utf16(f.start) > f.start  # the emoji family takes more UTF-16 units than code points


def test_language_is_detected_once_and_reported():
    french = Document.from_paragraphs([
        "Le président a déclaré jeudi que la situation était très grave pour le pays.",
        "Les deux dirigeants se sont rencontrés à Samarcande pour parler de la guerre en Ukraine."])
    checker = Checker()
    checker.check(french)
    assert checker.language == "fr"
    english = load_document(SAMPLES / "lemonde-clean.txt")
    checker = Checker()
    assert checker.check(english) == []
    assert checker.language == "en"


def test_empty_document_and_empty_paragraphs_are_fine():
    assert run_checks(Document.from_paragraphs([])) == []
    assert run_checks(Document.from_paragraphs(["", "  "])) == []


def test_finding_is_a_frozen_record():
    f = run_checks(Document.from_paragraphs(["He said the the talks failed."]))[0]
    assert isinstance(f, Finding)
    with pytest.raises(Exception):
        f.start = 3


def test_a_variant_that_is_also_an_ordinary_word_is_dropped_and_restored_incrementally():
    base = ["Temur Umarov said the talks failed.", "Temur Umarov spoke again.", "Tmur Umarov agreed.",
            "Nothing else happened that week."]
    checker = Checker()
    steps = [base,
             base[:3] + ["Nothing but tmur happened that week."],  # "tmur" is a word here: not a name
             base]
    expected_counts = [1, 0, 1]
    for texts, n in zip(steps, expected_counts):
        doc = Document.from_paragraphs(texts)
        got = [f for f in checker.check(doc) if f.check == "name-variant"]
        assert len(got) == n
        assert checker.check(doc) == Checker(profile=checker.profile).check(doc)


def test_japanese_text_is_not_foreign_to_itself_but_cyrillic_is():
    doc = Document.from_paragraphs(["東京で首脳会談が開かれました。", "プーチン大統領は習近平国家主席と会談しました。",
                                    "会談は Путин заявил 長く続きました。"])
    checker = Checker()
    found = checker.check(doc)
    assert checker.language == "ja"
    assert [(f.check, f.text) for f in found if f.check == "wrong-language"] == [("wrong-language", "Путин заявил")]
