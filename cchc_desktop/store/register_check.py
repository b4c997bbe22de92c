"""``cchc db check`` for the register: every archived PDF against its SHA-256, and the hash chain.

Only reads: a SQLite file is opened read-only (``mode=ro``), so checking never writes to the file it checks.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, select
from sqlalchemy.pool import NullPool

from ..core.register_chain import StoredEntry, verify_chain
from .models import RegisterEntry


def read_only_engine(path: Path) -> Engine:
    """An engine on ``path`` that cannot write (SQLite ``mode=ro``)."""
    return create_engine("sqlite://", creator=lambda: sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True),
                         poolclass=NullPool)


def register_problems(engine: Engine) -> list[str]:
    """Vietnamese problems of the register (archived PDFs, hash chain), the first broken entry first."""
    table = RegisterEntry.__table__
    columns = [table.c[name] for name in ("id", "year", "number", "symbol", "issued_on", "summary", "signer_name",
                                          "pdf", "pdf_sha256", "snapshot", "previous_hash", "entry_hash")]
    with engine.connect() as conn:
        entries = [StoredEntry(*row) for row in conn.execute(select(*columns).order_by(table.c.id))]
    return verify_chain(entries)


def check_register_file(path: Path) -> list[str]:
    """:func:`register_problems` of a SQLite file at the schema head, opened read-only."""
    engine = read_only_engine(path)
    try:
        return register_problems(engine)
    finally:
        engine.dispose()
