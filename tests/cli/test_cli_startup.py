"""``cchc --help`` and a mistyped argument are answered without loading the database layer or the document
libraries: those load only once a command really runs."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("sqlalchemy", "alembic", "reportlab", "openpyxl", "holidays", "docx", "pypdfium2", "PySide6")


def run_traced(*args: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """``python -m cchc_desktop.cli ARGS`` as a user runs it, with the top-level packages it imported."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "cchc_desktop.cli", *args],
        capture_output=True, text=True, encoding="utf-8",
    )
    loaded = {line.rsplit("|", 1)[-1].strip().split(".")[0]
              for line in result.stderr.splitlines() if line.startswith("import time:")}
    return result, loaded


@pytest.mark.parametrize("args", [
    ("--help",),
    ("notice", "--help"),
    ("notice", "pdf", "--help"),
    ("results", "import", "--help"),
    ("settings", "set", "--help"),
    ("tasks", "list", "--help"),
])
def test_help_loads_no_database_or_document_library(args):
    result, loaded = run_traced(*args)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Cách dùng: cchc")
    assert sorted(loaded & set(HEAVY)) == []


def test_a_mistyped_argument_is_answered_without_the_database_layer():
    result, loaded = run_traced("tasks", "list", "--status", "xyz")
    assert result.returncode == 2
    assert "Lỗi: giá trị “xyz” không hợp lệ cho --status" in result.stderr
    assert sorted(loaded & set(HEAVY)) == []


def test_a_command_that_runs_loads_the_database_layer(tmp_path):
    """The trace sees what a command imports: checking a missing database file goes through SQLAlchemy."""
    result, loaded = run_traced("db", "check", "--db", str(tmp_path / "khong-co.db"))
    assert result.returncode == 2
    assert "Lỗi: Không có tệp cơ sở dữ liệu" in result.stderr
    assert "sqlalchemy" in loaded
