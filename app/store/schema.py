"""The .galley schema: version 1 as first shipped, and one migration per version step.

`PRAGMA user_version` is the schema version; `PRAGMA application_id` marks the file as
Galley's. docs/file-format.md describes every table for readers using the sqlite3 shell.
"""
from __future__ import annotations

import sqlite3

APPLICATION_ID = 0x47414C59  # "GALY"
CURRENT_VERSION = 2

# Version 1. Never edit this text: files exist that were made from it. Change the schema
# with a new step in MIGRATIONS instead.
SCHEMA_V1 = """
CREATE TABLE project (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL            -- JSON
);
CREATE TABLE paragraph_text (
    digest TEXT PRIMARY KEY,       -- Paragraph.digest: blake2b-64 of the UTF-8 text, 16 hex digits
    text   TEXT NOT NULL
);
CREATE TABLE revision (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('original', 'revision')),
    label      TEXT NOT NULL,
    author     TEXT NOT NULL,
    created    TEXT NOT NULL,      -- UTC, ISO 8601
    paragraphs INTEGER NOT NULL
);
CREATE TABLE revision_paragraph (
    revision_id INTEGER NOT NULL REFERENCES revision(id) ON DELETE CASCADE,
    pos         INTEGER NOT NULL,  -- 0-based paragraph index
    digest      TEXT NOT NULL REFERENCES paragraph_text(digest),
    PRIMARY KEY (revision_id, pos)
) WITHOUT ROWID;
CREATE TABLE working (
    pos  INTEGER PRIMARY KEY,      -- 0-based paragraph index, contiguous
    text TEXT NOT NULL
);
CREATE TABLE annotation (
    id           INTEGER PRIMARY KEY,
    version      TEXT NOT NULL,    -- 'working', 'original' or 'revision/<id>'
    paragraph    INTEGER NOT NULL,
    start_offset INTEGER NOT NULL, -- code points into the paragraph
    end_offset   INTEGER NOT NULL,
    quote        TEXT NOT NULL,
    body         TEXT NOT NULL DEFAULT '',
    category     TEXT,             -- MQM: Accuracy, Fluency, Terminology, Style, Locale conventions
    severity     TEXT,             -- Minor, Major, Critical
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    author       TEXT NOT NULL DEFAULT '',
    created      TEXT NOT NULL,
    updated      TEXT NOT NULL,
    detached     INTEGER NOT NULL DEFAULT 0 CHECK (detached IN (0, 1)),
    CHECK (0 <= start_offset AND start_offset <= end_offset)
);
CREATE TABLE decision (
    fingerprint TEXT PRIMARY KEY,
    status      TEXT NOT NULL CHECK (status IN ('ignored', 'accepted')),
    author      TEXT NOT NULL DEFAULT '',
    decided     TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT ''
);
CREATE TABLE editor (
    id    INTEGER PRIMARY KEY CHECK (id = 1),  -- who has the project open for writing
    pid   INTEGER NOT NULL,
    host  TEXT NOT NULL,
    user  TEXT NOT NULL,
    since TEXT NOT NULL
);
-- Snapshots are immutable: the original may never change, a revision may only be deleted whole
-- (undoing "Snapshot revision").
CREATE TRIGGER revision_immutable BEFORE UPDATE ON revision
BEGIN SELECT RAISE(ABORT, 'revisions are immutable'); END;
CREATE TRIGGER original_kept BEFORE DELETE ON revision WHEN OLD.kind = 'original'
BEGIN SELECT RAISE(ABORT, 'the original is immutable'); END;
CREATE TRIGGER revision_paragraph_immutable BEFORE UPDATE ON revision_paragraph
BEGIN SELECT RAISE(ABORT, 'revisions are immutable'); END;
"""


def _v2_paragraph_styles(conn: sqlite3.Connection) -> None:
    """Version 2: keep each paragraph's style name ("Heading 1") from a DOCX import, so the
    working text, the original and revisions export with their headings."""
    conn.execute("ALTER TABLE working ADD COLUMN style TEXT")
    conn.execute("ALTER TABLE revision_paragraph ADD COLUMN style TEXT")


# MIGRATIONS[n] takes a version n-1 file to version n.
MIGRATIONS = {
    2: _v2_paragraph_styles,
}


def create(conn: sqlite3.Connection) -> None:
    """Lay out an empty project at the current version (v1, then every step)."""
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.executescript(SCHEMA_V1)
    conn.execute("PRAGMA user_version = 1")
    migrate(conn, 1)


def migrate(conn: sqlite3.Connection, version: int) -> int:
    """Run the steps from `version` to CURRENT_VERSION inside the caller's transaction."""
    for step in range(version + 1, CURRENT_VERSION + 1):
        MIGRATIONS[step](conn)
        conn.execute(f"PRAGMA user_version = {step}")
    return CURRENT_VERSION


REQUIRED_TABLES = {"project", "setting", "paragraph_text", "revision", "revision_paragraph",
                   "working", "annotation", "decision", "editor"}
