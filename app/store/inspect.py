"""Looking at a .galley file before trusting it: header, integrity, schema version. Read-only.

Nothing here writes to the file or creates files beside it: the checks read the header
bytes ourselves, then use a `mode=ro` connection (Galley uses a rollback journal, so a
read-only connection never makes -journal, -wal or -shm files).
"""
from __future__ import annotations

import os
import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import MissingFileError
from app.store.errors import (
    CorruptProjectError, NewerProjectError, NotAProjectError, TruncatedProjectError,
)
from app.store.schema import APPLICATION_ID, CURRENT_VERSION, REQUIRED_TABLES

MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 2000


@dataclass(frozen=True)
class FileFacts:
    version: int
    wal: bool


def has_hot_journal(path: Path) -> bool:
    """A non-empty rollback journal beside the file: a transaction that never finished."""
    journal = Path(f"{path}-journal")
    return journal.exists() and journal.stat().st_size > 0


def read_header(path: Path) -> bool:
    """Check the 100-byte SQLite header against the file; return True if it is in WAL mode."""
    if not path.exists():
        raise MissingFileError(path, "no such file")
    if path.is_dir():
        raise MissingFileError(path, "this is a folder, not a file")
    try:
        with open(path, "rb") as f:
            head = f.read(100)
            size = os.fstat(f.fileno()).st_size
    except PermissionError:
        raise NotAProjectError(path, "you do not have permission to read this file") from None
    if size == 0:
        raise NotAProjectError(path, "the file is empty, not a Galley project")
    if not head.startswith(MAGIC[:len(head)]) or len(head) < len(MAGIC):
        raise NotAProjectError(path, "this is not a Galley project (it is not an SQLite database)")
    if len(head) < 100:
        raise TruncatedProjectError(path, f"the file is cut off: it has {size} bytes, less than its own header")
    page_size = struct.unpack(">H", head[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise CorruptProjectError(path, f"the SQLite header is damaged (page size {page_size})")
    if has_hot_journal(path):
        # A writer was killed mid-transaction: the file may be part-extended, and the
        # journal beside it restores it on the next writable open. Judging its size now
        # would call a recoverable file cut off; integrity_check after recovery decides.
        return head[18] == 2 or head[19] == 2
    change_counter, pages, valid_for = (struct.unpack(">I", head[o:o + 4])[0] for o in (24, 28, 92))
    if pages and change_counter == valid_for and size < pages * page_size:
        raise TruncatedProjectError(
            path, f"the file is cut off: it has {size:,} bytes but its header says {pages * page_size:,}")
    if size % page_size:
        raise TruncatedProjectError(path, f"the file is cut off: {size:,} bytes is not a whole number of pages")
    return head[18] == 2 or head[19] == 2


def connect_ro(path: Path, wal: bool = False) -> sqlite3.Connection:
    """A read-only connection that creates nothing beside the file.

    A WAL-mode file (Galley never writes one, but a user's sqlite3 shell might) would make
    SQLite create -shm/-wal files even read-only; we open it immutable unless they exist."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if wal and not Path(f"{path}-wal").exists():
        uri += "&immutable=1"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def inspect(conn: sqlite3.Connection, path: Path, integrity: bool = True) -> FileFacts:
    """Raise the right ProjectFileError unless `conn` holds a Galley project this version can read."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        wal = conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        if app_id != APPLICATION_ID:
            raise NotAProjectError(path, "this is an SQLite database but not a Galley project")
        if version > CURRENT_VERSION:
            raise NewerProjectError(
                path, f"this project was saved by a newer Galley (file format {version}; this Galley "
                      f"reads up to {CURRENT_VERSION}); update Galley to open it")
        if version < 1:
            raise CorruptProjectError(path, "the project has no schema version; it was never finished")
        if integrity:
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check(5)").fetchall()]
            if problems != ["ok"]:
                raise CorruptProjectError(path, f"the project file is damaged (SQLite integrity check: {problems[0]})")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        missing = REQUIRED_TABLES - tables
        if missing:
            raise CorruptProjectError(path, f"the project is missing its {sorted(missing)[0]} table")
    except sqlite3.DatabaseError as exc:
        raise describe(exc, path) from None
    return FileFacts(version, wal)


def describe(exc: sqlite3.Error, path: Path) -> Exception:
    """Turn an sqlite3 exception met while reading a file into a one-sentence project error."""
    text = str(exc)
    if "not a database" in text:
        return NotAProjectError(path, "this is not a Galley project (it is not an SQLite database)")
    if "malformed" in text or "corrupt" in text:
        return CorruptProjectError(path, "the project file is damaged (SQLite: database disk image is malformed)")
    return CorruptProjectError(path, f"SQLite cannot read the project ({text})")
