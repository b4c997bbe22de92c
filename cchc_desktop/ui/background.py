"""Long work (imports, exports, reports, backups) off the GUI thread, behind a progress dialog with "Hủy".

:func:`run_in_background` hands ``job(progress)`` to one worker thread (so database work never runs twice at
once), shows a window-modal :class:`QProgressDialog` after a short delay, and delivers the outcome on the GUI
thread: ``on_done(result)``, or ``on_error(error)`` with a :class:`CchcError` whose Vietnamese message can be shown
as it is (an :class:`OSError` becomes one too). ``progress(done, total)`` is the core's callback: it moves the bar
and, once the user pressed "Hủy", raises :class:`Cancelled` inside the job, so the service's transaction rolls back
and nothing is changed; ``on_error`` then gets that ``Cancelled``.

Tests run every job synchronously (``set_synchronous(True)``, set by ``tests/ui/conftest.py``): the job, its
progress reports and the callbacks all run inside the call, in order. No ``processEvents()`` anywhere: the dialog
is repainted by the event loop the GUI thread keeps running while the worker works.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QProgressBar, QProgressDialog, QPushButton, QWidget
from shiboken6 import isValid

from ..core.errors import Cancelled, CchcError
from ..core.os_errors import os_error_message

T = TypeVar("T")

SHOW_AFTER_MS = 400  # quick work finishes before any dialog flashes up
CANCELLING = "Đang hủy, xin chờ…"

_synchronous = False
_pool: QThreadPool | None = None
_running: set[BackgroundTask[Any]] = set()  # keeps each task alive until its outcome is delivered


def set_synchronous(value: bool) -> bool:
    """Run later jobs inside the call (tests) or on the worker thread (the application); the previous setting."""
    global _synchronous
    previous, _synchronous = _synchronous, value
    return previous


def busy() -> bool:
    """True while a job has not delivered its outcome (the window does not close then)."""
    return bool(_running)


def shut_down() -> None:
    """Wait for the job on the worker thread to end (called once the event loop has returned, before the database
    is disposed of), so no Python code runs on a second thread while the interpreter finalises."""
    if _pool is not None:
        _pool.clear()
        _pool.waitForDone()


def _worker_pool() -> QThreadPool:
    """One worker thread: database jobs run one after the other, each with its own session (the SQLite engine is
    made with ``check_same_thread=False`` and sessions are never shared between calls)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        _pool.setExpiryTimeout(-1)
    return _pool


class Progress:
    """The callback a job passes to the core as ``progress(done, total)``; safe to call from the worker."""

    def __init__(self, report: Callable[[int, int], None]) -> None:
        self._report = report
        self._cancel = threading.Event()

    def __call__(self, done: int, total: int) -> None:
        self.check()
        self._report(done, total)
        self.check()  # synchronous: "Hủy" may have been pressed while this report was shown

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the user pressed "Hủy" (for work between two progress reports)."""
        if self._cancel.is_set():
            raise Cancelled()


class ProgressDialog(QProgressDialog):
    """Hủy, Escape and closing the window all ask the job to stop; the dialog stays until the job has stopped
    (closing it at once would let the user act on data the job is still rolling back)."""

    cancel_requested = Signal()

    def __init__(self, title: str, label: str, parent: QWidget | None) -> None:
        super().__init__(label, "Hủy", 0, 0, parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.progress_bar = QProgressBar(self)  # moved directly: QProgressDialog.setValue() would processEvents()
        self.progress_bar.setRange(0, 0)
        self.setBar(self.progress_bar)
        self.cancel_button = QPushButton("Hủy", self)
        self.setCancelButton(self.cancel_button)
        self.setMinimumWidth(420)
        self.canceled.disconnect(self.cancel)
        self.canceled.connect(self.cancel_requested)

    def reject(self) -> None:
        self.cancel_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.cancel_requested.emit()


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, the task's slots receive through the event loop."""

    progressed = Signal(int, int)
    finished = Signal(object, object)  # result, error


class _Job(QRunnable):
    def __init__(self, call: Callable[[], None]) -> None:
        super().__init__()
        self.call = call

    def run(self) -> None:
        self.call()


class BackgroundTask(QObject, Generic[T]):
    """One job: a small future. ``done``, ``result`` and ``error`` are set when the outcome is delivered;
    ``finished`` is emitted then (after the callbacks)."""

    progressed = Signal(int, int)
    finished = Signal()

    def __init__(self, title: str, label: str, parent: QWidget | None,
                 describe: Callable[[int, int], str] | None, cancellable: bool) -> None:
        super().__init__()
        self.label = label
        self.describe = describe
        self.done = False
        self.result: T | None = None
        self.error: CchcError | None = None
        self.dialog = ProgressDialog(title, label, parent)
        if not cancellable:
            self.dialog.cancel_button.hide()
        else:
            self.dialog.cancel_requested.connect(self.cancel)
        self.relay = _Relay()
        self.relay.progressed.connect(self._on_progress)
        self.relay.finished.connect(self._on_finished)
        self.progress = Progress(self.relay.progressed.emit)
        self.show_timer = QTimer(self)
        self.show_timer.setSingleShot(True)
        self.show_timer.timeout.connect(self._show)
        self._on_done: Callable[[T], None] | None = None
        self._on_error: Callable[[CchcError], None] | None = None

    def cancel(self) -> None:
        """Ask the job to stop at its next progress report (what "Hủy" does)."""
        if self.done or self.progress.cancelled:
            return
        self.progress.cancel()
        if isValid(self.dialog):
            self.dialog.setLabelText(CANCELLING)
            self.dialog.cancel_button.setEnabled(False)

    @Slot()
    def _show(self) -> None:
        if not self.done and isValid(self.dialog):  # its parent (a dialog) may have been closed meanwhile
            self.dialog.show()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self.done or not isValid(self.dialog):
            self.progressed.emit(done, total)
            return
        bar = self.dialog.progress_bar
        bar.setRange(0, max(total, 0))
        bar.setValue(min(done, total) if total > 0 else 0)
        if not self.progress.cancelled:
            self.dialog.setLabelText(self.describe(done, total) if self.describe else self.label)
        self.progressed.emit(done, total)

    @Slot(object, object)
    def _on_finished(self, result: object, error: object) -> None:
        self.done = True
        self.show_timer.stop()
        _running.discard(self)
        if isValid(self.dialog):  # deleted with its parent when that was closed while the job ran
            self.dialog.hide()
            self.dialog.deleteLater()
        try:
            if isinstance(error, BaseException) and not isinstance(error, CchcError):
                raise error  # a bug: reaches the crash log through sys.excepthook, as on the GUI thread
            if isinstance(error, CchcError):
                self.error = error
                if self._on_error is not None:
                    self._on_error(error)
            else:
                self.result = result  # type: ignore[assignment]
                if self._on_done is not None:
                    self._on_done(result)  # type: ignore[arg-type]
        finally:
            self.finished.emit()

    def _execute(self, job: Callable[[Progress], T]) -> None:
        """Run the job (on the worker, or inline when synchronous) and post its outcome."""
        self.relay.finished.emit(*_outcome(lambda: job(self.progress)))


def _outcome(call: Callable[[], object]) -> tuple[object, BaseException | None]:
    """``(result, None)`` or ``(None, error)``: a :class:`CchcError` (an :class:`OSError` made one), or a bug to be
    raised on the GUI thread."""
    try:
        return call(), None
    except CchcError as exc:
        return None, exc
    except OSError as exc:
        return None, CchcError(os_error_message(exc))
    except Exception as exc:  # noqa: BLE001  (handed to the GUI thread, raised there)
        return None, exc


class _Events(QObject):
    """``started(task)`` for every task, before its job runs (tests press "Hủy" through it)."""

    started = Signal(object)


events = _Events()


def run_in_background(parent: QWidget | None, title: str, label: str, job: Callable[[Progress], T], *,
                      on_done: Callable[[T], None] | None = None,
                      on_error: Callable[[CchcError], None] | None = None,
                      describe: Callable[[int, int], str] | None = None,
                      cancellable: bool = True) -> BackgroundTask[T]:
    """Run ``job(progress)`` off the GUI thread behind a progress dialog titled ``title`` over ``parent``'s window
    (the active window when None).

    ``label`` is the dialog's text, ``describe(done, total)`` its text after each report ("Đang kiểm tra dòng
    3/120…"). ``cancellable=False`` hides "Hủy" (work that cannot stop halfway). The job must not touch widgets;
    ``on_done``/``on_error`` run on the GUI thread (without ``on_error`` the error is only kept in
    ``task.error``). Returns the task (a small future); its dialog is deleted once the outcome is delivered."""
    task: BackgroundTask[T] = BackgroundTask(title, label, parent or QApplication.activeWindow(), describe,
                                             cancellable)
    task._on_done = on_done
    task._on_error = on_error
    _running.add(task)
    events.started.emit(task)
    if _synchronous:
        task._execute(job)
    else:
        task.show_timer.start(SHOW_AFTER_MS)
        _worker_pool().start(_Job(lambda: task._execute(job)))
    return task


class QuietLoad(QObject, Generic[T]):
    """A read that completes what a page already shows (the rest of a long list): no dialog, and the window may
    close while it runs. :meth:`drop` discards its outcome (the page asked for something else meanwhile)."""

    def __init__(self, on_done: Callable[[T], None], on_error: Callable[[CchcError], None]) -> None:
        super().__init__()
        self.done = False
        self.dropped = False
        self._on_done = on_done
        self._on_error = on_error
        self.relay = _Relay()
        self.relay.finished.connect(self._on_finished)

    def drop(self) -> None:
        self.dropped = True

    @Slot(object, object)
    def _on_finished(self, result: object, error: object) -> None:
        self.done = True
        _loading.discard(self)
        if self.dropped:
            return
        if isinstance(error, BaseException) and not isinstance(error, CchcError):
            raise error
        if isinstance(error, CchcError):
            self._on_error(error)
        else:
            self._on_done(result)  # type: ignore[arg-type]


_loading: set[QuietLoad[Any]] = set()  # keeps each load alive until its outcome is delivered


def loads_pending() -> int:
    """How many :func:`load_quietly` reads have not delivered their outcome yet (dropped ones included)."""
    return len(_loading)


def load_quietly(job: Callable[[], T], on_done: Callable[[T], None],
                 on_error: Callable[[CchcError], None]) -> QuietLoad[T]:
    """Run ``job()`` on the worker thread (inline when synchronous) and hand its result to ``on_done`` (or its
    :class:`CchcError` to ``on_error``) on the GUI thread. For reads only: nothing to cancel, nothing half-done."""
    load: QuietLoad[T] = QuietLoad(on_done, on_error)
    _loading.add(load)
    if _synchronous:
        load.relay.finished.emit(*_outcome(job))
    else:
        _worker_pool().start(_Job(lambda: load.relay.finished.emit(*_outcome(job))))
    return load
