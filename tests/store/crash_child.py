"""Run by the crash tests and benchmarks/bench_crash.py in a separate process that is killed part-way.

    python crash_child.py create PATH [MIGRATIONS_DIR] [--exit-at before-move|after-move]
    python crash_child.py upgrade PATH MIGRATIONS_DIR [--exit-at …]
    python crash_child.py import PATH TASKS.xlsx [--exit-at before-commit|after-commit]
    python crash_child.py issue PATH NOTICE_ID [--exit-at …]

Prints ``start`` when the work begins (the parent starts its kill delay then) and ``done`` when it is complete
(for an import or an issue: after its commit, so a parent that read ``done`` holds a confirmed write).
``--exit-at`` ends the process abruptly (``os._exit``: no ``finally``, no clean-up, as a kill) just before or
just after a file is moved into place, or just before or just after the work's write transaction commits, so
the boundaries are hit every time and not only by chance.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

ISSUED_ON = dt.date(2024, 4, 19)


def exit_before_commit(engine) -> None:  # type: ignore[no-untyped-def]
    """End the process when a transaction that wrote is about to commit (the reads' sessions commit too)."""
    from sqlalchemy import event

    @event.listens_for(engine, "commit")
    def _commit(conn) -> None:  # type: ignore[no-untyped-def]
        if conn.connection.dbapi_connection.in_transaction:  # SQLite begins only at BEGIN IMMEDIATE or a write
            os._exit(137)


def main(argv: list[str]) -> None:
    exit_at = None
    if "--exit-at" in argv:
        index = argv.index("--exit-at")
        exit_at = argv[index + 1]
        del argv[index:index + 2]
    mode, path = argv[0], Path(argv[1])
    from cchc_desktop.store import atomic, migrate
    from cchc_desktop.store.db import open_database

    if mode in ("import", "issue"):
        db = open_database(path)  # not part of the work: the file is already at the schema head
        if exit_at == "before-commit":
            exit_before_commit(db.engine)
        print("start", flush=True)
        if mode == "import":
            from cchc_desktop.core.services.task_excel import import_tasks
            from cchc_desktop.core.services.tasks import TaskService

            import_tasks(TaskService(db), Path(argv[2]))
        else:
            from cchc_desktop.core.services.register import RegisterService

            RegisterService(db).issue(int(argv[2]), ISSUED_ON)
        if exit_at == "after-commit":
            os._exit(137)
        db.dispose()
        print("done", flush=True)
        return
    if len(argv) > 2:
        migrate.MIGRATIONS_DIR = Path(argv[2])
    if exit_at:
        real_move = atomic.move_into_place

        def move(work: Path, target: Path) -> None:
            if exit_at == "before-move":
                os._exit(137)
            real_move(work, target)
            os._exit(137)

        atomic.move_into_place = move
    if mode == "create":
        from cchc_desktop.core.demo import build_demo_database

        print("start", flush=True)
        build_demo_database(path)
    else:
        print("start", flush=True)
        open_database(path).dispose()
    print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
