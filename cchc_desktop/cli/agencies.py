"""``cchc agencies list``."""

from __future__ import annotations

import argparse

from .database import open_database
from .output import FORMATS, print_rows
from .parser import Subcommands, VietnameseArgumentParser


def register(sub: Subcommands, common: VietnameseArgumentParser) -> None:
    agencies = sub.add_parser("agencies", help="danh mục cơ quan, đơn vị")
    agencies_sub = agencies.add_subparsers(dest="agencies_command", required=True, metavar="LỆNH")
    p = agencies_sub.add_parser("list", parents=[common], help="liệt kê theo thứ tự tiếng Việt")
    p.add_argument("--search", default="", metavar="CHỮ", help="tìm theo tên, tên viết tắt, mã (không cần dấu)")
    p.add_argument("--active", action="store_true", help="chỉ các đơn vị đang hoạt động")
    p.add_argument("--format", choices=FORMATS, default="table")
    p.set_defaults(handler=list_agencies)


def list_agencies(args: argparse.Namespace) -> int:
    from ..core.services.agencies import AgencyService

    db = open_database(args.db)
    try:
        rows = AgencyService(db).list(args.search, include_inactive=not args.active)
    finally:
        db.dispose()
    print_rows(
        ["Tên cơ quan, đơn vị", "Viết tắt", "Loại", "Mã", "Trạng thái"],
        [[r.name, r.short_name, r.kind.label, r.code, r.status_label] for r in rows],
        args.format,
        keys=["name", "short_name", "kind", "code", "status"],
    )
    return 0
