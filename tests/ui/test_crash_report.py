"""Unexpected exceptions are logged to a file and announced in Vietnamese; the application speaks Vietnamese."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest
from platformdirs import user_data_path, user_log_path
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QCalendarWidget

from cchc_desktop import APP_NAME
from cchc_desktop.app import create_application
from cchc_desktop.ui import crash_report
from cchc_desktop.ui.crash_report import TITLE, crash_text, default_log_file, install_excepthook, make_excepthook


def raised(exc: BaseException) -> tuple:
    try:
        raise exc
    except BaseException:
        return sys.exc_info()


def failing_slot() -> None:
    raise ValueError("cột “Hạn xử lý” trống")


def test_the_hook_logs_the_traceback_and_shows_where(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shown: list[tuple[str, str]] = []
    log = tmp_path / "nhat-ky" / "cchc-desktop.log"
    hook = make_excepthook(log, lambda title, text: shown.append((title, text)))
    try:
        failing_slot()
    except ValueError:
        hook(*sys.exc_info())
    hook(*raised(KeyError("x")))
    content = log.read_text(encoding="utf-8")
    assert content.count("Traceback (most recent call last):") == 2
    assert "failing_slot" in content and "ValueError: cột “Hạn xử lý” trống" in content
    assert [title for title, _ in shown] == [TITLE, TITLE]
    text = shown[0][1]
    assert text.startswith("Đã xảy ra lỗi ngoài dự kiến.") and str(log) in text
    assert "ValueError: cột “Hạn xử lý” trống" in text
    assert "Traceback" in capsys.readouterr().err  # still printed for whoever runs it from a console


def test_an_unwritable_log_is_said_and_the_box_still_shows(tmp_path: Path) -> None:
    shown: list[str] = []
    blocker = tmp_path / "tep"
    blocker.write_text("", encoding="utf-8")
    hook = make_excepthook(blocker / "cchc-desktop.log", lambda title, text: shown.append(text))
    hook(*raised(RuntimeError("hỏng")))
    assert len(shown) == 1 and "Không ghi được nhật ký lỗi." in shown[0]


def test_ctrl_c_and_nested_errors_show_no_box(tmp_path: Path) -> None:
    shown: list[str] = []

    def shower(title: str, text: str) -> None:
        shown.append(text)
        hook(*raised(RuntimeError("trong hộp thoại")))  # an error while the box is up: logged only

    hook = make_excepthook(tmp_path / "x.log", shower)
    hook(*raised(KeyboardInterrupt()))
    assert shown == [] and not (tmp_path / "x.log").exists()
    hook(*raised(RuntimeError("lần đầu")))
    assert len(shown) == 1
    assert (tmp_path / "x.log").read_text(encoding="utf-8").count("RuntimeError") == 2


def test_install_replaces_sys_excepthook(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    shown: list[str] = []
    previous = install_excepthook(tmp_path / "x.log", lambda title, text: shown.append(text))
    assert sys.excepthook is not previous
    sys.excepthook(*raised(OSError("đĩa")))
    assert shown and (tmp_path / "x.log").exists()


def test_default_log_file_is_in_the_user_log_folder() -> None:
    path = default_log_file()
    assert path.name == "cchc-desktop.log" and "CCHC Desktop" in str(path)
    assert crash_report.LOG_NAME == path.name
    # the same platformdirs naming as the database folder (no "author" level): on Windows
    # %LOCALAPPDATA%\CCHC Desktop\Logs, beside %LOCALAPPDATA%\CCHC Desktop\cchc.db
    assert path.parent == user_log_path(APP_NAME, appauthor=False)
    if sys.platform == "win32":
        assert path.parent == Path(os.environ["LOCALAPPDATA"]) / APP_NAME / "Logs"
        assert path.parent.parent == user_data_path(APP_NAME, appauthor=False)  # where cchc.db lives


def test_the_message_shows_the_log_path_as_the_system_writes_it(tmp_path: Path) -> None:
    log = tmp_path / "nhat-ky" / "cchc-desktop.log"
    text = crash_text(ValueError("x"), Path(log.as_posix()))
    assert f"tệp nhật ký:\n{log}\n" in text and str(log) == os.path.join(str(tmp_path), "nhat-ky", log.name)
    denied = PermissionError(errno.EACCES, "Permission denied", str(log.parent))
    log.parent.mkdir()
    assert f"Không ghi được tệp “{log.parent}”: đây là một thư mục" in crash_text(ValueError("x"), log, denied)


def test_application_uses_the_vietnamese_locale(qtbot) -> None:
    before = QLocale()
    try:
        create_application()
        assert QLocale().name() == "vi_VN"
        calendar = QCalendarWidget()
        qtbot.addWidget(calendar)
        assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
        assert calendar.locale().standaloneMonthName(4) == "Tháng 4"
    finally:
        QLocale.setDefault(before)
