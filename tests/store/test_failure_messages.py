"""Each way a database can fail has its own Vietnamese message with the next step, and none carries SQLite's
English: a good file on a read-only medium or a full disk is never called damaged ("bị hỏng")."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys

import pytest
from sqlalchemy import event, func, select, text

from cchc_desktop.core.errors import DatabaseError
from cchc_desktop.store import db as db_module
from cchc_desktop.store import sqlite_errors
from cchc_desktop.store.db import open_database
from cchc_desktop.store.models import Agency

ENGLISH = re.compile(r"\b(database|disk|full|locked|readonly|read-only|unable|open|file|error|malformed|attempt|"
                     r"constraint|failed|image|busy|no such|syntax)\b", re.IGNORECASE)


def assert_vietnamese_only(message: str) -> None:
    """No English word of SQLite's messages outside the quoted file name."""
    assert not ENGLISH.search(re.sub(r"“[^”]*”", "", message)), message


def _agency_count(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count(Agency.id)))


def test_a_write_refused_as_read_only_says_so_and_not_damaged(db):
    before = _agency_count(db)
    with pytest.raises(DatabaseError) as error:
        with db.session() as session:
            session.connection().exec_driver_sql("PRAGMA query_only = ON")  # SQLITE_READONLY, as on a locked medium
            session.add(Agency(name="Cơ quan mới", kind=session.scalars(select(Agency.kind)).first()))
    message = str(error.value)
    assert "chỉ cho phép đọc" in message and "chép tệp sang một thư mục ghi được" in message
    assert "bị hỏng" not in message
    assert_vietnamese_only(message)
    db.dispose()
    assert _agency_count(db) == before


def test_a_good_file_on_a_read_only_medium_is_not_called_damaged(db, db_path, monkeypatch):
    db.dispose()
    before = db_path.read_bytes()
    real_connect = sqlite3.connect

    def read_only_medium(database, *args, **kwargs):  # what SQLite says when it cannot create the -shm beside
        if "mode=ro" in str(database):
            error = sqlite3.OperationalError("unable to open database file")
            error.sqlite_errorcode = 14  # SQLITE_CANTOPEN
            raise error
        return real_connect(database, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", read_only_medium)
    monkeypatch.setattr(sqlite_errors, "is_writable", lambda path: False)
    with pytest.raises(DatabaseError) as error:
        open_database(db_path)
    message = str(error.value)
    assert message.startswith(f"Cơ sở dữ liệu “{db_path}” nằm trên ổ đĩa hoặc thư mục chỉ cho phép đọc")
    assert "bị hỏng" not in message
    assert_vietnamese_only(message)
    monkeypatch.undo()
    assert db_path.read_bytes() == before


def test_a_full_disk_is_named_and_nothing_is_written(db):
    before = _agency_count(db)

    @event.listens_for(db.engine, "connect")
    def _small_disk(dbapi_conn, _record):  # SQLite's own SQLITE_FULL once the file would grow
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + 2}")

    db.engine.dispose()
    with pytest.raises(DatabaseError) as error:
        with db.session() as session:
            kind = session.scalars(select(Agency.kind)).first()
            for i in range(400):
                session.add(Agency(name=f"Cơ quan {i} " + "x" * 300, kind=kind))
    message = str(error.value)
    assert "đã hết chỗ trống" in message and "giải phóng chỗ trống" in message and "bị hỏng" not in message
    assert_vietnamese_only(message)
    event.remove(db.engine, "connect", _small_disk)
    db.engine.dispose()
    assert _agency_count(db) == before


def test_a_file_locked_by_another_process_is_named_as_locked(db, db_path, monkeypatch):
    db.dispose()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys\n"
         "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
         "c.execute('PRAGMA locking_mode = EXCLUSIVE')\n"
         "c.execute('BEGIN EXCLUSIVE')\n"
         "c.execute('create table if not exists giu_khoa (a)')\n"
         "print('locked', flush=True)\n"
         "sys.stdin.read()\n", str(db_path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        monkeypatch.setattr(db_module, "BUSY_TIMEOUT_S", 0.2)
        with pytest.raises(DatabaseError) as error:
            open_database(db_path)
    finally:
        holder.communicate("")  # releases the lock by ending the process, which rolls back
    message = str(error.value)
    assert "đang bị một chương trình khác khóa" in message and "đóng chương trình đó rồi thử lại" in message
    assert "bị hỏng" not in message
    assert_vietnamese_only(message)
    open_database(db_path).dispose()  # a good file once the other program let go


def test_a_damaged_file_is_called_damaged_with_the_restore_step(db, db_path):
    with db.session() as session:
        kind = session.scalars(select(Agency.kind)).first()
        session.add_all(Agency(name=f"Cơ quan {i}", kind=kind) for i in range(200))
    db.dispose()
    data = bytearray(db_path.read_bytes())
    data[len(data) // 2:len(data) // 2 + 4096] = b"\xa5" * 4096  # a page in the middle overwritten
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError) as error:
        open_database(db_path)
    message = str(error.value)
    assert message.startswith(f"Tệp “{db_path}” bị hỏng") and "cchc db restore" in message
    assert_vietnamese_only(message)
    assert db_path.read_bytes() == bytes(data)


def test_a_newer_schema_says_to_update_the_program(db, db_path):
    with db.engine.begin() as conn:
        conn.execute(text("update alembic_version set version_num = '9999_future'"))
    db.dispose()
    with pytest.raises(DatabaseError) as error:
        open_database(db_path)
    assert "phiên bản CCHC Desktop mới hơn" in str(error.value) and "Hãy cập nhật chương trình" in str(error.value)
    assert_vietnamese_only(str(error.value))


def test_a_duplicate_names_the_column_in_vietnamese(db):
    from cchc_desktop.core.errors import ConflictError

    with pytest.raises(ConflictError) as error:
        with db.session() as session:
            session.connection().exec_driver_sql("CREATE TEMP TABLE t (code TEXT UNIQUE)")
            session.connection().exec_driver_sql("INSERT INTO t VALUES ('A'), ('A')")
    assert "giá trị trùng với một bản ghi đã có (cột t.code)" in str(error.value)
    assert_vietnamese_only(str(error.value))


@pytest.mark.parametrize("kind", list(sqlite_errors.Failure))
def test_every_message_has_a_next_step_and_no_english(kind, tmp_path):
    message = sqlite_errors.message(kind, tmp_path / "cchc.db")
    assert "Hãy" in message or "hãy" in message
    assert ("bị hỏng" in message) == (kind is sqlite_errors.Failure.DAMAGED)
    assert_vietnamese_only(message)
