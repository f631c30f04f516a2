"""The open project as the window sees it, backed by the project store (app/store).

The window's controller works with this façade: texts, revisions, annotations and
ignored findings to read, and operation factories whose results it applies and
puts on the undo stack. Every operation here is the store's own named core
operation (or a short list of them, for typing), so the Undo menu shows its name
and every change is on disk when `apply` returns.
"""
from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.core.annotations import (AddAnnotation, DeleteAnnotation, EditAnnotation, ReopenAnnotation,
                                  ResolveAnnotation)
from app.core.document import Document
from app.core.errors import GalleyError
from app.core.operations import (ApplyFix, DeleteParagraph, EditProjectInfo, IgnoreFinding, InsertParagraph,
                                 MergeParagraphs, RestoreRevision, SetParagraphText, SnapshotRevision,
                                 SplitParagraph, UnignoreFinding)
from app.core.session import ORIGINAL, WORKING, revision_version
from app.store import Project


TYPING_PAUSE_S = 2.0


class StoreOp:
    """One undo step: one or more store operations, applied in order and reverted newest first."""

    def __init__(self, name: str, ops: list, touches_text: bool = False, typing_paragraph: int | None = None):
        self.name, self.ops, self.touches_text = name, list(ops), touches_text
        self.typing_paragraph = typing_paragraph  # set for in-place typing in one paragraph (mergeable)
        self.last_keystroke = time.monotonic()

    def apply(self, s: "StoreSession") -> None:
        done = []
        # Keystrokes are saved when typing pauses (StoreSession.flush); everything else at once.
        apply = s.project.apply_later if self.typing_paragraph is not None and not s.flushed_typing else s.project.apply
        try:
            for op in self.ops:
                apply(op)
                done.append(op)
        except Exception:
            for op in reversed(done):  # all or nothing
                s.project.revert(op)
            raise

    def revert(self, s: "StoreSession") -> None:
        for op in reversed(self.ops):
            s.project.revert(op)

    def extend(self, later: "StoreOp") -> bool:
        """Merge a later keystroke in the same paragraph into this undo step, unless typing paused:
        a pause ends an undo step, so Undo takes back one burst of typing, not a whole paragraph's."""
        if (self.typing_paragraph is not None and later.typing_paragraph == self.typing_paragraph
                and later.last_keystroke - self.last_keystroke < TYPING_PAUSE_S):
            self.ops += later.ops
            self.last_keystroke = later.last_keystroke
            return True
        return False


def typing_ops(first: int, old: tuple[str, ...], new: tuple[str, ...]) -> list:
    """The store operations that turn paragraphs first.. from `old` into `new` (what the editor did)."""
    if len(old) == len(new):
        return [SetParagraphText(first + k, t) for k, t in enumerate(new) if t != old[k]]
    if len(new) == len(old) + 1:  # Enter: one paragraph split in two (perhaps with typing around it)
        for k in range(len(old)):
            if old[:k] == new[:k] and old[k + 1:] == new[k + 2:] and old[k] == new[k] + new[k + 1]:
                return [SplitParagraph(first + k, len(new[k]))]
    if len(old) == len(new) + 1:  # Backspace or Delete at a paragraph edge: two merged into one
        for k in range(len(new)):
            if old[:k] == new[:k] and old[k + 2:] == new[k + 1:] and new[k] == old[k] + old[k + 1]:
                return [MergeParagraphs(first + k)]
    ops: list = []
    m = min(len(old), len(new))
    ops += [SetParagraphText(first + k, new[k]) for k in range(m) if new[k] != old[k]]
    for k in range(m, len(new)):
        ops.append(InsertParagraph(first + k, new[k]))
    for _ in range(m, len(old)):
        ops.append(DeleteParagraph(first + m))
    return ops


class StoreSession:
    """A Project (a .galley file) with the reads and operation factories the window needs."""

    def __init__(self, project: Project):
        self.project = project
        self.flushed_typing = False  # True: save every keystroke at once (no pause-flush timer)
        self.unsaved = False

    # -- reading ----------------------------------------------------------------------------
    @property
    def path(self) -> Path:
        return Path(self.project.path)

    @property
    def title(self) -> str:
        return self.project.info.title

    @property
    def read_only_reason(self) -> str:
        return self.project.read_only_reason or ""

    @property
    def notices(self) -> list:
        return list(getattr(self.project, "notices", []) or [])

    @property
    def original(self) -> Document:
        return self.project.original

    @property
    def working(self) -> Document:
        return self.project.working

    @property
    def revisions(self) -> list:
        """Named snapshots, oldest first (the original MT is not among them)."""
        return self.project.revisions

    @property
    def annotations(self) -> dict:
        """Every comment, on the working text or on the MT or a revision (see `version_name`)."""
        return {a.id: a for a in self.project.annotations}

    @staticmethod
    def version_name(key) -> str:
        """The store's name for a version key: "working", "original" or "revision/<id>"."""
        return key if key in (ORIGINAL, WORKING) else revision_version(key)

    def version_key(self, name: str):
        if name in (ORIGINAL, WORKING):
            return name
        return int(name.split("/", 1)[1])

    @property
    def ignored(self) -> set[str]:
        return {fp for fp, d in self.project.decisions.items() if d.status == "ignored"}

    def version(self, key) -> Document:
        if key == ORIGINAL:
            return self.original
        if key == WORKING:
            return self.working
        return self.project.revision_document(key)

    def version_label(self, key) -> str:
        if key == ORIGINAL:
            return QCoreApplication.translate("Versions", "Machine translation")
        if key == WORKING:
            return QCoreApplication.translate("Versions", "Working text")
        label = next((r.label for r in self.project.revisions if r.id == key), "?")
        return QCoreApplication.translate("Versions", "Revision “{0}”").format(label)

    @property
    def base_key(self):
        """The version this project is reviewed against (kept in the project: `compare.base`)."""
        try:
            key = self.version_key(str(self.project.setting("compare.base")))
        except (ValueError, IndexError, GalleyError):
            return ORIGINAL
        return key if key == ORIGINAL or any(r.id == key for r in self.project.revisions) else ORIGINAL

    def remember_base(self, key) -> None:
        name = self.version_name(key)
        if not self.project.read_only and self.project.setting("compare.base") != name:
            self.project.set_setting("compare.base", name)

    def set_reviewer(self, name: str) -> None:
        """Record the reviewer from Preferences in the project (not an undo step)."""
        if name and name != self.project.info.reviewer and not self.project.read_only:
            self.project.apply(EditProjectInfo(reviewer=name))

    @property
    def save_error(self) -> str | None:
        return self.project.save_error

    def save(self) -> None:
        """Write keystrokes kept in memory by `apply_later` (the controller calls this on a timer)."""
        self.project.flush()

    def close(self) -> None:
        self.project.close()  # writes anything still in memory first

    # -- operations ---------------------------------------------------------------------------
    def op_typing(self, first: int, old: tuple, new: tuple) -> StoreOp:
        one = len(old) == len(new) == 1
        op = StoreOp(QCoreApplication.translate("Operations", "Typing"), typing_ops(first, old, new), True,
                     first if one else None)
        op.is_typing = True  # the undo stack merges typing by this, not by the (translated) name
        return op

    def op_fix(self, f, replacement: str, label: str) -> StoreOp:
        name = QCoreApplication.translate("Operations", "Apply fix: {0}").format(label)
        return StoreOp(name, [ApplyFix(f.paragraph, f.start, f.end, replacement, label,
                                      fingerprint=f.fingerprint or None, expected=f.text)], True)

    def op_fix_all(self, findings, replacement: str, label: str) -> StoreOp:
        # Right to left within a paragraph, so earlier offsets stay valid.
        ordered = sorted(findings, key=lambda f: (f.paragraph, -f.start))
        ops = [ApplyFix(f.paragraph, f.start, f.end, replacement, label, fingerprint=f.fingerprint or None,
                        expected=f.text) for f in ordered]
        return StoreOp(QCoreApplication.translate("Operations", "Fix all: {0} ({1})").format(label, len(ops)), ops, True)

    def op_add_annotation(self, paragraph, start, end, body, category, severity, version=WORKING) -> StoreOp:
        op = AddAnnotation(paragraph, start, end, body, category=category or None, severity=severity or None,
                           version=self.version_name(version))
        return StoreOp(op.name, [op])

    def op_edit_annotation(self, a, body, category, severity) -> StoreOp:
        op = EditAnnotation(a.id, body=body, category=category or None, severity=severity or None)
        return StoreOp(op.name, [op])

    def op_set_status(self, a, status: str) -> StoreOp:
        op = ReopenAnnotation(a.id) if status == "open" else ResolveAnnotation(a.id)
        return StoreOp(op.name, [op])

    def op_delete_annotation(self, a) -> StoreOp:
        op = DeleteAnnotation(a.id)
        return StoreOp(op.name, [op])

    def op_snapshot(self, label: str) -> StoreOp:
        op = SnapshotRevision(label)
        return StoreOp(op.name, [op])

    def op_restore(self, revision_id) -> StoreOp:
        op = RestoreRevision(revision_id)
        label = next((r.label for r in self.project.revisions if r.id == revision_id), "")
        return StoreOp(QCoreApplication.translate("Operations", "Restore revision: {0}").format(label), [op], True)

    def op_ignore(self, fingerprint: str, ignore: bool, label: str) -> StoreOp:
        op = IgnoreFinding(fingerprint) if ignore else UnignoreFinding(fingerprint)
        name = (QCoreApplication.translate("Operations", "Ignore finding: {0}") if ignore else
                QCoreApplication.translate("Operations", "Un-ignore finding: {0}"))
        return StoreOp(name.format(label), [op])
