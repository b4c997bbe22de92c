"""Work on the worker thread is safe around the window: closing is refused while a job runs, a job whose
parent dialog was closed still delivers its outcome, and autosave waits for the job instead of fighting its lock."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from cchc_desktop.core.services.index_catalogue import IndexCatalogueService
from cchc_desktop.core.services.results import ResultService
from cchc_desktop.store.db import Database
from cchc_desktop.ui import background
from cchc_desktop.ui.background import Progress, run_in_background
from cchc_desktop.ui.main_window import MainWindow
from cchc_desktop.ui.pages.results.import_dialog import ResultImportDialog
from cchc_desktop.ui.widgets.save_state import Autosave

from .conftest import FakePrompter

WAIT_MS = 10_000


@pytest.fixture
def threaded() -> Iterator[None]:
    previous = background.set_synchronous(False)
    yield
    background.set_synchronous(previous)


def blocking_job(release: threading.Event):
    def job(progress: Progress) -> str:
        release.wait(WAIT_MS / 1000)
        return "xong"
    return job


def test_the_window_does_not_close_while_a_job_runs(
        qtbot: QtBot, window: MainWindow, prompter: FakePrompter, threaded: None) -> None:
    release = threading.Event()
    task = run_in_background(window, "Thử", "Đang làm…", blocking_job(release))
    try:
        assert background.busy()
        assert not window.close()
        assert window.isVisible()
        assert prompter.infos and "Hãy chờ việc đó xong" in prompter.infos[-1]
    finally:
        with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
            release.set()
    assert not background.busy()
    assert window.close()


def test_a_job_whose_dialog_was_closed_still_delivers_its_result(qtbot: QtBot, threaded: None) -> None:
    parent = QDialog()
    parent.show()
    release = threading.Event()
    results: list[str] = []
    task = run_in_background(parent, "Thử", "Đang làm…", blocking_job(release), on_done=results.append)
    shiboken6.delete(parent)  # the clerk closed the import dialog (WA_DeleteOnClose) while the job ran
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        release.set()
    assert results == ["xong"] and task.done and not background.busy()


def test_autosave_waits_while_a_job_writes_then_saves(qtbot: QtBot, threaded: None) -> None:
    owner = QObject()
    saves: list[bool] = []
    autosave = Autosave(owner, lambda: saves.append(background.busy()), delay_ms=20)
    release = threading.Event()
    fired: list[int] = []
    autosave.timer.timeout.connect(lambda: fired.append(1))
    task = run_in_background(None, "Thử", "Đang làm…", blocking_job(release))
    autosave.schedule()
    qtbot.waitUntil(lambda: len(fired) >= 3, timeout=WAIT_MS)  # three delays passed while the job ran
    assert saves == [] and autosave.pending()  # the save keeps waiting
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        release.set()
    qtbot.waitUntil(lambda: saves == [False], timeout=WAIT_MS)


class BlockingResults(ResultService):
    """A results service whose check waits until the test lets it go."""

    def __init__(self, db: Database, release: threading.Event) -> None:
        super().__init__(db)
        self.release = release

    def import_table(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.release.wait(WAIT_MS / 1000)
        return super().import_table(*args, **kwargs)


def test_the_import_dialog_stays_open_until_its_check_has_finished(
        qtbot: QtBot, db: Database, tmp_path, threaded: None) -> None:
    path = tmp_path / "ket-qua.csv"
    path.write_text("Tỉnh, thành phố,Điểm\nLạng Sơn,41,5\n", encoding="utf-8")
    release = threading.Event()
    dialog = ResultImportDialog(BlockingResults(db, release), IndexCatalogueService(db).list(), path, "PAPI",
                                lambda: None, 2024)
    dialog.show()  # not given to qtbot: it deletes itself on close (WA_DeleteOnClose), as the last line checks
    qtbot.waitExposed(dialog)
    dialog.check_button.click()
    assert dialog.working()
    dialog.reject()  # Escape while the file is being checked
    assert not dialog.close()
    assert dialog.isVisible()
    assert dialog.task is not None
    with qtbot.waitSignal(dialog.task.finished, timeout=WAIT_MS):
        release.set()
    assert not dialog.working() and dialog.close()
