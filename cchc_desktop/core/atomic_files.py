"""Writing the files a user asked for, whole or not at all (no Qt: used by the CLI, the documents and the window).

Every export (notice PDF and DOCX, Excel files, chart PNG and SVG, the analysis report) is written to a hidden
temporary file next to the target (``.tb.pdf.partial-1a2b3c4d``: the same folder, so the same volume, so the
rename below cannot turn into a copy), flushed and ``fsync``-ed, then moved over the target with
:func:`os.replace`, which is atomic on Windows (``MoveFileEx`` with ``MOVEFILE_REPLACE_EXISTING``) and POSIX.
A reader of the target therefore sees either the old file or the new one, never half of it: a full disk, a
crash of the renderer or a power cut leaves an existing good file byte for byte as it was, and the temporary
file is removed on every failure this process can see.

On Windows the rename fails when another program holds the target open (the PDF in a viewer, the workbook in
Excel: ``ERROR_SHARING_VIOLATION`` or ``ERROR_ACCESS_DENIED``). That becomes :class:`FileInUseError`, which
:func:`cchc_desktop.core.os_errors.os_error_message` words as "đang được mở trong chương trình khác". A target
that is a folder is refused before anything is written (``IsADirectoryError`` on every system), so the
folder-versus-file message of ``os_errors`` stays the same.

Errors are plain :class:`OSError` naming the *target* (never the temporary name); wrap the call in
:func:`~cchc_desktop.core.os_errors.writing_file` to get the Vietnamese message. Backups of the database have
their own ``.partial`` file in ``store/db.py``.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from os import PathLike
from pathlib import Path
from typing import BinaryIO

from .os_errors import FileInUseError, is_folder_error

__all__ = ["PARTIAL_MARK", "atomic_write", "write_bytes_atomic"]

PARTIAL_MARK = ".partial-"
"""Part of every temporary name: ``.<target name>.partial-<8 hex digits>``."""

_WINDOWS_IN_USE = (32, 33, 5)  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION, ERROR_ACCESS_DENIED


@contextmanager
def atomic_write(path: str | PathLike[str]) -> Iterator[BinaryIO]:
    """A binary file to write ``path``'s new content into; the target is replaced when the block ends normally.

    If the block raises (or flushing, ``fsync`` or the rename fails) the temporary file is removed, the
    exception propagates and an existing target is untouched. Any library that writes to a file object can be
    used inside (``image.save(file, "PNG")``, ``document.save(file)``); for openpyxl workbooks use
    :func:`cchc_desktop.documents.xlsx_save.save_workbook`, which also cleans up the archive after a failure."""
    target = _target(Path(path))
    if target.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
    temporary: Path | None = None
    try:
        temporary, file = _create_temporary(target)
        with file:
            yield file
            file.flush()
            os.fsync(file.fileno())
        _keep_mode(target, temporary)
        _replace(temporary, target)
        temporary = None
        _sync_folder(target.parent)
    except OSError as exc:
        _name_target(exc, target)
        raise
    finally:
        if temporary is not None:
            _remove(temporary)


def write_bytes_atomic(path: str | PathLike[str], data: bytes) -> Path:
    """Write ``data`` as the whole content of ``path`` (see :func:`atomic_write`); returns the path."""
    with atomic_write(path) as file:
        file.write(data)
    return Path(path)


def _target(path: Path) -> Path:
    """The file to replace: a symbolic link is followed, so the link stays and its file gets the content."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _create_temporary(target: Path) -> tuple[Path, BinaryIO]:
    """A new file next to ``target``, created with the usual permissions (0o666 less the umask)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0)
    for _ in range(100):
        temporary = target.with_name(f".{target.name}{PARTIAL_MARK}{os.urandom(4).hex()}")
        try:
            descriptor = os.open(temporary, flags, 0o666)
        except FileExistsError:
            continue
        return temporary, os.fdopen(descriptor, "wb")
    raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target))


def _keep_mode(target: Path, temporary: Path) -> None:
    """A replaced file keeps its permission bits (POSIX; Windows has only the read-only flag, left as created)."""
    if os.name == "nt":
        return
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        return
    try:
        os.chmod(temporary, mode)
    except OSError:
        pass


def _replace(temporary: Path, target: Path) -> None:
    try:
        os.replace(temporary, target)
    except PermissionError as exc:
        if is_folder_error(exc, target) or target.is_dir():
            raise
        if os.name == "nt" and getattr(exc, "winerror", None) not in (*_WINDOWS_IN_USE, None):
            raise
        if target.exists() and not os.access(target, os.W_OK):
            raise  # a read-only file (or folder rights): the general "no permission" message, not "open"
        raise FileInUseError(errno.EACCES, exc.strerror or os.strerror(errno.EACCES), str(target)) from exc


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows folders cannot be opened for this and need not be)."""
    if os.name == "nt":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def _name_target(exc: OSError, target: Path) -> None:
    """Errors name the file the user chose, not the hidden temporary one (errors about other files are kept)."""
    if exc.filename is None or _is_ours(exc.filename, target):
        exc.filename, exc.filename2 = str(target), None


def _is_ours(name: object, target: Path) -> bool:
    """``name`` is the target or one of its temporary files."""
    if not isinstance(name, (str, PathLike)):
        return False
    path = Path(os.fspath(name))
    return path == target or (path.parent == target.parent and path.name.startswith(f".{target.name}{PARTIAL_MARK}"))


def _remove(temporary: Path) -> None:
    try:
        os.unlink(temporary)
    except FileNotFoundError:
        pass
    except OSError:
        pass  # nothing more can be done here; the hidden name marks it as a leftover
