import errno
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from cchc_desktop.core.errors import Cancelled, ConflictError, DatabaseError
from cchc_desktop.store import db as db_module
from cchc_desktop.store import migrate
from cchc_desktop.store.db import backup_database, open_database, resolve_url
from cchc_desktop.store.models import Agency, IndexDef, Province, Task


def test_migration_from_empty_creates_every_table_at_head(db, db_path):
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    conn = sqlite3.connect(db_path)
    names = {row[0] for row in conn.execute("select name from sqlite_master where type='table'")}
    for expected in ("agencies", "people", "positions", "provinces", "issuing_bodies", "recipient_groups",
                     "indexes", "criteria_versions", "criteria", "result_sets", "results", "criterion_scores",
                     "meetings", "meeting_sites", "meeting_attendees", "meeting_reports", "text_bodies",
                     "text_blocks", "notices", "notice_recipients", "notice_attachments", "register_entries",
                     "tasks", "task_cooperators", "task_progress", "plans", "plan_targets", "audit_log"):
        assert expected in names


def test_foreign_keys_are_enforced_on_every_connection(db):
    with pytest.raises(ConflictError, match="dữ liệu chưa thay đổi"):
        with db.session() as session:
            session.add(Task(title="Nhiệm vụ mồ côi", lead_agency_id=999_999))
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_reference_data_loaded_once(db, db_path):
    with db.session() as session:
        assert session.scalar(select(func.count(Province.id)).where(Province.valid_to_year == 2024)) == 63
        assert session.scalar(select(func.count(Province.id)).where(Province.valid_from_year == 2025)) == 34
        lang_son = session.scalars(select(Province).where(Province.name == "Lạng Sơn",
                                                          Province.valid_to_year == 2024)).one()
        assert lang_son.successor.name == "Lạng Sơn" and lang_son.change == "unchanged"
        hai_duong = session.scalars(select(Province).where(Province.name == "Hải Dương")).one()
        assert hai_duong.successor.name == "Thành phố Hải Phòng"
        codes = set(session.scalars(select(IndexDef.code)))
        assert {"PAR INDEX", "SIPAS", "PAPI", "PCI", "DTI", "766"} <= codes
        par = session.scalars(select(IndexDef).where(IndexDef.code == "PAR INDEX")).one()
        assert len(par.versions[-1].criteria) == 8
        agencies = session.scalar(select(func.count(Agency.id)))
    db.dispose()
    again = open_database(db_path)
    with again.session() as session:
        assert session.scalar(select(func.count(Agency.id))) == agencies
    again.dispose()


def test_text_is_stored_nfc_even_when_typed_nfd(db):
    import unicodedata

    decomposed = unicodedata.normalize("NFD", "Sở Văn hóa, Thể thao và Du lịch mới")
    with db.session() as session:
        session.add(Agency(name=decomposed))
    with db.engine.connect() as conn:
        stored = conn.execute(text("select name, search_folded from agencies where name like '%mới'")).one()
    assert stored.name == unicodedata.normalize("NFC", decomposed)
    assert stored.search_folded == "so van hoa, the thao va du lich moi"


@pytest.mark.parametrize("content", [b"hello, not a database", b"SQLite format 3\x00" + b"\x00" * 50])
def test_non_sqlite_or_corrupt_file_is_refused_and_left_untouched(tmp_path, content):
    path = tmp_path / "khong-phai.db"
    path.write_bytes(content)
    with pytest.raises(DatabaseError) as err:
        open_database(path)
    assert str(path) in str(err.value)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["khong-phai.db"]


def test_database_from_a_newer_program_is_refused(db, db_path):
    with db.engine.begin() as conn:
        conn.execute(text("update alembic_version set version_num = '9999_future'"))
    db.dispose()
    with pytest.raises(DatabaseError, match="mới hơn"):
        open_database(db_path)


def test_env_var_chooses_database_unless_db_given(monkeypatch, tmp_path):
    monkeypatch.setenv("CCHC_DB", str(tmp_path / "env.db"))
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'env.db'}"
    assert resolve_url(tmp_path / "arg.db") == f"sqlite:///{tmp_path / 'arg.db'}"
    assert resolve_url("postgresql+psycopg://u@host/cchc") == "postgresql+psycopg://u@host/cchc"


@pytest.fixture
def migrations_with_a_new_revision(tmp_path, monkeypatch):
    """A copy of the real migrations plus one more revision adding a column, as a later release would."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts)
    head = migrate.head_revision()
    (scripts / "versions" / "9000_test_add_column.py").write_text(
        f'''
from alembic import op
import sqlalchemy as sa

revision = "9000_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("agencies") as batch:
        batch.add_column(sa.Column("phone", sa.String(40), nullable=True))


def downgrade():
    with op.batch_alter_table("agencies") as batch:
        batch.drop_column("phone")
''',
        encoding="utf-8",
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    return head


def test_pending_migration_backs_up_the_file_first_and_keeps_data(db, db_path, migrations_with_a_new_revision):
    old_head = migrations_with_a_new_revision
    with db.session() as session:
        session.add(Agency(name="Đơn vị có dữ liệu"))
    db.dispose()

    upgraded = open_database(db_path)
    try:
        backup = upgraded.last_backup
        assert backup is not None and backup.exists()
        assert backup.parent == db_path.parent / "backups"
        old = sqlite3.connect(backup)
        assert old.execute("select version_num from alembic_version").fetchone()[0] == old_head
        assert "phone" not in [row[1] for row in old.execute("pragma table_info(agencies)")]
        assert old.execute("select count(*) from agencies where name = 'Đơn vị có dữ liệu'").fetchone()[0] == 1
        old.close()
        with upgraded.engine.connect() as conn:
            assert conn.execute(text("select version_num from alembic_version")).scalar() == "9000_test"
            assert conn.execute(text("select count(*) from agencies where name = 'Đơn vị có dữ liệu'")).scalar() == 1
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    finally:
        upgraded.dispose()


def test_fresh_database_needs_no_backup(tmp_path: Path):
    database = open_database(tmp_path / "new.db")
    assert database.last_backup is None
    assert not (tmp_path / "backups").exists()
    database.dispose()


def test_schema_head_constant_matches_the_migration_scripts():
    assert migrate.SCHEMA_HEAD == migrate.script_head()


def test_another_programs_database_is_not_touched(tmp_path):
    path = tmp_path / "khac.db"
    conn = sqlite3.connect(path)
    conn.execute("create table ke_toan (id integer primary key)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="chương trình khác"):
        open_database(path)
    assert path.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["khac.db"]


def test_models_and_migrations_agree(db):
    """A model change without its migration would leave real databases behind: compare them."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from cchc_desktop.store.models import Base

    with db.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert differences == []


def test_backup_of_the_open_database_only_reads_it(db, db_path, tmp_path):
    """The window backs up the file it holds open: the copy goes elsewhere, the open file is never replaced
    (Windows refuses to replace or delete a file another handle holds, WinError 32)."""
    with db.session() as session:  # a write leaves a -wal file beside the open database
        session.add(Agency(name="Cơ quan thử sao lưu", kind=session.scalars(select(Agency.kind)).first()))
    assert db_path.with_name(db_path.name + "-wal").exists()
    for target in (db_path, db_path.with_name(db_path.name + "-wal"), db_path.parent / "." / db_path.name):
        with pytest.raises(DatabaseError, match="phải khác tệp đang dùng"):
            backup_database(db, target)
    folder = tmp_path / "sao-luu"
    folder.mkdir()
    written = backup_database(db, folder)
    assert written.parent == folder and written.read_bytes().startswith(b"SQLite format 3\x00")
    with db.session() as session:  # still usable afterwards
        assert session.scalar(select(func.count(Province.id))) > 0


def test_a_backup_target_held_by_another_program_is_explained(db, tmp_path, monkeypatch):
    target = tmp_path / "sao-luu.db"
    target.write_bytes(b"ban cu")

    def refused(source, destination):  # what Windows says while another program has the target open
        raise PermissionError(errno.EACCES, "Access is denied", os.fspath(source), None, os.fspath(destination))

    monkeypatch.setattr(db_module.os, "replace", refused)
    with pytest.raises(DatabaseError) as error:
        backup_database(db, target)
    assert str(error.value).startswith(f"Không sao lưu được vào “{target}”: không có quyền truy cập")
    assert target.read_bytes() == b"ban cu"
    assert sorted(p.name for p in tmp_path.iterdir() if "sao-luu" in p.name) == ["sao-luu.db"]  # no .partial left


def test_a_backup_reports_its_pages_and_a_cancel_leaves_no_file(db, tmp_path, monkeypatch):
    monkeypatch.setattr(db_module, "BACKUP_STEP_PAGES", 4)
    reports: list[tuple[int, int]] = []
    written = backup_database(db, tmp_path / "day-du.db", progress=lambda done, total: reports.append((done, total)))
    assert len(reports) > 1 and reports[-1][0] == reports[-1][1] > 0
    assert [done for done, _ in reports] == sorted(done for done, _ in reports)
    assert written.read_bytes().startswith(b"SQLite format 3\x00")

    def cancel_at_second_step(done: int, total: int) -> None:
        if done > 4:
            raise Cancelled()

    folder = tmp_path / "huy"
    with pytest.raises(Cancelled):
        backup_database(db, folder / "huy.db", progress=cancel_at_second_step)
    assert list(folder.iterdir()) == []  # neither the backup nor its partial file
