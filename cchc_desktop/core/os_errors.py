"""Vietnamese messages for file-system errors (no Qt: used by the CLI, the documents and the window alike).

``OSError.strerror`` comes from the C library in the language of the system (English on most machines), so the
usual causes are named here in Vietnamese and the file concerned is always quoted.
"""

from __future__ import annotations

import errno
from os import PathLike, fsdecode

__all__ = ["os_error_message", "os_error_reason"]

_REASONS: dict[int, str] = {
    errno.ENOENT: "không có tệp hoặc thư mục này",
    errno.EACCES: "không có quyền truy cập (tệp có thể đang mở trong chương trình khác, "
                  "hoặc thư mục không cho phép ghi)",
    errno.EPERM: "hệ điều hành không cho phép thao tác này",
    errno.ENOSPC: "ổ đĩa đã hết chỗ trống",
    errno.EROFS: "ổ đĩa hoặc thư mục chỉ cho phép đọc",
    errno.EEXIST: "tệp đã có sẵn",
    errno.EISDIR: "đây là một thư mục, không phải tệp",
    errno.ENOTDIR: "một phần của đường dẫn không phải là thư mục",
    errno.ENAMETOOLONG: "tên tệp hoặc đường dẫn quá dài",
    errno.EBUSY: "tệp đang được chương trình khác dùng",
}


def os_error_reason(exc: OSError) -> str:
    """Why ``exc`` happened, in Vietnamese; the system's own text for causes not listed above."""
    if exc.errno in _REASONS:
        return _REASONS[exc.errno]
    if isinstance(exc, PermissionError):
        return _REASONS[errno.EACCES]
    if isinstance(exc, FileNotFoundError):
        return _REASONS[errno.ENOENT]
    return exc.strerror or str(exc) or type(exc).__name__


def os_error_message(exc: OSError, *, action: str = "truy cập", path: str | PathLike[str] | None = None) -> str:
    """A sentence for the user naming the file and the reason.

    ``action`` is the Vietnamese verb of what failed ("ghi", "đọc", "mở"); ``path`` names the file when the
    exception does not (``exc.filename`` wins when it is set). Example::

        Không ghi được tệp “D:\\bao-cao.pdf”: không có quyền truy cập (…).
    """
    filename = exc.filename if exc.filename is not None else path
    reason = os_error_reason(exc)
    if action == "ghi" and reason == _REASONS[errno.ENOENT]:
        reason = "thư mục chứa tệp không tồn tại"
    if filename is None:
        return f"Không {action} được tệp: {reason}."
    name = _display(filename)
    if exc.filename2 is not None:
        return f"Không {action} được tệp “{name}” → “{_display(exc.filename2)}”: {reason}."
    return f"Không {action} được tệp “{name}”: {reason}."


def _display(filename: object) -> str:
    return fsdecode(filename) if isinstance(filename, (str, bytes, PathLike)) else str(filename)
