"""Unexpected exceptions in the window: written to a log file in the user's folder and announced in Vietnamese.

Without a hook an exception raised in a slot is printed to a console the user never sees (a windowed program has
none) and the action silently does nothing. :func:`install_excepthook` replaces ``sys.excepthook``: the traceback
is appended to :func:`default_log_file`, and a message box tells the user that something went wrong and where the
details are, so the file can be sent to whoever maintains the program. The box is shown by a *shower* function,
replaceable in tests.
"""

from __future__ import annotations

import datetime as dt
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from platformdirs import user_log_path
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .. import APP_NAME
from ..core.os_errors import display_path, os_error_message

__all__ = ["LOG_NAME", "TITLE", "default_log_file", "write_log", "crash_text", "show_crash_box", "make_excepthook",
           "install_excepthook"]

LOG_NAME = "cchc-desktop.log"
TITLE = "Lỗi ngoài dự kiến"
ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]
Shower = Callable[[str, str], None]
"""Shows (title, text) to the user."""


def default_log_file() -> Path:
    """The log file in the per-user log folder of platformdirs, named like the data folder of the database
    (:func:`~cchc_desktop.store.db.default_database_path`): ``%LOCALAPPDATA%\\CCHC Desktop\\Logs`` on Windows,
    ``~/.local/state/CCHC Desktop/log`` on Linux. The folder is created when the first entry is written."""
    return user_log_path(APP_NAME, appauthor=False) / LOG_NAME


def write_log(path: Path, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Append a dated entry with the full traceback to ``path`` (the folder is created when missing)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().isoformat(sep=" ", timespec="seconds")
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    with path.open("a", encoding="utf-8") as log:
        log.write(f"=== {stamp} ===\n{details}\n")


def crash_text(exc: BaseException, log: Path, log_error: OSError | None = None) -> str:
    """What the user reads: the program is still running, and where the details were (or could not be) written."""
    summary = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    where = (f"Không ghi được nhật ký lỗi. {os_error_message(log_error, action='ghi', path=log)}"
             if log_error is not None else f"Chi tiết đã được ghi vào tệp nhật ký:\n{display_path(log)}")
    return ("Đã xảy ra lỗi ngoài dự kiến. Thao tác vừa rồi có thể chưa hoàn tất; dữ liệu đã lưu trước đó không bị "
            "ảnh hưởng. Nên lưu công việc đang làm rồi khởi động lại chương trình.\n\n"
            f"{where}\n\nHãy gửi tệp này cho người quản trị chương trình.\n\n({summary})")


def show_crash_box(title: str, text: str) -> None:
    """The default shower: a warning box over the active window with a Vietnamese button."""
    parent: QWidget | None = QApplication.activeWindow()
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setEscapeButton(box.addButton("Đóng", QMessageBox.ButtonRole.AcceptRole))
    box.exec()


def make_excepthook(log: Path | None = None, shower: Shower = show_crash_box,
                    fallback: ExceptHook = sys.__excepthook__) -> ExceptHook:
    """A ``sys.excepthook`` that logs to ``log`` (default: :func:`default_log_file`) and calls ``shower``.

    ``fallback`` (the interpreter's own hook) still prints the traceback to standard error for developers, and
    handles Ctrl+C alone. An exception raised while a box is already showing is logged without a second box.
    """
    path = log or default_log_file()
    showing = False

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        fallback(exc_type, exc, tb)
        if issubclass(exc_type, KeyboardInterrupt):
            return
        log_error: OSError | None = None
        try:
            write_log(path, exc_type, exc, tb)
        except OSError as error:
            log_error = error
        if showing:
            return
        showing = True
        try:
            shower(TITLE, crash_text(exc, path, log_error))
        finally:
            showing = False

    return hook


def install_excepthook(log: Path | None = None, shower: Shower = show_crash_box) -> ExceptHook:
    """Make :func:`make_excepthook` the process's ``sys.excepthook``; returns the hook it replaced."""
    previous = sys.excepthook
    sys.excepthook = make_excepthook(log, shower)
    return previous
