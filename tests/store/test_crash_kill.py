"""Real processes killed mid-creation and mid-upgrade (a table-rebuilding test migration): afterwards the file
either does not exist (creation) or opens with all its data, passes integrity_check, and at most one backup of
the original state exists. Killed mid-import (tasks from the app's own template) and mid-issue (a draft of the
demo database): the file passes ``cchc db check`` and holds all of the work or none of it, and a write the
child confirmed ("done") is there. Thirteen trials here (each child process costs seconds);
benchmarks/bench_crash.py runs 200 with random kill points."""

from __future__ import annotations

import contextlib
import hashlib
import io
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest

from cchc_desktop import cli
from cchc_desktop.core.services.task_excel import write_import_template
from cchc_desktop.core.services.tasks import TaskService
from cchc_desktop.store import atomic, migrate
from cchc_desktop.store.db import open_database

from .rebuild_migration import REBUILD_REVISION, copy_with_rebuild

CHILD = Path(__file__).with_name("crash_child.py")
ROOT = Path(__file__).resolve().parents[2]
RANDOM = random.Random(20240409)  # seeded: the same kill delays on every run
IMPORT_ROWS = 40  # tasks in the imported file: enough for the import to take a while


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


def db_check(path: Path) -> tuple[int, str]:
    """``cchc db check`` of the file (integrity, links, schema, archived PDFs, the register's hash chain): its exit
    code and what it printed."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = cli.main(["db", "check", "--db", str(path)])
    return code, out.getvalue()


def write_task_file(db_file: Path, path: Path) -> list[str]:
    """The app's import template for the database ``db_file`` filled with IMPORT_ROWS new tasks; their titles."""
    db = open_database(db_file)
    try:
        write_import_template(TaskService(db), path)
    finally:
        db.dispose()
    book = openpyxl.load_workbook(path)
    titles = [f"Rà soát sau khi máy tắt đột ngột, việc thứ {n}" for n in range(1, IMPORT_ROWS + 1)]
    for n, title in enumerate(titles, start=1):
        book["Nhiệm vụ"].append([title, "Sở Nội vụ", "Sở Tư pháp", f"trước ngày {n % 28 + 1}/6/2025", "", None, "", ""])
    book.save(path)
    return titles


def imported_tasks(path: Path, titles: list[str]) -> int:
    conn = sqlite3.connect(path)
    try:
        marks = ", ".join("?" * len(titles))
        return conn.execute(f"select count(*) from tasks where title in ({marks})", titles).fetchone()[0]
    finally:
        conn.close()


def first_draft(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("select min(id) from notices where status = 'draft'").fetchone()[0]
    finally:
        conn.close()


def issue_state(path: Path, notice_id: int) -> str:
    """"issued" (its number, its register entry and the archived PDF matching its SHA-256 all there) or "draft"
    (none of them); anything between raises AssertionError. The demo database's register starts empty."""
    conn = sqlite3.connect(path)
    try:
        status, number = conn.execute("select status, number from notices where id = ?", (notice_id,)).fetchone()
        entries = conn.execute("select pdf, pdf_sha256 from register_entries where notice_id = ?",
                               (notice_id,)).fetchall()
        total = conn.execute("select count(*) from register_entries").fetchone()[0]
    finally:
        conn.close()
    if (status == "issued" and number is not None and len(entries) == total == 1 and entries[0][0]
            and hashlib.sha256(entries[0][0]).hexdigest() == entries[0][1]):
        return "issued"
    if status == "draft" and number is None and not entries and total == 0:
        return "draft"
    raise AssertionError(f"half-issued notice {notice_id}: {status}, number {number}, "
                         f"{len(entries)} of {total} register entries")


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


@pytest.mark.parametrize("trial", [1.4, "before-commit", "after-commit"])
def test_an_import_killed_part_way_leaves_all_its_tasks_or_none(tmp_path, demo_db_file, trial):
    path, tasks_file = tmp_path / "demo.db", tmp_path / "giao-viec.xlsx"
    shutil.copy(demo_db_file, path)
    titles = write_task_file(path, tasks_file)
    before = table_counts(path)
    if isinstance(trial, str):
        finished = run_and_kill(["import", str(path), str(tasks_file), "--exit-at", trial], None) is not None
    else:
        finished = run_and_kill(["import", str(path), str(tasks_file)], RANDOM.uniform(0, trial)) is not None
    code, out = db_check(path)
    assert code == 0, out
    imported = imported_tasks(path, titles)
    assert imported in (0, IMPORT_ROWS)  # all of them or none
    assert table_counts(path) == {**before, "tasks": before["tasks"] + imported}
    if finished or trial == "after-commit":
        assert imported == IMPORT_ROWS  # a confirmed write is never lost
    if trial == "before-commit":
        assert imported == 0
    open_database(path).dispose()


@pytest.mark.parametrize("trial", [1.2, "before-commit", "after-commit"])
def test_an_issue_killed_part_way_leaves_an_issued_notice_or_a_draft(tmp_path, demo_db_file, trial):
    path = tmp_path / "demo.db"
    shutil.copy(demo_db_file, path)
    notice_id = first_draft(path)
    if isinstance(trial, str):
        finished = run_and_kill(["issue", str(path), str(notice_id), "--exit-at", trial], None) is not None
    else:
        finished = run_and_kill(["issue", str(path), str(notice_id)], RANDOM.uniform(0, trial)) is not None
    code, out = db_check(path)  # the archived PDF against its SHA-256 and the register's hash chain
    assert code == 0, out
    state = issue_state(path, notice_id)
    if finished or trial == "after-commit":
        assert state == "issued"  # a confirmed write is never lost
    if trial == "before-commit":
        assert state == "draft"
    open_database(path).dispose()
