"""A copy of the real migrations plus a test-only revision that rebuilds tables (SQLite batch mode: create
``_alembic_tmp_*``, copy, drop, rename), as a later release's schema change would. Never shipped."""

from __future__ import annotations

import shutil
from pathlib import Path

from cchc_desktop.store import migrate

REBUILD_REVISION = "9100_test_rebuild"
REBUILT_TABLES = ("agencies", "people", "tasks", "results", "criterion_scores", "meetings", "notices")


def copy_with_rebuild(folder: Path, *, fail_after_rebuild: bool = False) -> Path:
    """``folder/migrations``: the packaged scripts plus :data:`REBUILD_REVISION` (which fails after the rebuilds,
    with an SQL error, when ``fail_after_rebuild``)."""
    scripts = folder / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    failing = '    op.execute("INSERT INTO no_such_table VALUES (1)")\n' if fail_after_rebuild else ""
    (scripts / "versions" / "9100_test_rebuild.py").write_text(
        f'''
from alembic import op
import sqlalchemy as sa

revision = "{REBUILD_REVISION}"
down_revision = "{migrate.script_head()}"
branch_labels = None
depends_on = None


def upgrade():
    for table in {REBUILT_TABLES!r}:
        with op.batch_alter_table(table, recreate="always") as batch:
            batch.add_column(sa.Column("test_note", sa.String(40), nullable=True))
{failing}

def downgrade():
    pass
''',
        encoding="utf-8",
    )
    return scripts
