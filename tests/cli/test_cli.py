"""The ``cchc`` command, run as a user would: a separate process, exit codes, Vietnamese output."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest


def cchc(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "cchc_desktop.cli", *args], capture_output=True, text=True, encoding="utf-8",
        env={**os.environ, **(env or {})},
    )


def test_upgrade_then_check_a_new_database(tmp_path):
    path = tmp_path / "moi.db"
    result = cchc("db", "upgrade", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert "phiên bản lược đồ" in result.stdout
    result = cchc("db", "check", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert "toàn vẹn" in result.stdout


def test_check_reports_an_outdated_schema_with_exit_1(tmp_path):
    path = tmp_path / "cu.db"
    assert cchc("db", "upgrade", "--db", str(path)).returncode == 0
    with sqlite3.connect(path) as conn:
        conn.execute("update alembic_version set version_num = '0000_older'")
    result = cchc("db", "check", "--db", str(path))
    assert result.returncode == 1
    assert "0000_older" in result.stdout and "cchc db upgrade" in result.stdout


@pytest.mark.parametrize("command", [("db", "check"), ("db", "upgrade"), ("agencies", "list"),
                                     ("db", "backup", "x.db")])
def test_non_sqlite_file_gives_a_clear_message_and_is_not_modified(tmp_path, command):
    path = tmp_path / "bao-cao.docx"
    path.write_bytes(b"PK\x03\x04 this is a Word file")
    before = path.read_bytes()
    args = list(command)
    if command[-1] == "x.db":
        args[-1] = str(tmp_path / "x.db")
    result = cchc(*args, "--db", str(path))
    assert result.returncode == 2
    assert "không phải là cơ sở dữ liệu SQLite" in result.stderr
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bao-cao.docx"]


def test_backup_copies_a_consistent_database(tmp_path):
    path = tmp_path / "goc.db"
    assert cchc("db", "upgrade", "--db", str(path)).returncode == 0
    target = tmp_path / "sao-luu"
    target.mkdir()
    result = cchc("db", "backup", str(target), "--db", str(path))
    assert result.returncode == 0, result.stderr
    copies = list(target.glob("goc-*.db"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as conn:
        assert conn.execute("select count(*) from agencies").fetchone()[0] > 30


def test_agencies_list_folded_search_and_formats(tmp_path):
    path = tmp_path / "a.db"
    result = cchc("agencies", "list", "--db", str(path), "--search", "so noi vu")
    assert result.returncode == 0, result.stderr
    assert "Sở Nội vụ" in result.stdout
    assert "Sở Tư pháp" not in result.stdout
    result = cchc("agencies", "list", "--db", str(path), "--format", "json")
    names = [row["name"] for row in json.loads(result.stdout)]
    assert (names.index("Sở Công Thương") < names.index("Sở Giáo dục và Đào tạo") < names.index("Ủy ban nhân dân tỉnh")
            < names.index("Văn phòng UBND tỉnh"))
    csv_out = cchc("agencies", "list", "--db", str(path), "--format", "csv", "--active").stdout
    assert csv_out.splitlines()[0] == '"Tên cơ quan, đơn vị",Viết tắt,Loại,Mã,Trạng thái'
    assert "Sở Kế hoạch và Đầu tư" not in csv_out  # merged in 2025, inactive


def test_env_var_selects_the_database(tmp_path):
    path = tmp_path / "env.db"
    result = cchc("agencies", "list", "--search", "tu phap", env={"CCHC_DB": str(path)})
    assert result.returncode == 0, result.stderr
    assert "Sở Tư pháp" in result.stdout
    assert path.exists()


def test_demo_then_check_then_search(tmp_path):
    path = tmp_path / "d.db"
    result = cchc("demo", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert cchc("db", "check", "--db", str(path)).returncode == 0
    result = cchc("agencies", "list", "--db", str(path), "--search", "so noi vu")
    assert "Sở Nội vụ" in result.stdout
    again = cchc("demo", "--db", str(path))
    assert again.returncode == 2 and again.stderr.startswith("Lỗi:")


def test_demo_requires_a_path():
    result = cchc("demo")
    assert result.returncode == 2
    assert "--db" in result.stderr


def foreign_database(path: Path) -> bytes:
    with sqlite3.connect(path) as conn:
        conn.execute("create table contacts (id integer primary key, name text)")
        conn.execute("insert into contacts (name) values ('Nguyễn Văn A')")
    conn.close()
    return path.read_bytes()


@pytest.mark.parametrize("command", [("db", "check"), ("db", "upgrade"), ("agencies", "list")])
def test_another_programs_sqlite_file_is_refused_and_left_byte_identical(tmp_path, command):
    path = tmp_path / "danh-ba.db"
    before = foreign_database(path)
    result = cchc(*command, "--db", str(path))
    assert result.returncode in (1, 2)
    assert "chương trình khác" in (result.stdout + result.stderr)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["danh-ba.db"]


def test_check_only_reads_the_database(tmp_path):
    path = tmp_path / "cchc.db"
    assert cchc("db", "upgrade", "--db", str(path)).returncode == 0
    with sqlite3.connect(path) as conn:  # a database left in rollback-journal mode by another tool
        conn.execute("pragma journal_mode = delete")
    conn.close()
    before = path.read_bytes()
    assert cchc("db", "check", "--db", str(path)).returncode == 0
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cchc.db"]


def test_backup_does_not_overwrite_without_force(tmp_path):
    path = tmp_path / "goc.db"
    assert cchc("db", "upgrade", "--db", str(path)).returncode == 0
    target = tmp_path / "sao-luu.db"
    target.write_bytes(b"ban cu")
    result = cchc("db", "backup", str(target), "--db", str(path))
    assert result.returncode == 2 and "đã có" in result.stderr and target.read_bytes() == b"ban cu"
    assert cchc("db", "backup", str(target), "--force", "--db", str(path)).returncode == 0
    assert target.read_bytes().startswith(b"SQLite format 3")
