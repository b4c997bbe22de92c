"""Opening a database for the user: readable errors, a second chance to pick a file, fonts."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QFontDatabase

from ..core.errors import CchcError
from ..resources import resource
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


def register_fonts() -> list[str]:
    """Make the fonts shipped in ``resources/fonts`` available to Qt (document previews use them)."""
    families: list[str] = []
    for path in sorted(Path(resource("fonts")).glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families.extend(QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else [])
    return sorted(set(families))
