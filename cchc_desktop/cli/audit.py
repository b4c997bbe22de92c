"""``cchc audit list``: the audit log (nhật ký thay đổi), newest first, with the values before and after."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from typing import TYPE_CHECKING

from ..core.formats import parse_date
from ..core.services.audit_labels import TABLES
from .database import open_database
from .output import FORMATS, print_rows
from .parser import Subcommands, VietnameseArgumentParser

if TYPE_CHECKING:
    from ..core.services.audit_log import AuditFilter, AuditRow

HEADERS = ["Thời gian", "Người thực hiện", "Thao tác", "Bảng", "Mã bản ghi", "Nội dung", "Thay đổi"]
KEYS = ["time", "user", "action", "table", "record_id", "summary", "changes"]
SUMMARY_WIDTH = 60
CHANGE_WIDTH = 100
_TABLES_HELP = ", ".join(f"{key} ({label})" for key, label in TABLES.items())


def register(sub: Subcommands, common: VietnameseArgumentParser) -> None:
    audit = sub.add_parser("audit", help="nhật ký thay đổi: ai đã sửa gì, khi nào")
    audit_sub = audit.add_subparsers(dest="audit_command", required=True, metavar="LỆNH")
    p = audit_sub.add_parser("list", parents=[common], help="xem nhật ký thay đổi, mới nhất trước",
                             epilog=f"Các bảng: {_TABLES_HELP}.")
    p.add_argument("--since", metavar="NGÀY", help="từ ngày (dd/mm/yyyy)")
    p.add_argument("--until", metavar="NGÀY", help="đến hết ngày (dd/mm/yyyy)")
    p.add_argument("--user", metavar="TÊN", default="", help="người thực hiện (một phần tên, không cần dấu)")
    p.add_argument("--table", metavar="BẢNG", default="",
                   help="bảng dữ liệu: tên tiếng Anh hoặc tiếng Việt, ví dụ tasks hoặc \"nhiem vu\"")
    p.add_argument("--search", metavar="CHỮ", default="", help="tìm trong nội dung và giá trị (không cần dấu)")
    p.add_argument("--limit", metavar="N", type=int, help="chỉ hiện N dòng mới nhất")
    p.add_argument("--format", choices=FORMATS, default="table")
    p.set_defaults(handler=list_entries)


def _filter(args: argparse.Namespace) -> AuditFilter:
    from ..core.services.audit_log import AuditFilter

    return AuditFilter(
        since=parse_date(args.since, "--since") if args.since else None,
        until=parse_date(args.until, "--until") if args.until else None,
        user=args.user, table=args.table, text=args.search, limit=args.limit,
    )


def list_entries(args: argparse.Namespace) -> int:
    from ..core.services.audit_log import AuditService

    flt = _filter(args)
    db = open_database(args.db)
    try:
        rows = AuditService(db).list(flt)
    finally:
        db.dispose()
    if args.format == "json":
        json.dump([_record(row) for row in rows], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif args.format == "csv":
        print_rows(HEADERS, [_cells(row, row.changes_text("\n")) for row in rows], "csv")
    else:
        print_rows(HEADERS, [line for row in rows for line in _table_lines(row)], "table")
        if not rows:
            print("Không có thay đổi nào khớp với điều kiện đã chọn.")
    return 0


def _cells(row: AuditRow, changes: str, *, short: bool = False) -> list[object]:
    """The columns of an entry; ``short`` (the aligned table) marks a name set by CCHC_USER without the details
    and leaves the other facts to the lines of the last column."""
    summary = row.summary
    if row.facts and not short:
        summary = f"{summary} ({row.facts_text()})" if summary else row.facts_text()
    return [row.when, row.user_label if short else row.user_text, row.action_label, row.table_label,
            "" if row.record_id is None else row.record_id, _short(summary, SUMMARY_WIDTH) if short else summary,
            changes]


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _table_lines(row: AuditRow) -> list[list[object]]:
    """The entry on one line; each changed field on lines of its own under it, wrapped (never cut) so that both
    the value before and the value after can be read."""
    texts = [change.line() for change in row.changes] + [f"{name}: {value}" for name, value in row.facts]
    lines = [wrapped for text in texts
             for wrapped in textwrap.wrap(text, CHANGE_WIDTH, subsequent_indent="    ")] or [""]
    return [_cells(row, lines[0], short=True)] + [["", "", "", "", "", "", line] for line in lines[1:]]


def _record(row: AuditRow) -> dict[str, object]:
    return {
        "id": row.id, "at": row.at.isoformat(timespec="seconds"), "time": row.when, "user": row.user,
        "user_note": row.user_note, "action": row.action, "action_label": row.action_label, "table": row.table,
        "table_label": row.table_label, "record_id": row.record_id, "record_uuid": row.record_uuid or None,
        "summary": row.summary,
        "changes": [{"field": c.field, "label": c.label, "before": c.before, "after": c.after} for c in row.changes],
        "details": dict(row.facts),
    }
