"""Analysis off the GUI thread: one serial worker, stale results dropped, busy feedback.

Checking, diffing and loading run on a single background thread, one job at a
time, so they never race each other over a document. A newer job of the same
kind replaces a queued one and makes a running one's result worthless: results
are delivered only if they are still the latest of their kind and their text has
not changed since (the caller's `fresh` test). After 300 ms the window shows a
busy cursor; after 600 ms a progress dialog with Cancel, for jobs that ask for it.
"""
from __future__ import annotations

import itertools
import queue
import sys
import threading
import time
import traceback
from dataclasses import dataclass, field
from typing import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog

BUSY_AFTER_MS = 300
DIALOG_AFTER_MS = 600
# While the worker computes, the GUI thread must get the GIL back quickly: every
# paint and key event calls into Python. The default (5 ms) would cost whole frames.
GIL_SWITCH_SECONDS = 0.0005


@dataclass(eq=False)
class Job:
    kind: str
    fn: Callable[["Job"], object]
    on_result: Callable[[object], None]
    fresh: Callable[[], bool] = lambda: True
    label: str = ""
    cancellable: bool = False
    on_error: Callable[[BaseException], None] | None = None
    id: int = 0
    cancelled: bool = False
    started: float = 0.0
    result: object = field(default=None, repr=False)
    error: BaseException | None = None


class Workers(QObject):
    """Serial background executor. `synchronous=True` runs jobs inline (for tests and tools)."""

    _finished = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent=None, synchronous: bool = False):
        super().__init__(parent)
        self.synchronous = synchronous
        sys.setswitchinterval(min(sys.getswitchinterval(), GIL_SWITCH_SECONDS))
        self._ids = itertools.count(1)
        self._latest: dict[str, int] = {}
        self._queue: "queue.Queue[Job | None]" = queue.Queue()
        self._pending: list[Job] = []
        self._lock = threading.Lock()
        self._running: Job | None = None
        self._outstanding = 0  # submitted, not yet delivered (GUI thread only)
        self._thread: threading.Thread | None = None
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._busy_timer = QTimer(self, singleShot=True, interval=BUSY_AFTER_MS, timeout=self._show_busy)
        self._dialog_timer = QTimer(self, singleShot=True, interval=DIALOG_AFTER_MS - BUSY_AFTER_MS,
                                    timeout=self._show_dialog)
        self._busy_cursor = False
        self.dialog: QProgressDialog | None = None
        self.dialog_parent = None

    # -- submitting ---------------------------------------------------------------------
    def submit(self, kind: str, fn, on_result, *, fresh=lambda: True, label: str = "",
               cancellable: bool = False, on_error=None) -> Job:
        job = Job(kind, fn, on_result, fresh, label, cancellable, on_error, next(self._ids))
        self._latest[kind] = job.id
        self._outstanding += 1
        if self.synchronous:
            self._run(job)
            self._deliver(job)
            return job
        with self._lock:
            # A queued job of the same kind is superseded before it starts.
            self._pending = [j for j in self._pending if j.kind != kind]
            self._pending.append(job)
        self._ensure_thread()
        self._queue.put(job)
        if not self._busy_timer.isActive() and not self._busy_cursor:
            self._busy_timer.start()
        return job

    def _ensure_thread(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._loop, name="galley-worker", daemon=True)
            self._thread.start()

    def _loop(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            with self._lock:
                queued = job in self._pending
                if queued:
                    self._pending.remove(job)
                    self._running = job
            # A job superseded while queued is not run, but still reported, so
            # the GUI thread's count of outstanding jobs stays exact.
            if queued and self._latest.get(job.kind) == job.id and not job.cancelled:
                self._run(job)
            with self._lock:
                self._running = None
            self._finished.emit(job)

    @staticmethod
    def _run(job: Job) -> None:
        job.started = time.perf_counter()
        try:
            job.result = job.fn(job)
        except BaseException as exc:  # delivered to the GUI thread, never lost in the worker
            job.error = exc
            job.traceback = traceback.format_exc()

    # -- delivering ---------------------------------------------------------------------
    def _deliver(self, job: Job) -> None:
        self._outstanding -= 1
        if self.idle():
            self._stop_busy()
        if job.cancelled or self._latest.get(job.kind) != job.id:
            return
        if job.error is not None:
            if job.on_error:
                job.on_error(job.error)
            else:
                print(getattr(job, "traceback", job.error))
            return
        if not job.fresh():
            return  # the text changed while we worked; a newer job is (or will be) on its way
        job.on_result(job.result)

    def idle(self) -> bool:
        return self._outstanding <= 0

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Process events until every job is delivered (benchmarks and tests)."""
        app = QApplication.instance()
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            app.processEvents()
            if self.idle():
                return True
            time.sleep(0.001)
        return False

    def cancel_all(self) -> None:
        with self._lock:
            for job in self._pending:
                job.cancelled = True
            if self._running is not None:
                self._running.cancelled = True
        self._latest.clear()
        self._stop_busy()

    def shutdown(self) -> None:
        self.cancel_all()
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(timeout=5)

    # -- feedback -----------------------------------------------------------------------
    def _current(self) -> Job | None:
        with self._lock:
            return self._running or (self._pending[0] if self._pending else None)

    def _show_busy(self) -> None:
        if self.idle():
            return
        if not self._busy_cursor:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self._busy_cursor = True
            self.busy_changed.emit(True)
        self._dialog_timer.start()

    def _show_dialog(self) -> None:
        job = self._current()
        if job is None or not job.cancellable:
            return
        if self.dialog is None:
            self.dialog = QProgressDialog(self.dialog_parent)
            self.dialog.setWindowTitle("Galley")
            self.dialog.setRange(0, 0)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.canceled.connect(self.cancel_all)
        self.dialog.setLabelText(job.label or "Working…")
        self.dialog.show()

    def _stop_busy(self) -> None:
        self._busy_timer.stop()
        self._dialog_timer.stop()
        if self._busy_cursor:
            QApplication.restoreOverrideCursor()
            self._busy_cursor = False
            self.busy_changed.emit(False)
        if self.dialog is not None:
            self.dialog.hide()
