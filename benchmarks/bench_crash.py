"""kill -9 trials: processes killed at random points of creating the demo database, of upgrading a copy of it
with a table-rebuilding test migration, of importing tasks into a copy (the app's own template, filled) and of
issuing a draft notice of a copy (the same child as tests/store/test_crash_kill.py). The trials are shared
equally among the four kinds of work.

    uv run python benchmarks/bench_crash.py [TRIALS] [--seed N]

After every kill the file must either be absent (creation) or open with all its data, pass integrity_check,
and hold at most one backup of the original state (upgrade); after an import or an issue it must pass
``cchc db check`` (integrity, archived PDFs, the register's hash chain) and hold all of the work or none of it,
and all of it when the child had reported it done (no confirmed write lost). Prints the outcome counts; exits 1
on any failure.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cchc_desktop.core.demo import build_demo_database  # noqa: E402
from cchc_desktop.store import atomic, migrate  # noqa: E402
from cchc_desktop.store.db import open_database  # noqa: E402
from tests.store.rebuild_migration import REBUILD_REVISION, copy_with_rebuild  # noqa: E402
from tests.store.test_crash_kill import (  # noqa: E402
    IMPORT_ROWS,
    db_check,
    first_draft,
    imported_tasks,
    integrity,
    issue_state,
    run_and_kill,
    table_counts,
    write_task_file,
)

KINDS = ("create", "upgrade", "import", "issue")


def creation_trial(folder: Path, delay: float | None, reference: dict[str, int]) -> str:
    path = folder / "demo.db"
    finished = run_and_kill(["create", str(path)], delay) is not None
    if not path.exists():
        return "absent (killed before the move)"
    if integrity(path) != "ok" or table_counts(path) != reference:
        raise AssertionError(f"creation killed after {delay:.2f} s left a partial file")
    open_database(path).dispose()
    return "complete" + (" (finished)" if finished else "")


def upgrade_trial(folder: Path, delay: float | None, demo: Path, scripts: Path) -> str:
    path = folder / "demo.db"
    shutil.copy(demo, path)
    counts, original = table_counts(path), path.read_bytes()
    finished = run_and_kill(["upgrade", str(path), str(scripts)], delay) is not None
    if integrity(path) != "ok":
        raise AssertionError(f"upgrade killed after {delay:.2f} s: integrity_check failed")
    conn = sqlite3.connect(path)
    revision = conn.execute("select version_num from alembic_version").fetchone()[0]
    conn.close()
    outcome = "already upgraded" if revision == REBUILD_REVISION else "untouched"
    if outcome == "untouched" and path.read_bytes() != original:
        raise AssertionError(f"upgrade killed after {delay:.2f} s changed the file without finishing")
    migrate.MIGRATIONS_DIR = scripts
    try:
        open_database(path).dispose()
    finally:
        migrate.MIGRATIONS_DIR = migrate._PACKAGED_DIR
    backups = list((folder / "backups").glob("*.db"))
    if table_counts(path) != counts or len(backups) != 1 or atomic.leftover_work_files(path):
        raise AssertionError(f"upgrade killed after {delay:.2f} s: data, backups or leftovers wrong")
    return outcome + (" (finished)" if finished else "")


def import_trial(folder: Path, delay: float | None, demo: Path, tasks_file: Path, titles: list[str]) -> str:
    path = folder / "demo.db"
    shutil.copy(demo, path)
    before = table_counts(path)
    finished = run_and_kill(["import", str(path), str(tasks_file)], delay) is not None
    code, out = db_check(path)
    if code != 0:
        raise AssertionError(f"import killed after {delay:.2f} s: cchc db check failed:\n{out}")
    imported = imported_tasks(path, titles)
    if imported not in (0, IMPORT_ROWS) or table_counts(path)["tasks"] != before["tasks"] + imported:
        raise AssertionError(f"import killed after {delay:.2f} s left {imported} of {IMPORT_ROWS} tasks")
    if finished and imported != IMPORT_ROWS:
        raise AssertionError(f"import killed after {delay:.2f} s: the confirmed import was lost")
    open_database(path).dispose()
    if not imported:
        return "no task imported"
    return f"all {IMPORT_ROWS} tasks" + (" (finished)" if finished else " (killed after the commit)")


def issue_trial(folder: Path, delay: float | None, demo: Path) -> str:
    path = folder / "demo.db"
    shutil.copy(demo, path)
    notice_id = first_draft(path)
    finished = run_and_kill(["issue", str(path), str(notice_id)], delay) is not None
    code, out = db_check(path)
    if code != 0:
        raise AssertionError(f"issue killed after {delay:.2f} s: cchc db check failed:\n{out}")
    state = issue_state(path, notice_id)  # raises on a half-issued notice
    if finished and state != "issued":
        raise AssertionError(f"issue killed after {delay:.2f} s: the confirmed issue was lost")
    open_database(path).dispose()
    if state == "draft":
        return "still a draft, no register entry"
    return "issued with its entry and PDF" + (" (finished)" if finished else " (killed after the commit)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trials", type=int, nargs="?", default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    outcomes: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as root:
        demo = Path(root) / "demo.db"
        build_demo_database(demo)
        reference = table_counts(demo)
        scripts = copy_with_rebuild(Path(root))
        scratch = Path(root) / "scratch.db"  # the template is made from a copy: opening it writes nothing to demo
        shutil.copy(demo, scratch)
        tasks_file = Path(root) / "giao-viec.xlsx"
        titles = write_task_file(scratch, tasks_file)
        # how long each kind of work takes here, so that the kill points cover all of it (and a little after)
        durations = {}
        for kind in KINDS:
            folder = Path(root) / f"calibrate-{kind}"
            folder.mkdir()
            path = folder / "demo.db"
            if kind != "create":
                shutil.copy(demo, path)
            extra = {"create": [], "upgrade": [str(scripts)], "import": [str(tasks_file)],
                     "issue": [str(first_draft(demo))]}[kind]
            durations[kind] = run_and_kill([kind, str(path), *extra], None) or 3.0
            shutil.rmtree(folder)
        print("work takes " + ", ".join(f"{durations[kind]:.2f} s ({kind})" for kind in KINDS))
        for trial in range(args.trials):
            folder = Path(root) / f"t{trial}"
            folder.mkdir()
            kind = KINDS[trial % len(KINDS)]
            delay = rng.uniform(0, 1.1 * durations[kind])
            if kind == "create":
                outcomes["creation: " + creation_trial(folder, delay, reference)] += 1
            elif kind == "upgrade":
                outcomes["upgrade: " + upgrade_trial(folder, delay, demo, scripts)] += 1
            elif kind == "import":
                outcomes["import: " + import_trial(folder, delay, demo, tasks_file, titles)] += 1
            else:
                outcomes["issue: " + issue_trial(folder, delay, demo)] += 1
            shutil.rmtree(folder)
    for outcome, count in sorted(outcomes.items()):
        print(f"{count:5d}  {outcome}")
    print(f"{args.trials} trials, 0 failures")
    return 0


if __name__ == "__main__":
    sys.exit(main())
