"""Shared fixtures: every test gets its own temporary database; Qt runs offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CCHC_USER", "test")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from cchc_desktop.store.db import Database, open_database  # noqa: E402


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "cchc.db"


@pytest.fixture
def db(db_path: Path) -> Database:
    """A fresh database with the reference data loaded (provinces, indexes, agencies)."""
    database = open_database(db_path)
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def demo_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, built once per test session; copy it before changing it."""
    from cchc_desktop.core.demo import build_demo_database

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    build_demo_database(path)
    return path


@pytest.fixture
def demo_db(demo_db_file: Path, tmp_path: Path) -> Database:
    """A private copy of the demo database for one test."""
    import shutil

    copy = tmp_path / "demo.db"
    shutil.copy(demo_db_file, copy)
    database = open_database(copy)
    yield database
    database.dispose()


@pytest.fixture
def windows_folder_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    """Open files as Windows does in one respect: opening a folder raises PermissionError (errno EACCES), not
    IsADirectoryError. Covers ``open``, ``io.open`` and so ``Path.write_bytes``, openpyxl and zipfile."""
    import builtins
    import errno
    import io

    real_open = io.open

    def windows_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if isinstance(file, (str, bytes, os.PathLike)) and os.path.isdir(file):
            raise PermissionError(errno.EACCES, "Permission denied", os.fsdecode(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(io, "open", windows_open)
    monkeypatch.setattr(builtins, "open", windows_open)
