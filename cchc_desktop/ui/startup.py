"""Opening a database for the user: readable errors, a second chance to pick a file, fonts."""

from __future__ import annotations

import os

from ..core.errors import CchcError
from ..store.atomic import InterruptedChangeError
from ..store.db import Database, open_database, restore_database
from .prompts import Prompter

OPEN_FAILED = "Không mở được cơ sở dữ liệu"


def open_for_user(target: str | os.PathLike | None) -> Database:
    """:func:`open_database` (which turns every failure into a :class:`DatabaseError` in Vietnamese)."""
    return open_database(target)


def open_initial_database(target: str | os.PathLike | None, prompter: Prompter) -> Database | None:
    """Open the database given on the command line (or the default).

    When it fails, the user reads why and may pick another file; None means they chose to quit.
    """
    while True:
        try:
            return open_for_user(target)
        except CchcError as error:
            if _offer_restore(error, prompter):
                continue  # restored: open it again
            question = f"{error}\n\nBạn muốn chọn một tệp cơ sở dữ liệu khác hay thoát chương trình?"
            if not prompter.confirm(OPEN_FAILED, question, yes="Chọn tệp khác…", no="Thoát", default_yes=True):
                return None
        target = prompter.open_file("Chọn cơ sở dữ liệu")
        if target is None:
            return None


def _offer_restore(error: CchcError, prompter: Prompter) -> bool:
    """For a file an interrupted upgrade left half-done, one click restores the backup made before it."""
    if not isinstance(error, InterruptedChangeError) or error.backup is None:
        return False
    if not prompter.confirm(OPEN_FAILED, f"{error}\n\nKhôi phục ngay từ bản sao lưu này? Nội dung hiện tại của tệp "
                            "được giữ lại trong thư mục sao lưu.", yes="Khôi phục", no="Không", default_yes=True):
        return False
    try:
        restore_database(error.backup, error.path)
    except CchcError as failure:
        prompter.error(OPEN_FAILED, str(failure))
        return False
    return True
