"""What the ``cchc`` command prints when a command fails: one Vietnamese sentence, never a traceback."""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from ..core.errors import CchcError
from ..core.os_errors import os_error_message

__all__ = ["EXPECTED_FAILURES", "failure_message"]

EXPECTED_FAILURES: tuple[type[BaseException], ...] = (CchcError, SQLAlchemyError, sqlite3.Error, OSError)
"""Exceptions :func:`failure_message` explains; anything else is a programming error and keeps its traceback."""

# SQLite's own messages (always English) for the failures a user can do something about.
_SQLITE_REASONS = {
    "database is locked": "cơ sở dữ liệu đang bị khóa vì một chương trình khác đang ghi; hãy thử lại sau",
    "attempt to write a readonly database": "cơ sở dữ liệu chỉ cho phép đọc (không có quyền ghi tệp)",
    "database disk image is malformed": "tệp cơ sở dữ liệu bị hỏng; hãy dùng bản sao lưu",
    "file is not a database": "tệp không phải là cơ sở dữ liệu SQLite",
    "unable to open database file": "không mở được tệp cơ sở dữ liệu (thư mục không có hoặc không có quyền)",
    "disk i/o error": "lỗi đọc ghi ổ đĩa",
    "database or disk is full": "ổ đĩa đã hết chỗ trống",
}


def _database_reason(exc: BaseException) -> str:
    original = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    text = (str(original).strip().splitlines() or [type(original).__name__])[0].rstrip(".")
    for english, vietnamese in _SQLITE_REASONS.items():
        if english in text.lower():
            return vietnamese
    return text


def failure_message(exc: BaseException) -> str:
    """The line printed on standard error for one of :data:`EXPECTED_FAILURES` (starting with "Lỗi:")."""
    if isinstance(exc, CchcError):
        return f"Lỗi: {exc}"
    if isinstance(exc, OSError):
        return f"Lỗi: {os_error_message(exc)}"
    return f"Lỗi: không làm việc được với cơ sở dữ liệu: {_database_reason(exc)}."
