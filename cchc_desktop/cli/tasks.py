"""``cchc tasks list|export|import|template``."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.enums import TaskSource, TaskStatus
from ..core.errors import CchcError
from ..core.formats import format_date, parse_date
from ..core.text import fold
from .choices import labelled_choice, labels_help
from .database import open_database
from .output import FORMATS, print_rows, writing_file
from .parser import Subcommands, VietnameseArgumentParser

if TYPE_CHECKING:
    from ..core.services.tasks import TaskFilter
    from ..store.db import Database


def register(sub: Subcommands, common: VietnameseArgumentParser) -> None:
    tasks = sub.add_parser("tasks", help="nhiệm vụ và theo dõi thực hiện")
    tasks_sub = tasks.add_subparsers(dest="tasks_command", required=True, metavar="LỆNH")

    filters = VietnameseArgumentParser(add_help=False)
    filters.add_argument("--overdue", action="store_true", help="chỉ nhiệm vụ quá hạn")
    filters.add_argument("--agency", metavar="CHỮ", help="cơ quan chủ trì hoặc phối hợp (tên, viết tắt, không cần dấu)")
    filters.add_argument("--status", type=labelled_choice(TaskStatus), metavar="TÌNH_TRẠNG",
                         help=labels_help("tình trạng", TaskStatus))
    filters.add_argument("--source", type=labelled_choice(TaskSource), metavar="NGUỒN",
                         help=labels_help("nguồn giao nhiệm vụ", TaskSource))
    filters.add_argument("--search", default="", metavar="CHỮ", help="tìm trong nội dung (không cần dấu)")
    filters.add_argument("--due-from", metavar="NGÀY", help="hạn xử lý từ ngày (dd/mm/yyyy)")
    filters.add_argument("--due-to", metavar="NGÀY", help="hạn xử lý đến ngày (dd/mm/yyyy)")
    filters.add_argument("--today", metavar="NGÀY", help="ngày tính quá hạn (mặc định: hôm nay)")

    p = tasks_sub.add_parser("list", parents=[common, filters], help="liệt kê nhiệm vụ, hạn gần nhất trước")
    p.add_argument("--format", choices=FORMATS, default="table")
    p.set_defaults(handler=list_tasks)
    p = tasks_sub.add_parser("export", parents=[common, filters], help="xuất danh sách (đã lọc) ra tệp .xlsx")
    p.add_argument("file", type=Path, metavar="TỆP.xlsx")
    p.set_defaults(handler=export)
    p = tasks_sub.add_parser("import", parents=[common], help="nhập nhiệm vụ từ tệp mẫu .xlsx (tất cả hoặc không)")
    p.add_argument("file", type=Path, metavar="TỆP.xlsx")
    p.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không nhập")
    p.set_defaults(handler=import_)
    p = tasks_sub.add_parser("template", parents=[common], help="ghi tệp mẫu .xlsx để nhập nhiệm vụ")
    p.add_argument("file", type=Path, metavar="TỆP.xlsx")
    p.set_defaults(handler=template)


def _filter(db: Database, args: argparse.Namespace) -> TaskFilter:
    from ..core.services.agencies import AgencyService
    from ..core.services.tasks import TaskFilter

    agency_id = None
    if args.agency:
        matches = AgencyService(db).list(args.agency)
        if not matches:
            raise CchcError(f"Không có cơ quan nào khớp với “{args.agency}”.")
        wanted = fold(args.agency)
        exact = [m for m in matches if wanted in {fold(m.name), fold(m.short_name), fold(m.code)}]
        candidates = exact or matches
        if len(candidates) > 1:
            names = "; ".join(m.name for m in candidates[:8])
            raise CchcError(f"“{args.agency}” khớp với nhiều cơ quan: {names}. Hãy ghi rõ hơn.")
        agency_id = candidates[0].id
    return TaskFilter(
        text=args.search, agency_id=agency_id,
        statuses=(args.status,) if args.status else (),
        source=args.source,
        due_from=parse_date(args.due_from, "--due-from") if args.due_from else None,
        due_to=parse_date(args.due_to, "--due-to") if args.due_to else None,
        overdue_only=args.overdue,
    )


def _today(args: argparse.Namespace) -> dt.date:
    return parse_date(args.today, "--today") if args.today else dt.date.today()


def list_tasks(args: argparse.Namespace) -> int:
    from ..core.services.tasks import TaskService

    db = open_database(args.db)
    try:
        service = TaskService(db)
        rows = service.list(_filter(db, args), today=_today(args))
        uuids = service.uuids() if args.format == "json" else {}
    finally:
        db.dispose()
    if args.format == "json":
        records = [
            {
                "id": r.id, "uuid": uuids[r.id], "title": r.title, "lead_agency": r.lead_agency,
                "cooperators": [c for c in r.cooperators.split("; ") if c], "source": r.source.value,
                "source_label": r.source_label, "deadline": r.deadline,
                "due_date": r.due_date.isoformat() if r.due_date else None, "status": r.status.value,
                "status_label": r.status.label, "overdue": r.overdue,
                "completed_on": r.completed_on.isoformat() if r.completed_on else None,
            }
            for r in rows
        ]
        import json
        import sys

        json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print_rows(
        ["Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Hạn xử lý", "Tình trạng"],
        [[_short(r.title), r.lead_agency, r.deadline, format_date(r.due_date),
          r.status.label + (" (quá hạn)" if r.overdue else "")] for r in rows],
        args.format,
    )
    return 0


def _short(text: str, width: int = 70) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def export(args: argparse.Namespace) -> int:
    from ..core.services.task_excel import export_tasks
    from ..core.services.tasks import TaskService

    db = open_database(args.db)
    try:
        with writing_file(args.file):
            count = export_tasks(TaskService(db), args.file, _filter(db, args), today=_today(args))
    finally:
        db.dispose()
    print(f"Đã xuất {count} nhiệm vụ ra {args.file} (ngày {format_date(_today(args))}).")
    return 0


def import_(args: argparse.Namespace) -> int:
    from ..core.services.task_excel import import_tasks
    from ..core.services.tasks import TaskService

    db = open_database(args.db)
    try:
        result = import_tasks(TaskService(db), args.file, dry_run=args.dry_run)
    finally:
        db.dispose()
    print(result.message)
    return 0


def template(args: argparse.Namespace) -> int:
    from ..core.services.task_excel import write_import_template
    from ..core.services.tasks import TaskService

    db = open_database(args.db)
    try:
        with writing_file(args.file):
            path = write_import_template(TaskService(db), args.file)
    finally:
        db.dispose()
    print(f"Đã ghi tệp mẫu {path}. Điền trang “Nhiệm vụ” rồi chạy: cchc tasks import {path}")
    return 0
