"""``cchc results|chart|scenario|report``: index results, charts, scenarios and the analysis report."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.errors import CchcError
from ..core.formats import format_number
from .database import open_database
from .output import FORMATS, print_rows, write_bytes_atomic, writing_file
from .parser import Subcommands, VietnameseArgumentParser


def register(sub: Subcommands, common: VietnameseArgumentParser) -> None:
    results = sub.add_parser("results", help="kết quả các chỉ số")
    results_sub = results.add_subparsers(dest="results_command", required=True, metavar="LỆNH")
    p = results_sub.add_parser("import", parents=[common], help="nhập bảng kết quả một năm (.csv, .xlsx)")
    p.add_argument("file", type=Path, metavar="TỆP")
    p.add_argument("--index", required=True, metavar="MÃ", help="mã chỉ số: PAR INDEX, SIPAS, PAPI, PCI, DTI, 766")
    p.add_argument("--year", required=True, type=int, metavar="NĂM")
    p.add_argument("--n", type=int, metavar="N", help="số đơn vị được xếp hạng (mặc định: tự xác định)")
    p.add_argument("--replace", action="store_true", help="thay bảng đã có của năm đó")
    p.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không nhập")
    p.set_defaults(handler=import_results)
    p = results_sub.add_parser(
        "import-many", parents=[common], help="nhập nhiều bảng kết quả cùng lúc (tất cả hoặc không bảng nào)",
        description="Nhập nhiều bảng trong một lần: mỗi tệp đặt tên MÃ_NĂM (ví dụ PAPI_2023.csv, "
                    "PAR_INDEX_2022.xlsx). Một bảng bị từ chối thì không bảng nào được nhập.")
    p.add_argument("files", type=Path, nargs="+", metavar="TỆP")
    p.add_argument("--replace", action="store_true", help="thay các bảng đã có của những năm đó")
    p.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không nhập")
    p.set_defaults(handler=import_many)
    p = results_sub.add_parser("show", parents=[common], help="bảng xếp hạng một năm")
    p.add_argument("--index", required=True, metavar="MÃ")
    p.add_argument("--year", required=True, type=int, metavar="NĂM")
    p.add_argument("--province", metavar="TÊN", help="chỉ một tỉnh, thành phố")
    p.add_argument("--format", choices=FORMATS, default="table")
    p.set_defaults(handler=show)
    p = results_sub.add_parser("history", parents=[common], help="kết quả của một tỉnh qua các năm")
    p.add_argument("--index", required=True, metavar="MÃ")
    p.add_argument("--province", required=True, metavar="TÊN")
    p.add_argument("--format", choices=FORMATS, default="table")
    p.set_defaults(handler=history)

    chart = sub.add_parser("chart", help="vẽ biểu đồ ra tệp .png hoặc .svg")
    chart_sub = chart.add_subparsers(dest="chart_command", required=True, metavar="LOẠI")
    p = chart_sub.add_parser("rank", parents=[common], help="thứ hạng qua các năm (hạng 1 ở trên cùng)")
    p.add_argument("--province", required=True, metavar="TÊN")
    p.add_argument("--index", required=True, action="append", metavar="MÃ", help="lặp lại để vẽ nhiều chỉ số")
    p.add_argument("--out", required=True, type=Path, metavar="TỆP.png|svg")
    p.set_defaults(handler=rank_chart)
    p = chart_sub.add_parser("provinces", parents=[common], help="điểm của mọi tỉnh trong một năm")
    p.add_argument("--index", required=True, metavar="MÃ")
    p.add_argument("--year", required=True, type=int, metavar="NĂM")
    p.add_argument("--province", required=True, metavar="TÊN", help="tỉnh được tô đậm")
    p.add_argument("--out", required=True, type=Path, metavar="TỆP.png|svg")
    p.set_defaults(handler=provinces_chart)

    p = sub.add_parser("scenario", parents=[common], help="điểm và thứ hạng nếu thay điểm một số mục")
    p.add_argument("--index", required=True, metavar="MÃ")
    p.add_argument("--year", required=True, type=int, metavar="NĂM")
    p.add_argument("--province", metavar="TÊN", help="mặc định: tỉnh của mình")
    p.add_argument("--set", action="append", default=[], metavar="MÃ=ĐIỂM",
                   help="thay điểm mục MÃ; ĐIỂM là số, hoặc 'prev' để lấy điểm năm trước")
    p.set_defaults(handler=scenario)

    report = sub.add_parser("report", help="báo cáo in được")
    report_sub = report.add_subparsers(dest="report_command", required=True, metavar="LOẠI")
    p = report_sub.add_parser("analysis", parents=[common], help="Báo cáo phân tích kết quả chỉ số của một năm (PDF)")
    p.add_argument("--year", required=True, type=int, metavar="NĂM")
    p.add_argument("--province", metavar="TÊN")
    p.add_argument("--out", required=True, type=Path, metavar="TỆP.pdf")
    p.set_defaults(handler=analysis_report)


def _number(value: float | None) -> str:
    return "" if value is None else format_number(value, 2)


def import_results(args: argparse.Namespace) -> int:
    from ..core.services.results import ResultService

    db = open_database(args.db)
    try:
        summary = ResultService(db).import_table(args.index, args.year, args.file, dry_run=args.dry_run,
                                                 replace=args.replace, subject_count=args.n)
    finally:
        db.dispose()
    print(summary.report)
    return 0


def table_of_file(path: Path) -> tuple[str, int]:
    """(index code, year) from a file named MÃ_NĂM: ``PAPI_2023.csv`` → ("PAPI", 2023), ``PAR_INDEX_2022.xlsx`` →
    ("PAR INDEX", 2022)."""
    from ..core.errors import ValidationError

    code, _, year = path.stem.rpartition("_")
    if not code or not (year.isdigit() and len(year) == 4):
        raise ValidationError("Tên tệp", path.name,
                              f"Tên tệp “{path.name}” không có dạng MÃ_NĂM (ví dụ PAPI_2023.csv).")
    return code.replace("_", " "), int(year)


def import_many(args: argparse.Namespace) -> int:
    from ..core.services.results import ResultService, TableFile

    tables = [TableFile(index, year, path) for path in args.files for index, year in [table_of_file(path)]]
    db = open_database(args.db)
    try:
        summaries = ResultService(db).import_tables(tables, dry_run=args.dry_run, replace=args.replace)
    finally:
        db.dispose()
    for summary in summaries:
        print(summary.report)
    print(f"{'Kiểm tra xong' if args.dry_run else 'Đã nhập'} {len(summaries)} bảng.")
    return 0


def show(args: argparse.Namespace) -> int:
    from ..core.services.results import ResultService
    from ..core.text import contains_folded

    db = open_database(args.db)
    try:
        rows = ResultService(db).table(args.index, args.year)
    finally:
        db.dispose()
    if args.province:
        rows = [r for r in rows if contains_folded(r.subject, args.province)]
    if not rows:
        raise CchcError(f"Không có kết quả {args.index} năm {args.year}"
                        + (f" của “{args.province}”." if args.province else "."))
    print_rows(["Xếp hạng", "Tỉnh, thành phố", "Điểm", "Nhóm"],
               [[f"{r.rank}/{r.rank_of}" if r.rank else "", r.subject, _number(r.score), r.group or ""] for r in rows],
               args.format, keys=["rank", "subject", "score", "group"])
    return 0


def history(args: argparse.Namespace) -> int:
    from ..core.services.results import ResultService

    db = open_database(args.db)
    try:
        rows = ResultService(db).history(args.index, args.province)
    finally:
        db.dispose()
    if not rows:
        raise CchcError(f"Chưa có kết quả {args.index} nào của “{args.province}”.")
    print_rows(["Năm", "Điểm", "Xếp hạng", "So với năm trước", "Nhóm"],
               [[r.year, _number(r.score), f"{r.rank}/{r.rank_of}" if r.rank else "", r.change, r.group or ""]
                for r in rows],
               args.format, keys=["year", "score", "rank", "change", "group"])
    return 0


def rank_chart(args: argparse.Namespace) -> int:
    from ..core.services.results import ResultService
    from ..documents.charts import Series, save_drawing
    from ..documents.charts import rank_chart as draw

    db = open_database(args.db)
    try:
        service = ResultService(db)
        histories = {code: service.history(code, args.province) for code in args.index}
    finally:
        db.dispose()
    series = [Series(code, [(h.year, h.rank) for h in rows if h.rank]) for code, rows in histories.items()]
    rank_of = max((h.rank_of or 0 for rows in histories.values() for h in rows), default=63) or 63
    name = next((h.subject for rows in histories.values() for h in rows), args.province)
    with writing_file(args.out):
        save_drawing(draw(series, rank_of, f"Thứ hạng của {name} qua các năm"), args.out)
    print(f"Đã vẽ biểu đồ thứ hạng ({', '.join(args.index)}) vào {args.out}")
    return 0


def provinces_chart(args: argparse.Namespace) -> int:
    from ..core.provinces import name_key
    from ..core.services.results import ResultService
    from ..documents.charts import ranking_bars, save_drawing

    db = open_database(args.db)
    try:
        rows = [(r.subject, r.score) for r in ResultService(db).table(args.index, args.year) if r.score is not None]
    finally:
        db.dispose()
    if not rows:
        raise CchcError(f"Không có điểm {args.index} năm {args.year}.")
    highlight = next((name for name, _ in rows if name_key(name) == name_key(args.province)), args.province)
    with writing_file(args.out):
        save_drawing(ranking_bars(rows, highlight, f"{args.index} {args.year}: điểm của các tỉnh, thành phố"),
                     args.out)
    print(f"Đã vẽ biểu đồ {len(rows)} tỉnh, thành phố vào {args.out}")
    return 0


def scenario(args: argparse.Namespace) -> int:
    from ..core.formats import parse_number
    from ..core.services.analysis import AnalysisService

    replacements: dict[str, float | None] = {}
    for item in args.set:
        code, _, value = item.partition("=")
        if not code or not value:
            raise CchcError(f"“{item}” phải có dạng MÃ=ĐIỂM, ví dụ 8.3=18,78 hoặc 8.3=prev.")
        replacements[code.strip()] = None if value.strip().lower() in ("prev", "truoc", "nam truoc") else \
            parse_number(value, f"Điểm mục {code}")
    if not replacements:
        raise CchcError("Hãy nêu ít nhất một mục cần thay bằng --set MÃ=ĐIỂM.")
    db = open_database(args.db)
    try:
        result = AnalysisService(db).scenario(args.index, args.year, replacements, args.province)
    finally:
        db.dispose()
    print(f"Nếu thay điểm {', '.join(replacements)}: {args.index} năm {args.year} đạt {result.sentence}.")
    return 0


def analysis_report(args: argparse.Namespace) -> int:
    from ..core.services.report import build_analysis_report
    from ..documents.analysis_report import render_analysis_pdf

    db = open_database(args.db)
    try:
        data = build_analysis_report(db, args.year, args.province)
    finally:
        db.dispose()
    pdf = render_analysis_pdf(data)
    with writing_file(args.out):
        write_bytes_atomic(args.out, pdf)
    print(f"Đã ghi báo cáo phân tích năm {args.year} vào {args.out}")
    return 0
