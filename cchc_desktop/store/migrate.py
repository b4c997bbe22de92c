"""Schema migrations (Alembic), run at start-up and by ``cchc db upgrade``.

A SQLite file is never migrated in place: :func:`cchc_desktop.store.atomic.upgrade_file` backs it up, runs
:func:`upgrade` on a copy, verifies the copy and replaces the original atomically; a new file is created
beside its target (:func:`cchc_desktop.store.db.create_database`). :func:`upgrade` itself changes the database
it is given (the work copy, or a PostgreSQL server, whose DDL is transactional), backing up a file with tables.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from ..core.errors import DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest revision, so that an up-to-date database opens without importing Alembic (a third of start-up).
# A test checks it against the migration scripts; update it with every new migration.
SCHEMA_HEAD = "0003_task_list_indexes"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def script_head() -> str:
    """The head according to the migration scripts themselves."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def head_revision() -> str:
    return SCHEMA_HEAD if MIGRATIONS_DIR == _PACKAGED_DIR else script_head()


_PACKAGED_DIR = MIGRATIONS_DIR


def known_revisions() -> set[str]:
    """Every revision of our migration scripts (reads them: call only when the database is not at the head)."""
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def newer_message(revision: str) -> str:
    return (f"Cơ sở dữ liệu được tạo bởi phiên bản CCHC Desktop mới hơn (lược đồ {revision}). "
            "Hãy cập nhật chương trình.")


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database, or None for a database without our schema."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def backup_path_for(path: Path, revision: str | None) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.parent / "backups" / f"{path.stem}-{stamp}-before-upgrade-from-{revision or 'none'}.db"


def upgrade(engine: Engine, path: Path | None) -> Path | None:
    """Bring the schema to the newest revision. Returns the backup made first, if one was needed."""
    head = head_revision()
    current = current_revision(engine)
    if current == head:
        return None
    from alembic import command

    if current is not None and current not in known_revisions():
        raise DatabaseError(newer_message(current))
    backup = None
    has_tables = bool(inspect(engine).get_table_names())
    if path is not None and has_tables:
        from .db import backup_file

        backup = backup_file(path, backup_path_for(path, current))
    config = alembic_config()
    with engine.connect() as conn:
        # Table rebuilds in batch mode must not trip foreign keys half-way; check them all at the end.
        if engine.dialect.name == "sqlite":
            conn.execute(text("PRAGMA foreign_keys = OFF"))
            conn.commit()
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
        if engine.dialect.name == "sqlite":
            problems = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
            conn.execute(text("PRAGMA foreign_keys = ON"))
            conn.commit()
            if problems:
                raise DatabaseError(f"Nâng cấp làm hỏng liên kết dữ liệu ({len(problems)} lỗi); bản sao lưu: {backup}")
    return backup
