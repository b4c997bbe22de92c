"""The index catalogue as users see it: each index with its scale, what is stored under it, and small edits.

Reading gives the list shown on the "Bộ tiêu chí" page and the facts about a stored year's table shown on the
"Kết quả chỉ số" page (how many units have figures out of how many existed that year). Editing is limited to
what a secretariat may need to correct — the scale, the unit and the notes — and never lets the scale exclude
scores that are already stored. The code, name and grouping rule come with the program's reference data.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from ...store.db import Database
from ...store.models import Criterion, CriterionScore, IndexDef, Province, Result, ResultSet
from ..enums import SubjectKind
from ..errors import ValidationError
from ..formats import format_number
from ..text import nfc, nfc_or_none
from . import audit
from .results import find_index

SCALE_MIN = "Điểm thấp nhất"
SCALE_MAX = "Điểm cao nhất"
UNIT = "Đơn vị tính"
NOTES = "Ghi chú"
"""Field names of :class:`ValidationError` raised by :meth:`IndexCatalogueService.update`."""


def _n(value: float) -> str:
    return format_number(value, 2, trim=True)


@dataclass(frozen=True)
class IndexInfo:
    """One index of the catalogue, with the counts of what is stored under it."""

    code: str
    name: str
    publisher: str
    subject_label: str  # "Tỉnh, thành phố"
    scale_min: float
    scale_max: float
    unit: str
    grouping_label: str  # "4 nhóm theo tứ phân vị"
    notes: str
    version_count: int
    years: tuple[int, ...]

    @property
    def scale_label(self) -> str:
        """"0–100 %", "0–80 điểm", "0–1"."""
        return f"{_n(self.scale_min)}–{_n(self.scale_max)}" + (f" {self.unit}" if self.unit else "")

    @property
    def years_label(self) -> str:
        """"2017–2024 (8 năm)", "2020, 2021", or "chưa có" when no table is stored."""
        if not self.years:
            return "chưa có"
        consecutive = list(self.years) == list(range(self.years[0], self.years[-1] + 1))
        if consecutive and len(self.years) > 2:
            return f"{self.years[0]}–{self.years[-1]} ({len(self.years)} năm)"
        return ", ".join(str(year) for year in self.years)


@dataclass(frozen=True)
class IndexEdit:
    scale_min: float
    scale_max: float
    unit: str = ""
    notes: str = ""


@dataclass(frozen=True)
class TableInfo:
    """A stored year's table: N in "x/N", how many units have figures, and where the table came from."""

    index_code: str
    year: int
    subject_count: int
    with_data: int
    universe: int
    partial: bool
    national_average: float | None
    source: str
    notes: str
    subject_word: str = "tỉnh"

    @property
    def coverage(self) -> str:
        """"Bảng chưa đủ: 60/63 tỉnh có số liệu" for a partial table, empty otherwise."""
        if not self.partial:
            return ""
        return f"Bảng chưa đủ: {self.with_data}/{self.universe} {self.subject_word} có số liệu"


class IndexCatalogueService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self) -> list[IndexInfo]:
        """Every index in catalogue order."""
        with self.db.session() as session:
            years: dict[int, list[int]] = {}
            for index_id, year in session.execute(select(ResultSet.index_id, ResultSet.year).order_by(ResultSet.year)):
                years.setdefault(index_id, []).append(year)
            return [_info(index, tuple(years.get(index.id, ())))
                    for index in session.scalars(select(IndexDef).order_by(IndexDef.sort_order))]

    def get(self, index_code: str) -> IndexInfo:
        with self.db.session() as session:
            index = find_index(session, index_code)
            years = session.scalars(select(ResultSet.year).where(ResultSet.index_id == index.id)
                                    .order_by(ResultSet.year)).all()
            return _info(index, tuple(years))

    def update(self, index_code: str, edit: IndexEdit) -> None:
        """Change the scale, unit and notes; stored scores must stay within the new scale."""
        if edit.scale_max <= edit.scale_min:
            raise ValidationError(SCALE_MAX, edit.scale_max, f"Điểm cao nhất ({_n(edit.scale_max)}) phải lớn hơn "
                                                             f"điểm thấp nhất ({_n(edit.scale_min)}).")
        unit = nfc(edit.unit or "")
        if len(unit) > 20:
            raise ValidationError(UNIT, unit, "Đơn vị tính dài quá 20 ký tự.")
        with self.db.session() as session:
            index = find_index(session, index_code)
            low, high = session.execute(
                select(func.min(Result.score), func.max(Result.score)).join(ResultSet)
                .where(ResultSet.index_id == index.id, Result.score.is_not(None))
            ).one()
            if low is not None and low < edit.scale_min:
                raise ValidationError(SCALE_MIN, edit.scale_min, f"Đã lưu điểm {_n(low)}, thấp hơn điểm thấp "
                                                                 f"nhất mới ({_n(edit.scale_min)}).")
            if high is not None and high > edit.scale_max:
                raise ValidationError(SCALE_MAX, edit.scale_max, f"Đã lưu điểm {_n(high)}, cao hơn điểm cao "
                                                                 f"nhất mới ({_n(edit.scale_max)}).")
            index.scale_min, index.scale_max = edit.scale_min, edit.scale_max
            index.unit, index.notes = unit or None, nfc_or_none(edit.notes)
            audit.record(session, "update", "indexes", index.uuid,
                         f"Chỉ số {index.code}: thang điểm {_n(edit.scale_min)}–{_n(edit.scale_max)}")

    def table_info(self, index_code: str, year: int) -> TableInfo | None:
        """The facts of the index's table of ``year``; None when no table is stored for that year."""
        with self.db.session() as session:
            index = find_index(session, index_code)
            result_set = session.scalars(select(ResultSet).where(ResultSet.index_id == index.id,
                                                                 ResultSet.year == year)).first()
            if result_set is None:
                return None
            with_data = sum(1 for r in result_set.results if r.score is not None or r.rank is not None)
            provinces = index.subject_kind == SubjectKind.PROVINCE
            universe = (sum(1 for p in session.scalars(select(Province)) if p.exists_in(year)) if provinces
                        else result_set.subject_count)
            return TableInfo(index.code, year, result_set.subject_count, with_data, universe,
                             result_set.partial, result_set.national_average, result_set.source or "",
                             result_set.notes or "", "tỉnh" if provinces else "đơn vị")

    def scored_years(self, version_id: int) -> dict[int, tuple[int, ...]]:
        """For each node of a criteria version that has scores recorded: the years they belong to.

        Such nodes cannot be deleted, nor the version's tree replaced by an import, without losing those scores.
        """
        with self.db.session() as session:
            query = (select(CriterionScore.criterion_id, ResultSet.year)
                     .join(Criterion, CriterionScore.criterion_id == Criterion.id)
                     .join(Result, CriterionScore.result_id == Result.id).join(ResultSet)
                     .where(Criterion.version_id == version_id).order_by(ResultSet.year))
            found: dict[int, list[int]] = {}
            for node_id, year in session.execute(query):
                if year not in found.setdefault(node_id, []):
                    found[node_id].append(year)
            return {node_id: tuple(years) for node_id, years in found.items()}


def _info(index: IndexDef, years: tuple[int, ...]) -> IndexInfo:
    return IndexInfo(
        index.code, index.name, index.publisher or "", index.subject_kind.label, index.scale_min, index.scale_max,
        index.unit or "", index.grouping_rule.label, index.notes or "", len(index.versions), years,
    )

