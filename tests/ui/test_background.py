"""The background helper: work on the worker thread behind a progress dialog with Hủy, outcomes back on the GUI
thread as results or Vietnamese errors; synchronous under tests."""

from __future__ import annotations

import errno
import threading
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from cchc_desktop.core.errors import Cancelled, CchcError, ConflictError
from cchc_desktop.core.services.task_excel import import_tasks, write_import_template
from cchc_desktop.core.services.tasks import TaskService
from cchc_desktop.store.db import Database
from cchc_desktop.ui import background
from cchc_desktop.ui.background import Progress, run_in_background

from .conftest import show_widget

WAIT_MS = 10_000


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    show_widget(qtbot, widget, 800, 600)
    return widget


@pytest.fixture
def threaded() -> Iterator[None]:
    previous = background.set_synchronous(False)
    yield
    background.set_synchronous(previous)


def test_a_job_runs_on_the_worker_and_its_result_comes_back_on_the_gui_thread(
        qtbot: QtBot, window: QWidget, threaded: None) -> None:
    threads: list[threading.Thread] = []
    received: list[tuple[int, threading.Thread]] = []
    reports: list[tuple[int, int]] = []

    def job(progress: Progress) -> int:
        threads.append(threading.current_thread())
        for done in range(1, 4):
            progress(done, 3)
        return 42

    task = run_in_background(window, "Thử", "Đang làm…", job,
                             on_done=lambda value: received.append((value, threading.current_thread())))
    task.progressed.connect(lambda done, total: reports.append((done, total)))
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        pass
    assert threads and threads[0] is not threading.main_thread()
    assert received == [(42, threading.main_thread())]
    assert task.done and task.result == 42 and task.error is None
    assert reports == [(1, 3), (2, 3), (3, 3)]


def test_hủy_in_the_dialog_stops_a_threaded_job_at_its_next_report(
        qtbot: QtBot, window: QWidget, threaded: None) -> None:
    gate = threading.Event()
    errors: list[CchcError] = []

    def job(progress: Progress) -> str:
        progress(1, 3)
        assert gate.wait(WAIT_MS / 1000)
        progress(2, 3)
        return "không được tới đây"

    task = run_in_background(window, "Nhập thử", "Đang nhập…", job, on_error=errors.append,
                             describe=lambda done, total: f"Đang kiểm tra dòng {done}/{total}…")
    qtbot.waitUntil(lambda: task.dialog.isVisible(), timeout=WAIT_MS)  # shown after a short delay
    qtbot.waitUntil(lambda: task.dialog.labelText() == "Đang kiểm tra dòng 1/3…", timeout=WAIT_MS)
    assert task.dialog.windowTitle() == "Nhập thử"
    assert task.dialog.windowModality() == Qt.WindowModality.WindowModal
    assert task.dialog.progress_bar.value() == 1 and task.dialog.progress_bar.maximum() == 3
    qtbot.mouseClick(task.dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert task.dialog.labelText() == "Đang hủy, xin chờ…"
    assert not task.dialog.cancel_button.isEnabled()
    assert task.dialog.isVisible()  # stays until the job has stopped
    shown_at_the_end: list[bool] = []
    task.finished.connect(lambda: shown_at_the_end.append(task.dialog.isVisible()))  # (deleted once back in the loop)
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        gate.set()
    assert len(errors) == 1 and isinstance(errors[0], Cancelled)
    assert str(errors[0]) == "Đã hủy."
    assert task.result is None and shown_at_the_end == [False]


def test_escape_asks_the_job_to_stop_too(qtbot: QtBot, window: QWidget) -> None:
    errors: list[CchcError] = []

    def job(progress: Progress) -> None:
        progress(1, 2)
        progress(2, 2)

    def started(task: background.BackgroundTask) -> None:
        task.progressed.connect(lambda done, total: qtbot.keyClick(task.dialog, Qt.Key.Key_Escape))

    background.events.started.connect(started)
    try:
        run_in_background(window, "Thử", "Đang làm…", job, on_error=errors.append)
    finally:
        background.events.started.disconnect(started)
    assert [str(error) for error in errors] == ["Đã hủy."]


def test_a_threaded_import_cancelled_mid_way_changes_nothing(
        qtbot: QtBot, window: QWidget, threaded: None, demo: Database, tmp_path: Path) -> None:
    service = TaskService(demo)
    path = tmp_path / "nhieu-dong.xlsx"
    write_import_template(service, path)
    book = openpyxl.load_workbook(path)
    for n in range(1, 101):
        book["Nhiệm vụ"].append([f"Nhiệm vụ thử số {n}", "Sở Nội vụ", "", "trước ngày 31/12/2024", "", None, "", ""])
    book.save(path)
    before = service.list()
    gate = threading.Event()

    def job(progress: Progress) -> object:
        def report(done: int, total: int) -> None:
            progress(done, total)
            if done == 10:
                assert gate.wait(WAIT_MS / 1000)

        return import_tasks(TaskService(demo), path, progress=report)

    task = run_in_background(window, "Nhập nhiệm vụ từ Excel", "Đang kiểm tra…", job)
    qtbot.waitUntil(lambda: task.dialog.progress_bar.value() == 10, timeout=WAIT_MS)
    task.dialog.cancel_button.click()
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        gate.set()
    assert isinstance(task.error, Cancelled)
    assert service.list() == before


def test_errors_come_back_as_vietnamese_messages(window: QWidget, tmp_path: Path) -> None:
    errors: list[str] = []

    def conflict(_progress: Progress) -> None:
        raise ConflictError("Cơ quan đang được dùng; chưa xóa được.")

    def missing_file(_progress: Progress) -> bytes:
        return (tmp_path / "khong-co.xlsx").read_bytes()

    def full_disk(_progress: Progress) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "bao-cao.pdf"))

    for job in (conflict, missing_file, full_disk):
        task = run_in_background(window, "Thử", "Đang làm…", job, on_error=lambda error: errors.append(str(error)))
        assert task.done and isinstance(task.error, CchcError)
    assert errors[0] == "Cơ quan đang được dùng; chưa xóa được."
    assert "khong-co.xlsx" in errors[1] and "No such file" not in errors[1]
    assert "bao-cao.pdf" in errors[2] and "No space" not in errors[2]
    assert all("Không" in message or "không" in message for message in errors[1:])


def test_a_bug_in_a_job_is_not_swallowed(qtbot: QtBot, window: QWidget) -> None:
    """Not a CchcError: raised on the GUI thread, where sys.excepthook writes the crash log."""
    def broken(_progress: Progress) -> None:
        raise RuntimeError("bug")

    errors: list[CchcError] = []
    with qtbot.captureExceptions() as raised:
        task = run_in_background(window, "Thử", "Đang làm…", broken, on_error=errors.append)
    assert [(kind, str(value)) for kind, value, _ in raised] == [(RuntimeError, "bug")]
    assert errors == [] and task.done and not task.dialog.isVisible()


def test_work_that_cannot_stop_has_no_hủy_button(window: QWidget) -> None:
    results: list[str] = []
    task = run_in_background(window, "Sao lưu", "Đang sao lưu…", lambda progress: "xong", on_done=results.append,
                             cancellable=False)
    assert results == ["xong"]
    assert task.dialog.cancel_button.isHidden()
