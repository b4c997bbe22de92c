"""Importing index result tables: 6 indexes × 20 years of the 63 provinces (120 CSV tables, as the importer reads
them), into a new database, one table per call and all of them in one call; median of 5 runs each.

For scale, the same rows read with ``csv`` and written by one ``executemany`` into plain SQLite (the floor).
"""

from __future__ import annotations

import csv
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from common import timed

from cchc_desktop.core.services.results import ResultService, TableFile
from cchc_desktop.resources import data_lines
from cchc_desktop.store.db import open_database

INDEXES = {"PAR INDEX": 100, "SIPAS": 100, "PAPI": 80, "PCI": 100, "DTI": 1, "766": 100}
YEARS = range(2005, 2025)
RUNS = 5


def province_names() -> list[str]:
    names = [row["province_until_2025"] for row in csv.DictReader(data_lines("provinces.csv"))]
    assert len(names) == 63
    return names


def write_tables(folder: Path) -> list[TableFile]:
    rng = random.Random(20)
    names = province_names()
    tables = []
    for code, scale in INDEXES.items():
        for year in YEARS:
            scores = sorted((round(rng.uniform(0.4, 0.95) * scale, 4) for _ in names), reverse=True)
            path = folder / f"{code.replace(' ', '_')}_{year}.csv"
            with path.open("w", encoding="utf-8", newline="") as out:
                out.write(f"# {code} {year}\n")
                writer = csv.writer(out)
                writer.writerow(["province", "score", "rank"])
                for rank, (name, score) in enumerate(zip(rng.sample(names, len(names)), scores, strict=True), 1):
                    writer.writerow([name, score, rank])
            tables.append(TableFile(code, year, path))
    return tables


def median_ms(label: str, template: Path, work: Path, action: Callable[[ResultService], object]) -> None:
    times = []
    for _ in range(RUNS):
        shutil.copyfile(template, work)
        db = open_database(work)
        try:
            service = ResultService(db)
            start = time.perf_counter()
            action(service)
            times.append(time.perf_counter() - start)
        finally:
            db.dispose()
    print(f"{label:<55} {1000 * statistics.median(times):8.1f} ms (median of {RUNS})")


def floor_ms(tables: list[TableFile], work: Path) -> None:
    times = []
    for _ in range(RUNS):
        work.unlink(missing_ok=True)
        connection = sqlite3.connect(work)
        connection.execute("create table results (result_set integer, province text, score real, rank integer)")
        start = time.perf_counter()
        with connection:
            for number, table in enumerate(tables):
                with table.path.open(encoding="utf-8", newline="") as source:
                    rows = [row for row in csv.reader(source) if row and not row[0].startswith("#")][1:]
                connection.executemany("insert into results values (?, ?, ?, ?)",
                                       [(number, name, float(score), int(rank)) for name, score, rank in rows])
        times.append(time.perf_counter() - start)
        connection.close()
    print(f"{'floor: csv + executemany into plain SQLite':<55} {1000 * statistics.median(times):8.1f} ms "
          f"(median of {RUNS})")


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        tables = write_tables(folder)
        template = folder / "template.db"
        with timed("new database (schema and reference data)"):
            open_database(template).dispose()
        work = folder / "work.db"
        count = len(tables)
        median_ms(f"{count} tables, one import_table call each", template, work,
                  lambda service: [service.import_table(t.index, t.year, t.path) for t in tables])
        median_ms(f"{count} tables, one import_tables call", template, work,
                  lambda service: service.import_tables(tables))
        floor_ms(tables, folder / "floor.db")


if __name__ == "__main__":
    sys.exit(main())
