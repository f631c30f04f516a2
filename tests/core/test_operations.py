"""Every user-visible change is a named operation whose revert gives back exactly the state before."""
import copy

import pytest

from app.core.annotations import (
    AddAnnotation, DeleteAnnotation, EditAnnotation, ReopenAnnotation, ResolveAnnotation,
)
from app.core.document import Document
from app.core.operations import (
    AcceptFinding, ApplyFix, ChangeSetting, DeleteParagraph, EditProjectInfo, IgnoreFinding, InsertParagraph,
    MergeParagraphs, ReplaceText, RestoreRevision, SetParagraphText, SnapshotRevision, SplitParagraph,
    UnignoreFinding,
)
from app.core.session import OperationError, ProjectInfo, ReviewState

MT = ["Putin now expects expects Xi Jinping to support him.", "Temur Umarov said so.", "Third paragraph."]


@pytest.fixture
def state():
    doc = Document.from_paragraphs(MT)
    s = ReviewState(ProjectInfo(title="T", reviewer="Ann"), doc, doc)
    AddAnnotation(0, 26, 36, "who?", category="Accuracy", severity="Minor").apply(s)
    SnapshotRevision("first").apply(s)
    IgnoreFinding("fp-old").apply(s)
    return s


def _frozen(s):
    return (s.info, s.working, dict(s.annotations), dict(s.decisions), dict(s.revisions), copy.deepcopy(s.settings))


OPS = [
    (lambda s: ApplyFix(0, 18, 26, "", "repeated word", fingerprint="fp1", expected="expects "), "Apply fix: repeated word"),
    (lambda s: ReplaceText(1, 0, 5, "Timur"), "Edit text"),
    (lambda s: SetParagraphText(1, "Timur Umarov said so."), "Edit text"),
    (lambda s: InsertParagraph(1, "New.", "Heading 1"), "Insert paragraph"),
    (lambda s: DeleteParagraph(0), "Delete paragraph"),
    (lambda s: SplitParagraph(0, 30), "Split paragraph"),
    (lambda s: MergeParagraphs(0), "Merge paragraphs"),
    (lambda s: AddAnnotation(1, 0, 5, "spelling", category="Fluency", severity="Major"), "Add comment"),
    (lambda s: EditAnnotation(1, body="who is meant?", severity="Major"), "Edit comment"),
    (lambda s: ResolveAnnotation(1), "Resolve comment"),
    (lambda s: DeleteAnnotation(1), "Delete comment"),
    (lambda s: SnapshotRevision("second"), "Snapshot revision: second"),
    (lambda s: RestoreRevision(1), "Restore revision: first"),
    (lambda s: IgnoreFinding("fp2"), "Ignore finding"),
    (lambda s: AcceptFinding("fp2"), "Accept finding"),
    (lambda s: UnignoreFinding("fp-old"), "Un-ignore finding"),
    (lambda s: ChangeSetting("checks.disabled", ["double space"]), "Change setting: checks.disabled"),
    (lambda s: EditProjectInfo(title="Le Monde", target_lang="en"), "Edit project details"),
]


@pytest.mark.parametrize("make,name", OPS, ids=[o[1] for o in OPS])
def test_apply_revert_redo(state, make, name):
    before = _frozen(state)
    op = make(state)
    op.apply(state)
    assert op.name == name
    after = _frozen(state)
    assert after != before
    op.revert(state)
    assert _frozen(state) == before
    op.apply(state)  # redo
    assert _frozen(state) == after


def test_apply_fix_records_the_finding_as_accepted(state):
    ApplyFix(0, 18, 26, "", "repeated word", fingerprint="fp1").apply(state)
    assert state.working[0].text == "Putin now expects Xi Jinping to support him."
    assert state.decisions["fp1"].status == "accepted" and state.decisions["fp1"].author == "Ann"
    assert state.annotations[1].quote == "Xi Jinping"


def test_a_stale_fix_is_refused_and_changes_nothing(state):
    before = _frozen(state)
    with pytest.raises(OperationError, match="no longer reads"):
        ApplyFix(0, 0, 5, "Vladimir Putin", "name", expected="Xi").apply(state)
    assert _frozen(state) == before


def test_restore_snapshots_the_current_text_first(state):
    ReplaceText(2, 0, 5, "Fourth").apply(state)
    restore = RestoreRevision(1)
    restore.apply(state)
    assert state.working.texts == MT
    saved = state.revisions[restore.snapshot.id]
    assert saved.label == "Before restoring “first”"
    assert state.revision_document(saved.id)[2].text == "Fourth paragraph."


def test_resolve_then_reopen(state):
    ResolveAnnotation(1).apply(state)
    assert state.annotations[1].status == "resolved"
    ReopenAnnotation(1).apply(state)
    assert state.annotations[1].is_open


def test_reattaching_a_detached_comment(state):
    ReplaceText(0, 26, 36, "").apply(state)
    assert state.annotations[1].detached
    EditAnnotation(1, span=(1, 0, 12)).apply(state)
    ann = state.annotations[1]
    assert not ann.detached and ann.quote == "Temur Umarov"


@pytest.mark.parametrize("make,message", [
    (lambda: ReplaceText(7, 0, 1, "x"), "no paragraph 8"),
    (lambda: ReplaceText(0, 5, 500, "x"), "outside paragraph 1"),
    (lambda: ReplaceText(0, 0, 1, "a\nb"), "line break"),
    (lambda: AddAnnotation(0, 0, 3, category="Grammar"), "unknown MQM category"),
    (lambda: ResolveAnnotation(99), "no comment 99"),
    (lambda: RestoreRevision(42), "no revision 42"),
    (lambda: ChangeSetting("no.such", 1), "unknown project setting"),
    (lambda: ChangeSetting("checks.disabled", "x"), "takes a list"),
])
def test_bad_operations_say_what_is_wrong(state, make, message):
    with pytest.raises(OperationError, match=message):
        make().apply(state)
