"""Every importer, set up on a fresh database and run on one generated file, with its outcome classified.

Outcomes: ``ok`` (accepted, every row of the table imported), ``lie`` (accepted although a number, rank,
code or date column held a value that must be refused, such as "0.4.5" or "Quý I/0000"), ``refused`` (a
CchcError with a Vietnamese message naming the row and column of every rejected cell, database unchanged), and
the failures: ``traceback`` (any other exception), ``partial`` (accepted but fewer rows than the file holds, or
a preserving mutation refused), ``changed`` (refused but the database differs), ``bad_message`` (a refusal not
in Vietnamese or a row problem without its row). Shared by tests/fuzz/test_fuzz_importers.py and
benchmarks/fuzz_importers.py.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
import sqlite3
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cchc_desktop.core.errors import CchcError, ImportRejected
from cchc_desktop.store.db import Database

from .nasty import MUST_REFUSE, PRESERVING, nasty_file

VIETNAMESE = re.compile("[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", re.I)


@dataclass(frozen=True)
class Importer:
    name: str
    formats: tuple[str, ...]
    rows: list[list[object]]  # a valid table: header first
    prepare: Callable[[Database, Path], Callable[[Path], int]]  # → run(path) returning rows imported
    strict_columns: tuple[int, ...] = ()  # numbers, ranks, codes, dates: a MUST_REFUSE value there is refused


def _results(db: Database, folder: Path) -> Callable[[Path], int]:
    from cchc_desktop.core.services.results import ResultService

    service = ResultService(db)
    return lambda path: service.import_table("PAPI", 2020, path, replace=True).rows


def _scores(db: Database, folder: Path) -> Callable[[Path], int]:
    from cchc_desktop.core.services.criteria import CriteriaService
    from cchc_desktop.core.services.scores import ScoreService
    from cchc_desktop.core.services.settings import OWN_PROVINCE, SettingsService

    SettingsService(db).set(OWN_PROVINCE, "Lạng Sơn")
    criteria = CriteriaService(db)
    tree = folder / "cay.csv"
    tree.write_text("Mã,Tên,Điểm tối đa\n1,Chỉ đạo điều hành,10\n1.1,Kế hoạch,6\n1.2,Kiểm tra,4\n2,Khảo sát,23.5\n",
                    encoding="utf-8")
    criteria.import_tree(criteria.version_for_year("PAR INDEX", 2021).id, tree)
    service = ScoreService(db)
    return lambda path: service.import_scores("PAR INDEX", 2021, path)


def _criteria(db: Database, folder: Path) -> Callable[[Path], int]:
    from cchc_desktop.core.services.criteria import CriteriaService

    service = CriteriaService(db)
    version = service.version_for_year("PAR INDEX", 2021).id
    return lambda path: service.import_tree(version, path)


def _tasks(db: Database, folder: Path) -> Callable[[Path], int]:
    from cchc_desktop.core.services.task_excel import import_tasks
    from cchc_desktop.core.services.tasks import TaskService

    service = TaskService(db)
    counter = iter(range(10**9))

    def run(path: Path) -> int:
        # alternate dry runs and real imports: both must apply the same checks; what a real import created is
        # deleted afterwards so that the next file is not refused as a duplicate (the digest is taken per file)
        result = import_tasks(service, path, dry_run=next(counter) % 2 == 0)
        for row in service.list():
            service.delete(row.id)
        return result.rows

    return run


IMPORTERS = {
    "results": Importer("results", ("csv", "xlsx"), [
        ["Tỉnh, thành phố", "Điểm", "Xếp hạng"], ["Lạng Sơn", 42.37, 37], ["Quảng Ninh", 50.16, 1],
        ["Hà Nội", 43.5, 20], ["Cao Bằng", 40.25, 50], ["Đà Nẵng", 45.1, 10], ["Bắc Kạn", 39.0, 60],
    ], _results, (1, 2)),
    "scores": Importer("scores", ("csv", "xlsx"), [
        ["Mã", "Điểm"], ["1.1", 5], ["1.2", 3.5], ["2", 17.31],
    ], _scores, (1,)),
    "criteria": Importer("criteria", ("csv", "xlsx"), [
        ["Mã", "Tên", "Điểm tối đa", "Cơ quan chủ trì"], ["1", "Chỉ đạo điều hành", 10, "Sở Nội vụ"],
        ["1.1", "Kế hoạch CCHC", 6, ""], ["1.2", "Kiểm tra", 4, ""], ["2", "Khảo sát", 23.5, ""],
    ], _criteria, (0, 2)),
    "tasks": Importer("tasks", ("xlsx",), [
        ["Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Tình trạng", "Ngày hoàn thành",
         "Nguồn", "Mô tả"],
        ["Báo cáo kết quả kiểm điểm", "UBND tỉnh", "Sở Nội vụ", "trước ngày 30/6/2022", "Hoàn thành",
         dt.datetime(2022, 7, 5), "Thông báo 2022", ""],
        ["Rà soát Bộ phận Một cửa", "Sở Tài chính", "", "trong Quý III/2024", "", None, "", "Hỗ trợ cấp xã"],
        ["Tuyên truyền chỉ số PAPI", "Sở Nội vụ", "", "hằng tháng", "Đang thực hiện", None, "", ""],
    ], _tasks, (3, 5)),
}


def database_digest(path: Path) -> str:
    """A hash of the database's full content (as SQL), read through a separate connection."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        for line in connection.iterdump():
            digest.update(line.encode("utf-8", errors="surrogatepass"))
        return digest.hexdigest()
    finally:
        connection.close()


@dataclass(frozen=True)
class Outcome:
    kind: str  # ok, refused, traceback, partial, changed, bad_message
    detail: str = ""


def run_one(importer: Importer, run: Callable[[Path], int], db_file: Path, folder: Path, fmt: str,
            mutation: str, seed: int) -> Outcome:
    """Generate one file, import it, classify what happened."""
    rng = random.Random(seed)
    injected: list[tuple[int, int, object]] = []
    data = nasty_file(importer.rows, fmt, mutation, rng, injected)
    path = folder / f"fuzz-{importer.name}.{fmt}"
    path.write_bytes(data)
    before = database_digest(db_file)
    try:
        count = run(path)
    except CchcError as exc:
        if database_digest(db_file) != before:
            return Outcome("changed", exc.message)
        if mutation in PRESERVING:
            return Outcome("partial", f"a file holding the same table was refused: {exc.message}")
        return _check_message(exc)
    except Exception:  # noqa: BLE001 - what the fuzzer is looking for
        return Outcome("traceback", traceback.format_exc())
    expected = len(importer.rows) - 1
    if mutation in PRESERVING and count != expected:  # the same table, so every row must be there
        return Outcome("partial", f"{count} rows imported of {expected}")
    blanked = {row for row, _, value in injected if not str(value).strip()}  # a blank key skips its row
    lies = [(row, column, value) for row, column, value in injected
            if column in importer.strict_columns and str(value) in MUST_REFUSE and row not in blanked]
    if lies:
        row, column, value = lies[0]
        return Outcome("lie", f"accepted {str(value)[:40]!r} in row {row + 1}, column {column + 1}")
    return Outcome("ok")


def _check_message(exc: CchcError) -> Outcome:
    if not VIETNAMESE.search(exc.message) or "Traceback" in exc.message or "Error" in exc.message:
        return Outcome("bad_message", exc.message)
    if isinstance(exc, ImportRejected):
        for problem in exc.problems:
            if problem.row < 1 or not str(problem).startswith(f"Dòng {problem.row}"):
                return Outcome("bad_message", str(problem))
    return Outcome("refused", exc.message)
