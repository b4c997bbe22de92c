"""Opening a database for the user: readable errors, a second chance to pick a file, fonts."""

from __future__ import annotations

import os


from ..core.errors import CchcError
from ..store.db import Database, open_database
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
            question = f"{error}\n\nBạn muốn chọn một tệp cơ sở dữ liệu khác hay thoát chương trình?"
            if not prompter.confirm(OPEN_FAILED, question, yes="Chọn tệp khác…", no="Thoát", default_yes=True):
                return None
        target = prompter.open_file("Chọn cơ sở dữ liệu")
        if target is None:
            return None

