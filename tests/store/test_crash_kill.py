"""Real processes killed mid-creation and mid-upgrade (a table-rebuilding test migration): afterwards the file
either does not exist (creation) or opens with all its data, passes integrity_check, and at most one backup of
the original state exists. Seven trials here (each child process costs seconds); benchmarks/bench_crash.py runs
200 with random kill points."""

from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cchc_desktop.store import atomic, migrate
from cchc_desktop.store.db import open_database

from .rebuild_migration import REBUILD_REVISION, copy_with_rebuild

CHILD = Path(__file__).with_name("crash_child.py")
ROOT = Path(__file__).resolve().parents[2]
RANDOM = random.Random(20240409)  # seeded: the same kill delays on every run


def run_and_kill(args: list[str], delay: float | None) -> float | None:
    """Run the child; kill it ``delay`` seconds after it says "start" (None: let it run or exit by itself).
    The seconds its work took from "start" when it finished, else None."""
    proc = subprocess.Popen([sys.executable, str(CHILD), *args], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.strip() == "start", proc.stderr.read() if proc.stderr else line
        started = time.perf_counter()
        if delay is not None:
            time.sleep(delay)  # a process, not Qt: the kill lands at a random point of its work
            proc.kill()
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert delay is not None or proc.returncode in (0, 137), err
    return time.perf_counter() - started if "done" in out else None


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("pragma integrity_check").fetchone()[0]
    finally:
        conn.close()


def table_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"select count(*) from {t}").fetchone()[0] for t in ("agencies", "tasks", "results")}
    finally:
        conn.close()


@pytest.mark.parametrize("trial", [0.4, 1.6, "after-move"])
def test_a_demo_killed_during_creation_leaves_no_file_or_a_complete_one(tmp_path, demo_db_file, trial):
    path = tmp_path / "demo.db"
    if isinstance(trial, str):
        finished = run_and_kill(["create", str(path), "--exit-at", trial], None) is not None
    else:
        finished = run_and_kill(["create", str(path)], RANDOM.uniform(0, trial)) is not None
    assert not finished or path.exists()
    if path.exists():
        assert integrity(path) == "ok"
        assert table_counts(path) == table_counts(demo_db_file)  # complete, never a part
        db = open_database(path)
        db.dispose()
    else:
        assert trial != "after-move"
    # what a kill may leave beside it is a work file, which the next creation removes (test_atomic_changes.py)
    leftovers = atomic.leftover_work_files(path)
    assert all(p.name.endswith(".creating") for p in leftovers)


@pytest.mark.parametrize("trial", [0.3, 0.9, "before-move", "after-move"])
def test_an_upgrade_killed_part_way_leaves_the_file_opening_with_its_data(tmp_path, demo_db_file, monkeypatch,
                                                                          trial):
    path = tmp_path / "demo.db"
    shutil.copy(demo_db_file, path)
    counts = table_counts(path)
    original = path.read_bytes()
    scripts = copy_with_rebuild(tmp_path / "m")
    if isinstance(trial, str):
        run_and_kill(["upgrade", str(path), str(scripts), "--exit-at", trial], None)
    else:
        run_and_kill(["upgrade", str(path), str(scripts)], RANDOM.uniform(0, trial))
    assert integrity(path) == "ok"
    if trial == "before-move":
        assert path.read_bytes() == original
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    db = open_database(path)  # completes the upgrade if the kill came before the replacement
    try:
        assert migrate.current_revision(db.engine) == REBUILD_REVISION
    finally:
        db.dispose()
    assert table_counts(path) == counts and integrity(path) == "ok"
    assert not atomic.leftover_work_files(path)
    backups = list((path.parent / "backups").glob("*.db"))
    assert len(backups) == 1 and backups[0].read_bytes() == original  # never two backups of the same state
