"""Run by the crash tests and benchmarks/bench_crash.py in a separate process that is killed part-way.

    python crash_child.py create PATH [MIGRATIONS_DIR] [--exit-at before-move|after-move]
    python crash_child.py upgrade PATH MIGRATIONS_DIR [--exit-at …]

Prints ``start`` when the work begins (the parent starts its kill delay then) and ``done`` when it is complete.
``--exit-at`` ends the process abruptly (``os._exit``: no ``finally``, no clean-up, as a kill) just before or
just after a file is moved into place, so the boundaries are hit every time and not only by chance.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main(argv: list[str]) -> None:
    exit_at = None
    if "--exit-at" in argv:
        index = argv.index("--exit-at")
        exit_at = argv[index + 1]
        del argv[index:index + 2]
    mode, path = argv[0], Path(argv[1])
    from cchc_desktop.store import atomic, migrate
    from cchc_desktop.store.db import open_database

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
