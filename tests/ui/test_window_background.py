"""The window's backup and restore run through the background helper: a progress dialog, Hủy, and no freeze."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from cchc_desktop.store import db as store_db
from cchc_desktop.ui import background
from cchc_desktop.ui.background import BackgroundTask
from cchc_desktop.ui.main_window import MainWindow

from .conftest import FakePrompter


class Started(list[BackgroundTask]):
    """The tasks started during a test; ``hooks`` run on each as it starts (before its job)."""

    def __init__(self) -> None:
        super().__init__()
        self.hooks: list[Callable[[BackgroundTask], None]] = []

    def __call__(self, task: BackgroundTask) -> None:
        self.append(task)
        for hook in self.hooks:
            hook(task)


@pytest.fixture
def started() -> Iterator[Started]:
    tasks = Started()
    background.events.started.connect(tasks)
    yield tasks
    background.events.started.disconnect(tasks)


def test_the_backup_runs_through_the_helper_and_reports_its_progress(
        window: MainWindow, prompter: FakePrompter, tmp_path: Path, started: Started,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_db, "BACKUP_STEP_PAGES", 8)
    labels: list[str] = []
    started.hooks.append(lambda task: task.progressed.connect(lambda *_: labels.append(task.dialog.labelText())))
    destination = tmp_path / "sao-luu.db"
    prompter.files.append(destination)
    window.backup_action.trigger()
    assert [task.dialog.windowTitle() for task in started] == ["Sao lưu cơ sở dữ liệu"]
    assert started[0].dialog.parent() is window
    assert len(labels) > 1 and labels[-1] == "Đã chép 100% cơ sở dữ liệu…"
    assert prompter.infos == [f"Đã sao lưu cơ sở dữ liệu vào tệp:\n{destination}"]
    assert destination.read_bytes().startswith(b"SQLite format 3\x00")


def test_hủy_stops_the_backup_and_writes_no_file(window: MainWindow, prompter: FakePrompter, tmp_path: Path,
                                                  started: Started,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_db, "BACKUP_STEP_PAGES", 8)
    started.hooks.append(lambda task: task.progressed.connect(lambda *_: task.dialog.cancel_button.click()))
    messages: list[str] = []
    window.context.signals.status_message.connect(messages.append)
    destination = tmp_path / "sao-luu.db"
    prompter.files.append(destination)
    window.backup_action.trigger()
    assert messages[-1] == "Đã hủy sao lưu; không có tệp sao lưu nào được ghi."
    assert list(tmp_path.glob("*sao-luu*")) == []
    assert prompter.infos == [] and prompter.errors == []


def test_a_threaded_backup_keeps_the_window_responsive_and_reports_on_the_gui_thread(
        qtbot: QtBot, window: MainWindow, prompter: FakePrompter, tmp_path: Path, started: Started
) -> None:
    previous = background.set_synchronous(False)
    try:
        destination = tmp_path / "sao-luu.db"
        prompter.files.append(destination)
        window.backup_action.trigger()
        assert len(started) == 1
        with qtbot.waitSignal(started[0].finished, timeout=10_000):
            pass
    finally:
        background.set_synchronous(previous)
    assert prompter.infos == [f"Đã sao lưu cơ sở dữ liệu vào tệp:\n{destination}"]
    assert destination.read_bytes().startswith(b"SQLite format 3\x00")


def test_the_restore_runs_through_the_helper_without_hủy(window: MainWindow, prompter: FakePrompter,
                                                          tmp_path: Path, started: Started) -> None:
    assert window.context.db.path is not None
    backup = store_db.backup_database(window.context.db, tmp_path / "sao-luu.db")
    prompter.files.append(backup)
    prompter.answers.append(True)
    window.restore_action.trigger()
    assert [task.dialog.windowTitle() for task in started] == ["Khôi phục từ bản sao lưu"]
    assert started[0].dialog.cancel_button.isHidden()
    assert prompter.infos[0].startswith("Đã khôi phục cơ sở dữ liệu từ bản sao lưu:")
    assert window.context.db.path == backup.parent / "cchc.db" and not prompter.errors
