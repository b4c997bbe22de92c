"""What users wait for: one Markdown table of medians against targets and against floors measured in the same run.

    uv run python benchmarks/user_waits.py [--quick]

Every row runs on its own (most in a child process), so a failure prints "lỗi: ..." in its cells and the other rows
still run. Only entry points that users also reach are used: the ``cchc`` and ``cchc-desktop`` commands, the main
window and its pages found by their widgets, the services and the document renderers. ``--quick``: 3 repetitions
instead of 5, and no 200 000-task rows. The floors are the small scripts in ``benchmarks/floors/``.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
FLOORS = HERE / "floors"
PYTHON = sys.executable
TIMEOUT = 1800  # seconds for any one child process
INDEX_CODES = ("PAR INDEX", "SIPAS", "PAPI", "PCI", "DTI", "766")
YEARS = tuple(range(2005, 2025))  # 6 indexes x 20 years = 120 tables
SEARCH_BEFORE, SEARCH_KEY = "ho", "a"  # "ho" (hồ sơ, số hóa), then one more key: "hoa" (số hóa only)
WORDS = ("rà soát", "tham mưu", "báo cáo", "kiểm tra", "đôn đốc", "số hóa", "hồ sơ", "thủ tục hành chính",
         "Bộ phận Một cửa", "chỉ số PAPI", "chỉ số SIPAS", "tuyên truyền", "cải cách", "công vụ", "kinh phí")


# -- preparing data (once per run, in a temporary folder) ---------------------------------------------------------
class Data:
    """The databases and files the rows share, each built on first use; a failure to build is the row's error."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.home = folder / "home"  # a fresh user profile: first page, settings and logs of its own
        self.home.mkdir()
        self._built: dict[str, Path] = {}

    def env(self, **extra: str) -> dict[str, str]:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(self.home),
                   XDG_CONFIG_HOME=str(self.home / ".config"), XDG_DATA_HOME=str(self.home / ".local" / "share"),
                   XDG_CACHE_HOME=str(self.home / ".cache"), PYTHONPATH=str(HERE.parent))
        env.pop("CCHC_DB", None)
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed program has its bytecode cached; so do we
        env.update(extra)
        return env

    def once(self, key: str, build: Callable[[Path], None], name: str) -> Path:
        if key not in self._built:
            path = self.folder / name
            build(path)
            self._built[key] = path
        return self._built[key]

    def demo(self) -> Path:
        """The demo database, made by ``cchc demo`` as a user would."""
        return self.once("demo", lambda path: run([cchc(), "demo", "--db", str(path)], self.env()), "demo.db")

    def tasks(self, count: int) -> Path:
        """The demo with ``count`` generated tasks (seeded: the same every run)."""
        def build(path: Path) -> None:
            shutil.copy(self.demo(), path)
            child([PYTHON, __file__, "--make-tasks", str(path), str(count)], self.env())
        return self.once(f"tasks{count}", build, f"tasks{count}.db")

    def tables(self) -> Path:
        """120 result tables (CSV) of 63 provinces, seeded."""
        def build(folder: Path) -> None:
            folder.mkdir()
            child([PYTHON, __file__, "--make-tables", str(self.reference()), str(folder)], self.env())
        return self.once("tables", build, "tables")

    def reference(self) -> Path:
        """A new database with only the reference data (provinces, indexes, agencies)."""
        return self.once("reference", lambda path: child([PYTHON, __file__, "--make-reference", str(path)],
                                                          self.env()), "reference.db")

    def results(self) -> Path:
        """The demo with the 120 tables imported (20 years to choose from on the charts page)."""
        def build(path: Path) -> None:
            shutil.copy(self.demo(), path)
            child([PYTHON, __file__, "--worker", "import", str(path), str(self.tables()), "1", "--replace"],
                  self.env())
        return self.once("results", build, "results.db")


def make_reference(path: str) -> None:
    from cchc_desktop.store.db import open_database

    open_database(path).dispose()


def make_tasks(path: str, count: int) -> None:
    """Tasks inserted with SQLAlchemy Core (the ORM would take minutes for 200 000); the folded search text is
    written as the store's flush hook writes it."""
    import datetime as dt

    from sqlalchemy import insert, select

    from cchc_desktop.core.enums import DeadlineKind, TaskStatus
    from cchc_desktop.core.text import fold
    from cchc_desktop.store.db import open_database
    from cchc_desktop.store.models import Agency, Task

    rng = random.Random(7)
    db = open_database(path)
    start = dt.date(2022, 1, 1)
    statuses = list(TaskStatus)
    with db.session() as session:
        agencies = list(session.scalars(select(Agency.id)))
        rows = []
        for number in range(count):
            due = start + dt.timedelta(days=rng.randint(0, 1500))
            status = rng.choice(statuses)
            title = f"{number}: " + " ".join(rng.sample(WORDS, 5))
            deadline = f"trước ngày {due:%d/%m/%Y}"
            rows.append(dict(
                title=title, lead_agency_id=rng.choice(agencies), deadline_kind=DeadlineKind.BEFORE,
                deadline_date=due, due_date=due, deadline_text=deadline, status=status,
                completed_on=due if status in (TaskStatus.DONE, TaskStatus.DONE_LATE) else None,
                search_folded=fold(f"{title} {deadline}"),
            ))
        for first in range(0, len(rows), 10_000):
            session.execute(insert(Task), rows[first:first + 10_000])
    db.dispose()


def make_tables(reference: str, folder: str) -> None:
    """One CSV per index and year: the provinces of that year (63 at most), seeded scores on the index's scale."""
    from sqlalchemy import select

    from cchc_desktop.store.db import open_database
    from cchc_desktop.store.models import IndexDef, Province

    rng = random.Random(11)
    db = open_database(reference)
    with db.session() as session:
        provinces = [(p.name, p.valid_from_year, p.valid_to_year) for p in session.scalars(select(Province))]
        scales = {i.code: (i.scale_min, i.scale_max) for i in session.scalars(select(IndexDef))}
    db.dispose()
    for code in INDEX_CODES:
        low, high = scales[code]
        for year in YEARS:
            names = sorted(name for name, since, until in provinces
                           if since <= year and (until is None or until >= year))[:63]
            scores = sorted((round(rng.uniform(low + (high - low) * 0.5, high), 2) for _ in names), reverse=True)
            rng.shuffle(names)
            lines = ["province,score,rank", *(f"{name},{score},{rank}"
                                              for rank, (name, score) in enumerate(zip(names, scores, strict=True), 1))]
            (Path(folder) / f"{code.replace(' ', '_')}_{year}.csv").write_text("\n".join(lines) + "\n", "utf-8")


# -- in-process measurements (run in a child: `user_waits.py --worker NAME ...`) -----------------------------------
def _qt() -> object:
    from cchc_desktop.app import create_application

    return create_application()


def _wait_painted(widget: object, ready: Callable[[], bool] = lambda: True, timeout: float = 120.0) -> float:
    """Run the event loop until ``widget`` has handled a paint event while ``ready()``; the time it ended."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    loop = QEventLoop()
    ended: list[float] = []

    def finish() -> None:
        if not ended:
            ended.append(time.perf_counter())
        loop.quit()

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and ready():
                QTimer.singleShot(0, finish)
            return False

    watch = Watch()
    widget.installEventFilter(watch)  # type: ignore[attr-defined]
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    loop.exec()
    widget.removeEventFilter(watch)  # type: ignore[attr-defined]
    if not ended:
        raise RuntimeError(f"không thấy {type(widget).__name__} vẽ lại sau {timeout:.0f} s")
    return ended[0]


def _main_window(path: str) -> object:
    """The main window on ``path`` as the application builds it, shown with its first page painted."""
    from PySide6.QtCore import QSettings

    from cchc_desktop.store.db import open_database
    from cchc_desktop.ui.context import AppContext
    from cchc_desktop.ui.main_window import MainWindow
    from cchc_desktop.ui.pages import standard_pages
    from cchc_desktop.ui.prompts import Prompter
    from cchc_desktop.ui.signals import AppSignals

    settings = QSettings(str(Path(tempfile.mkdtemp()) / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(open_database(path), AppSignals(), Prompter()), settings)
    for spec in standard_pages():
        window.register_page(spec)
    window.resize(1280, 800)
    window.show()
    _wait_painted(window.current_page())
    return window


def _table_of(page: object) -> object:
    """The page's main list: its largest visible item view."""
    from PySide6.QtWidgets import QAbstractItemView

    views = [v for v in page.findChildren(QAbstractItemView) if v.isVisible()]  # type: ignore[attr-defined]
    return max(views, key=lambda v: v.width() * v.height())


def _search_box(page: object) -> object:
    from PySide6.QtWidgets import QLineEdit

    box = getattr(page, "search_edit", None)
    if isinstance(box, QLineEdit):
        return box
    return next(e for e in page.findChildren(QLineEdit) if e.isVisible())  # type: ignore[attr-defined]


def worker_tasks(path: str, reps: int, open_only: bool = False, open_once: bool = False) -> dict[str, object]:
    """Open the tasks page ``reps`` times (each time on pages built anew; once with ``open_once``), then time one
    search keystroke ``reps`` times on the page last opened: from the end of the search box's pause (its
    single-shot timer firing) to the table painted with the new rows."""
    app = _qt()
    window = _main_window(path)
    opens: list[float] = []
    completes: list[float] = []
    keys: list[float] = []
    debounce = 0
    page = table = None
    for rep in range(1 if open_only or open_once else reps):
        if rep:  # back to the first page, and every page built anew
            window.open_page("overview")  # type: ignore[attr-defined]
            window.set_database(window.context.db)  # type: ignore[attr-defined]
            _wait_painted(window.current_page())  # type: ignore[attr-defined]
        start = time.perf_counter()
        page = window.open_page("tasks")  # type: ignore[attr-defined]
        table = _table_of(page)
        end = _wait_painted(table.viewport(), lambda t=table: t.model() is not None and t.model().rowCount() > 0)
        opens.append(1000 * (end - start))
        completes.append(1000 * (_wait_complete(page) - start))
    for _ in range(0 if open_only else reps):
        try:
            took, debounce = _one_keystroke(page, table)
        except RuntimeError as error:  # the keystroke row fails, the page-opening row keeps its times
            return {"open": opens, "complete": completes, "key": [], "key_error": str(error),
                    "debounce_ms": debounce}
        keys.append(took)
    del app
    return {"open": opens, "complete": completes, "key": keys, "debounce_ms": debounce}


def _wait_complete(page: object) -> float:
    """When a page that shows the first rows of a long list at once has painted its count line without "đang
    tải" (the rest of the list has arrived); now if it never said so."""
    label = getattr(page, "count_label", None)
    if label is None or "đang tải" not in label.text():
        return time.perf_counter()
    return _wait_painted(label, lambda: "đang tải" not in label.text())


def _one_keystroke(page: object, table: object) -> tuple[float, int]:
    """Type SEARCH_BEFORE into the search box (untimed), then SEARCH_KEY: milliseconds from the end of the box's
    pause (an active single-shot timer of the page firing; the key itself when there is none) to the table painted
    with other rows, and the pause in milliseconds."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtTest import QTest

    box = _search_box(page)
    box.setFocus()  # type: ignore[attr-defined]
    box.clear()  # type: ignore[attr-defined]
    QTest.keyClicks(box, SEARCH_BEFORE)
    before = table.model().rowCount()  # type: ignore[attr-defined]
    _wait_painted(table.viewport(), lambda: table.model().rowCount() != before)  # type: ignore[attr-defined]
    before = table.model().rowCount()  # type: ignore[attr-defined]
    fired: list[float] = []

    class Fired(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Timer and not fired:
                fired.append(time.perf_counter())
            return False

    typed = time.perf_counter()
    QTest.keyClick(box, SEARCH_KEY)
    timers = [t for t in page.findChildren(QTimer) if t.isActive() and t.isSingleShot()]  # type: ignore[attr-defined]
    watch = Fired()
    for timer in timers:
        timer.installEventFilter(watch)
    end = _wait_painted(table.viewport(),  # type: ignore[attr-defined]
                        lambda: bool(fired or not timers) and table.model().rowCount() != before)  # type: ignore[attr-defined]
    return 1000 * (end - (fired[0] if fired else typed)), max((t.interval() for t in timers), default=0)


def worker_chart(path: str, reps: int) -> dict[str, object]:
    """Change the year of the all-provinces chart on the charts page; time to the chart painted."""
    from PySide6.QtWidgets import QComboBox, QGraphicsView

    app = _qt()
    window = _main_window(path)
    page = window.open_page("charts")  # type: ignore[attr-defined]
    kinds = page.kind_combo  # type: ignore[attr-defined]
    kinds.setCurrentIndex(next(i for i in range(kinds.count()) if "tỉnh" in kinds.itemText(i)))
    years: QComboBox = page.year_combo  # type: ignore[attr-defined]
    if years.count() < 2:
        raise RuntimeError("chỉ có một năm để chọn")
    chart = max((v for v in page.findChildren(QGraphicsView) if v.isVisible()), key=lambda v: v.height())
    _wait_painted(chart.viewport())
    times = []
    for rep in range(reps + 1):
        start = time.perf_counter()
        years.setCurrentIndex((years.currentIndex() + 1) % years.count())
        end = _wait_painted(chart.viewport())
        if rep:  # the first change builds what later ones reuse
            times.append(1000 * (end - start))
    del app
    return {"ms": times}


def worker_import(path: str, folder: str, reps: int, replace: bool = False, bulk: bool = False) -> dict[str, object]:
    """Import every table of ``folder`` with ResultService into a fresh copy of ``path`` each repetition
    (``replace``: into ``path`` itself, once): one ``import_table`` call per table (what ``cchc results import``
    and the page do for one table), or with ``bulk`` all of them in one ``import_tables`` call, one transaction
    (what ``cchc results import-many`` does)."""
    from cchc_desktop.core.services.results import ResultService, TableFile
    from cchc_desktop.store.db import open_database

    files = sorted(Path(folder).glob("*.csv"))
    times = []
    for _ in range(reps):
        target = path
        if not replace:
            target = str(Path(tempfile.mkdtemp()) / "import.db")
            shutil.copy(path, target)
        db = open_database(target)
        service = ResultService(db)
        tables = [TableFile(code.replace("_", " "), int(year), file)
                  for file in files for code, year in [file.stem.rsplit("_", 1)]]
        start = time.perf_counter()
        if bulk:
            service.import_tables(tables, replace=replace)
        for table in [] if bulk else tables:
            service.import_table(table.index, table.year, table.path, replace=replace)
        times.append(1000 * (time.perf_counter() - start))
        db.dispose()
    return {"ms": times, "tables": len(files)}


def worker_notice(path: str, reps: int) -> dict[str, object]:
    """Render the 5-page demo notice to PDF in memory (after one warm-up render), from its stored document."""
    from cchc_desktop.core.services.notices import NoticeService
    from cchc_desktop.documents.notice_pdf import render_notice_pdf
    from cchc_desktop.store.db import open_database

    document = NoticeService(open_database(path)).document(notice_id(path))
    render_notice_pdf(document)
    times = []
    for _ in range(reps):
        start = time.perf_counter()
        render_notice_pdf(document)
        times.append(1000 * (time.perf_counter() - start))
    return {"ms": times}


def notice_id(path: str) -> int:
    """The demo notice of five pages: the 2022 conference's (the first one stored)."""
    from cchc_desktop.core.services.notices import NoticeService
    from cchc_desktop.store.db import open_database

    db = open_database(path)
    try:
        return min(row.id for row in NoticeService(db).list())
    finally:
        db.dispose()


WORKERS: dict[str, Callable[..., dict[str, object]]] = {
    "tasks": lambda path, reps, *rest: worker_tasks(path, int(reps), "--open-only" in rest, "--open-once" in rest),
    "chart": lambda path, reps: worker_chart(path, int(reps)),
    "import": lambda path, folder, reps, *rest: worker_import(path, folder, int(reps), "--replace" in rest,
                                                             "--bulk" in rest),
    "notice": lambda path, reps: worker_notice(path, int(reps)),
}


# -- running children ----------------------------------------------------------------------------------------------
def cchc() -> str:
    script = Path(PYTHON).parent / "cchc"
    return str(script) if script.exists() else "cchc"


def run(command: list[str], env: dict[str, str]) -> str:
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    if done.returncode != 0:
        lines = (done.stderr or done.stdout).strip().splitlines()
        raise RuntimeError(f"{Path(command[0]).name} thoát với mã {done.returncode}: "
                           f"{lines[-1] if lines else ''}")
    return done.stdout


def child(command: list[str], env: dict[str, str]) -> dict[str, object]:
    """Run a helper and return the JSON object on the last line it printed (or {})."""
    lines = [line for line in run(command, env).splitlines() if line.startswith("{")]
    return json.loads(lines[-1]) if lines else {}


def worker(data: Data, name: str, *args: object) -> dict[str, object]:
    return child([PYTHON, __file__, "--worker", name, *map(str, args)], data.env())


def process_seconds(command: list[str], env: dict[str, str], marker: str | None = None) -> float:
    """Wall time from starting ``command`` to its ``marker`` line (or to its exit without one)."""
    errors = tempfile.TemporaryFile("w+")  # a file, not a pipe nobody reads while waiting for the marker
    start = time.perf_counter()
    with errors, subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=errors, text=True) as process:
        try:
            assert process.stdout is not None
            if marker is not None:
                for line in process.stdout:
                    if line.startswith(marker):
                        end = time.perf_counter()
                        break
                else:
                    raise RuntimeError(f"không thấy dòng {marker}: {_tail(errors)}")
                process.wait(TIMEOUT)
                return end - start
            process.wait(TIMEOUT)
            end = time.perf_counter()
            if process.returncode:
                raise RuntimeError(f"thoát với mã {process.returncode}: {_tail(errors)}")
            return end - start
        finally:
            if process.poll() is None:
                process.kill()


def _tail(file: object) -> str:
    file.seek(0)  # type: ignore[attr-defined]
    lines = file.read().strip().splitlines()  # type: ignore[attr-defined]
    return lines[-1][-200:] if lines else ""


def peak_rss_mb(command: list[str], env: dict[str, str]) -> float:
    """Peak resident memory of one child process (its own, from wait4)."""
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise RuntimeError(f"thoát với mã {process.returncode}")
    return usage.ru_maxrss / 1024  # kilobytes on Linux


def repeat(reps: int, action: Callable[[], float]) -> list[float]:
    return [action() for _ in range(reps)]


# -- the rows ------------------------------------------------------------------------------------------------------
@dataclass
class Row:
    what: str
    target: float
    unit: str  # "s", "ms" or "MB"
    measure: Callable[[], list[float]]
    floor: Callable[[], list[float]]
    note: Callable[[], str] = lambda: ""  # said under the table, after the row has run


def rows(data: Data, reps: int, quick: bool) -> list[Row]:
    def launch(path: Callable[[], Path]) -> Callable[[], list[float]]:
        def measure() -> list[float]:
            db = str(path())
            command = [PYTHON, "-m", "cchc_desktop", "--db", db]
            return repeat(reps, lambda: process_seconds(command, data.env(CCHC_EXIT_AFTER_PAINT="1"), "CCHC_PAINTED"))
        return measure

    def bare_window() -> list[float]:
        return repeat(reps, lambda: process_seconds([PYTHON, str(FLOORS / "bare_window.py")], data.env(), "PAINTED"))

    tasks_results: dict[int, dict[str, object]] = {}

    def tasks(count: int) -> dict[str, object]:
        if count not in tasks_results:  # 200 000 tasks: only the keystroke row, the page is opened once
            once = ("--open-once",) if count > 50_000 else ()
            tasks_results[count] = worker(data, "tasks", data.tasks(count), reps, *once)
        return tasks_results[count]

    plain_results: dict[int, dict[str, object]] = {}

    def plain(count: int) -> dict[str, object]:
        if count not in plain_results:
            plain_results[count] = child([PYTHON, str(FLOORS / "plain_model.py"), str(data.tasks(count)), str(reps)],
                                         data.env())
        return plain_results[count]

    def ms(result: dict[str, object], key: str) -> list[float]:
        if not result.get(key) and result.get(f"{key}_error"):
            raise RuntimeError(str(result[f"{key}_error"]))
        return list(result[key])  # type: ignore[call-overload]

    def one_by_one_note() -> str:
        times = [t / 1000 for t in ms(worker(data, "import", data.reference(), data.tables(), reps), "ms")]
        return (f"in one transaction (`cchc results import-many`); one `import_table` call per table instead: "
                f"{statistics.median(times):.2f} s".replace(".", ","))

    def debounce_note(count: int) -> Callable[[], str]:
        def note() -> str:
            result = tasks_results.get(count)
            if not result or not result.get("key"):
                return ""
            return (f"the search box waits {result['debounce_ms']} ms after the last key before it filters; "
                    "that pause is not counted")
        return note

    def complete_note(count: int) -> Callable[[], str]:
        def note() -> str:
            result = tasks_results.get(count)
            completes = result.get("complete") if result else None
            if not completes:
                return ""
            return (f"the first rows are shown at once; the whole list is in (read on the worker thread, the page "
                    f"usable meanwhile) after {statistics.median(completes) / 1000:.2f} s".replace(".", ","))
        return note

    def notice_pdf() -> list[float]:
        db = str(data.demo())
        number = str(notice_id_of(data))
        out = str(data.folder / "notice.pdf")
        return repeat(reps, lambda: process_seconds([cchc(), "notice", "pdf", number, "--out", out, "--db", db],
                                                    data.env()))

    def plain_pdf() -> list[float]:
        out = str(data.folder / "floor.pdf")
        return repeat(reps, lambda: process_seconds([PYTHON, str(FLOORS / "plain_reportlab.py"), out], data.env()))

    result = [
        Row("launch → overview painted (demo DB)", 1.0, "s", launch(data.demo), bare_window),
        Row("launch → overview painted, 50 000 tasks", 1.2, "s", launch(lambda: data.tasks(50_000)), bare_window),
        Row("task page opens, 50 000 tasks", 0.3, "s",
            lambda: [t / 1000 for t in ms(tasks(50_000), "open")],
            lambda: [t / 1000 for t in ms(plain(50_000), "open")], complete_note(50_000)),
        Row("one filter keystroke → repaint, 50 000 tasks", 50, "ms", lambda: ms(tasks(50_000), "key"),
            lambda: ms(plain(50_000), "key"), debounce_note(50_000)),
    ]
    if not quick:
        result.append(Row("one filter keystroke → repaint, 200 000 tasks", 200, "ms",
                          lambda: ms(tasks(200_000), "key"), lambda: ms(plain(200_000), "key"),
                          debounce_note(200_000)))
    result += [
        Row("all-provinces bar chart, change year", 50, "ms",
            lambda: ms(worker(data, "chart", data.results(), reps), "ms"),
            lambda: ms(child([PYTHON, str(FLOORS / "bare_bars.py"), str(reps)], data.env()), "ms")),
        Row("`cchc notice pdf` (5-page notice), end to end", 0.5, "s", notice_pdf, plain_pdf),
        Row("`cchc --help`", 0.15, "s",
            lambda: repeat(reps, lambda: process_seconds([cchc(), "--help"], data.env())),
            lambda: repeat(reps, lambda: process_seconds([PYTHON, "-c", "pass"], data.env()))),
        Row("120 results tables (6 indexes × 20 years × 63 provinces) import", 0.5, "s",
            lambda: [t / 1000 for t in ms(worker(data, "import", data.reference(), data.tables(), reps, "--bulk"),
                                          "ms")],
            lambda: [t / 1000 for t in ms(child([PYTHON, str(FLOORS / "csv_sqlite.py"), str(data.tables()),
                                                 str(reps)], data.env()), "ms")], one_by_one_note),
        Row("notice render in process, 5 pages", 30, "ms", lambda: ms(worker(data, "notice", data.demo(), reps), "ms"),
            lambda: ms(child([PYTHON, str(FLOORS / "plain_reportlab.py"), "--in-process", str(reps)], data.env()),
                       "ms")),
    ]
    if not quick:
        result.append(Row(
            "peak memory, 200 000 tasks, overview + tasks page opened", 300, "MB",
            lambda: repeat(reps, lambda: peak_rss_mb([PYTHON, __file__, "--worker", "tasks", str(data.tasks(200_000)),
                                                      "1", "--open-only"], data.env())),
            lambda: repeat(reps, lambda: peak_rss_mb([PYTHON, str(FLOORS / "plain_model.py"),
                                                      str(data.tasks(200_000)), "--open-only"], data.env()))))
    return result


def notice_id_of(data: Data) -> int:
    return int(child([PYTHON, __file__, "--notice-id", str(data.demo())], data.env())["id"])  # type: ignore[call-overload]


# -- the table -----------------------------------------------------------------------------------------------------
def show(value: float, unit: str) -> str:
    if unit == "s":
        text = f"{value:.2f} s"
    elif unit == "ms":
        text = f"{value:.1f} ms"
    else:
        text = f"{value:.0f} MB"
    return text.replace(".", ",")


def cell(action: Callable[[], list[float]]) -> tuple[float | None, str]:
    try:
        values = action()
        if not values:
            raise RuntimeError("không có số đo nào")
        return statistics.median(values), ""
    except Exception as error:  # noqa: BLE001  # one row's failure must not stop the others
        traceback.print_exc(file=sys.stderr)
        message = " ".join(str(error).split())[:120] or type(error).__name__
        return None, f"lỗi: {message}".replace("|", "/")


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    reps = 3 if quick else 5
    with tempfile.TemporaryDirectory(prefix="cchc-user-waits-") as folder:
        data = Data(Path(folder))
        lines = ["| what the user waits for | target | measured median | floor | ratio |", "|---|---|---|---|---|"]
        notes = []
        for row in rows(data, reps, quick):
            print(f"… {row.what}", file=sys.stderr, flush=True)
            measured, measured_text = cell(row.measure)
            floor, floor_text = cell(row.floor)
            if measured is not None:
                measured_text = show(measured, row.unit)
                if measured > row.target:
                    measured_text += " ✗"
            if floor is not None:
                floor_text = show(floor, row.unit)
            ratio = f"{measured / floor:.1f}×".replace(".", ",") if measured and floor else "–"
            lines.append(f"| {row.what} | ≤ {show(row.target, row.unit)} | {measured_text} | {floor_text} | {ratio} |")
            note = row.note()
            if note:
                notes.append(f"{row.what}: {note}")
        print(f"\n{reps} repetitions per row (medians); ✗ = over its target.\n")
        print("\n".join(lines))
        for note in notes:
            print(f"\n- {note}")
    return 0


def entry(argv: list[str]) -> int:
    if argv and argv[0] == "--worker":
        result = WORKERS[argv[1]](*argv[2:])
        print(json.dumps(result), flush=True)
        os._exit(0)  # skip Qt's and SQLAlchemy's teardown: it is not what the user waits for
    if argv and argv[0] == "--make-tasks":
        make_tasks(argv[1], int(argv[2]))
        return 0
    if argv and argv[0] == "--make-tables":
        make_tables(argv[1], argv[2])
        return 0
    if argv and argv[0] == "--make-reference":
        make_reference(argv[1])
        return 0
    if argv and argv[0] == "--notice-id":
        print(json.dumps({"id": notice_id(argv[1])}))
        return 0
    return main(argv)


if __name__ == "__main__":
    sys.exit(entry(sys.argv[1:]))
