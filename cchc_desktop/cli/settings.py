"""``cchc settings show|set``: own province, its province before 1 July 2025 and drafter initials."""

from __future__ import annotations

import argparse

from ..core.setting_names import EDITABLE, find_setting
from .database import open_database
from .output import FORMATS, print_rows
from .parser import Subcommands, VietnameseArgumentParser

_KEYS_HELP = "; ".join(f"{s.key} ({s.label}): {s.hint}" for s in EDITABLE)


def register(sub: Subcommands, common: VietnameseArgumentParser) -> None:
    settings = sub.add_parser("settings", help="cài đặt: tỉnh của mình (và trước 01/7/2025), chữ viết tắt người soạn")
    settings_sub = settings.add_subparsers(dest="settings_command", required=True, metavar="LỆNH")
    p = settings_sub.add_parser("show", parents=[common], help="xem các cài đặt")
    p.add_argument("--format", choices=FORMATS, default="table")
    p.set_defaults(handler=show)
    p = settings_sub.add_parser("set", parents=[common], help="đổi một cài đặt", epilog=f"Các cài đặt: {_KEYS_HELP}.")
    p.add_argument("key", metavar="TÊN", help="tên cài đặt (khóa tiếng Anh hoặc tên tiếng Việt, không cần dấu)")
    p.add_argument("value", metavar="GIÁ_TRỊ")
    p.set_defaults(handler=set_)


def show(args: argparse.Namespace) -> int:
    from ..core.services.settings import SettingsService

    db = open_database(args.db)
    try:
        service = SettingsService(db)
        rows = [[s.key, s.label, service.get(s.key) or ""] for s in EDITABLE]
    finally:
        db.dispose()
    print_rows(["Khóa", "Cài đặt", "Giá trị"], rows, args.format, keys=["key", "name", "value"])
    return 0


def set_(args: argparse.Namespace) -> int:
    from ..core.services.user_settings import save_setting

    setting = find_setting(args.key)
    db = open_database(args.db)
    try:
        stored = save_setting(db, setting.key, args.value)
    finally:
        db.dispose()
    if stored is None:
        print(f"Đã xóa cài đặt “{setting.label}”.")
    else:
        print(f"Đã đặt {setting.label} là “{stored}”.")
    return 0
