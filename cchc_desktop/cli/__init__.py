"""The ``cchc`` command: the same services as the window, without Qt.

Exit codes: 0 success, 1 a check found problems, 2 an error (bad input, unusable database).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import agencies, audit, db_commands, meetings, notices, results, scores, settings, tasks
from .failures import failure_message, is_expected_failure
from .parser import VietnameseArgumentParser

__all__ = ["VietnameseArgumentParser", "build_parser", "main", "run"]


def build_parser() -> argparse.ArgumentParser:
    common = VietnameseArgumentParser(add_help=False)
    common.add_argument(
        "--db", metavar="URL", default=argparse.SUPPRESS,
        help="tệp SQLite hoặc URL cơ sở dữ liệu (mặc định: biến CCHC_DB, rồi thư mục dữ liệu của người dùng)",
    )
    parser = VietnameseArgumentParser(
        prog="cchc", parents=[common],
        description="CCHC Desktop — dòng lệnh cho Tổ Thư ký Ban Chỉ đạo cải cách hành chính.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="LỆNH")
    db_commands.register(sub, common)
    agencies.register(sub, common)
    meetings.register(sub, common)
    tasks.register(sub, common)
    notices.register(sub, common)
    results.register(sub, common)
    scores.register(sub, common)
    settings.register(sub, common)
    audit.register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "db"):
        args.db = None
    try:
        return int(args.handler(args) or 0)
    except KeyboardInterrupt:
        print("Đã hủy.", file=sys.stderr)
        return 130
    except Exception as exc:
        if not is_expected_failure(exc):
            raise
        print(failure_message(exc), file=sys.stderr)
        return 2


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
