"""The database a command works on. SQLAlchemy and the models are loaded here, when a command first needs them,
so that ``cchc --help`` and a mistyped argument are answered at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..store.db import Database

__all__ = ["open_database"]


def open_database(target: str | None) -> Database:
    """:func:`cchc_desktop.store.db.open_database` (``--db``, else CCHC_DB, else the user's data folder)."""
    from ..store.db import open_database as open_store

    return open_store(target)
