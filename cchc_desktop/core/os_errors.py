"""Vietnamese messages for file-system errors (no Qt: used by the CLI, the documents and the window alike).

``OSError.strerror`` comes from the C library in the language of the system (English on most machines), so the
usual causes are named here in Vietnamese and the file concerned is always quoted, written the way the system
writes paths (``D:\\Báo cáo\\tb.pdf`` on Windows, ``/home/…/tb.pdf`` elsewhere): see :func:`display_path`.

Writing to a folder as if it were a file fails differently by system: ``IsADirectoryError`` on Linux and macOS,
a plain ``PermissionError`` (errno ``EACCES``) on Windows. :func:`os_error_reason` looks at the path itself, so
the user reads "this is a folder" on both.

A file held open by another program (Windows: a PDF in a viewer, a workbook in Excel) cannot be replaced:
:class:`FileInUseError` (raised by :mod:`cchc_desktop.core.atomic_files`) and the Windows sharing/lock violations
get their own sentence, which tells the user to close the file.
"""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager
from os import PathLike, fsdecode
from pathlib import Path

from .errors import CchcError

__all__ = [
    "FileInUseError", "display_path", "is_file_in_use", "is_folder_error", "os_error_message", "os_error_reason",
    "writing_file",
]

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
FOLDER_REASON = _REASONS[errno.EISDIR]
IN_USE_REASON = "tệp đang được mở trong chương trình khác"
_WINDOWS_SHARING_ERRORS = (32, 33)  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION


class FileInUseError(PermissionError):
    """The target could not be replaced because another program holds it open (Windows)."""


def is_file_in_use(exc: OSError) -> bool:
    """True for :class:`FileInUseError` and for Windows' sharing and lock violations (WinError 32, 33)."""
    return isinstance(exc, FileInUseError) or getattr(exc, "winerror", None) in _WINDOWS_SHARING_ERRORS


def display_path(path: str | bytes | PathLike[str] | PathLike[bytes]) -> str:
    """``path`` as the user would type it in the system's file manager: the platform's separators
    (``C:/Users/lan/tb.pdf`` → ``C:\\Users\\lan\\tb.pdf`` on Windows). Every message naming a file uses it."""
    text = fsdecode(path)
    return str(Path(text)) if text else text


def is_folder_error(exc: OSError, path: str | PathLike[str] | None = None) -> bool:
    """True when ``exc`` came from using a folder as a file: ``IsADirectoryError`` (Linux, macOS), or on Windows
    a ``PermissionError`` for a path that is an existing folder. ``path`` stands in when ``exc`` names no file."""
    if exc.errno == errno.EISDIR or isinstance(exc, IsADirectoryError):
        return True
    if not (isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM)):
        return False
    names = [exc.filename if exc.filename is not None else path, exc.filename2]
    return any(_is_folder(name) for name in names if name is not None)


def _is_folder(name: object) -> bool:
    try:
        return isinstance(name, (str, bytes, PathLike)) and Path(fsdecode(name)).is_dir()
    except (OSError, ValueError):
        return False


def os_error_reason(exc: OSError, path: str | PathLike[str] | None = None) -> str:
    """Why ``exc`` happened, in Vietnamese; the system's own text for causes not listed above.

    ``path`` is the file concerned when ``exc`` does not name it (used to recognise a folder, see above)."""
    if is_folder_error(exc, path):
        return FOLDER_REASON
    if is_file_in_use(exc):
        return IN_USE_REASON
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
    if filename is not None and is_file_in_use(exc) and not is_folder_error(exc, path):
        return (f"Tệp “{_display(filename)}” đang được mở trong chương trình khác. "
                "Hãy đóng tệp rồi thử lại.")
    reason = os_error_reason(exc, path)
    if action == "ghi" and reason == _REASONS[errno.ENOENT]:
        reason = "thư mục chứa tệp không tồn tại"
    if filename is None:
        return f"Không {action} được tệp: {reason}."
    name = _display(filename)
    if exc.filename2 is not None:
        return f"Không {action} được tệp “{name}” → “{_display(exc.filename2)}”: {reason}."
    return f"Không {action} được tệp “{name}”: {reason}."


@contextmanager
def writing_file(path: str | PathLike[str], action: str = "ghi") -> Iterator[None]:
    """Turn an OSError raised while writing ``path`` (a file the user chose) into a :class:`CchcError` naming the
    file and the reason. The one place the CLI, the documents and the window map writing errors."""
    try:
        yield
    except OSError as exc:
        raise CchcError(os_error_message(exc, action=action, path=path)) from None


def _display(filename: object) -> str:
    return display_path(filename) if isinstance(filename, (str, bytes, PathLike)) else str(filename)
