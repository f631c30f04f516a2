"""`Project`: a .galley file opened for review. Every operation is saved before `apply` returns.

Autosave is write-through: `apply(op)` and `revert(op)` change the session in memory and
commit exactly the changed rows in one SQLite transaction (rollback journal,
synchronous=FULL), so normally there is no unsaved work and nothing to lose in a crash.
When the disk refuses a write (full, read-only, permission denied), the transaction is
rolled back, the file keeps its last saved state, the work stays in memory
(`unsaved`, `save_error`), and the next save writes everything still pending.
"""
from __future__ import annotations

import getpass
import os
import socket
import sqlite3
import tempfile
from pathlib import Path

from app.core.annotations import reanchor_all
from app.core.document import Document
from app.core.operations import ChangeSetting
from app.core.session import ORIGINAL, Operation, ProjectInfo, ReviewState, now
from app.store import inspect as insp
from app.core.errors import GalleyError
from app.store.errors import (CorruptProjectError, ProjectExistsError, ProjectFileError, ProjectSaveError,
                              ReadOnlyProjectError, save_failure_reason)
from app.store.lock import ProjectLock
from app.store.persist import INFO_KEYS, Saved, insert_snapshot, read_state, write_changes
from app.store.schema import CURRENT_VERSION, create as create_schema, migrate

SUFFIX = ".galley"
# SQLite's words for a write the disk or the OS refused (as opposed to a damaged file or a bug).
_WRITE_REFUSED = ("disk is full", "readonly", "read-only", "unable to open database file", "disk i/o error",
                  "permission", "database is locked", "no space")


def is_write_refused(exc: BaseException) -> bool:
    """True for a failure of the disk or the OS to take a write: the work can be kept and retried."""
    if isinstance(exc, OSError):
        return True
    return isinstance(exc, sqlite3.OperationalError) and any(w in str(exc).lower() for w in _WRITE_REFUSED)


class _WriteRefused(Exception):
    def __init__(self, reason: str):
        self.reason = reason


def _tune(conn: sqlite3.Connection) -> None:
    # A rollback journal keeps the project one file (no -wal/-shm beside it), lets read-only
    # connections open it without creating anything, and works on network shares.
    # synchronous=FULL makes every commit durable against power loss, not only crashes.
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {insp.BUSY_TIMEOUT_MS}")


class Project:
    """A review project. Open with `Project.open(path)`, make one with `Project.create(...)`.

    Attributes the UI reads: `path`, `read_only`, `read_only_reason`, `notices` (what
    happened on open, e.g. re-found comments), `info`, `original`, `working`, `revisions`,
    `annotations`, `decisions`, `settings`, `schema_version` (of the file on disk)."""

    def __init__(self, path: Path, conn: sqlite3.Connection, state: ReviewState, lock: ProjectLock | None,
                 read_only_reason: str | None, schema_version: int):
        self.path = path
        self._conn = conn
        self.state = state
        self._lock = lock
        self.read_only_reason = read_only_reason
        self.schema_version = schema_version
        self.notices: list[str] = []
        self._saved = Saved.of(state)
        self.save_error: str | None = None  # the last failed write, in one sentence; None once one succeeds
        self._pending = False               # memory holds changes the file does not

    # ---- opening and creating ---------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, read_only: bool = False) -> "Project":
        """Open a project. Bad files raise a ProjectFileError and are left untouched.

        Opens read-only (with `read_only_reason` saying why) when asked, when the file or its
        folder cannot be written, or when another Galley has it open."""
        path = Path(path)
        wal = insp.read_header(path)
        reason = "opened read-only as asked" if read_only else None
        if reason is None and (not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222):
            reason = "the file is read-only"
        if reason is None and not os.access(path.parent or Path("."), os.W_OK | os.X_OK):
            reason = "its folder is read-only, so SQLite cannot keep a journal beside it"
        lock = None
        if reason is None:
            lock = ProjectLock(path)
            try:
                got = lock.acquire()
            except OSError as exc:  # the OS refuses to open it at all: say so, read what we can
                got, lock = False, None
                reason = f"the file cannot be opened for writing ({save_failure_reason(exc)})"
            if not got and lock is not None:
                lock = None
                reason = _held_by(path, wal)
        try:
            return cls._open_checked(path, wal, lock, reason, read_only)
        except _WriteRefused as refused:
            # The first write (the editor row, a migration) was refused by the disk: the file
            # is intact, so it opens read-only and says why.
            lock.release()
            return cls._open_checked(path, wal, None, f"the file cannot be written ({refused.reason})", False)
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    @classmethod
    def _open_checked(cls, path: Path, wal: bool, lock: ProjectLock | None, reason: str | None,
                      read_only_asked: bool) -> "Project":
        if lock is not None:
            _recover(path)
        elif read_only_asked:
            _recover_unlocked(path)
        ro = insp.connect_ro(path, wal)
        try:
            facts = insp.inspect(ro, path)
        except BaseException:
            ro.close()
            raise
        if lock is None:
            conn = ro
            if facts.version < CURRENT_VERSION:
                conn = _migrated_copy(ro)
                ro.close()
        else:
            ro.close()
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            _tune(conn)
        migrating = lock is not None and facts.version < CURRENT_VERSION
        try:
            if migrating:
                # Migrate and read in one transaction: a file that migrates but then cannot be
                # read is rolled back, so a refused file is never left half-upgraded.
                conn.execute("BEGIN IMMEDIATE")
                migrate(conn, facts.version)
            state = read_state(conn, source=str(path))
            if migrating:
                conn.execute("COMMIT")
            # The version of the file on disk: a read-only open migrates only a copy in memory.
            project = cls(path, conn, state, lock, reason, CURRENT_VERSION if lock is not None else facts.version)
            project.notices = reanchor_all(state)
            if lock is not None:  # saves the re-found anchors too
                project._write(lambda: _claim(conn))
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            conn.close()
            if lock is not None and is_write_refused(exc):
                raise _WriteRefused(save_failure_reason(exc)) from None
            if isinstance(exc, sqlite3.DatabaseError):
                raise insp.describe(exc, path) from None
            if isinstance(exc, (ValueError, TypeError, GalleyError)):  # rows edited outside Galley into nonsense
                raise CorruptProjectError(path, f"the project holds a record Galley cannot read ({exc})") from None
            raise
        return project

    @classmethod
    def create(cls, path: str | Path, mt: Document, clean: Document | None = None, *, title: str = "",
               reviewer: str = "", source_lang: str = "", target_lang: str = "") -> "Project":
        """Make a new project file from an MT document (the original) and, optionally, a cleaned
        version (else the working text starts as a copy of the MT). Refuses to replace a file."""
        path = Path(path)
        if path.exists():
            raise ProjectExistsError(path, "a file with this name already exists; Galley will not replace it")
        info = ProjectInfo(title or Path(mt.source or path).stem, source_lang, target_lang, reviewer, now())
        working = clean if clean is not None else mt
        tmp = _temp_beside(path)
        try:
            conn = sqlite3.connect(tmp, isolation_level=None)
            _tune(conn)
            create_schema(conn)  # executescript commits as it goes; the temp file makes it atomic
            conn.execute("BEGIN")
            conn.executemany("INSERT INTO project (key, value) VALUES (?, ?)",
                             ((k, getattr(info, k)) for k in INFO_KEYS))
            insert_snapshot(conn, 1, ORIGINAL, "Original", reviewer, info.created, mt)
            conn.executemany("INSERT INTO working (pos, text, style) VALUES (?, ?, ?)",
                             ((i, p.text, p.style) for i, p in enumerate(working)))
            conn.execute("COMMIT")
            conn.close()
            _fsync(Path(tmp))
            _place(Path(tmp), path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        return cls.open(path)

    # ---- what the UI reads ------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @property
    def info(self) -> ProjectInfo:
        return self.state.info

    @property
    def original(self) -> Document:
        return self.state.original

    @property
    def working(self) -> Document:
        return self.state.working

    @property
    def revisions(self) -> list:
        return list(self.state.revisions.values())

    @property
    def annotations(self) -> list:
        # In id order, as documented: undoing a deletion puts the annotation back at the
        # end of the state's dict, and a reopened project reads them by id.
        return sorted(self.state.annotations.values(), key=lambda a: a.id)

    @property
    def decisions(self) -> dict:
        return dict(self.state.decisions)

    @property
    def settings(self) -> dict:
        return dict(self.state.settings)

    def setting(self, key: str) -> object:
        return self.state.setting(key)

    def revision_document(self, revision_id: int) -> Document:
        return self.state.revision_document(revision_id)

    # ---- changing it -------------------------------------------------------------------------

    @property
    def unsaved(self) -> bool:
        """True while memory holds work the file does not (after `apply_later`, or a refused write)."""
        return self._pending

    def apply(self, op: Operation) -> Operation:
        """Do `op` and save it before returning.

        A refused operation (OperationError, read-only) changes nothing. If the disk refuses
        the write (full, permission denied), the change is kept in memory, `save_error` says
        why, and the next `apply`, `revert` or `save` writes it; the file keeps its last
        saved state meanwhile."""
        self._check_writable(op)
        op.apply(self.state)
        self._save_or_keep(op.revert)
        return op

    def revert(self, op: Operation) -> Operation:
        """Undo `op` (the last one applied, as an undo stack guarantees) and save (as `apply`)."""
        self._check_writable(op)
        op.revert(self.state)
        self._save_or_keep(op.apply)
        return op

    def apply_later(self, op: Operation) -> Operation:
        """Do `op` in memory now; it reaches the file at the next `flush()`, `apply` or `revert`.

        For keystrokes: the window flushes when typing pauses (and at least once a
        second), so a burst of typing costs one commit (and one fsync) instead of one each."""
        self._check_writable(op)
        op.apply(self.state)
        self._pending = True
        return op

    def save(self) -> None:
        """Write whatever memory holds that the file does not (nothing to do if all is saved).

        Raises ProjectSaveError if the disk refuses; the work stays in memory for the next try."""
        if self._conn is None or self.read_only:
            return
        try:
            self._write(lambda: None)
        except Exception as exc:
            if not is_write_refused(exc):
                raise
            self._pending = True
            self.save_error = str(ProjectSaveError(self.path, save_failure_reason(exc)))
            raise ProjectSaveError(self.path, save_failure_reason(exc)) from None

    flush = save  # the window's name for it: keystrokes are flushed when typing pauses

    def set_setting(self, key: str, value: object) -> None:
        """Change a setting without an undo step (preferences are not edits)."""
        self.apply(ChangeSetting(key, value))

    def _check_writable(self, op: Operation) -> None:
        if self.read_only:
            raise ReadOnlyProjectError(f"{self.path}: cannot {op.name.lower()}: the project is open read-only "
                                       f"({self.read_only_reason}).")
        if self._conn is None:
            raise ReadOnlyProjectError(f"{self.path}: the project is closed.")

    def _save_or_keep(self, undo) -> None:
        try:
            self._write(lambda: None)
        except Exception as exc:
            if is_write_refused(exc):  # keep the work; the user is told and the next save retries
                self._pending = True
                self.save_error = str(ProjectSaveError(self.path, save_failure_reason(exc)))
                return
            undo(self.state)  # a record the schema refuses is a bug: memory and file stay as they were
            raise

    def _write(self, extra) -> None:
        def work():
            extra()
            self._saved = write_changes(self._conn, self._saved, self.state)
        _transaction(self._conn, work)
        self._pending = False
        self.save_error = None

    # ---- files --------------------------------------------------------------------------------

    def save_as(self, path: str | Path) -> None:
        """Copy the project to `path` atomically (SQLite backup to a temp file, then rename)
        and continue there. Works from a read-only project too: that is how to get an editable copy."""
        path = Path(path)
        if path.resolve() == self.path.resolve():
            return
        tmp = _temp_beside(path)
        try:
            dst = sqlite3.connect(tmp, isolation_level=None)
            try:
                self._conn.backup(dst)
                # Work the original file refused (a full disk) goes into the copy: this is
                # how to rescue it to another disk.
                _transaction(dst, lambda: (dst.execute("DELETE FROM editor"),
                                           write_changes(dst, self._saved, self.state)))
            finally:
                dst.close()
            _fsync(Path(tmp))
            os.replace(tmp, path)
        except (sqlite3.Error, OSError) as exc:
            if is_write_refused(exc):
                raise ProjectSaveError(path, save_failure_reason(exc)) from None
            raise
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        self.close(discard=True)  # the copy holds everything; the old file keeps its last state
        fresh = Project.open(path)
        # Keep this session's state object: the undo stack's operations refer to it.
        fresh.state.revision_loader, self.state.revision_loader = None, fresh.state.revision_loader
        self.path, self._conn, self._lock = fresh.path, fresh._conn, fresh._lock
        self.read_only_reason, self.schema_version = fresh.read_only_reason, fresh.schema_version
        self._saved = Saved.of(self.state)
        self._pending, self.save_error = False, None

    def close(self, discard: bool = False) -> None:
        """Write what is pending, tidy up and unlock.

        If the disk refuses the last write, raises ProjectSaveError and stays open, so the
        work can be saved again or to a copy; `discard=True` closes anyway."""
        if self._conn is None:
            return
        if not self.read_only and not discard:
            self.save()  # anything left by apply_later or a refused write
        try:
            if self._lock is not None and not self._pending:
                _transaction(self._conn, lambda: (
                    self._conn.execute("DELETE FROM editor"),
                    self._conn.execute("DELETE FROM paragraph_text WHERE digest NOT IN "
                                       "(SELECT digest FROM revision_paragraph)")))
        except Exception as exc:
            if not is_write_refused(exc):  # tidying is optional; a full disk may refuse it
                raise
        finally:
            self._conn.close()
            self._conn = None
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    def __enter__(self) -> "Project":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        mode = f"read-only: {self.read_only_reason}" if self.read_only else "read-write"
        return f"<Project {str(self.path)!r} {len(self.working)} paragraphs, {mode}>"


def read_project_working(path: str | Path) -> Document:
    """The working text of a project, read-only and without locking (for `load_document`)."""
    path = Path(path)
    wal = insp.read_header(path)
    _recover_unlocked(path)
    ro = insp.connect_ro(path, wal)
    try:
        facts = insp.inspect(ro, path, integrity=True)
        conn = _migrated_copy(ro) if facts.version < CURRENT_VERSION else ro
        from app.store.persist import read_working
        try:
            return read_working(conn, source=str(path))
        except sqlite3.DatabaseError as exc:
            raise insp.describe(exc, path) from None
    except sqlite3.OperationalError as exc:
        raise ProjectFileError(path, f"SQLite cannot read the project ({exc})") from None
    finally:
        ro.close()


# ---- helpers ----------------------------------------------------------------------------------

def _transaction(conn: sqlite3.Connection, work) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        work()
        conn.execute("COMMIT")
    except BaseException:
        # On a full disk SQLite may already have rolled the transaction back itself.
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _recover(path: Path) -> None:
    """A writer killed mid-transaction leaves a hot journal; SQLite rolls it back on the first
    read by a connection that may write. Do that before the read-only checks look at the file."""
    if not insp.has_hot_journal(path):
        return
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        pass  # the checks that follow will say what is wrong
    finally:
        conn.close()


def _recover_unlocked(path: Path) -> None:
    """Roll back a crashed writer's transaction for a reader, if no Galley is writing the file
    and it may be written; otherwise a reader could see half a transaction."""
    if insp.has_hot_journal(path) and os.access(path, os.W_OK) and path.stat().st_mode & 0o222:
        lock = ProjectLock(path)
        if lock.acquire():
            try:
                _recover(path)
            finally:
                lock.release()


def _migrated_copy(ro: sqlite3.Connection) -> sqlite3.Connection:
    """An in-memory copy brought up to the current schema, for read-only use of an older file."""
    mem = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    ro.backup(mem)
    _transaction(mem, lambda: migrate(mem, mem.execute("PRAGMA user_version").fetchone()[0]))
    return mem


def _claim(conn: sqlite3.Connection) -> None:
    try:
        user = getpass.getuser()
    except Exception:
        user = ""
    conn.execute("INSERT OR REPLACE INTO editor (id, pid, host, user, since) VALUES (1, ?, ?, ?, ?)",
                 (os.getpid(), socket.gethostname(), user, now()))


def _held_by(path: Path, wal: bool) -> str:
    """Why the lock is taken, in words: who holds it, from the editor row."""
    try:
        ro = insp.connect_ro(path, wal)
        try:
            row = ro.execute("SELECT pid, host, user, since FROM editor WHERE id = 1").fetchone()
        finally:
            ro.close()
    except sqlite3.Error:
        row = None
    if row is None:
        return "another Galley has it open for editing"
    pid, host, user, since = row
    who = f"{user} on {host}" if user else host
    since = since.replace("T", " ").rstrip("Z")
    return f"another Galley has it open for editing ({who}, process {pid}, since {since} UTC)"


def _temp_beside(path: Path) -> str:
    """An empty temp file in the target's folder (so os.replace is atomic), with normal permissions."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ProjectFileError(path, f"the folder {folder} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ProjectFileError(path, f"cannot write in {folder} ({exc.strerror})") from None
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    return tmp


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _place(tmp: Path, path: Path) -> None:
    """Move a finished file into place without ever replacing an existing one."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise ProjectExistsError(path, "a file with this name already exists; Galley will not replace it") from None
    except OSError:
        if path.exists():
            raise ProjectExistsError(path, "a file with this name already exists; Galley will not replace it")
        os.replace(tmp, path)
