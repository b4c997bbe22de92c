"""Exporting task lists to Excel and importing tasks from the template: all rows or none."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...documents import tasks_xlsx as xlsx
from ...store.models import Agency, Task
from ..deadlines import parse_deadline
from ..enums import TaskSource, TaskStatus
from ..errors import ImportRejected, RowProblem, ValidationError
from ..formats import format_date, parse_date
from ..text import collation_key, fold, nfc
from . import audit
from .tasks import TaskFilter, TaskInput, TaskRow, TaskService


def export_tasks(service: TaskService, path: Path, flt: TaskFilter | None = None, *,
                 today: dt.date | None = None, title: str = "") -> int:
    """Write the tasks matching ``flt`` to ``path`` in the import template's layout plus their id, so the file can
    be edited in Excel and imported back (:func:`import_tasks` updates the tasks it came from); returns how many
    rows were written."""
    today = today or dt.date.today()
    rows = service.list(flt, today=today)
    known = _uuids_and_descriptions(service)
    heading = title or f"DANH SÁCH NHIỆM VỤ (xuất ngày {format_date(today)})"
    values = [[*_template_values(r, known[r.id][1]), known[r.id][0], r.due_date, "Quá hạn" if r.overdue else "",
               r.criterion, r.last_progress] for r in rows]
    xlsx.export_task_rows(path, heading, values, [r.overdue for r in rows], _active_agency_names(service),
                          [status.label for status in TaskStatus])
    return len(rows)


def _template_values(row: TaskRow, description: str | None) -> list[object]:
    """A task's cells under the template's columns (TEMPLATE_COLUMNS order), as the export writes them."""
    return [row.title, row.lead_agency, row.cooperators, row.deadline, row.status.label, row.completed_on,
            row.source_label, description or ""]


def _uuids_and_descriptions(service: TaskService) -> dict[int, tuple[str, str | None]]:
    """Every task's (uuid, description) by its row id: what the list rows do not carry."""
    with service.db.session() as session:
        return {task_id: (task_uuid, text)
                for task_id, task_uuid, text in session.execute(select(Task.id, Task.uuid, Task.description))}


def _active_agency_names(service: TaskService) -> list[str]:
    with service.db.session() as session:
        return sorted(session.scalars(select(Agency.name).where(Agency.active.is_(True))), key=collation_key)


def write_import_template(service: TaskService, path: Path) -> Path:
    return xlsx.write_template(path, _active_agency_names(service), [status.label for status in TaskStatus])


@dataclass(frozen=True)
class ImportResult:
    rows: int
    created: int
    dry_run: bool
    warnings: list[str]
    updated: int = 0  # rows with an id that changed the task they came from
    unchanged: int = 0  # rows with an id whose cells are as the task already is

    @property
    def message(self) -> str:
        if self.dry_run:
            return f"Kiểm tra xong: {self.rows} dòng hợp lệ, chưa nhập (chạy thử)."
        if not (self.updated or self.unchanged):
            return f"Đã nhập {self.created} nhiệm vụ."
        return (f"Đã nhập {self.created} nhiệm vụ mới, cập nhật {self.updated} nhiệm vụ; "
                f"{self.unchanged} dòng không thay đổi.")

    def message_for(self, file_name: str) -> str:
        """The message naming the file: "Đã nhập 2 nhiệm vụ từ tệp “giao-viec.xlsx”."."""
        if self.dry_run or self.updated or self.unchanged:
            return f"Tệp “{file_name}”: {self.message[0].lower()}{self.message[1:]}"
        return f"Đã nhập {self.created} nhiệm vụ từ tệp “{file_name}”."


@dataclass(frozen=True)
class _Row:
    """One good row: a new task (no ``task_uuid``), or the edit of an exported one (``item`` None: unchanged)."""

    number: int
    item: TaskInput | None
    task_uuid: str = ""
    changed: frozenset[str] = frozenset()  # template columns whose cell differs from the task
    source_text: str = ""  # the "Nguồn" cell as written (an edit may empty it)


def import_tasks(service: TaskService, path: Path, *, dry_run: bool = False,
                 progress: Callable[[int, int], None] | None = None) -> ImportResult:
    """Import every row of a filled template or an exported list, or none: raises ImportRejected listing each bad
    row and column. A row whose "Mã (không sửa)" names a task updates that task (only the cells that differ
    from it); a row without one is a new task.

    ``progress(done, total)`` is called while rows are checked and before the writes; an exception it raises
    (:class:`Cancelled` when the user pressed "Hủy") stops the import with nothing changed.
    """
    sheet = xlsx.read_sheet(path)
    with_ids = xlsx.ID in sheet.headers
    missing = [] if with_ids else [name for name in xlsx.REQUIRED_COLUMNS if name not in sheet.headers]
    if missing:
        raise ImportRejected([RowProblem(1, name, "thiếu cột bắt buộc trong dòng tiêu đề") for name in missing])
    if not sheet.rows:
        raise ImportRejected([RowProblem(2, xlsx.TITLE, "tệp không có dòng nhiệm vụ nào")])
    agencies = _agency_lookup(service)
    current = _current_cells(service) if with_ids else {}
    problems: list[RowProblem] = []
    rows: list[_Row] = []
    source_name = Path(path).name
    for done, (number, record) in enumerate(sheet.rows, start=1):
        if progress is not None:
            progress(done, len(sheet.rows))
        task_uuid = nfc(xlsx.cell_text(record.get(xlsx.ID))) if with_ids else ""
        if task_uuid:
            row = _update_row(number, task_uuid, record, sheet.headers, current, agencies, problems, source_name)
        else:
            item = _row_to_input(number, record, agencies, problems, source_name)
            row = None if item is None else _Row(number, item)
        if row is not None:
            rows.append(row)
    # The duplicate check and the writes are one transaction that holds the write lock from its first read: of two
    # imports of the same file at once, the second waits for the first and then finds its rows already there.
    with service.db.session(immediate=not (dry_run or problems)) as session:
        problems.extend(_duplicates(session, rows))
        if problems:
            raise ImportRejected(sorted(problems, key=lambda p: p.row))
        unchanged = sum(1 for row in rows if row.item is None)
        if dry_run:
            return ImportResult(len(rows), 0, True, [], unchanged=unchanged)
        created, updated = _write(service, session, rows, source_name)
        return ImportResult(len(rows), created, False, [], updated=updated, unchanged=unchanged)


def _unknown_id(task_uuid: str) -> str:
    return (f"không có nhiệm vụ nào mã “{task_uuid}” trong dữ liệu này (tệp xuất từ cơ sở dữ liệu khác, hoặc "
            "nhiệm vụ đã bị xóa); để trống ô mã nếu muốn nhập thành nhiệm vụ mới")


def _current_cells(service: TaskService) -> dict[str, dict[str, str]]:
    """Every task's template cells as text, keyed by uuid: what an unedited exported row holds."""
    known = _uuids_and_descriptions(service)
    return {known[row.id][0]: dict(zip(xlsx.TEMPLATE_HEADERS,
                                       map(xlsx.cell_text, _template_values(row, known[row.id][1])), strict=True))
            for row in service.list(TaskFilter())}


def _update_row(number: int, task_uuid: str, record: dict[str, Any], headers: dict[str, int],
                current: dict[str, dict[str, str]], agencies: dict[str, int], problems: list[RowProblem],
                source_name: str) -> _Row | None:
    """An exported row: the cells the file carries that differ from the task, checked as a new row would be
    (the other cells taken from the task; its deadline left out, so an old free-text deadline never blocks)."""
    cells = current.get(task_uuid)
    if cells is None:
        problems.append(RowProblem(number, xlsx.ID, _unknown_id(task_uuid)))
        return None
    changed = frozenset(column for column in xlsx.TEMPLATE_HEADERS
                        if column in headers and nfc(xlsx.cell_text(record.get(column))) != cells[column])
    if not changed:
        return _Row(number, None, task_uuid)
    merged = {**cells, xlsx.DEADLINE: "", **{column: record.get(column) for column in changed}}
    item = _row_to_input(number, merged, agencies, problems, source_name)
    if item is None:
        return None
    return _Row(number, item, task_uuid, changed, nfc(xlsx.cell_text(record.get(xlsx.SOURCE))))


def _duplicates(session: Session, rows: list[_Row]) -> list[RowProblem]:
    """Rows that repeat another row of the file or a task already stored (same content and lead agency), and ids
    given twice. Run inside the import's locked transaction."""
    existing: dict[tuple[str, int], set[str]] = {}
    for task_uuid, title, lead in session.execute(select(Task.uuid, Task.title, Task.lead_agency_id)):
        existing.setdefault((fold(title), lead), set()).add(task_uuid)
    problems: list[RowProblem] = []
    seen: dict[tuple[str, int], int] = {}
    seen_ids: dict[str, int] = {}
    for row in rows:
        if row.task_uuid:
            if row.task_uuid in seen_ids:
                problems.append(RowProblem(row.number, xlsx.ID,
                                           f"mã “{row.task_uuid}” đã có ở dòng {seen_ids[row.task_uuid]}"))
                continue
            seen_ids[row.task_uuid] = row.number
        if row.item is None:
            continue
        key = (fold(row.item.title), row.item.lead_agency_id or 0)
        if key in seen:
            problems.append(RowProblem(row.number, xlsx.TITLE,
                                       f"trùng với dòng {seen[key]} (cùng nội dung và cơ quan chủ trì)"))
            continue
        renamed = not row.task_uuid or bool({xlsx.TITLE, xlsx.LEAD} & row.changed)
        if renamed and existing.get(key, set()) - {row.task_uuid}:
            problems.append(RowProblem(row.number, xlsx.TITLE,
                                       "nhiệm vụ này (cùng nội dung và cơ quan chủ trì) đã có trong dữ liệu"))
            continue
        seen[key] = row.number
    return problems


def _write(service: TaskService, session: Session, rows: list[_Row], source_name: str) -> tuple[int, int]:
    """Create the new tasks and update the edited ones in ``session``; every row or none (ImportRejected)."""
    problems: list[RowProblem] = []
    created = updated = 0
    for row in rows:
        if row.item is None:
            continue
        try:
            if not row.task_uuid:
                service.create_in(session, row.item)
                created += 1
            elif service.update_in(session, row.task_uuid, partial(_take, row), f"Sửa khi nhập tệp {source_name}"):
                updated += 1
            else:
                problems.append(RowProblem(row.number, xlsx.ID, _unknown_id(row.task_uuid)))
        except ValidationError as exc:
            problems.append(RowProblem(row.number, exc.field, str(exc)))
    if problems:
        raise ImportRejected(problems)
    session.flush()
    summary = f"Nhập {created} nhiệm vụ từ tệp {source_name}"
    if updated:
        summary += f", cập nhật {updated} nhiệm vụ"
    audit.record(session, "import", "tasks", None, summary, count=created, updated=updated or None)
    return created, updated


def _take(row: _Row, data: TaskInput) -> None:
    """Copy onto ``data`` (a task's current input) what the row's changed cells say."""
    item, changed = row.item, row.changed
    assert item is not None
    if xlsx.TITLE in changed:
        data.title = item.title
    if xlsx.LEAD in changed:
        data.lead_agency_id = item.lead_agency_id
    if xlsx.COOPERATORS in changed:
        data.cooperator_ids = item.cooperator_ids
    if xlsx.DEADLINE in changed:
        data.deadline, data.deadline_text = item.deadline, item.deadline_text
    if changed & {xlsx.STATUS, xlsx.COMPLETED}:
        data.status, data.completed_on = item.status, item.completed_on
    if xlsx.SOURCE in changed:
        data.source_reference = row.source_text
    if xlsx.DESCRIPTION in changed:
        data.description = item.description


def _agency_lookup(service: TaskService) -> dict[str, int]:
    lookup: dict[str, int] = {}
    with service.db.session() as session:
        for agency in session.scalars(select(Agency)):
            for name in (agency.name, agency.short_name, agency.code):
                if name:
                    lookup.setdefault(fold(name), agency.id)
    return lookup


def _row_to_input(number: int, record: dict[str, Any], agencies: dict[str, int], problems: list[RowProblem],
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
