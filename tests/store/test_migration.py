"""A version-1 project (tests/data/project-v1.galley, made by schema v1) opens in this Galley."""
import shutil
import sqlite3

from app.core.annotations import AddAnnotation
from app.core.operations import InsertParagraph, SnapshotRevision
from app.io import load_document
from app.store import Project
from app.store.schema import CURRENT_VERSION, MIGRATIONS
from tests.conftest import DATA, snapshot

V1 = DATA / "project-v1.galley"


def _version(path):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def test_the_kept_file_really_is_version_1():
    assert _version(V1) == 1
    assert set(MIGRATIONS) == set(range(2, CURRENT_VERSION + 1))


def test_opening_migrates_and_keeps_everything(tmp_path, clean_path):
    path = tmp_path / "old.galley"
    shutil.copy(V1, path)
    with Project.open(path) as p:
        assert p.schema_version == CURRENT_VERSION and not p.read_only
        assert p.info.title == "Le Monde, September 2022" and p.info.reviewer == "Claire Dubois"
        assert (p.info.source_lang, p.info.target_lang) == ("fr", "en")
        assert len(p.original) == 11 and p.working[0].text.count("fully expects") == 1
        assert [r.label for r in p.revisions] == ["First pass"]
        assert p.revision_document(2).texts == load_document(clean_path).texts
        anns = {a.id: a for a in p.annotations}
        assert anns[1].quote == "fully expects" and not anns[1].detached
        assert p.working[0].text[anns[1].start:anns[1].end] == "fully expects"
        assert anns[2].version == "original" and anns[2].status == "resolved"
        assert p.decisions["f00dfeed"].status == "ignored"
        assert p.setting("checks.disabled") == ["double space"]
        # Version 2 added paragraph styles: they work on the migrated file.
        p.apply(InsertParagraph(0, "Russia and China", "Heading 1"))
        p.apply(SnapshotRevision("after migration"))
        p.apply(AddAnnotation(0, 0, 6, "headline"))
    assert _version(path) == CURRENT_VERSION
    with Project.open(path) as p:
        assert p.working[0].style == "Heading 1" and p.working[1].style is None
        assert p.revision_document(p.revisions[-1].id)[0].style == "Heading 1"


def test_a_read_only_version_1_file_opens_migrated_in_memory_and_is_not_touched(tmp_path):
    path = tmp_path / "old.galley"
    shutil.copy(V1, path)
    path.chmod(0o444)
    before = snapshot(tmp_path)
    with Project.open(path) as p:
        assert p.read_only and p.schema_version == 1  # the file's version; the copy in memory is current
        assert p.working[0].style is None
        assert len(p.working) == 11 and len(p.annotations) == 2
    assert load_document(path).texts == p.working.texts
    assert snapshot(tmp_path) == before and _version(path) == 1
