"""Fixtures of the command-line tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture
def demo(tmp_path: Path, demo_db_file: Path) -> str:
    """A private copy of the demo database, as the ``--db`` argument (a module may define its own)."""
    path = tmp_path / "demo.db"
    shutil.copy(demo_db_file, path)
    return str(path)
