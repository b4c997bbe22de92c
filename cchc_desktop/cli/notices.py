"""``cchc notice list|pdf|docx|issue`` and ``cchc register list``."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.formats import format_date, notice_date_line, parse_date
from .database import open_database
from .output import FORMATS, print_rows, write_bytes_atomic, writing_file
from .parser import Subcommands, VietnameseArgumentParser

if TYPE_CHECKING:
    from ..documents.glyph_check import MissingGlyph


def register(sub: Subcommands, common: VietnameseArgumentParser) -> None:
    notice = sub.add_parser("notice", help="thông báo kết luận")
    notice_sub = notice.add_subparsers(dest="notice_command", required=True, metavar="LỆNH")
    p = notice_sub.add_parser("list", parents=[common], help="liệt kê thông báo (dự thảo và đã ban hành)")
    p.add_argument("--search", default="", metavar="CHỮ", help="tìm trong trích yếu, ký hiệu (không cần dấu)")
    p.add_argument("--format", choices=FORMATS, default="table")
    p.set_defaults(handler=list_notices)
    for kind, help_text in (("pdf", "xuất PDF đúng thể thức Nghị định 30/2020"), ("docx", "xuất tệp Word (.docx)")):
        p = notice_sub.add_parser(kind, parents=[common], help=help_text)
        p.add_argument("id", type=int, metavar="MÃ")
        p.add_argument("--out", type=Path, required=True, metavar=f"TỆP.{kind}")
        p.set_defaults(handler=export, kind=kind)
    p = notice_sub.add_parser("issue", parents=[common],
                              help="ban hành: cấp số, cố định ngày, lưu PDF vào sổ văn bản đi")
    p.add_argument("id", type=int, metavar="MÃ")
    p.add_argument("--date", metavar="NGÀY", help="ngày ban hành dd/mm/yyyy (mặc định: hôm nay)")
    p.add_argument("--allow-missing-glyphs", action="store_true",
                   help="vẫn ban hành khi có ký tự phông chữ không vẽ được (in thành ô trống)")
    p.set_defaults(handler=issue)
    p = notice_sub.add_parser("register", parents=[common], help="sổ văn bản đi")
    p.add_argument("--year", type=int, metavar="NĂM")
    p.add_argument("--search", default="", metavar="CHỮ")
    p.add_argument("--format", choices=FORMATS, default="table")
    p.set_defaults(handler=list_register)


def list_notices(args: argparse.Namespace) -> int:
    from ..core.services.notices import NoticeService

    db = open_database(args.db)
    try:
        rows = NoticeService(db).list(args.search)
    finally:
        db.dispose()
    print_rows(
        ["Mã", "Số, ký hiệu", "Ngày", "Trích yếu", "Người ký", "Trạng thái"],
        [[r.id, r.reference, notice_date_line("", r.date).removeprefix(", "), r.summary, r.signer,
          f"{r.status.label}" + (f" (phiên bản {r.version})" if r.version > 1 else "")] for r in rows],
        args.format, keys=["id", "reference", "date", "summary", "signer", "status"],
    )
    return 0


def export(args: argparse.Namespace) -> int:
    """Write a notice as PDF or Word; the PDF of an issued notice is the archived file, byte for byte."""
    from ..core.services.notices import NoticeService

    db = open_database(args.db)
    try:
        started = time.perf_counter()
        file = NoticeService(db).document_file(args.id, args.kind)
        elapsed = time.perf_counter() - started
    finally:
        db.dispose()
    warn_missing_glyphs(file.missing_glyphs)
    with writing_file(args.out):
        write_bytes_atomic(args.out, file.data)
    origin = "bản lưu trong sổ văn bản đi, " if file.archived else ""
    print(f"Đã ghi {args.out} ({origin}{len(file.data) // 1024} KB, {elapsed * 1000:.0f} ms).")
    return 0


def warn_missing_glyphs(problems: list[MissingGlyph]) -> None:
    """Print (standard error) the characters the embedded fonts cannot draw; the export goes on."""
    from ..documents.glyph_check import glyph_warning

    warning = glyph_warning(problems)
    if warning:
        print(f"Cảnh báo: {warning}", file=sys.stderr)


def issue(args: argparse.Namespace) -> int:
    from ..core.services.register import RegisterService

    issued_on = parse_date(args.date, "--date") if args.date else dt.date.today()
    db = open_database(args.db)
    try:
        row = RegisterService(db).issue(args.id, issued_on, allow_missing_glyphs=args.allow_missing_glyphs)
    finally:
        db.dispose()
    print(f"Đã ban hành Thông báo số {row.reference} ngày {format_date(row.issued_on)}; "
          f"bản PDF lưu trong sổ văn bản đi (SHA-256 {row.sha256[:16]}…).")
    return 0


def list_register(args: argparse.Namespace) -> int:
    from ..core.services.register import RegisterService

    db = open_database(args.db)
    try:
        rows = RegisterService(db).list(args.search, args.year)
    finally:
        db.dispose()
    print_rows(
        ["Số, ký hiệu", "Ngày ban hành", "Trích yếu", "Người ký", "Cơ quan ban hành"],
        [[r.reference, format_date(r.issued_on), r.summary, r.signer, r.issuing_body] for r in rows],
        args.format, keys=["reference", "issued_on", "summary", "signer", "issuing_body"],
    )
    return 0
