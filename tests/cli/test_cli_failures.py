"""The ``cchc`` command explains database and file-system failures in one Vietnamese line (exit code 2)."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from cchc_desktop import cli
from cchc_desktop.cli import agencies
from cchc_desktop.cli.failures import failure_message

DATABASE_FILE = str(Path("/du-lieu/cchc.db"))  # messages show paths as the system writes them (\ on Windows)


def run_failing(monkeypatch, capsys, exc: BaseException) -> tuple[int, str]:
    def handler(args):
        raise exc

    monkeypatch.setattr(agencies, "list_agencies", handler)
    status = cli.main(["agencies", "list", "--db", "khong-dung.db"])
    return status, capsys.readouterr().err


@pytest.mark.parametrize(("exc", "expected"), [
    (OperationalError("select 1", {}, sqlite3.OperationalError("database is locked")),
     "Lỗi: không làm việc được với cơ sở dữ liệu: cơ sở dữ liệu đang bị khóa vì một chương trình khác đang ghi; "
     "hãy thử lại sau."),
    (sqlite3.DatabaseError("database disk image is malformed"),
     "Lỗi: không làm việc được với cơ sở dữ liệu: tệp cơ sở dữ liệu bị hỏng; hãy dùng bản sao lưu."),
    (sqlite3.OperationalError("no such table: agencies"),
     "Lỗi: không làm việc được với cơ sở dữ liệu: no such table: agencies."),
    (PermissionError(errno.EACCES, "Permission denied", "/du-lieu/cchc.db"),
     f"Lỗi: Không truy cập được tệp “{DATABASE_FILE}”: không có quyền truy cập (tệp có thể đang mở trong chương "
     "trình khác, hoặc thư mục không cho phép ghi)."),
    (OSError(errno.ENOSPC, "No space left on device", "/du-lieu/cchc.db"),
     f"Lỗi: Không truy cập được tệp “{DATABASE_FILE}”: ổ đĩa đã hết chỗ trống."),
])
def test_main_prints_one_vietnamese_line(monkeypatch, capsys, exc, expected):
    status, err = run_failing(monkeypatch, capsys, exc)
    assert status == 2
    assert err == expected + "\n"
    assert failure_message(exc) == expected


def test_a_programming_error_still_shows_its_traceback(monkeypatch, capsys):
    with pytest.raises(ZeroDivisionError):
        run_failing(monkeypatch, capsys, ZeroDivisionError("bug"))
