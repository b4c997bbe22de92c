"""``cchc db upgrade|check|backup|restore`` and ``cchc demo``."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.errors import CchcError, DatabaseError
from .database import open_database
from .parser import Subcommands, VietnameseArgumentParser


def register(sub: Subcommands, common: VietnameseArgumentParser) -> None:
    db = sub.add_parser("db", help="quản lý cơ sở dữ liệu")
    db_sub = db.add_subparsers(dest="db_command", required=True, metavar="LỆNH")
    p = db_sub.add_parser("upgrade", parents=[common], help="nâng cấp lược đồ (sao lưu trước khi nâng cấp)")
    p.set_defaults(handler=upgrade)
    p = db_sub.add_parser("check", parents=[common], help="kiểm tra toàn vẹn và phiên bản lược đồ")
    p.set_defaults(handler=check)
    p = db_sub.add_parser("backup", parents=[common], help="sao lưu cơ sở dữ liệu ra tệp hoặc thư mục")
    p.add_argument("destination", type=Path, help="tệp hoặc thư mục đích")
    p.add_argument("--force", action="store_true", help="ghi đè nếu tệp đích đã có")
    p.set_defaults(handler=backup)
    p = db_sub.add_parser("restore", parents=[common], help="thay cơ sở dữ liệu bằng một bản sao lưu (giữ lại bản cũ)")
    p.add_argument("backup_file", metavar="BẢN_SAO_LƯU", type=Path, help="tệp sao lưu (.db)")
    p.set_defaults(handler=restore)

    demo = sub.add_parser("demo", parents=[common], help="tạo cơ sở dữ liệu mẫu (tỉnh Lạng Sơn)")
    demo.set_defaults(handler=make_demo)


def upgrade(args: argparse.Namespace) -> int:
    from ..store import migrate

    db = open_database(args.db)
    try:
        print(f"Cơ sở dữ liệu {db.display_name} ở phiên bản lược đồ {migrate.head_revision()}.")
        if db.last_backup:
            print(f"Đã sao lưu trước khi nâng cấp: {db.last_backup}")
    finally:
        db.dispose()
    return 0


def check(args: argparse.Namespace) -> int:
    """Integrity, links and schema version. A SQLite file is only read (no journal switch, nothing written)."""
    from ..store import atomic, migrate
    from ..store.db import inspect_sqlite_file, make_engine, resolve_url, sqlite_path

    url = resolve_url(args.db)
    path = sqlite_path(url)
    problems: list[str] = []
    if path is not None:
        if not path.exists():
            raise DatabaseError(f"Không có tệp cơ sở dữ liệu “{path}”.")
        state = inspect_sqlite_file(path, full=True)
        problems.extend(f"Toàn vẹn: {line}" for line in state.integrity)
        if state.broken_links:
            problems.append(f"{state.broken_links} liên kết khóa ngoại bị hỏng.")
        interrupted = atomic.interrupted_reason(path, state.tables, state.revision)
        if interrupted:
            problems.append(interrupted)
        elif state.revision is None and state.tables:
            problems.append("Đây là cơ sở dữ liệu của chương trình khác, không phải của CCHC Desktop.")
        current = state.revision
    else:
        engine = make_engine(url)
        try:
            current = migrate.current_revision(engine)
        finally:
            engine.dispose()
    head = migrate.head_revision()
    if current is None and not problems:
        problems.append("Chưa có lược đồ CCHC Desktop (hãy chạy: cchc db upgrade).")
    elif current is not None and current != head:
        problems.append(f"Lược đồ ở phiên bản {current}, phiên bản mới nhất là {head} (hãy chạy: cchc db upgrade).")
    if current == head and not any(p.startswith("Toàn vẹn:") for p in problems):
        problems.extend(register_problems(url, path))  # archived PDFs and the register's hash chain
    name = path or url
    if problems:
        print(f"Cơ sở dữ liệu {name} có vấn đề:")
        for problem in problems:
            print(f"  - {problem}")
        return 1
    print(f"Cơ sở dữ liệu {name}: toàn vẹn, lược đồ phiên bản {current} (mới nhất).")
    return 0


def register_problems(url: str, path: Path | None) -> list[str]:
    """The register's archived PDFs against their SHA-256 and its hash chain (read-only)."""
    from ..store.db import make_engine
    from ..store.register_check import check_register_file
    from ..store.register_check import register_problems as problems_of

    if path is not None:
        return check_register_file(path)
    engine = make_engine(url)
    try:
        return problems_of(engine)
    finally:
        engine.dispose()


def backup(args: argparse.Namespace) -> int:
    from ..store.db import backup_file, check_sqlite_file, resolve_url, sqlite_path

    url = resolve_url(args.db)
    path = sqlite_path(url)
    if path is None:
        raise CchcError("Chỉ sao lưu được cơ sở dữ liệu dạng tệp SQLite; với PostgreSQL hãy dùng pg_dump.")
    if not path.exists():
        raise DatabaseError(f"Không có tệp cơ sở dữ liệu “{path}”.")
    check_sqlite_file(path)
    written = backup_file(path, args.destination, overwrite=args.force)
    print(f"Đã sao lưu {path} vào {written}")
    return 0


def restore(args: argparse.Namespace) -> int:
    """Replace the database by a checked backup; the replaced content is kept in the backups folder."""
    from ..store.db import resolve_url, restore_database, sqlite_path

    url = resolve_url(args.db)
    kept = restore_database(args.backup_file, args.db)
    print(f"Đã khôi phục {sqlite_path(url)} từ bản sao lưu {args.backup_file}.")
    if kept is not None:
        print(f"Nội dung trước khi khôi phục được giữ ở: {kept}")
    return 0


def make_demo(args: argparse.Namespace) -> int:
    from ..core.demo import build_demo_database

    if not args.db or "://" in str(args.db):
        raise CchcError("Hãy chỉ định tệp sẽ tạo bằng --db ĐƯỜNG_DẪN, ví dụ: cchc demo --db demo.db")
    path = Path(args.db).expanduser().resolve()
    build_demo_database(path)
    print(f"Đã tạo cơ sở dữ liệu mẫu: {path}")
    return 0
