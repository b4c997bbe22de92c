"""Assembling the analysis report of a year from the results, the criteria scores and the drafted text."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from ...documents.analysis_report import AnalysisReportData, IndexLine, ShareLine
from ...documents.charts import Series
from ...store.db import Database
from ...store.models import IndexDef, ResultSet
from ..errors import CchcError
from .analysis import AnalysisService, NodeScore
from .results import ResultService
from .scores import own_province_name


def build_analysis_report(db: Database, year: int, province: str | None = None,
                          detail_index: str = "PAR INDEX", today: dt.date | None = None) -> AnalysisReportData:
    province = province or own_province_name(db)
    results = ResultService(db)
    with db.session() as session:
        indexes = [(i.code, i.name, i.scale_max)
                   for i in session.scalars(select(IndexDef).order_by(IndexDef.sort_order))]
    lines, series, histories = [], [], {}
    for code, name, _ in indexes:
        history = results.history(code, province)
        histories[code] = history
        row = next((h for h in history if h.year == year), None)
        if row is not None:
            lines.append(IndexLine(code, name, row.score, row.rank, row.rank_of, row.change, row.group))
        points: list[tuple[int, float]] = [(h.year, h.rank) for h in history if h.rank is not None and h.year <= year]
        if len(points) >= 2:
            series.append(Series(code, points))
    if not lines:
        raise CchcError(f"Chưa có kết quả chỉ số nào của {province} năm {year}.")
    data = AnalysisReportData(province=province, year=year, generated_on=today or dt.date.today(), results=lines,
                              rank_series=series, rank_of=max(line.rank_of or 0 for line in lines) or 63,
                              index_for_detail=detail_index)
    tables = {line.code: results.table(line.code, year) for line in lines if line.rank}
    ranked = max((line for line in lines if line.rank), key=lambda line: len(tables[line.code]), default=None)
    if ranked is not None:
        table = [(r.subject, r.score) for r in tables[ranked.code] if r.score is not None]
        if len(table) > 5:
            data.ranking = (ranked.code, table)
            own = [(h.year, h.score) for h in histories[ranked.code] if h.score is not None and h.year <= year]
            average = _averages(db, ranked.code, year)
            scale = next(s for c, _, s in indexes if c == ranked.code)
            if len(own) >= 2 and len(average) >= 2:
                data.score_series = (Series(province, own), Series("Trung bình cả nước", average), scale)
                data.index_for_detail = ranked.code
    analysis = AnalysisService(db)
    detail = _scored_detail(analysis, [detail_index, *(line.code for line in lines)], year, province)
    data.lost_by_agency = [ShareLine(s.name, s.lost, s.share, s.cumulative) for s in analysis.lost_by_agency(detail)]
    data.lost_by_field = [ShareLine(s.name, s.lost, s.share, s.cumulative) for s in analysis.lost_by_field(detail)]
    data.drafted = [analysis.results_paragraph(year, province), *analysis.limitation_blocks(detail)]
    return data


def _scored_detail(analysis: AnalysisService, codes: list[str], year: int, province: str) -> list[NodeScore]:
    """The criteria tree with scores of the first of ``codes`` (the index asked for, then those with a result
    that year) that has the province's scores of ``year``; empty when none has."""
    for code in dict.fromkeys(codes):
        try:
            detail = analysis.detail(code, year, province)
        except CchcError:
            continue
        if any(item.achieved is not None for item in detail):
            return detail
    return []


def _averages(db: Database, code: str, year: int) -> list[tuple[int, float]]:
    with db.session() as session:
        rows = session.execute(select(ResultSet.year, ResultSet.national_average).join(IndexDef)
                               .where(IndexDef.code == code, ResultSet.year <= year,
                                      ResultSet.national_average.is_not(None))
                               .order_by(ResultSet.year)).all()
    return [(y, a) for y, a in rows]
