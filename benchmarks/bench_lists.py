"""Tens of thousands of tasks: how long the list takes to query, load into its model, filter and sort."""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
from pathlib import Path

from common import best_of, timed

from cchc_desktop.core.enums import DeadlineKind, TaskStatus
from cchc_desktop.core.services.agencies import AgencyService
from cchc_desktop.core.services.overview import build_overview
from cchc_desktop.core.services.tasks import TaskFilter, TaskService
from cchc_desktop.store.db import open_database
from cchc_desktop.store.models import Task

WORDS = ("rà soát", "tham mưu", "báo cáo", "kiểm tra", "đôn đốc", "số hóa", "hồ sơ", "thủ tục hành chính",
         "Bộ phận Một cửa", "chỉ số PAPI", "chỉ số SIPAS", "tuyên truyền", "cải cách", "công vụ", "kinh phí")


def fill(db, count: int) -> None:
    rng = random.Random(7)
    agencies = [row.id for row in AgencyService(db).list()]
    start = dt.date(2022, 1, 1)
    with db.session() as session:
        for number in range(count):
            due = start + dt.timedelta(days=rng.randint(0, 1500))
            status = rng.choice(list(TaskStatus))
            session.add(Task(
                title=f"{number}: " + " ".join(rng.sample(WORDS, 5)), lead_agency_id=rng.choice(agencies),
                deadline_kind=DeadlineKind.BEFORE, deadline_date=due, due_date=due,
                deadline_text=f"trước ngày {due:%d/%m/%Y}", status=status,
                completed_on=due if status in (TaskStatus.DONE, TaskStatus.DONE_LATE) else None,
            ))


def main(count: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.db")
        with timed(f"insert {count} tasks"):
            fill(db, count)
        service = TaskService(db)
        today = dt.date(2024, 6, 1)
        rows = best_of("TaskService.list (all rows)", 3, lambda: service.list(today=today))
        best_of("TaskService.list (folded text filter)", 3,
                lambda: service.list(TaskFilter(text="bo phan mot cua"), today=today))
        best_of("build_overview", 3, lambda: build_overview(service, today=today))
        try:
            from PySide6.QtWidgets import QApplication

            from cchc_desktop.ui.models.task_table_model import TaskTableModel  # written with the tasks page
        except ImportError as exc:
            print(f"(table model not measured: {exc})")
            return
        app = QApplication.instance() or QApplication([])
        model = TaskTableModel()
        best_of("TaskTableModel.set_rows", 3, lambda: model.set_rows(rows))
        del app


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30_000)
