"""Reading a ReviewState from the file, and writing back only what changed, in one transaction.

The writer keeps what it last saved. Documents, paragraphs and records are immutable, so
"changed" is an identity test: a one-word edit rewrites one `working` row, adding a comment
inserts one `annotation` row, and nothing else is touched.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

from app.core.annotations import Annotation
from app.core.document import Document, Paragraph
from app.core.session import Decision, ProjectInfo, ReviewState, Revision

INFO_KEYS = ("title", "source_lang", "target_lang", "reviewer", "created")


# ---- reading --------------------------------------------------------------------------------

def read_info(conn: sqlite3.Connection) -> ProjectInfo:
    rows = dict(conn.execute("SELECT key, value FROM project").fetchall())
    return ProjectInfo(**{k: rows.get(k, "") for k in INFO_KEYS})


def read_working(conn: sqlite3.Connection, source: str | None = None) -> Document:
    rows = conn.execute("SELECT text, style FROM working ORDER BY pos").fetchall()
    return Document(tuple(Paragraph(t, s) for t, s in rows), source=source)


def read_snapshot(conn: sqlite3.Connection, revision_id: int) -> Document:
    rows = conn.execute(
        "SELECT t.text, r.style FROM revision_paragraph r JOIN paragraph_text t USING (digest) "
        "WHERE r.revision_id = ? ORDER BY r.pos", (revision_id,)).fetchall()
    return Document(tuple(Paragraph(t, s) for t, s in rows))


def read_state(conn: sqlite3.Connection, source: str | None = None) -> ReviewState:
    original_id = conn.execute("SELECT id FROM revision WHERE kind = 'original'").fetchone()
    original = read_snapshot(conn, original_id[0]) if original_id else Document(())
    revisions = {r[0]: Revision(*r) for r in conn.execute(
        "SELECT id, label, author, created, paragraphs FROM revision WHERE kind = 'revision' ORDER BY id")}
    annotations = {}
    for row in conn.execute(
            "SELECT id, version, paragraph, start_offset, end_offset, quote, body, category, severity, "
            "status, author, created, updated, detached FROM annotation ORDER BY id"):
        annotations[row[0]] = Annotation(*row[:13], detached=bool(row[13]))
    decisions = {r[0]: Decision(*r) for r in conn.execute(
        "SELECT fingerprint, status, author, decided, note FROM decision ORDER BY fingerprint")}
    settings = {k: json.loads(v) for k, v in conn.execute("SELECT key, value FROM setting")}
    state = ReviewState(read_info(conn), original, read_working(conn, source), revisions,
                        annotations, decisions, settings)
    state.revision_loader = lambda rid: read_snapshot(conn, rid)
    # Revision ids are shared with the original's snapshot row.
    state._next_ids["revision"] = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM revision").fetchone()[0]
    return state


# ---- writing --------------------------------------------------------------------------------

@dataclass
class Saved:
    """What the file holds, as of the last successful write."""

    info: ProjectInfo
    working: tuple[Paragraph, ...]
    revisions: set[int]
    annotations: dict = field(default_factory=dict)
    decisions: dict = field(default_factory=dict)
    settings: dict = field(default_factory=dict)

    @classmethod
    def of(cls, state: ReviewState) -> "Saved":
        return cls(state.info, state.working.paragraphs, set(state.revisions), dict(state.annotations),
                   dict(state.decisions), dict(state.settings))


def insert_snapshot(conn: sqlite3.Connection, rev_id: int, kind: str, label: str, author: str,
                    created: str, doc: Document) -> None:
    conn.execute("INSERT INTO revision (id, kind, label, author, created, paragraphs) VALUES (?, ?, ?, ?, ?, ?)",
                 (rev_id, kind, label, author, created, len(doc)))
    conn.executemany("INSERT OR IGNORE INTO paragraph_text (digest, text) VALUES (?, ?)",
                     ((p.digest, p.text) for p in doc))
    conn.executemany("INSERT INTO revision_paragraph (revision_id, pos, digest, style) VALUES (?, ?, ?, ?)",
                     ((rev_id, i, p.digest, p.style) for i, p in enumerate(doc)))


def _write_working(conn: sqlite3.Connection, old: tuple, new: tuple) -> None:
    """Rewrite only the rows between the common head and tail of the two paragraph tuples."""
    limit = min(len(old), len(new))
    head = 0
    while head < limit and (old[head] is new[head] or old[head] == new[head]):
        head += 1
    tail = 0
    while tail < limit - head and (old[-1 - tail] is new[-1 - tail] or old[-1 - tail] == new[-1 - tail]):
        tail += 1
    mid_old, mid_new = len(old) - tail - head, len(new) - tail - head
    delta = len(new) - len(old)
    if delta < 0:
        conn.execute("DELETE FROM working WHERE pos >= ? AND pos < ?", (head + mid_new, head + mid_old))
    if delta:
        # Two passes through negative keys, so no row collides with a neighbour mid-shift.
        conn.execute("UPDATE working SET pos = -(pos + ?) - 1 WHERE pos >= ?", (delta, len(old) - tail))
        conn.execute("UPDATE working SET pos = -pos - 1 WHERE pos < 0")
    conn.executemany("UPDATE working SET text = ?, style = ? WHERE pos = ?",
                     ((new[head + k].text, new[head + k].style, head + k) for k in range(min(mid_old, mid_new))))
    if delta > 0:
        conn.executemany("INSERT INTO working (pos, text, style) VALUES (?, ?, ?)",
                         ((head + k, new[head + k].text, new[head + k].style) for k in range(mid_old, mid_new)))


def _annotation_row(a: Annotation) -> tuple:
    return (a.id, a.version, a.paragraph, a.start, a.end, a.quote, a.body, a.category, a.severity,
            a.status, a.author, a.created, a.updated, int(a.detached))


def write_changes(conn: sqlite3.Connection, saved: Saved, state: ReviewState) -> Saved:
    """Write what differs between `saved` and `state`; the caller holds the transaction."""
    if state.info != saved.info:
        conn.executemany("INSERT OR REPLACE INTO project (key, value) VALUES (?, ?)",
                         ((k, getattr(state.info, k)) for k in INFO_KEYS))
    if state.working.paragraphs is not saved.working:
        _write_working(conn, saved.working, state.working.paragraphs)
    gone = saved.revisions - set(state.revisions)
    if gone:
        conn.executemany("DELETE FROM revision WHERE id = ?", ((i,) for i in gone))
    for rid in state.revisions.keys() - saved.revisions:
        r = state.revisions[rid]
        insert_snapshot(conn, rid, "revision", r.label, r.author, r.created, state.revision_document(rid))
    changed = [a for i, a in state.annotations.items() if saved.annotations.get(i) is not a]
    if changed:
        conn.executemany("INSERT OR REPLACE INTO annotation VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         map(_annotation_row, changed))
    removed = saved.annotations.keys() - state.annotations.keys()
    if removed:
        conn.executemany("DELETE FROM annotation WHERE id = ?", ((i,) for i in removed))
    changed = [d for k, d in state.decisions.items() if saved.decisions.get(k) is not d]
    if changed:
        conn.executemany("INSERT OR REPLACE INTO decision VALUES (?, ?, ?, ?, ?)",
                         ((d.fingerprint, d.status, d.author, d.decided, d.note) for d in changed))
    removed = saved.decisions.keys() - state.decisions.keys()
    if removed:
        conn.executemany("DELETE FROM decision WHERE fingerprint = ?", ((k,) for k in removed))
    if state.settings != saved.settings:
        conn.execute("DELETE FROM setting")
        conn.executemany("INSERT INTO setting (key, value) VALUES (?, ?)",
                         ((k, json.dumps(v, ensure_ascii=False)) for k, v in state.settings.items()))
    return Saved.of(state)
