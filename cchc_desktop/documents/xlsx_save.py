"""Saving an openpyxl workbook the way every export is saved: whole, or not at all.

``Workbook.save`` leaves its ``ZipFile`` open when writing fails (a full disk), and that archive later writes
its central directory into a closed or deleted file when the garbage collector finalises it (an exception
"ignored" at a random moment, or on Windows a temporary file that cannot be removed). Here the archive is built
on the file of :func:`~cchc_desktop.core.atomic_files.atomic_write` and, on failure, detached from it before the
temporary file is removed; the target keeps its old content.
"""

from __future__ import annotations

import datetime as dt
from os import PathLike
from pathlib import Path
from typing import Any
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl.writer.excel import ExcelWriter

from ..core.atomic_files import atomic_write
from ..core.os_errors import writing_file

__all__ = ["save_workbook"]


def save_workbook(book: Any, path: str | PathLike[str]) -> Path:
    """Write ``book`` to ``path`` atomically; OSError becomes a :class:`CchcError` naming the file."""
    path = Path(path)
    with writing_file(path), atomic_write(path) as file:
        archive = ZipFile(file, "w", ZIP_DEFLATED, allowZip64=True)
        try:
            book.properties.modified = dt.datetime.now(dt.UTC).replace(tzinfo=None)
            ExcelWriter(book, archive).save()  # closes the archive when everything is written
        except BaseException:
            archive.fp = None  # an abandoned archive must not write into the file later (see above)
            raise
    return path
