"""UI fixtures: a scripted prompter instead of modal dialogs, isolated window settings, the main window."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from cchc_desktop.core.demo import build_demo_database
from cchc_desktop.store.db import Database, open_database
from cchc_desktop.ui import background
from cchc_desktop.ui.context import AppContext
from cchc_desktop.ui.main_window import MainWindow
from cchc_desktop.ui.pages import standard_pages
from cchc_desktop.ui.prompts import DATABASE_FILTER, Prompter
from cchc_desktop.ui.signals import AppSignals

from .test_tasks_support import TODAY


class FakePrompter(Prompter):
    """Answers questions from scripted lists and records everything it was asked or told.

    A question without a scripted answer fails the test, so an unexpected dialog cannot go unnoticed.
    """

    def __init__(self) -> None:
        super().__init__()
        self.answers: list[bool] = []
        self.unsaved_answers: list[str] = []
        self.files: list[Path | None] = []
        self.questions: list[str] = []
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.abouts: list[str] = []

    def confirm(
        self, title: str, text: str, *, yes: str = "Đồng ý", no: str = "Hủy", default_yes: bool = False
    ) -> bool:
        self.questions.append(text)
        assert self.answers, f"unexpected question: {text}"
        return self.answers.pop(0)

    def ask_unsaved(self, title: str, text: str) -> str:
        self.questions.append(text)
        assert self.unsaved_answers, f"unexpected question: {text}"
        return self.unsaved_answers.pop(0)

    def error(self, title: str, text: str) -> None:
        self.errors.append(text)

    def info(self, title: str, text: str) -> None:
        self.infos.append(text)

    def about(self, title: str, text: str) -> None:
        self.abouts.append(text)

    def open_file(self, title: str, directory: Path | None = None, file_filter: str = DATABASE_FILTER) -> Path | None:
        assert self.files, f"unexpected file dialog: {title}"
        return self.files.pop(0)

    def save_file(self, title: str, suggested: Path, file_filter: str = DATABASE_FILTER) -> Path | None:
        assert self.files, f"unexpected file dialog: {title}"
        return self.files.pop(0)


@pytest.fixture(autouse=True)
def _synchronous_background() -> Iterator[None]:
    """Long work runs inside the call that starts it, so tests stay deterministic (tests/ui/test_background.py
    switches this off to test the worker thread)."""
    previous = background.set_synchronous(True)
    yield
    background.set_synchronous(previous)


@pytest.fixture(autouse=True, scope="session")
def _isolated_qsettings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Keep QSettings written by the code under test out of the real user profile."""
    folder = str(tmp_path_factory.mktemp("qsettings"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database built for ``test_tasks_support.TODAY``, so that deadlines and overdue tasks are fixed."""
    path = tmp_path_factory.mktemp("demo-fixed") / "demo.db"
    build_demo_database(path, today=TODAY)
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    """A private copy of :func:`demo_file` for one test."""
    copy = tmp_path / "demo.db"
    shutil.copy(demo_file, copy)
    database = open_database(copy)
    yield database
    database.dispose()


@pytest.fixture
def demo_context(demo: Database, prompter: FakePrompter) -> AppContext:
    """The window's context over :func:`demo` (a module may override it with another database)."""
    return AppContext(demo, AppSignals(), prompter)


@pytest.fixture
def prompter() -> FakePrompter:
    return FakePrompter()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def context(db: Database, prompter: FakePrompter) -> AppContext:
    return AppContext(db, AppSignals(), prompter)


@pytest.fixture
def window(qtbot: QtBot, context: AppContext, settings: QSettings) -> Iterator[MainWindow]:
    main_window = MainWindow(context, settings)
    qtbot.addWidget(main_window)
    for page in standard_pages():
        main_window.register_page(page)
    main_window.resize(1280, 800)
    main_window.show()
    qtbot.waitExposed(main_window)
    yield main_window
    if main_window.context.db is not context.db:
        main_window.context.db.dispose()


def show_widget(qtbot: QtBot, widget: QWidget, width: int, height: int) -> None:
    """Show ``widget`` at a window's size, closed by qtbot after the test, and wait until it is on screen."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key.

    ``qtbot.keyClicks`` (QTest) only handles ASCII, so letters such as "Đ" or "ồ" are sent as key events carrying
    the character, which is what a Vietnamese input method delivers too.
    """
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
