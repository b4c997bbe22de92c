"""``cchc meetings list``."""

from __future__ import annotations

import argparse

from ..core.enums import MeetingKind
from ..core.formats import format_date
from .choices import labelled_choice, labels_help
from .database import open_database
from .output import FORMATS, print_rows
from .parser import Subcommands, VietnameseArgumentParser


def register(sub: Subcommands, common: VietnameseArgumentParser) -> None:
    meetings = sub.add_parser("meetings", help="cuộc họp, hội nghị")
    meetings_sub = meetings.add_subparsers(dest="meetings_command", required=True, metavar="LỆNH")
    p = meetings_sub.add_parser("list", parents=[common], help="liệt kê cuộc họp, mới nhất trước")
    p.add_argument("--search", default="", metavar="CHỮ", help="tìm trong tên, chủ trì (không cần dấu)")
    p.add_argument("--year", type=int, metavar="NĂM")
    p.add_argument("--kind", type=labelled_choice(MeetingKind), metavar="LOẠI",
                   help=labels_help("loại cuộc họp", MeetingKind))
    p.add_argument("--format", choices=FORMATS, default="table")
    p.set_defaults(handler=list_meetings)


def list_meetings(args: argparse.Namespace) -> int:
    from ..core.services.meetings import MeetingService

    db = open_database(args.db)
    try:
        rows = MeetingService(db).list(args.search, year=args.year, kind=args.kind)
    finally:
        db.dispose()
    print_rows(
        ["Ngày", "Loại", "Tên cuộc họp", "Chủ trì", "Số nhiệm vụ"],
        [[format_date(r.date), r.kind.label, r.title, r.chair, r.task_count] for r in rows],
        args.format,
        keys=["date", "kind", "title", "chair", "tasks"],
    )
    return 0
