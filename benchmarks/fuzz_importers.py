"""Generated bad files against every importer: counts of tracebacks, silent partial imports and changes after a
refusal (all three must be 0). Not part of the test run.

    uv run python benchmarks/fuzz_importers.py [N] [--importer NAME] [--seed S] [--show K]

N files (default 1000) per importer and format; each file is one valid table with one mutation (line endings,
encodings, huge fields, odd Unicode digits, NaN, formulas without values, broken zip/XML/zlib bytes…) from
tests/fuzz/nasty.py. The first K failures of each kind are printed with their traceback or message.
"""

from __future__ import annotations

import argparse
import collections
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("CCHC_USER", "fuzz")

from cchc_desktop.store.db import open_database  # noqa: E402
from tests.fuzz.importers import IMPORTERS, run_one  # noqa: E402
from tests.fuzz.nasty import mutations  # noqa: E402

FAILURES = ("traceback", "partial", "changed", "bad_message", "lie")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", nargs="?", type=int, default=1000)
    parser.add_argument("--importer", choices=sorted(IMPORTERS), action="append")
    parser.add_argument("--seed", type=int, default=20240101)
    parser.add_argument("--show", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    total_failures = 0
    for name in args.importer or list(IMPORTERS):
        importer = IMPORTERS[name]
        for fmt in importer.formats:
            with tempfile.TemporaryDirectory() as folder:
                folder_path = Path(folder)
                db_file = folder_path / "fuzz.db"
                db = open_database(db_file)
                try:
                    run = importer.prepare(db, folder_path)
                    counts: collections.Counter[str] = collections.Counter()
                    by_mutation: collections.Counter[tuple[str, str]] = collections.Counter()
                    shown: collections.Counter[str] = collections.Counter()
                    started = time.perf_counter()
                    for _ in range(args.count):
                        mutation = rng.choice(mutations(fmt))
                        seed = rng.randrange(2**32)
                        outcome = run_one(importer, run, db_file, folder_path, fmt, mutation, seed)
                        counts[outcome.kind] += 1
                        by_mutation[(mutation, outcome.kind)] += 1
                        if outcome.kind in FAILURES and shown[outcome.kind] < args.show:
                            shown[outcome.kind] += 1
                            print(f"--- {name} {fmt} {mutation} seed={seed}: {outcome.kind}\n{outcome.detail}")
                finally:
                    db.dispose()
            elapsed = time.perf_counter() - started
            failures = sum(counts[kind] for kind in FAILURES)
            total_failures += failures
            print(f"{name:9} {fmt:5} {args.count} files in {elapsed:5.1f} s: "
                  f"ok {counts['ok']}, refused {counts['refused']}, tracebacks {counts['traceback']}, "
                  f"silent partial imports {counts['partial']}, changes after refusal {counts['changed']}, "
                  f"bad messages {counts['bad_message']}, silently accepted bad values {counts['lie']}")
            accepted = sorted({m for (m, kind) in by_mutation if kind == "ok"})
            print(f"{'':15} accepted mutations: {', '.join(accepted) or '—'}")
    return 1 if total_failures else 0


if __name__ == "__main__":
    sys.exit(main())
