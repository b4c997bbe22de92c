"""What the ``cchc`` command prints when a command fails: one Vietnamese sentence, never a traceback."""

from __future__ import annotations

import sys

from ..core.errors import CchcError
from ..core.os_errors import os_error_message

__all__ = ["failure_message", "is_expected_failure"]


def _loaded_class(module: str, name: str) -> type[BaseException] | None:
    """``module.name`` if ``module`` is already imported, else None: an exception of a library that was never
    loaded cannot have been raised, and ``cchc --help`` stays free of SQLAlchemy."""
    loaded = sys.modules.get(module)
    found = getattr(loaded, name, None) if loaded is not None else None
    return found if isinstance(found, type) and issubclass(found, BaseException) else None


def is_expected_failure(exc: BaseException) -> bool:
    """True for the failures :func:`failure_message` explains: bad input, database and file-system errors.
    Anything else is a programming error and keeps its traceback."""
    kinds = [CchcError, OSError, _loaded_class("sqlite3", "Error"), _loaded_class("sqlalchemy.exc", "SQLAlchemyError")]
    return isinstance(exc, tuple(kind for kind in kinds if kind is not None))


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
    dbapi_error = _loaded_class("sqlalchemy.exc", "DBAPIError")
    wrapped = getattr(exc, "orig", None) if dbapi_error is not None and isinstance(exc, dbapi_error) else None
    original = wrapped if isinstance(wrapped, BaseException) else exc
    text = (str(original).strip().splitlines() or [type(original).__name__])[0].rstrip(".")
    for english, vietnamese in _SQLITE_REASONS.items():
        if english in text.lower():
            return vietnamese
    return text


def failure_message(exc: BaseException) -> str:
    """The line printed on standard error for a failure :func:`is_expected_failure` accepts (starts with "Lỗi:")."""
    if isinstance(exc, CchcError):
        return f"Lỗi: {exc}"
    if isinstance(exc, OSError):
        return f"Lỗi: {os_error_message(exc)}"
    return f"Lỗi: không làm việc được với cơ sở dữ liệu: {_database_reason(exc)}."
