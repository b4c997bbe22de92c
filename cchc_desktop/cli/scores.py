"""``cchc scores``: the own province's score per criterion and sub-criterion of one index and year — shown,
written as a workbook laid out like the criteria tree, and imported back (all rows or none)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.errors import CchcError
from ..core.formats import format_number
from .database import open_database
from .output import FORMATS, print_rows
from .parser import Subcommands, VietnameseArgumentParser

if TYPE_CHECKING:
    from ..core.services.analysis import NodeScore


def register(sub: Subcommands, common: VietnameseArgumentParser) -> None:
    scores = sub.add_parser("scores", help="điểm của tỉnh theo từng tiêu chí, tiêu chí thành phần")
    scores_sub = scores.add_subparsers(dest="scores_command", required=True, metavar="LỆNH")

    def chosen(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--index", required=True, metavar="MÃ", help="mã chỉ số, ví dụ PAR INDEX")
        parser.add_argument("--year", required=True, type=int, metavar="NĂM")
        parser.add_argument("--province", metavar="TÊN", help="mặc định: tỉnh của mình")

    p = scores_sub.add_parser("show", parents=[common], help="cây tiêu chí với điểm tối đa, điểm đạt và điểm mất")
    chosen(p)
    p.add_argument("--format", choices=FORMATS, default="table")
    p.set_defaults(handler=show)
    p = scores_sub.add_parser("template", parents=[common],
                              help="tệp Excel theo cây tiêu chí của năm, để điền điểm rồi nhập lại")
    chosen(p)
    p.add_argument("--out", required=True, type=Path, metavar="TỆP.xlsx")
    p.set_defaults(handler=template)
    p = scores_sub.add_parser("import", parents=[common],
                              help="nhập điểm từ tệp (.xlsx, .csv) có cột “Mã” và “Điểm” (tất cả hoặc không dòng nào)")
    p.add_argument("file", type=Path, metavar="TỆP")
    chosen(p)
    p.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không nhập")
    p.set_defaults(handler=import_scores)


def _detail(args: argparse.Namespace) -> tuple[list[NodeScore], str]:
    """The year's criteria tree with the province's scores, and the province's name."""
    from ..core.services.analysis import AnalysisService
    from ..core.services.scores import own_province_name

    db = open_database(args.db)
    try:
        province = args.province or own_province_name(db)
        return AnalysisService(db).detail(args.index, args.year, province), province
    finally:
        db.dispose()


def _walk(items: list[NodeScore], depth: int = 0) -> list[tuple[int, NodeScore]]:
    return [pair for item in items for pair in [(depth, item), *_walk(item.children, depth + 1)]]


def _number(value: float | None) -> str:
    return "" if value is None else format_number(value, 2, trim=True)


def show(args: argparse.Namespace) -> int:
    detail, _ = _detail(args)
    rows = [[item.node.code, "  " * depth + item.node.name, _number(item.node.max_points), _number(item.achieved),
             _number(item.lost)] for depth, item in _walk(detail)]
    print_rows(["Mã", "Tiêu chí", "Tối đa", "Điểm", "Mất điểm"], rows, args.format,
               keys=["code", "name", "max", "score", "lost"])
    return 0


def template(args: argparse.Namespace) -> int:
    from ..core.services.analysis import score_lines
    from ..documents.scores_xlsx import write_score_workbook

    detail, province = _detail(args)
    lines = score_lines(detail)
    if not any(line.max_points for line in lines):
        raise CchcError(f"Bộ tiêu chí {args.index} năm {args.year} chưa có điểm tối đa của các mục (cây tiêu chí "
                        "chưa được nhập); hãy nhập cây tiêu chí ở trang “Bộ tiêu chí” trước.")
    write_score_workbook(args.out, f"{args.index} {args.year}", lines)
    print(f"Đã ghi {args.out}: {len(lines)} mục của {args.index} năm {args.year}, điểm hiện có của {province}. "
          f"Điền cột “Điểm” rồi chạy: cchc scores import {args.out.name} --index \"{args.index}\" "
          f"--year {args.year}")
    return 0


def import_scores(args: argparse.Namespace) -> int:
    from ..core.services.scores import ScoreService, own_province_name

    db = open_database(args.db)
    try:
        province = args.province or own_province_name(db)
        count = ScoreService(db).import_scores(args.index, args.year, args.file, province, dry_run=args.dry_run)
    finally:
        db.dispose()
    what = f"điểm {count} mục {args.index} năm {args.year} của {province}"
    print(f"Kiểm tra xong {what}; chưa nhập (chạy thử)." if args.dry_run else f"Đã nhập {what}.")
    return 0
