"""Exporting task lists to Excel and importing tasks from the template: all rows or none."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from ...documents import tasks_xlsx as xlsx
from ...store.models import Agency, Task
from ..deadlines import parse_deadline
from ..enums import TaskSource, TaskStatus
from ..errors import ImportRejected, RowProblem, ValidationError
from ..formats import format_date, parse_date
from ..text import collation_key, fold, nfc
from .tasks import TaskFilter, TaskInput, TaskRow, TaskService


def export_tasks(service: TaskService, path: Path, flt: TaskFilter | None = None, *,
                 today: dt.date | None = None, title: str = "") -> int:
    """Write the tasks matching ``flt`` to ``path``; returns how many rows were written."""
    today = today or dt.date.today()
    rows = service.list(flt, today=today)
    heading = title or f"DANH SÁCH NHIỆM VỤ (xuất ngày {format_date(today)})"
    xlsx.export_task_rows(path, heading, [_export_values(i, r) for i, r in enumerate(rows, start=1)],
                          [r.overdue for r in rows])
    return len(rows)


def _export_values(number: int, row: TaskRow) -> list:
    status = row.status.label + (" (quá hạn)" if row.overdue else "")
    return [number, row.title, row.lead_agency, row.cooperators, row.deadline, row.due_date, status,
            row.completed_on, row.source_label, row.criterion, row.last_progress]


def write_import_template(service: TaskService, path: Path) -> Path:
    with service.db.session() as session:
        names = sorted(session.scalars(select(Agency.name).where(Agency.active.is_(True))), key=collation_key)
    return xlsx.write_template(path, names, [status.label for status in TaskStatus])


@dataclass(frozen=True)
class ImportResult:
    rows: int
    created: int
    dry_run: bool
    warnings: list[str]

    @property
    def message(self) -> str:
        if self.dry_run:
            return f"Kiểm tra xong: {self.rows} dòng hợp lệ, chưa nhập (chạy thử)."
        return f"Đã nhập {self.created} nhiệm vụ."


def import_tasks(service: TaskService, path: Path, *, dry_run: bool = False,
                 progress: Callable[[int, int], bool] | None = None) -> ImportResult:
    """Import every row of a filled template, or none: raises ImportRejected listing each bad row and column.

    ``progress(done, total)`` is called while rows are checked; returning False cancels (nothing is changed).
    """
    sheet = xlsx.read_sheet(path)
    missing = [name for name in xlsx.REQUIRED_COLUMNS if name not in sheet.headers]
    if missing:
        raise ImportRejected([RowProblem(1, name, "thiếu cột bắt buộc trong dòng tiêu đề") for name in missing])
    if not sheet.rows:
        raise ImportRejected([RowProblem(2, xlsx.TITLE, "tệp không có dòng nhiệm vụ nào")])
    agencies = _agency_lookup(service)
    existing = _existing_keys(service)
    problems: list[RowProblem] = []
    items: list[TaskInput] = []
    seen: dict[tuple[str, int], int] = {}
    source_name = Path(path).name
    for done, (number, record) in enumerate(sheet.rows, start=1):
        if progress is not None and progress(done, len(sheet.rows)) is False:
            raise ImportRejected([RowProblem(number, "", "đã hủy theo yêu cầu, chưa nhập dòng nào")])
        item = _row_to_input(number, record, agencies, problems, source_name)
        if item is None:
            continue
        key = (fold(item.title), item.lead_agency_id or 0)
        if key in seen:
            problems.append(RowProblem(number, xlsx.TITLE, f"trùng với dòng {seen[key]} (cùng nội dung và cơ quan chủ trì)"))
            continue
        if key in existing:
            problems.append(RowProblem(number, xlsx.TITLE, "nhiệm vụ này (cùng nội dung và cơ quan chủ trì) đã có trong dữ liệu"))
            continue
        seen[key] = number
        items.append(item)
    if problems:
        raise ImportRejected(problems)
    if dry_run:
        return ImportResult(len(items), 0, True, [])
    ids = service.create_many(items, f"Nhập {len(items)} nhiệm vụ từ tệp {source_name}")
    return ImportResult(len(items), len(ids), False, [])


def _agency_lookup(service: TaskService) -> dict[str, int]:
    lookup: dict[str, int] = {}
    with service.db.session() as session:
        for agency in session.scalars(select(Agency)):
            for name in (agency.name, agency.short_name, agency.code):
                if name:
                    lookup.setdefault(fold(name), agency.id)
    return lookup


def _existing_keys(service: TaskService) -> set[tuple[str, int]]:
    with service.db.session() as session:
        return {(fold(title), lead) for title, lead in session.execute(select(Task.title, Task.lead_agency_id))}


def _row_to_input(number: int, record: dict, agencies: dict[str, int], problems: list[RowProblem],
                  source_name: str) -> TaskInput | None:
    before = len(problems)

    def text(column: str) -> str:
        return nfc(xlsx.cell_text(record.get(column)))

    title = text(xlsx.TITLE)
    if not title:
        problems.append(RowProblem(number, xlsx.TITLE, "nội dung nhiệm vụ đang trống"))
    lead_name = text(xlsx.LEAD)
    lead_id = agencies.get(fold(lead_name)) if lead_name else None
    if not lead_name:
        problems.append(RowProblem(number, xlsx.LEAD, "thiếu cơ quan chủ trì"))
    elif lead_id is None:
        problems.append(RowProblem(number, xlsx.LEAD, f"không có cơ quan “{lead_name}” trong danh mục"))
    cooperator_ids = []
    for name in filter(None, (part.strip() for part in text(xlsx.COOPERATORS).split(";"))):
        agency_id = agencies.get(fold(name))
        if agency_id is None:
            problems.append(RowProblem(number, xlsx.COOPERATORS, f"không có cơ quan “{name}” trong danh mục"))
        else:
            cooperator_ids.append(agency_id)
    deadline_cell = record.get(xlsx.DEADLINE)
    try:
        deadline = parse_deadline(xlsx.cell_text(deadline_cell), xlsx.DEADLINE)
    except ValidationError as exc:
        problems.append(RowProblem(number, xlsx.DEADLINE, str(exc)))
        deadline = None
    status = TaskStatus.NOT_STARTED
    status_text = text(xlsx.STATUS)
    if status_text:
        try:
            status = TaskStatus.from_label(status_text)
        except KeyError:
            problems.append(RowProblem(number, xlsx.STATUS, f"tình trạng “{status_text}” không hợp lệ"))
    completed = None
    completed_text = xlsx.cell_text(record.get(xlsx.COMPLETED))
    if completed_text:
        try:
            completed = parse_date(completed_text, xlsx.COMPLETED)
        except ValidationError as exc:
            problems.append(RowProblem(number, xlsx.COMPLETED, str(exc)))
    if status in (TaskStatus.DONE, TaskStatus.DONE_LATE) and completed is None and completed_text == "":
        problems.append(RowProblem(number, xlsx.COMPLETED, "nhiệm vụ đã hoàn thành cần ngày hoàn thành"))
    if completed is not None and status not in (TaskStatus.DONE, TaskStatus.DONE_LATE):
        status = TaskStatus.DONE
    if len(problems) > before or deadline is None:
        return None
    written = xlsx.cell_text(deadline_cell)
    return TaskInput(
        title=title, lead_agency_id=lead_id, cooperator_ids=cooperator_ids, description=text(xlsx.DESCRIPTION),
        source=TaskSource.DIRECT, source_reference=text(xlsx.SOURCE) or f"Nhập từ tệp {source_name}",
        deadline=deadline, deadline_text=written if written and not isinstance(deadline_cell, dt.date) else "",
        status=status, completed_on=completed,
    )
