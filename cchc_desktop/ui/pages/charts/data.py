"""What the charts page draws, read through the core services (no Qt here, so it is testable on its own)."""

from __future__ import annotations

from enum import Enum

from ....core.errors import CchcError
from ....core.formats import format_percent
from ....core.services.analysis import AnalysisService
from ....core.services.results import ResultService
from ....core.services.scores import own_province_name
from ....store.db import Database
from ...charts.data import BarRow, RankPoint, RankSeries, ScoreSeries

AVERAGE_NAME = "Trung bình cả nước"


class ChartKind(Enum):
    RANK = "Thứ hạng qua các năm"
    SCORE = "Điểm so với trung bình cả nước"
    PROVINCES = "Các tỉnh, thành phố trong một năm"
    LOST = "Điểm bị trừ theo cơ quan chủ trì"

    @property
    def label(self) -> str:
        return self.value

    @property
    def needs_year(self) -> bool:
        return self in (ChartKind.PROVINCES, ChartKind.LOST)


class ChartData:
    """Reads the data of each chart for the own province; raises :class:`CchcError` with a Vietnamese message
    when there is nothing to draw."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.results = ResultService(db)

    def province(self) -> str:
        return own_province_name(self.db)

    def rank_series(self, codes: list[str]) -> list[RankSeries]:
        if not codes:
            raise CchcError("Chọn ít nhất một chỉ số để vẽ thứ hạng.")
        series = []
        for code in codes:
            points = tuple(RankPoint(row.year, row.rank, row.rank_of)
                           for row in self.results.history(code, self.province()) if row.rank is not None)
            if points:
                series.append(RankSeries(code, points))
        if not series:
            raise CchcError(f"Chưa có thứ hạng nào của {self.province()} ở các chỉ số đã chọn.")
        return series

    def score_series(self, code: str) -> tuple[ScoreSeries, ScoreSeries]:
        province = self.province()
        own = tuple((row.year, row.score) for row in self.results.history(code, province) if row.score is not None)
        average = tuple(self.results.national_averages(code))
        if not own:
            raise CchcError(f"Chưa có điểm {code} nào của {province}.")
        if not average:
            raise CchcError(f"Các bảng kết quả {code} chưa có điểm trung bình cả nước.")
        return ScoreSeries(province, own), ScoreSeries(AVERAGE_NAME, average)

    def provinces(self, code: str, year: int) -> list[BarRow]:
        rows = [BarRow(row.subject, row.score, f"hạng {row.rank}/{row.rank_of}" if row.rank else "")
                for row in self.results.table(code, year) if row.score is not None]
        if len(rows) < 2:
            raise CchcError(f"Chưa có bảng điểm {code} năm {year} của các tỉnh, thành phố.")
        return rows

    def lost_by_agency(self, code: str, year: int) -> list[BarRow]:
        analysis = AnalysisService(self.db)
        shares = analysis.lost_by_agency(analysis.detail(code, year))
        if not shares:
            raise CchcError(f"Chưa có điểm chi tiết {code} năm {year} của {self.province()} để tính điểm bị trừ.")
        return [BarRow(share.name, share.lost, f"{format_percent(share.share * 100, 1)} tổng điểm bị trừ",
                       format_percent(share.share * 100, 1)) for share in shares]
