"""Commits per second with ``synchronous = NORMAL`` vs ``FULL`` (WAL), the cost of durable commits.

    uv run python benchmarks/bench_commit.py [COMMITS] [--dir FOLDER]

Each commit is one small service-sized transaction (insert one agency) through the application's own engine
(``store.db.make_engine``: WAL, foreign keys); only the ``synchronous`` setting differs. Run it on the disk the
database lives on (``--dir``): a tmpfs or a RAM disk hides the cost of the flushes.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import event, select  # noqa: E402
from sqlalchemy.orm import sessionmaker  # noqa: E402

from cchc_desktop.store.db import Database, make_engine, open_database  # noqa: E402
from cchc_desktop.store.models import Agency  # noqa: E402


def commits_per_second(path: Path, synchronous: str, commits: int) -> float:
    engine = make_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _set(dbapi_conn, _record):  # runs after the application's own pragmas
        dbapi_conn.execute(f"PRAGMA synchronous = {synchronous}")

    db = Database(url=f"sqlite:///{path}", engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))
    try:
        with db.session() as session:
            kind = session.scalars(select(Agency.kind)).first()
            assert session.connection().exec_driver_sql("PRAGMA synchronous").scalar() == \
                {"NORMAL": 1, "FULL": 2}[synchronous]
        start = time.perf_counter()
        for i in range(commits):
            with db.session() as session:
                session.add(Agency(name=f"Cơ quan thử {synchronous} {i}", kind=kind))
        return commits / (time.perf_counter() - start)
    finally:
        db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("commits", type=int, nargs="?", default=500)
    parser.add_argument("--dir", type=Path, default=None, help="folder on the disk to measure (default: temp)")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        path = Path(folder) / "bench.db"
        open_database(path).dispose()
        results: dict[str, list[float]] = {"NORMAL": [], "FULL": []}
        for _ in range(args.rounds):  # interleaved, so that a busy moment of the machine hits both
            for mode in results:
                results[mode].append(commits_per_second(path, mode, args.commits))
    print(f"{args.commits} commits × {args.rounds} rounds in {args.dir or tempfile.gettempdir()}")
    print(f"{'synchronous':<12} {'commits/s (median)':>19} {'best':>8} {'ms/commit':>10}")
    for mode, values in results.items():
        median = sorted(values)[len(values) // 2]
        print(f"{mode:<12} {median:19.0f} {max(values):8.0f} {1000 / median:10.2f}")
    normal = sorted(results["NORMAL"])[args.rounds // 2]
    full = sorted(results["FULL"])[args.rounds // 2]
    print(f"FULL costs {100 * (1 - full / normal):.0f} % of the commit rate of NORMAL")


if __name__ == "__main__":
    main()
