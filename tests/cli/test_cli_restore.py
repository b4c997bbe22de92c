"""``cchc db restore``: a half-upgraded file names its backup and the command that brings it back."""

import sqlite3
from types import SimpleNamespace

import pytest

from cchc_desktop.cli import main


@pytest.fixture
def cchc(capsys):
    """The ``cchc`` command in this process (a subprocess per call would cost seconds each): exit code, output."""
    def run(*args: str) -> SimpleNamespace:
        code = main(list(args))
        out, err = capsys.readouterr()
        return SimpleNamespace(returncode=code, stdout=out, stderr=err)
    return run


def test_a_half_upgraded_file_is_explained_and_restore_brings_it_back(tmp_path, cchc):
    path = tmp_path / "cchc.db"
    assert cchc("db", "upgrade", "--db", str(path)).returncode == 0
    backup = tmp_path / "backups" / "cchc-truoc-nang-cap-0001.db"
    assert cchc("db", "backup", str(backup), "--db", str(path)).returncode == 0
    conn = sqlite3.connect(path)  # what an interrupted in-place table rebuild of an earlier version left behind
    conn.execute("create table _alembic_tmp_agencies (id integer primary key)")
    conn.commit()
    conn.close()
    before = path.read_bytes()

    refused = cchc("agencies", "list", "--db", str(path))
    assert refused.returncode == 2
    assert "đã bị ngắt giữa chừng" in refused.stderr
    assert f'cchc db restore "{backup}" --db "{path}"' in refused.stderr
    assert path.read_bytes() == before
    checked = cchc("db", "check", "--db", str(path))
    assert checked.returncode == 1 and "đã bị ngắt giữa chừng" in checked.stdout

    restored = cchc("db", "restore", str(backup), "--db", str(path))
    assert restored.returncode == 0, restored.stderr
    assert f"Đã khôi phục {path} từ bản sao lưu {backup}." in restored.stdout
    kept = next((tmp_path / "backups").glob("cchc-truoc-khoi-phuc-*.db"))
    assert f"Nội dung trước khi khôi phục được giữ ở: {kept}" in restored.stdout
    assert kept.read_bytes() == before
    leftovers = sorted(p.name for p in (tmp_path / "backups").iterdir() if p.name.endswith(("-wal", "-shm")))
    assert leftovers == []  # checking the backup leaves nothing beside it
    assert cchc("db", "check", "--db", str(path)).returncode == 0
    assert cchc("agencies", "list", "--db", str(path)).returncode == 0


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path, cchc):
    path = tmp_path / "cchc.db"
    assert cchc("db", "upgrade", "--db", str(path)).returncode == 0
    before = path.read_bytes()
    notes = tmp_path / "ghi-chu.db"
    notes.write_text("không phải cơ sở dữ liệu", encoding="utf-8")
    result = cchc("db", "restore", str(notes), "--db", str(path))
    assert result.returncode == 2 and "không phải là cơ sở dữ liệu SQLite" in result.stderr
    assert path.read_bytes() == before
