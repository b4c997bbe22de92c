"""Creation, upgrade and restore are all-or-nothing: a failure leaves the file exactly as it was, a half-changed
file of an earlier version is recognised and the backup to restore is named."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cchc_desktop.core.errors import DatabaseError
from cchc_desktop.store import atomic, migrate, reference
from cchc_desktop.store.db import backup_file, open_database, restore_database
from cchc_desktop.store.models import Agency

from .rebuild_migration import REBUILD_REVISION, copy_with_rebuild


def _agency_names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("select name from agencies order by id")]
    finally:
        conn.close()


def _with_data(db) -> Path:
    with db.session() as session:
        kind = session.scalars(select(Agency.kind)).first()
        session.add(Agency(name="Đơn vị có dữ liệu", kind=kind))
    db.dispose()
    return Path(db.path)


def test_a_new_database_appears_only_when_complete(tmp_path, monkeypatch):
    path = tmp_path / "moi.db"

    def failing_load(session):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(reference, "load_reference_data", failing_load)
    with pytest.raises(DatabaseError, match="hết chỗ trống"):
        open_database(path)
    assert list(tmp_path.iterdir()) == []  # neither the target nor a work file


def test_a_new_database_is_one_file_at_the_head_with_synchronous_full(tmp_path):
    path = tmp_path / "moi.db"
    leftover = tmp_path / ".moi.db.99999.creating"  # from a creation killed earlier
    leftover.write_bytes(b"SQLite format 3\x00half")
    db = open_database(path)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        with db.session() as session:
            assert session.scalar(select(func.count(Agency.id))) > 0
    finally:
        db.dispose()
    assert not leftover.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["moi.db"]


def test_a_failed_upgrade_leaves_the_file_byte_identical_and_backs_up_once(db, tmp_path, monkeypatch):
    path = _with_data(db)
    before = path.read_bytes()
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", copy_with_rebuild(tmp_path / "m", fail_after_rebuild=True))
    for _ in range(2):
        with pytest.raises(DatabaseError) as error:
            open_database(path)
        assert "không thành công; tệp vẫn nguyên như trước khi nâng cấp" in str(error.value)
        assert path.read_bytes() == before
    assert not atomic.leftover_work_files(path)
    backups = list((path.parent / "backups").iterdir())
    assert len(backups) == 1 and backups[0].read_bytes() == before  # the same state is backed up once


def test_an_upgrade_rebuilding_tables_keeps_the_data_and_reuses_its_backup(db, tmp_path, monkeypatch):
    path = _with_data(db)
    names = _agency_names(path)
    before = path.read_bytes()
    backups = path.parent / "backups"
    backups.mkdir()
    (backups / "cchc-truoc-nang-cap-old.db").write_bytes(before)  # a backup of the same state, written earlier
    atomic.work_file(path, "upgrading").write_bytes(b"half a copy")  # an upgrade killed earlier
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", copy_with_rebuild(tmp_path / "m"))
    upgraded = open_database(path)
    try:
        assert migrate.current_revision(upgraded.engine) == REBUILD_REVISION
        assert upgraded.last_backup is not None and upgraded.last_backup.read_bytes() == before
    finally:
        upgraded.dispose()
    assert _agency_names(path) == names
    assert not atomic.leftover_work_files(path)
    assert not path.with_name(path.name + "-wal").exists() or path.with_name(path.name + "-wal").stat().st_size == 0
    conn = sqlite3.connect(path)
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert conn.execute("select count(*) from sqlite_master where name like '\\_alembic\\_tmp%' escape '\\'"
                        ).fetchone()[0] == 0
    conn.close()


def _half_upgraded(path: Path) -> None:
    conn = sqlite3.connect(path)  # what an in-place batch rebuild killed half-way left behind
    conn.execute("create table _alembic_tmp_agencies (id integer primary key, name varchar)")
    conn.commit()
    conn.close()


def test_a_half_upgraded_file_is_refused_untouched_naming_the_backup_and_restore_brings_it_back(db, tmp_path):
    path = _with_data(db)
    names = _agency_names(path)
    backup = backup_file(path, path.parent / "backups" / "cchc-truoc-nang-cap-0001.db")
    _half_upgraded(path)
    before = path.read_bytes()
    with pytest.raises(atomic.InterruptedChangeError) as error:
        open_database(path)
    message = str(error.value)
    assert message.startswith(f"Lần nâng cấp cơ sở dữ liệu “{path}” trước đây đã bị ngắt giữa chừng")
    assert f'cchc db restore "{backup}" --db "{path}"' in message and "Tệp → Khôi phục từ bản sao lưu…" in message
    assert error.value.backup == backup
    assert path.read_bytes() == before

    kept = restore_database(backup, path)
    assert kept is not None and kept.read_bytes() == before  # what was replaced is kept
    reopened = open_database(path)
    reopened.dispose()
    assert _agency_names(path) == names
    second = restore_database(backup, path)
    assert restore_database(backup, path) == second  # the same state again: its copy is not written twice
    assert len(list((path.parent / "backups").glob("cchc-truoc-khoi-phuc-*.db"))) == 2


def test_a_half_created_file_is_recognised(tmp_path):
    path = tmp_path / "cchc.db"
    conn = sqlite3.connect(path)  # a creation of an earlier version killed after some tables
    conn.execute("create table agencies (id integer primary key)")
    conn.execute("create table tasks (id integer primary key)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError, match="Lần tạo tệp .* đã bị ngắt giữa chừng .* hãy xóa tệp này"):
        open_database(path)


def test_restore_refuses_a_damaged_or_foreign_backup_and_changes_nothing(db, tmp_path):
    path = _with_data(db)
    before = path.read_bytes()
    damaged = tmp_path / "hong.db"
    damaged.write_bytes(before[:4096] + b"\xff" * 8192)
    foreign = tmp_path / "khac.db"
    conn = sqlite3.connect(foreign)
    conn.execute("create table ke_toan (id integer primary key)")
    conn.commit()
    conn.close()
    for bad in (damaged, foreign, tmp_path / "khong-co.db"):
        with pytest.raises(DatabaseError):
            restore_database(bad, path)
        assert path.read_bytes() == before
    assert not (path.parent / "backups").exists()


def test_a_copy_of_the_demo_upgrades_with_every_record(demo_db_file, tmp_path, monkeypatch):
    path = tmp_path / "demo.db"
    shutil.copy(demo_db_file, path)
    conn = sqlite3.connect(path)
    counts = {t: conn.execute(f"select count(*) from {t}").fetchone()[0] for t in ("agencies", "tasks", "results")}
    conn.close()
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", copy_with_rebuild(tmp_path / "m"))
    open_database(path).dispose()
    conn = sqlite3.connect(path)
    assert {t: conn.execute(f"select count(*) from {t}").fetchone()[0] for t in counts} == counts
    assert "test_note" in [row[1] for row in conn.execute("pragma table_info(tasks)")]
    conn.close()
