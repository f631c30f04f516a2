"""The review controller: one open project, its two panes, the analysis and the undo stack.

It turns user gestures into named operations (on the undo stack), keeps the
panes' span tables in step with the latest analysis, and schedules analysis on
the worker: a quick pass after each edit (findings of the edited text and the
diff of the edited paragraph), and a full compare once typing pauses.
"""
from __future__ import annotations

import gc
import sqlite3
import time
from bisect import bisect_right

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from app.ui import engines
from app.ui.analysis import Analysis, decorate, diff_spans, finding_spans, worst_by_paragraph
from app.ui.analysis import severity_counts as analysis_counts
from app.ui.editing import WorkingBuffer
from app.ui.engines import Comparison
from app.core.errors import GalleyError
from app.core.session import ORIGINAL, WORKING
from app.ui.spans import Span
from app.ui.undo import OperationCommand
from app.ui.workers import Workers

QUICK_DELAY_MS = 25      # after a keystroke: findings + the edited paragraph's diff
FULL_DELAY_MS = 1200     # after typing pauses: alignment and edit rate of the whole document
FIRST_SCREEN_PARAGRAPHS = 60  # paragraphs diffed before the whole document, on opening
SAVE_PAUSE_MS = 250      # typing pause after which keystrokes are written to the project
SAVE_AT_MOST_MS = 800    # ... and, typing on, the next gap between keys after this long
SAVE_IN_GAP_MS = 15
SAVE_RETRY_MS = 3000     # while the disk refuses writes, try again this often


def check_label(check_id: str) -> str:
    return check_id.replace("-", " ")


class ReviewController(QObject):
    """Signals tell the window what to repaint; the window owns widgets, this owns state."""

    findings_changed = Signal()
    annotations_changed = Signal()
    revisions_changed = Signal()
    comparison_changed = Signal()
    versions_changed = Signal()   # the pair of versions on screen changed
    message = Signal(str)
    analysed = Signal(float)      # seconds from the edit to updated findings
    save_error = Signal(str)      # the disk refused a write: the work is kept in memory, retried
    save_recovered = Signal()     # a save succeeded again after a refusal
    first_screen_ready = Signal()  # findings and the visible paragraphs' diff are on screen

    def __init__(self, left_pane, right_pane, workers: Workers | None = None, parent=None):
        super().__init__(parent)
        self.left, self.right = left_pane, right_pane
        self.workers = workers or Workers(self)
        self.undo_stack = QUndoStack(self)
        self.buffer = WorkingBuffer(right_pane.editor, self)
        self.buffer.typed.connect(self._typed)
        self.session = None
        self.left_key, self.right_key = ORIGINAL, WORKING
        self.version = 0               # bumps on every change of the right-hand text
        self.findings: list = []       # right-hand text, all (ignored included)
        self._counts: dict | None = {}
        self.base_findings: list = []
        self._comparison: Comparison | None = None
        self._n_right = 0              # right-hand paragraphs the comparison covers
        self.language = ""
        self.rates: dict = {}
        self.checker_factory = engines.make_checker
        self.check_options: dict = {}
        self._checkers: dict = {}
        self._edit_started: float | None = None
        self._pending_paragraphs: set[int] | None = set()
        self.quick_timer = QTimer(self, singleShot=True, interval=QUICK_DELAY_MS, timeout=self._quick_pass)
        # Keystrokes reach the project file when typing pauses, and never later than a second.
        self.save_timer = QTimer(self, singleShot=True, interval=SAVE_PAUSE_MS, timeout=self.save_now)
        self.save_deadline = QTimer(self, singleShot=True, interval=SAVE_AT_MOST_MS, timeout=self._save_due)
        # Past the deadline, the write goes in the gap just after the next keystroke, not inside one.
        self.save_soon = QTimer(self, singleShot=True, interval=SAVE_IN_GAP_MS, timeout=self.save_now)
        self._save_overdue = False
        self.full_timer = QTimer(self, singleShot=True, interval=FULL_DELAY_MS, timeout=self.full_pass)
        self.save_retry = QTimer(self, singleShot=True, interval=SAVE_RETRY_MS, timeout=self.save_now)
        self.save_failing = ""  # the last refusal's message while the disk refuses writes
        self.reviewer = ""

    @property
    def comparison(self) -> Comparison | None:
        return self._comparison

    @comparison.setter
    def comparison(self, c: Comparison | None) -> None:
        self._comparison = c
        self._n_right = 0 if c is None else sum(1 for _a, b in c.pairs if b is not None)
        self._left_of = {} if c is None else {b: a for a, b in c.pairs if b is not None}

    def comparison_fits(self, n_paragraphs: int) -> bool:
        """True if the last alignment still covers the working text paragraph for paragraph."""
        return self._comparison is not None and self._n_right == n_paragraphs

    # -- opening -------------------------------------------------------------------------
    def open_session(self, session) -> None:
        self.save_now()
        self.workers.cancel_all()
        self.session = session
        self.undo_stack.clear()
        self.left_key, self.right_key = ORIGINAL, WORKING
        self._checkers.clear()
        self.rates = {}
        self.show_versions(session.base_key, WORKING)
        self.annotations_changed.emit()
        self.revisions_changed.emit()

    def show_versions(self, left_key, right_key) -> None:
        """Put two versions side by side; the right one is editable only if it is the working text."""
        s = self.session
        self.left_key, self.right_key = left_key, right_key
        if right_key == WORKING:
            try:
                s.remember_base(left_key)  # the next opening reviews against the same base
            except (GalleyError, OSError, sqlite3.Error):
                pass  # a preference, not work: never worth an error
        self.left.set_paragraphs(s.version(left_key).texts)
        right_texts = s.version(right_key).texts
        self.buffer.load(right_texts)
        self.right.overview.set_lengths([len(t) for t in right_texts])
        self.right.editor.setReadOnly(right_key != WORKING or bool(s.read_only_reason))
        self.left.title.setText(self.tr("{0} — read-only").format(s.version_label(left_key)))
        self.right.title.setText((self.tr("{0} — editable") if right_key == WORKING else
                                 self.tr("{0} — read-only")).format(s.version_label(right_key)))
        for pane in (self.left, self.right):
            for layer in ("diff", "finding", "annotation"):
                pane.table.set_layer(layer, {})
        self.comparison = None
        self.findings, self.base_findings = [], []
        self.version += 1
        self._paint_annotations()
        self.versions_changed.emit()
        self.full_pass(label=self.tr("Comparing and checking…"), first_screen=True)

    @property
    def editable(self) -> bool:
        return self.right_key == WORKING and not self.right.editor.isReadOnly()

    # -- checkers --------------------------------------------------------------------------
    def set_check_options(self, disabled, severities) -> None:
        self.check_options = {"disabled": tuple(disabled), "severities": dict(severities)}
        self._checkers.clear()
        if self.session is not None:
            self.full_pass()

    def _checker(self, key):
        if key not in self._checkers:
            self._checkers[key] = self.checker_factory(**self.check_options)
        return self._checkers[key]

    # -- analysis --------------------------------------------------------------------------
    def full_pass(self, label: str = "", first_screen: bool = False) -> None:
        """Check both versions and compare them, in the worker.

        With `first_screen` (opening a project or another pair of versions), a first job
        delivers the findings and the diff of the paragraphs on screen before the whole
        document is aligned and diffed, so the window is usable at once."""
        s = self.session
        if s is None:
            return
        self.full_timer.stop()
        version, left_key, right_key = self.version, self.left_key, self.right_key
        left_doc, right_doc = s.version(left_key), s.version(right_key)
        want_language = not self.language
        left_checker, right_checker = self._checker(("left", left_key)), self._checker(("right", right_key))
        ignored = frozenset(s.ignored)
        fresh = lambda: self.version == version and (self.left_key, self.right_key) == (left_key, right_key)  # noqa: E731

        def check(out: Analysis) -> None:
            if right_checker is not None:
                out.findings = list(right_checker(right_doc))
            if left_checker is not None:
                out.base_findings = list(left_checker(left_doc))
            if want_language:
                engine = getattr(right_checker, "engine", None)
                out.language = getattr(engine, "language", "") or ""

        screen_first = first_screen and len(left_doc) == len(right_doc)
        if screen_first:
            first = self.right.first_visible_paragraph()
            screen = range(first, min(first + FIRST_SCREEN_PARAGRAPHS, len(right_doc)))

            def first_work(job):
                out = Analysis(version)
                check(out)
                # Until the alignment is known, equal counts mean paragraph i faces paragraph i.
                out.partial_left, out.partial_right, out.partial_changed = {}, {}, {}
                for i in screen:
                    ops = engines.diff_paragraph(left_doc[i], right_doc[i], i, i)
                    left, right = diff_spans(ops)
                    out.partial_left[i], out.partial_right[i] = left.get(i, []), right.get(i, [])
                    out.partial_changed[i, i] = bool(ops)
                return decorate(out, ignored)

            self.workers.submit("first-screen", first_work, self._apply_first, fresh=fresh)

        def work(job):
            t0 = time.perf_counter()
            out = Analysis(version)
            check(out)
            out.comparison = engines.compare(left_doc, right_doc)
            decorate(out, ignored)
            out.seconds = time.perf_counter() - t0
            return out

        # A progress dialog (window-modal, with Cancel) only when the reviewer has to wait;
        # after the first screen is shown, the rest is background work with a busy cursor.
        self.workers.submit("analysis", work, self._apply_full, label=label or self.tr("Checking…"),
                            cancellable=bool(label) and not screen_first, fresh=fresh)

    def _apply_first(self, result: Analysis) -> None:
        if result.language:
            self.language = result.language
        self._apply(result)
        self.first_screen_ready.emit()

    def _apply_full(self, result: Analysis) -> None:
        if result.language:
            self.language = result.language
        self._apply(result)
        if self.left_key == ORIGINAL and self.right_key == WORKING:
            self.rates[WORKING] = result.comparison.edit_rate
        self.comparison_changed.emit()
        self._compute_rates()
        # The documents, tokens and findings just built live as long as the project:
        # move them out of the collector's sight, so a full collection never stalls typing.
        gc.collect()
        gc.freeze()

    def _quick_pass(self) -> None:
        s = self.session
        if s is None:
            return
        version, left_doc, working = self.version, s.version(self.left_key), s.working
        paragraphs = None if self._pending_paragraphs is None else set(self._pending_paragraphs)
        fits = self.comparison_fits(len(working))
        left_of = self._left_of if fits else {}
        checker = self._checker(("right", WORKING))
        started = self._edit_started
        ignored = frozenset(s.ignored)

        def work(job):
            out = Analysis(version)
            if checker is not None:
                out.findings = list(checker(working))
            if fits and paragraphs is not None:
                out.partial_left, out.partial_right, out.partial_changed = {}, {}, {}
                for i in sorted(paragraphs):
                    a = left_of.get(i)
                    if a is not None and i < len(working):
                        ops = engines.diff_paragraph(left_doc[a], working[i], a, i)
                        left, right = diff_spans(ops)
                        out.partial_left[a] = left.get(a, [])
                        out.partial_right[i] = right.get(i, [])
                        out.partial_changed[a, i] = bool(ops)
            return decorate(out, ignored, with_base=False)

        def done(result: Analysis) -> None:
            self._pending_paragraphs = set()  # delivered only if nothing changed since it started
            self._apply(result)
            if started is not None:
                self.analysed.emit(time.perf_counter() - started)
            if result.partial_right is None:
                self.full_pass()  # paragraphs were added or removed: realign now
            else:
                self.full_timer.start()

        self.workers.submit("quick", work, done, fresh=lambda: self.version == version)

    def _apply(self, r: Analysis) -> None:
        """Swap in an analysis: only paragraphs whose spans changed are repainted."""
        self.findings = r.findings
        self._counts = r.counts
        if r.left_finding_spans is not None:
            self.base_findings = r.base_findings
            self.left.refresh(self.left.table.set_layer("finding", r.left_finding_spans))
            self.left.overview.set_marks(findings=r.left_worst)
        self.right.refresh(self.right.table.set_layer("finding", r.right_finding_spans))
        self.right.overview.set_marks(findings=r.right_worst)
        if r.partial_right is not None:
            for a, spans in r.partial_left.items():
                self.left.table.set_paragraph("diff", a, spans)
            for i, spans in r.partial_right.items():
                self.right.table.set_paragraph("diff", i, spans)
            changed_left, changed_right = set(self.left.editor.gutter.changed), set(self.right.editor.gutter.changed)
            for (a, i), changed in r.partial_changed.items():
                (changed_left.add if changed else changed_left.discard)(a)
                (changed_right.add if changed else changed_right.discard)(i)
            self.left.refresh(r.partial_left)
            self.right.refresh(r.partial_right)
            self.left.set_changed(changed_left)
            self.right.set_changed(changed_right)
            self.left.overview.set_marks(changes=sorted(changed_left))
            self.right.overview.set_marks(changes=sorted(changed_right))
        if r.comparison is not None:
            self.comparison = r.comparison
            self.left.refresh(self.left.table.set_layer("diff", r.left_diff))
            self.right.refresh(self.right.table.set_layer("diff", r.right_diff))
            self.left.set_changed(r.changed_left)
            self.right.set_changed(r.changed_right)
            self.left.overview.set_marks(changes=sorted(r.changed_left))
            self.right.overview.set_marks(changes=sorted(r.changed_right))
        self.findings_changed.emit()

    def open_findings(self) -> list:
        ignored = self.session.ignored if self.session else set()
        return [f for f in self.findings if f.fingerprint not in ignored]

    def _paint_findings(self) -> None:
        """Repaint the right-hand findings after the ignored set changed."""
        self._counts = None
        open_findings = self.open_findings()
        self.right.refresh(self.right.table.set_layer("finding", finding_spans(open_findings)))
        self.right.overview.set_marks(findings=worst_by_paragraph(open_findings))

    def _compute_rates(self) -> None:
        s = self.session
        missing = [r for r in s.revisions if r.id not in self.rates]
        if not missing:
            self.revisions_changed.emit()
            return
        original = s.original
        docs = {r.id: s.version(r.id) for r in missing}  # read here: the project file belongs to this thread

        def work(job):
            return {rid: engines.compare(original, doc).edit_rate for rid, doc in docs.items()}

        def done(rates):
            self.rates.update(rates)
            self.revisions_changed.emit()

        self.workers.submit("rates", work, done)

    # -- typing and operations -------------------------------------------------------------
    def _typed(self, first: int, old: tuple, new: tuple, char_edit) -> None:
        if self.right_key != WORKING:
            return
        self._edit_started = time.perf_counter()
        edited = {first: char_edit} if char_edit is not None else {}
        self.right.table.shift_for_edit(first, len(old), len(new), edited)
        self.push(self.session.op_typing(first, old, new), editor_current=True)

    def push(self, op, editor_current: bool = False) -> bool:
        """Apply a user operation, then put it on the undo stack (its name is the Undo text).

        Applied first: an operation the project refuses (a stale fix, a read-only project)
        never reaches the stack; the user is told why."""
        if not editor_current:  # typing set it at the keystroke
            self._edit_started = time.perf_counter()
        try:
            self.run_op(op, editor_current=editor_current)
        except (GalleyError, OSError, sqlite3.Error) as exc:  # refused, or the disk failed: nothing changed
            self.message.emit(str(exc))
            if editor_current:  # the editor shows text the project refused: show the project's again
                self.buffer.apply_texts(self.session.working.texts)
            return False
        self.undo_stack.push(OperationCommand(self, op, already_applied=True))
        return True

    def run_op(self, op, revert: bool = False, editor_current: bool = False) -> None:
        """Change the project (apply or revert), then bring the screen in line with it."""
        s = self.session
        annotations_before = dict(s.annotations)
        ignored_before = set(s.ignored)
        n_revisions = len(s.revisions)
        (op.revert if revert else op.apply)(s)
        if getattr(op, "typing_paragraph", None) is not None and not revert:
            self.save_timer.start()
            if self._save_overdue:
                self.save_soon.start()
            elif not self.save_deadline.isActive():
                self.save_deadline.start()
        else:
            self._saved()
            self._note_save_state()
        if op.touches_text:
            if self.right_key != WORKING:
                self.show_versions(self.left_key, WORKING)
            elif not editor_current:
                changed = self.buffer.apply_texts(s.working.texts)
                self.right.overview.set_lengths([len(t) for t in s.working.texts])
                self._note_changed(changed)
            else:
                self._note_changed(self._edited_paragraphs(op))
        if set(s.ignored) != ignored_before:
            self._paint_findings()
            self.findings_changed.emit()
        if s.annotations != annotations_before:
            self._paint_annotations()
            self.annotations_changed.emit()
        if len(s.revisions) != n_revisions:
            ids = {r.id for r in s.revisions}
            if any(k not in (ORIGINAL, WORKING) and k not in ids for k in (self.left_key, self.right_key)):
                self.show_versions(ORIGINAL, WORKING)  # the revision on screen was undone away
            self._compute_rates()

    def save_now(self) -> None:
        """Write pending work; a refusal is shown, the work stays in memory and is retried."""
        self._saved()
        if self.session is not None:
            try:
                self.session.save()
            except (GalleyError, OSError, sqlite3.Error) as exc:
                self._note_save_state(str(exc))
                return
            self._note_save_state()

    def _note_save_state(self, error: str | None = None) -> None:
        """Tell the window when saving starts failing or works again; retry while it fails."""
        project = getattr(self.session, "project", None)
        error = error or getattr(project, "save_error", None)
        if error:
            self.message.emit(self.tr("Not saved: {0}").format(error))
            if not self.save_failing:
                self.save_error.emit(error)
            self.save_failing = error
            self.save_retry.start()
        elif self.save_failing and not getattr(project, "unsaved", False):
            self.save_failing = ""
            self.save_retry.stop()
            self.message.emit(self.tr("Saved: everything that was waiting is now in the project file."))
            self.save_recovered.emit()

    def _save_due(self) -> None:
        self._save_overdue = True
        self.save_soon.start()  # if no key comes, now-ish; if one does, it restarts this

    def _saved(self) -> None:
        self._save_overdue = False
        self.save_timer.stop()
        self.save_deadline.stop()
        self.save_soon.stop()

    @staticmethod
    def _edited_paragraphs(op) -> set[int] | None:
        """The paragraphs a typing step changed in place, or None if paragraphs came or went."""
        if getattr(op, "typing_paragraph", None) is not None:
            return {op.typing_paragraph}
        return None

    def _note_changed(self, paragraphs) -> None:
        """Remember which paragraphs changed and schedule the quick pass.

        None means paragraphs were added or removed: the alignment must be redone."""
        self.version += 1
        if paragraphs is None or not self.comparison_fits(len(self.session.working)):
            self._pending_paragraphs = None
        elif self._pending_paragraphs is not None:
            self._pending_paragraphs |= set(paragraphs)
        self.quick_timer.start()
        self.full_timer.stop()

    # -- findings --------------------------------------------------------------------------
    def _still_there(self, f) -> bool:
        w = self.session.working
        return f.paragraph < len(w) and w[f.paragraph].text[f.start:f.end] == f.text

    def apply_fix(self, f, suggestion: str | None = None) -> bool:
        if not self.editable or not f.suggestions:
            return False
        if not self._still_there(f):
            self.message.emit(self.tr("That text has changed since it was checked; re-checking."))
            return False
        s = f.suggestions[0] if suggestion is None else suggestion
        return self.push(self.session.op_fix(f, s, check_label(f.check)))

    def fix_all(self, f, suggestion: str | None = None) -> int:
        group = getattr(f, "group", None)
        if not self.editable or not group or not f.suggestions:
            return 0
        s = f.suggestions[0] if suggestion is None else suggestion
        members = [g for g in self.open_findings() if getattr(g, "group", None) == group and self._still_there(g)
                   and g.text != s]
        if members and self.push(self.session.op_fix_all(members, s, check_label(f.check))):
            return len(members)
        return 0

    def toggle_ignore(self, f) -> None:
        ignored = f.fingerprint not in self.session.ignored
        self.push(self.session.op_ignore(f.fingerprint, ignored, check_label(f.check)))

    def next_finding(self, after: tuple[int, int], backwards: bool = False, findings=None):
        """The next (or previous) finding after a (paragraph, offset) position, wrapping around."""
        items = self.open_findings() if findings is None else findings
        if not items:
            return None
        keys = [(f.paragraph, f.start) for f in items]
        if backwards:
            # the last finding that starts before the cursor (not the one the cursor is on)
            k = bisect_right(keys, (after[0], after[1] - 1)) - 1
            return items[k if k >= 0 else len(items) - 1]
        k = bisect_right(keys, after)
        return items[k if k < len(items) else 0]

    # -- annotations ---------------------------------------------------------------------
    def add_annotation(self, paragraph: int, start: int, end: int, body: str, category="", severity="",
                       version=WORKING):
        """A comment on a span of a version (ORIGINAL, WORKING or a revision id); returns its id or None."""
        op = self.session.op_add_annotation(paragraph, start, end, body, category, severity, version)
        if not self.push(op):
            return None
        inner = op.ops[0] if hasattr(op, "ops") else op
        return getattr(inner, "id", None)

    def edit_annotation(self, a, body: str, category: str, severity: str) -> None:
        self.push(self.session.op_edit_annotation(a, body, category, severity))

    def toggle_annotation_status(self, a) -> None:
        self.push(self.session.op_set_status(a, "open" if a.status == "resolved" else "resolved"))

    def delete_annotation(self, a) -> None:
        self.push(self.session.op_delete_annotation(a))

    def annotations(self) -> list:
        return list(self.session.annotations.values()) if self.session else []

    def _paint_annotations(self) -> None:
        """Each pane shows the comments made on the version it shows."""
        if self.session is None:
            return
        for pane, key in ((self.left, self.left_key), (self.right, self.right_key)):
            name = self.session.version_name(key)
            spans: dict[int, list[Span]] = {}
            for a in self.annotations():
                if a.version == name and not a.detached:
                    kind = "annotation" if a.status == "open" else "annotation-resolved"
                    tip = self.tr("Comment: {0}").format(a.body)
                    spans.setdefault(a.paragraph, []).append(Span(a.start, a.end, kind, tip))
            pane.refresh(pane.table.set_layer("annotation", spans))
            pane.overview.set_marks(comments=sorted(i for i, v in spans.items()
                                                    if any(x.kind == "annotation" for x in v)))

    # -- revisions -------------------------------------------------------------------------
    def snapshot(self, label: str):
        op = self.session.op_snapshot(label)
        return self.push(op)

    def restore(self, revision_id) -> None:
        self.push(self.session.op_restore(revision_id))

    # -- status ------------------------------------------------------------------------
    def severity_counts(self) -> dict[str, int]:
        if self._counts is None:  # the ignored set changed since the worker counted
            self._counts = analysis_counts(self.open_findings())
        return self._counts
