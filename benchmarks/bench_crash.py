"""kill -9 trials: processes killed at random points of creating the demo database and of upgrading a copy of it
with a table-rebuilding test migration (the same child as tests/store/test_crash_kill.py).

    uv run python benchmarks/bench_crash.py [TRIALS] [--seed N]

After every kill the file must either be absent (creation) or open with all its data, pass integrity_check,
and hold at most one backup of the original state. Prints the outcome counts; exits 1 on any failure.
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
from tests.store.test_crash_kill import integrity, run_and_kill, table_counts  # noqa: E402


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
        # how long each kind of work takes here, so that the kill points cover all of it (and a little after)
        durations = {}
        for kind in ("create", "upgrade"):
            folder = Path(root) / f"calibrate-{kind}"
            folder.mkdir()
            extra = [str(scripts)] if kind == "upgrade" else []
            if kind == "upgrade":
                shutil.copy(demo, folder / "demo.db")
            durations[kind] = run_and_kill([kind, str(folder / "demo.db"), *extra], None) or 3.0
            shutil.rmtree(folder)
        print(f"work takes {durations['create']:.2f} s (creation), {durations['upgrade']:.2f} s (upgrade)")
        for trial in range(args.trials):
            folder = Path(root) / f"t{trial}"
            folder.mkdir()
            if trial % 2 == 0:
                delay = rng.uniform(0, 1.1 * durations["create"])
                outcomes["creation: " + creation_trial(folder, delay, reference)] += 1
            else:
                delay = rng.uniform(0, 1.1 * durations["upgrade"])
                outcomes["upgrade: " + upgrade_trial(folder, delay, demo, scripts)] += 1
            shutil.rmtree(folder)
    for outcome, count in sorted(outcomes.items()):
        print(f"{count:5d}  {outcome}")
    print(f"{args.trials} trials, 0 failures")
    return 0


if __name__ == "__main__":
    sys.exit(main())
