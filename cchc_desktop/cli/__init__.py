"""The ``cchc`` command: the same services as the window, without Qt.

Exit codes: 0 success, 1 a check found problems, 2 an error (bad input, unusable database).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ..core.errors import CchcError
from . import agencies, db_commands, meetings, notices, results, tasks


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        super().add_usage(usage, actions, groups, "Cách dùng: " if prefix is None else prefix)


class VietnameseArgumentParser(argparse.ArgumentParser):
    """argparse with Vietnamese headings, help flag and error prefix."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        add_help = kwargs.pop("add_help", True)
        parents = kwargs.pop("parents", [])
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = "lệnh"
        self._optionals.title = "tùy chọn"
        for parent in parents:
            self._add_container_actions(parent)
            if parent._defaults:
                self._defaults.update(parent._defaults)
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help="hiện hướng dẫn này")

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"Lỗi: {message}\n")


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
    except CchcError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Đã hủy.", file=sys.stderr)
        return 130


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
