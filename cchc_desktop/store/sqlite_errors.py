"""What went wrong with a SQLite file, told truthfully in Vietnamese with the next step.

SQLite's own texts are English and, worse, ambiguous: a good file on a read-only medium or a full disk can surface
as "unable to open database file" or "disk I/O error". Damage ("bị hỏng") is claimed only when SQLite itself says
so (``SQLITE_CORRUPT``/``SQLITE_NOTADB``) or an integrity check fails, never for a medium that refuses writes, so
that nobody restores an old backup over a good file. The kind is decided from the primary result code (Python
3.11+: ``sqlite3.Error.sqlite_errorcode``), the file system (can the file and its folder be written?) and, last, the
English text; no English fragment reaches the message.
"""

from __future__ import annotations

import os
import sqlite3
from enum import Enum
from pathlib import Path

from ..core.os_errors import display_path


class Failure(Enum):
    READ_ONLY = "read_only"
    FULL = "full"
    LOCKED = "locked"
    DAMAGED = "damaged"
    CANNOT_OPEN = "cannot_open"
    IO = "io"
    OTHER = "other"


_BY_CODE = {
    5: Failure.LOCKED,  # SQLITE_BUSY
    6: Failure.LOCKED,  # SQLITE_LOCKED
    8: Failure.READ_ONLY,  # SQLITE_READONLY
    10: Failure.IO,  # SQLITE_IOERR
    11: Failure.DAMAGED,  # SQLITE_CORRUPT
    13: Failure.FULL,  # SQLITE_FULL
    14: Failure.CANNOT_OPEN,  # SQLITE_CANTOPEN
    23: Failure.READ_ONLY,  # SQLITE_AUTH (a write refused)
    26: Failure.DAMAGED,  # SQLITE_NOTADB
}
_BY_TEXT = (
    ("locked", Failure.LOCKED), ("busy", Failure.LOCKED), ("readonly", Failure.READ_ONLY),
    ("read-only", Failure.READ_ONLY), ("disk is full", Failure.FULL), ("malformed", Failure.DAMAGED),
    ("not a database", Failure.DAMAGED), ("unable to open", Failure.CANNOT_OPEN), ("i/o error", Failure.IO),
)


def _original(exc: BaseException) -> BaseException:
    return getattr(exc, "orig", None) or exc


def classify(exc: BaseException, path: Path | None = None) -> Failure:
    """The kind of failure behind ``exc`` (a ``sqlite3.Error``, a SQLAlchemy error wrapping one, or an OSError)."""
    original = _original(exc)
    if isinstance(original, OSError):
        import errno

        if original.errno == errno.ENOSPC:
            return Failure.FULL
        if original.errno == errno.EROFS:
            return Failure.READ_ONLY
        if original.errno in (errno.EACCES, errno.EPERM, errno.EBUSY):
            # Windows refuses to replace or delete a file another program holds open (WinError 32/5)
            return Failure.LOCKED if path is not None and is_writable(path) else Failure.READ_ONLY
        return Failure.IO
    code = getattr(original, "sqlite_errorcode", None)
    kind = _BY_CODE.get(code & 0xFF) if isinstance(code, int) else None
    if kind is None:
        text = str(original).lower()
        kind = next((k for needle, k in _BY_TEXT if needle in text), Failure.OTHER)
    if kind in (Failure.CANNOT_OPEN, Failure.IO, Failure.OTHER) and path is not None:
        if not is_writable(path):
            return Failure.READ_ONLY
        if kind is Failure.IO and _disk_nearly_full(path):
            return Failure.FULL  # a write error on a full disk is often reported as an I/O error
    return kind


def _disk_nearly_full(path: Path) -> bool:
    import shutil

    try:
        return shutil.disk_usage(path.parent).free < 1 << 20
    except OSError:
        return False


def is_writable(path: Path) -> bool:
    """Whether SQLite could write ``path`` and the journal files beside it."""
    folder = path.parent
    return os.access(folder, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def message(kind: Failure, path: Path | None, *, unchanged: bool = True) -> str:
    """The Vietnamese sentence for ``kind`` about the file ``path`` (None for a server database)."""
    name = f"“{display_path(path)}”" if path is not None else "trên máy chủ"
    kept = " Dữ liệu chưa thay đổi." if unchanged else ""
    if kind is Failure.READ_ONLY:
        return (f"Cơ sở dữ liệu {name} nằm trên ổ đĩa hoặc thư mục chỉ cho phép đọc (hoặc tài khoản không có quyền "
                f"ghi); tệp vẫn nguyên vẹn.{kept} Hãy chép tệp sang một thư mục ghi được (ví dụ thư mục Tài liệu) "
                "rồi mở bản chép, hoặc bỏ chế độ chỉ đọc của ổ đĩa.")
    if kind is Failure.FULL:
        return (f"Ổ đĩa chứa cơ sở dữ liệu {name} đã hết chỗ trống; thay đổi vừa rồi chưa được lưu, tệp vẫn "
                f"nguyên vẹn.{kept} Hãy giải phóng chỗ trống trên ổ đĩa rồi thử lại.")
    if kind is Failure.LOCKED:
        return (f"Cơ sở dữ liệu {name} đang bị một chương trình khác khóa (có thể một cửa sổ CCHC Desktop khác "
                f"hoặc một chương trình xem tệp SQLite).{kept} Hãy đóng chương trình đó rồi thử lại sau giây lát.")
    if kind is Failure.DAMAGED:
        return (f"Tệp {name} bị hỏng, không đọc được.{kept} Hãy khôi phục từ bản sao lưu gần nhất "
                "(cchc db restore BẢN_SAO_LƯU, hoặc Tệp → Khôi phục từ bản sao lưu…).")
    if kind is Failure.CANNOT_OPEN:
        return (f"Không mở được tệp {name}: thư mục không có, không truy cập được hoặc tệp đang bị chương trình "
                f"khác giữ.{kept} Hãy kiểm tra đường dẫn và quyền truy cập rồi thử lại.")
    if kind is Failure.IO:
        return (f"Lỗi đọc ghi ổ đĩa khi làm việc với {name} (ổ USB hoặc ổ mạng có thể vừa bị ngắt).{kept} "
                "Hãy kiểm tra ổ đĩa rồi thử lại.")
    return f"Không làm việc được với cơ sở dữ liệu {name}.{kept} Hãy thử lại; nếu vẫn lỗi, hãy báo cho người quản trị."


def explain(exc: BaseException, path: Path | None, *, unchanged: bool = True) -> str:
    """:func:`message` for the failure behind ``exc``."""
    return message(classify(exc, path), path, unchanged=unchanged)


def is_sqlite_error(exc: BaseException) -> bool:
    return isinstance(_original(exc), sqlite3.Error)


_CONSTRAINTS = (
    ("UNIQUE constraint failed", "giá trị trùng với một bản ghi đã có"),
    ("FOREIGN KEY constraint failed", "liên kết tới một bản ghi không có hoặc bản ghi còn được nơi khác dùng"),
    ("NOT NULL constraint failed", "thiếu giá trị bắt buộc"),
    ("CHECK constraint failed", "giá trị không thỏa điều kiện"),
)


def constraint_detail(exc: BaseException) -> str:
    """A Vietnamese reading of a SQLite constraint failure, naming the columns (``bảng.cột``) SQLite names."""
    text = str(_original(exc))
    for english, vietnamese in _CONSTRAINTS:
        if english in text:
            columns = text.split(":", 1)[1].strip() if ":" in text else ""
            return f"{vietnamese} (cột {columns})" if columns else vietnamese
    return "vi phạm ràng buộc dữ liệu"
