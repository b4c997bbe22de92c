"""Index results: a year's table and a subject's history; importing tables (the work is in
:mod:`.result_import`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ...store.db import Database
from ...store.models import Agency, IndexDef, Province, Result, ResultSet
from ...store.reference import OLD_UNITS_LAST_YEAR
from ..enums import SubjectKind
from ..errors import NotFoundError
from ..ranks import rank_change_text
from ..text import collation_key, fold
from .province_matcher import ProvinceMatcher
from .result_import import ImportSummary as ImportSummary
from .result_import import TableFile as TableFile
from .result_import import TableRejected as TableRejected
from .result_import import find_index as find_index
from .result_import import import_result_table as import_result_table
from .result_import import import_tables


@dataclass(frozen=True)
class ResultRow:
    subject: str
    score: float | None
    rank: int | None
    rank_of: int | None
    group: str | None
    official: bool


@dataclass(frozen=True)
class HistoryRow:
    year: int
    subject: str
    score: float | None
    rank: int | None
    rank_of: int | None
    change: str  # "tăng 33 bậc"
    group: str | None
    partial: bool


class ResultService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def import_table(self, index_code: str, year: int, path: Path, *, dry_run: bool = False,
                     replace: bool = False, subject_count: int | None = None,
                     progress: Callable[[int, int], None] | None = None) -> ImportSummary:
        """Import one year's table, all of it or nothing (see :func:`import_result_table`). The check for an
        existing table and the writes run under the write lock, so two imports of one year cannot both insert."""
        with self.db.session(immediate=not dry_run) as session:
            return import_result_table(session, index_code, year, path, dry_run=dry_run, replace=replace,
                                       subject_count=subject_count, progress=progress)

    def import_tables(self, tables: Sequence[TableFile], *, dry_run: bool = False,
                      replace: bool = False) -> list[ImportSummary]:
        """Import several tables in one transaction: all of them or none. A refused table raises
        :class:`TableRejected` naming it, and the tables before it are not stored either; so does a second table
        of the same index and year (with ``dry_run`` too, which stores nothing to collide with)."""
        with self.db.session(immediate=not dry_run) as session, session.no_autoflush:
            return import_tables(session, tables, dry_run=dry_run, replace=replace)

    def table(self, index_code: str, year: int) -> list[ResultRow]:
        """A year's results, best rank first (subjects without a rank last, in Vietnamese order)."""
        with self.db.session() as session:
            index = find_index(session, index_code)
            query = (select(Result).join(ResultSet).where(ResultSet.index_id == index.id, ResultSet.year == year)
                     .options(selectinload(Result.province), selectinload(Result.agency)))
            rows = [ResultRow(_subject_name(r), r.score, r.rank, r.rank_of, r.group, r.rank_is_official)
                    for r in session.scalars(query)]
        return sorted(rows, key=lambda r: (r.rank is None, r.rank or 0, collation_key(r.subject)))

    def national_averages(self, index_code: str) -> list[tuple[int, float]]:
        """(year, national average) for every year whose table records one."""
        with self.db.session() as session:
            index = find_index(session, index_code)
            rows = session.execute(select(ResultSet.year, ResultSet.national_average)
                                   .where(ResultSet.index_id == index.id, ResultSet.national_average.is_not(None))
                                   .order_by(ResultSet.year)).all()
        return [(year, average) for year, average in rows]

    def years(self, index_code: str) -> list[int]:
        with self.db.session() as session:
            index = find_index(session, index_code)
            return sorted(session.scalars(select(ResultSet.year).where(ResultSet.index_id == index.id)).all())

    def history(self, index_code: str, subject: str) -> list[HistoryRow]:
        """A province's (or agency's) results over the years, with the change against the year before.

        Results stored against a province before 1 July 2025 and against its successor since are one history
        when the successor kept the province (the 11 unchanged provinces such as Lạng Sơn).
        """
        with self.db.session() as session:
            index = find_index(session, index_code)
            lineage = self._lineage(session, index, subject)
            query = (select(Result, ResultSet).join(ResultSet)
                     .where(ResultSet.index_id == index.id,
                            (Result.province_id.in_(lineage)) if index.subject_kind == SubjectKind.PROVINCE
                            else Result.agency_id.in_(lineage))
                     .options(selectinload(Result.province), selectinload(Result.agency))
                     .order_by(ResultSet.year))
            found = [(result_set, result) for result, result_set in session.execute(query)]
        rows: list[HistoryRow] = []
        previous_rank: int | None = None
        previous_year: int | None = None
        for result_set, result in found:
            # A change is only meaningful against last year's rank among the same provinces: not across the
            # reorganisation of 1 July 2025 (63 units through the 2024 results, 34 from the 2025 results).
            same_units = previous_year is not None and (
                (previous_year <= OLD_UNITS_LAST_YEAR) == (result_set.year <= OLD_UNITS_LAST_YEAR))
            comparable = previous_year == result_set.year - 1 and same_units
            rows.append(HistoryRow(
                result_set.year, _subject_name(result), result.score, result.rank, result.rank_of,
                rank_change_text(previous_rank if comparable else None, result.rank), result.group,
                result_set.partial,
            ))
            previous_rank, previous_year = result.rank, result_set.year
        return rows

    # -- helpers ----------------------------------------------------------------------------------------------
    def _lineage(self, session: Session, index: IndexDef, subject: str) -> list[int]:
        if index.subject_kind != SubjectKind.PROVINCE:
            agencies = [a.id for a in session.scalars(select(Agency))
                        if fold(subject) in (fold(a.name), fold(a.short_name or ""))]
            if not agencies:
                raise NotFoundError(f"Không có cơ quan, đơn vị “{subject}”.")
            return agencies
        provinces = list(session.scalars(select(Province)))
        matches = {p.id: p for year in (2024, 2025) if (p := ProvinceMatcher(provinces, year).find(subject))}
        if not matches:
            raise NotFoundError(f"Không có tỉnh, thành phố “{subject}”.")
        for province in list(matches.values()):
            successor = province.successor
            if successor is not None and province.change == "unchanged":
                matches[successor.id] = successor
            for old in provinces:
                if old.successor_id == province.id and old.change == "unchanged":
                    matches[old.id] = old
        return list(matches)


def _subject_name(result: Result) -> str:
    if result.province is not None:
        return result.province.name
    return result.agency.name if result.agency is not None else ""
