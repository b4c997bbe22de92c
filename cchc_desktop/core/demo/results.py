"""Index results: the eight PAPI tables shipped with the demo, and the ranks the 2022 notice cites for Lạng Sơn.

A PAPI table (``resources/demo/papi/papi_YYYY.csv``, ``#`` comment lines, columns ``province,score,rank``) has a
blank score for a province missing that year. Its ranks were computed from the scores, not published, so they
are stored as not official, out of the number of provinces ranked in the file.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from ...resources import resource
from ...store.models import IndexDef, Province, Result, ResultSet
from ..enums import SubjectKind
from ..result_tables import parse_table
from ..services.province_matcher import ProvinceMatcher
from ..services.results import import_result_table
from .catalogue import SETTINGS
from .common import DemoContext

PAPI_SOURCE = "PAPI (CECODES, VFF-CRT, RTA, UNDP); điểm tổng hợp từ số liệu công khai, tệp mẫu {file}"
CITED_SOURCE = "Thông báo kết luận Hội nghị phân tích kết quả PAR INDEX và SIPAS tỉnh Lạng Sơn năm 2021 (06/2022)"
OLD_UNIT_COUNT = 63
# (index code, result year, Lạng Sơn's rank out of 63) as the notice of June 2022 cites them, without scores.
CITED_RANKS = [
    ("PAR INDEX", 2020, 36), ("PAR INDEX", 2021, 23),
    ("SIPAS", 2020, 39), ("SIPAS", 2021, 31),
    ("PCI", 2020, 49), ("PCI", 2021, 36),
]


def papi_tables() -> list[Path]:
    return sorted(resource("demo", "papi").glob("papi_*.csv"))


def add_results(ctx: DemoContext) -> None:
    indexes = {index.code: index for index in ctx.session.scalars(select(IndexDef))}
    provinces = list(ctx.session.scalars(select(Province)))
    for path in papi_tables():
        add_papi_table(ctx, path)
    for code, year, rank in CITED_RANKS:
        own = ProvinceMatcher(provinces, year).match(SETTINGS["own_province"])
        result_set = ResultSet(
            index=indexes[code], year=year, subject_kind=SubjectKind.PROVINCE, subject_count=OLD_UNIT_COUNT,
            partial=True, source=CITED_SOURCE, notes="Chỉ có thứ hạng của tỉnh Lạng Sơn nêu trong thông báo.",
        )
        result_set.results.append(Result(province=own, rank=rank, rank_of=OLD_UNIT_COUNT, rank_is_official=True))
        ctx.session.add(result_set)


def add_papi_table(ctx: DemoContext, path: Path) -> None:
    """One PAPI table through the ordinary importer; its ranks were computed among the provinces with data."""
    year = int(path.stem.removeprefix("papi_"))
    rows, _ = parse_table(path, 0, 80)
    ranked = sum(1 for row in rows if row.score is not None)
    missing = [row.name for row in rows if row.score is None]
    notes = (f"Thứ hạng do chương trình tính trên {ranked} tỉnh, thành phố có đủ số liệu, không phải thứ hạng "
             "công bố chính thức.")
    if missing:
        notes += f" Thiếu số liệu: {', '.join(missing)}."
    import_result_table(ctx.session, "PAPI", year, path, subject_count=ranked, official=False,
                        source=PAPI_SOURCE.format(file=path.name), notes=notes)
