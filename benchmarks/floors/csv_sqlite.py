"""Floor of the results import: the same CSV tables read with the csv module and inserted with sqlite3
executemany into a bare table, one transaction per table.

``csv_sqlite.py FOLDER N``: N repetitions over every ``*.csv`` in FOLDER; prints the times (ms) as JSON.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
import tempfile
import time
from pathlib import Path


def load(folder: Path, database: Path) -> None:
    connection = sqlite3.connect(database)
    connection.execute("CREATE TABLE results (table_name TEXT, province TEXT, score REAL, rank INTEGER)")
    for path in sorted(folder.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as file:
            rows = [row for row in csv.reader(file) if row and not row[0].startswith("#")][1:]
        with connection:
            connection.executemany("INSERT INTO results VALUES (?, ?, ?, ?)",
                                   [(path.stem, name, float(score.replace(",", ".")), int(rank))
                                    for name, score, rank in rows])
    connection.close()


def main(folder: Path, reps: int) -> None:
    times = []
    with tempfile.TemporaryDirectory() as scratch:
        for rep in range(reps):
            start = time.perf_counter()
            load(folder, Path(scratch) / f"floor{rep}.db")
            times.append(1000 * (time.perf_counter() - start))
    print(json.dumps({"ms": times}))


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
