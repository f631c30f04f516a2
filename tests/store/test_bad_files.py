"""Bad .galley files get one clear sentence naming the file, and are never modified."""
import shutil
import sqlite3

import pytest

from app.core.errors import GalleyInputError, MissingFileError
from app.io import load_document
from app.store import (
    CorruptProjectError, NewerProjectError, NotAProjectError, Project, TruncatedProjectError,
)
from app.store.schema import CURRENT_VERSION
from tests.conftest import DATA, snapshot

V1 = DATA / "project-v1.galley"


def _copy(tmp_path, name="p.galley"):
    target = tmp_path / name
    shutil.copy(V1, target)
    return target


def _not_sqlite(tmp_path):
    p = tmp_path / "notes.galley"
    p.write_text("These are my notes, not a project.\n" * 10)
    return p


def _empty(tmp_path):
    p = tmp_path / "empty.galley"
    p.write_bytes(b"")
    return p


def _truncated(tmp_path):
    p = _copy(tmp_path)
    data = p.read_bytes()
    p.write_bytes(data[:len(data) // 2])
    return p


def _header_only(tmp_path):
    p = _copy(tmp_path)
    p.write_bytes(p.read_bytes()[:60])
    return p


def _corrupt(tmp_path):
    """Scribble over the middle of a b-tree page; the header and size stay plausible."""
    p = _copy(tmp_path)
    data = bytearray(p.read_bytes())
    page = 4096
    for i in range(3 * page + 8, 3 * page + 400):
        data[i] = 0x5A
    p.write_bytes(bytes(data))
    return p


def _newer(tmp_path):
    p = _copy(tmp_path)
    conn = sqlite3.connect(p)
    conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    conn.close()
    return p


def _other_database(tmp_path):
    p = tmp_path / "contacts.galley"
    conn = sqlite3.connect(p)
    conn.execute("CREATE TABLE contact (name TEXT)")
    conn.commit()
    conn.close()
    return p


CASES = [
    (_not_sqlite, NotAProjectError, "not an SQLite database"),
    (_empty, NotAProjectError, "the file is empty"),
    (_truncated, TruncatedProjectError, "the file is cut off"),
    (_header_only, TruncatedProjectError, "the file is cut off"),
    (_corrupt, CorruptProjectError, "damaged"),
    (_newer, NewerProjectError, "newer Galley"),
    (_other_database, NotAProjectError, "SQLite database but not a Galley project"),
]


@pytest.mark.parametrize("make,error,words", CASES, ids=[c[0].__name__.strip("_") for c in CASES])
@pytest.mark.parametrize("how", ["open", "open read-only", "load_document"])
def test_bad_file_is_refused_and_left_alone(tmp_path, make, error, words, how):
    path = make(tmp_path)
    before = snapshot(tmp_path)
    with pytest.raises(error) as info:
        if how == "open":
            Project.open(path)
        elif how == "open read-only":
            Project.open(path, read_only=True)
        else:
            load_document(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ") and words in message and message.endswith(".")
    assert isinstance(info.value, GalleyInputError)
    assert snapshot(tmp_path) == before  # same bytes, same times, and no -journal/-wal/-shm beside it


def test_missing_and_folder(tmp_path):
    with pytest.raises(MissingFileError, match="no such file"):
        Project.open(tmp_path / "nope.galley")
    (tmp_path / "dir.galley").mkdir()
    with pytest.raises(MissingFileError, match="folder"):
        Project.open(tmp_path / "dir.galley")


def test_a_refused_file_can_be_opened_after_it_is_fixed(tmp_path):
    path = _newer(tmp_path)
    with pytest.raises(NewerProjectError):
        Project.open(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    with Project.open(path) as p:  # the failed attempt left no lock behind
        assert not p.read_only


def test_rows_edited_into_nonsense_are_reported_not_crashed_on(tmp_path):
    path = _copy(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE annotation SET category = 'Grammar' WHERE id = 1")
    conn.commit()
    conn.close()
    before = snapshot(tmp_path)
    with pytest.raises(CorruptProjectError, match="cannot read.*Grammar"):
        Project.open(path)
    assert snapshot(tmp_path) == before
