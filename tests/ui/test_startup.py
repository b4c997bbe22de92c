"""Start-up: command line, opening the database with a second chance, fonts, light imports."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cchc_desktop.app import parse_args
from cchc_desktop.store.db import open_database
from cchc_desktop.ui.fonts import register_fonts
from cchc_desktop.ui.startup import open_initial_database

from .conftest import FakePrompter


def test_db_option() -> None:
    assert parse_args(["--db", "/tmp/x.db"]).db == "/tmp/x.db"
    assert parse_args([]).db is None


def test_environment_variable_is_honoured(
    monkeypatch: pytest.MonkeyPatch, prompter: FakePrompter, tmp_path: Path
) -> None:
    monkeypatch.setenv("CCHC_DB", str(tmp_path / "tu-bien-moi-truong.db"))
    db = open_initial_database(None, prompter)
    assert db is not None and db.path == tmp_path / "tu-bien-moi-truong.db"
    db.dispose()


def test_bad_file_offers_another_one(prompter: FakePrompter, tmp_path: Path) -> None:
    bad = tmp_path / "hong.db"
    bad.write_bytes(b"\x00" * 64)
    good = tmp_path / "tot.db"
    open_database(good).dispose()
    prompter.answers.append(True)
    prompter.files.append(good)
    db = open_initial_database(bad, prompter)
    assert db is not None and db.path == good
    db.dispose()
    assert prompter.questions[0].startswith(f"Tệp “{bad}” không phải là cơ sở dữ liệu SQLite")


def test_quitting_after_a_bad_file(prompter: FakePrompter, tmp_path: Path) -> None:
    bad = tmp_path / "hong.db"
    bad.write_bytes(b"\x00" * 64)
    prompter.answers.append(False)
    assert open_initial_database(bad, prompter) is None


def test_missing_folder_is_explained(prompter: FakePrompter, tmp_path: Path) -> None:
    prompter.answers.append(True)
    prompter.files.append(None)
    assert open_initial_database(tmp_path / "khong-co" / "cchc.db", prompter) is None
    assert "không tồn tại" in prompter.questions[0]


def test_bundled_fonts_are_registered(qapp) -> None:  # type: ignore[no-untyped-def]
    assert "Liberation Serif" in register_fonts()


def test_start_up_does_not_import_charts_or_pdf() -> None:
    code = "import sys, cchc_desktop.app; print(sorted(m for m in ('pyqtgraph', 'reportlab') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_the_benchmark_hook_quits_once_the_first_page_has_painted(demo_db_file: Path, tmp_path: Path) -> None:
    database = tmp_path / "demo.db"
    shutil.copy(demo_db_file, database)
    home = tmp_path / "home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CCHC_EXIT_AFTER_PAINT="1", HOME=str(home),
               XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local" / "share"))
    result = subprocess.run([sys.executable, "-m", "cchc_desktop", "--db", str(database)], env=env,
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    # The overview on a fresh profile; the page shown last where the settings outlive HOME (Windows registry).
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and re.fullmatch(r"CCHC_PAINTED [A-Z]\w*Page", lines[0]), lines
    if os.name != "nt":
        assert lines == ["CCHC_PAINTED OverviewPage"]


def test_the_window_and_the_store_read_the_same_environment_variable():
    from cchc_desktop.app import ENV_VAR
    from cchc_desktop.store.db import ENV_VAR as STORE_ENV_VAR

    assert ENV_VAR == STORE_ENV_VAR == "CCHC_DB"


def test_windows_show_the_application_icon(qapp) -> None:  # type: ignore[no-untyped-def]
    from cchc_desktop.app import create_application

    app = create_application()
    sizes = {(s.width(), s.height()) for s in app.windowIcon().availableSizes()}
    assert {(48, 48), (256, 256)} <= sizes


def test_the_windows_icon_file_holds_every_size_windows_asks_for() -> None:
    from PIL import Image

    from cchc_desktop.resources import resource

    with Image.open(resource("icons", "cchc.ico")) as ico:
        assert {16, 24, 32, 48, 256} <= {w for w, _ in ico.ico.sizes()}  # type: ignore[attr-defined]


def test_a_half_upgraded_file_is_restored_in_one_click(prompter: FakePrompter, tmp_path: Path) -> None:
    import sqlite3

    from cchc_desktop.store.db import backup_file

    path = tmp_path / "cchc.db"
    open_database(path).dispose()
    backup = backup_file(path, tmp_path / "backups" / "cchc-truoc-nang-cap-0001.db")
    conn = sqlite3.connect(path)  # an in-place table rebuild of an earlier version killed half-way
    conn.execute("create table _alembic_tmp_agencies (id integer primary key)")
    conn.commit()
    conn.close()
    prompter.answers.append(True)  # "Khôi phục"
    db = open_initial_database(path, prompter)
    assert db is not None and db.path == path
    db.dispose()
    assert "đã bị ngắt giữa chừng" in prompter.questions[0] and str(backup) in prompter.questions[0]
    assert "Khôi phục ngay từ bản sao lưu này?" in prompter.questions[0]
    conn = sqlite3.connect(path)
    assert conn.execute("select count(*) from sqlite_master where name like '_alembic_tmp%'").fetchone()[0] == 0
    conn.close()
