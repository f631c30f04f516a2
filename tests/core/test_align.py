"""Paragraph alignment: hash-first matches, unique anchors, duplicates, gap pairing."""
from app.core.align import align, matches


def kinds(a, b):
    return [u[0] for u in align(a, b)]


def test_matches_are_monotonic_and_equal():
    a = ["h", "x", "p", "q", "r", "x", "s"]
    b = ["h", "p", "y", "q", "x", "r", "s"]
    m = matches(a, b)
    assert all(a[i] == b[j] for i, j in m)
    assert all(i1 < i2 and j1 < j2 for (i1, j1), (i2, j2) in zip(m, m[1:]))
    assert len(m) == 5  # h p q r s (or h p q x s): a longest common subsequence


def test_duplicate_heavy_input_still_resyncs():
    # The sample repeated: no paragraph is unique, edits and insertions sprinkled in.
    block = [f"para {k}" for k in range(11)]
    a = block * 50
    b = []
    for rep in range(50):
        part = list(block)
        part[rep % 11] = f"edited {rep}"
        if rep % 7 == 0:
            part.insert(3, f"inserted {rep}")
        b.extend(part)
    m = matches(a, b)
    assert all(a[i] == b[j] for i, j in m)
    assert len(m) >= 50 * 10 - 5


def test_moved_paragraph_is_a_delete_and_an_insert():
    a = ["The first paragraph here.", "Second one.", "Third one."]
    b = ["Second one.", "Third one.", "The first paragraph here."]
    assert sorted(kinds(a, b)) == ["deleted", "equal", "equal", "inserted"]


def test_split_and_merge_found_by_content():
    assert kinds(["One two. Three four."], ["One two.", "Three four."]) == ["split"]
    assert kinds(["One two.", "Three four."], ["One two. Three four."]) == ["merged"]
    assert kinds(["a b c"], ["a b c d"]) == ["edited"]


def test_huge_unanchored_gap_is_paired_along_the_diagonal():
    a = [f"alpha {k} beta" for k in range(3000)]
    b = [f"alpha {k} gamma" for k in range(3000)]
    units = align(a, b)
    assert [u[0] for u in units] == ["edited"] * 3000
    assert [(u[1], u[3]) for u in units] == [(k, k) for k in range(3000)]


def test_long_all_edited_run_resyncs_after_an_insertion_and_a_deletion():
    # An MT against its post-edit: no paragraph equal, so no anchor at all.
    a = [f"paragraph {k} says alpha beta gamma delta {k * 7}" for k in range(2000)]
    b = [f"paragraph {k} says alpha beta gamma epsilon {k * 7}" for k in range(2000)]
    b.insert(700, "a completely different note from the editor")
    del b[1501]  # A's paragraph 1500 is gone
    units = align(a, b)
    assert [u[0] for u in units].count("edited") == 1999
    assert ("inserted", 700, 700, 700, 701) in units
    assert ("deleted", 1500, 1501, 1501, 1501) in units
    assert all(u[3] - u[1] == (1 if 700 <= u[1] < 1500 else 0) for u in units if u[0] == "edited")


def test_long_one_sided_gap_is_all_deletions(mt_path):
    """100,000 one-word paragraphs against the sample: each is a plain deletion (no weighing needed)."""
    from app.core.compare import compare
    from app.core.document import Document
    from app.io import load_document

    sample = load_document(mt_path)
    noise = Document.from_paragraphs(["Word."] * 100_000 + sample.texts)
    c = compare(noise, sample)
    kinds = [p.kind for p in c.pairs]
    assert kinds.count("deleted") == 100_000 and kinds.count("equal") == len(sample)
    assert c.metrics.words_deleted == 100_000 and c.metrics.words_inserted == 0
