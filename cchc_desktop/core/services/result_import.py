"""Importing published results tables: checked rows into a year's result set, all of a file or none, and
several files in one transaction (:meth:`ResultService.import_tables`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from statistics import fmean
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from ...store.models import Agency, CriterionScore, IndexDef, Province, Result, ResultSet
from ...store.types import new_uuid
from ..enums import SubjectKind
from ..errors import CchcError, ImportRejected, RowProblem
from ..ranks import competition_ranks, group_of
from ..result_tables import TableRow, parse_table_and_format
from ..text import fold
from . import audit
from .province_matcher import ProvinceMatcher


@dataclass(frozen=True)
class ImportSummary:
    index: str
    year: int
    rows: int
    subject_count: int
    partial: bool
    replaced: bool
    dry_run: bool
    read_as: str = ""  # how a CSV file was written (TextFormat.describe()); "" for Excel

    @property
    def message(self) -> str:
        what = f"{self.index} năm {self.year}: {self.rows} dòng, xếp hạng trên {self.subject_count}"
        what += " (bảng chưa đủ)" if self.partial else ""
        if self.dry_run:
            return f"Kiểm tra xong {what}; chưa nhập (chạy thử)."
        return f"Đã nhập {what}" + ("; thay bảng cũ." if self.replaced else ".")

    @property
    def report(self) -> str:
        """:attr:`message`, and how a CSV file was read (so a clerk sees the code page and separators found)."""
        return f"{self.message} Tệp CSV: {self.read_as}." if self.read_as else self.message


@dataclass(frozen=True)
class TableFile:
    """One table of a multi-table import (:meth:`ResultService.import_tables`)."""

    index: str
    year: int
    path: Path
    subject_count: int | None = None


class TableRejected(CchcError):
    """A table of a multi-table import was refused; none of the tables was stored. ``error`` is the refusal
    the table alone would have met (an :class:`ImportRejected` keeps its row problems)."""

    def __init__(self, table: TableFile, error: CchcError) -> None:
        super().__init__(f"Bảng {table.index} năm {table.year} (tệp “{Path(table.path).name}”): {error}")
        self.table = table
        self.error = error


def find_index(session: Session, code: str) -> IndexDef:
    wanted = fold(code).replace("-", " ").replace("_", " ")
    for index in session.scalars(select(IndexDef).order_by(IndexDef.sort_order)):
        if fold(index.code) == wanted or fold(index.code).replace(" ", "") == wanted.replace(" ", ""):
            return index
    codes = ", ".join(session.scalars(select(IndexDef.code).order_by(IndexDef.sort_order)))
    raise CchcError(f"Không có chỉ số “{code}”. Các chỉ số đang có: {codes}.")


COVERAGE_FOR_AVERAGE = 0.9


def import_result_table(session: Session, index_code: str, year: int, path: Path, *, dry_run: bool = False,
                        replace: bool = False, subject_count: int | None = None, official: bool | None = None,
                        source: str | None = None, notes: str | None = None,
                        progress: Callable[[int, int], None] | None = None) -> ImportSummary:
    """Import one year's table in ``session``, all of it or nothing.

    ``progress(done, total)`` is called once the file is read and before each row is stored; an exception it
    raises (``Cancelled``) rolls the session back with it, so nothing is stored.

    Ranks absent from the file are computed (ties share a rank) out of the subjects scored. Ranks given are kept
    as published, out of every unit of that year unless ``subject_count`` says otherwise (a table whose ranks
    were computed among the provinces with data). ``official`` defaults to "ranks were given".
    """
    index = _import_cache(session).index(index_code)
    report = progress or (lambda done, total: None)
    rows, problems, found = parse_table_and_format(path, index.scale_min, index.scale_max)
    report(0, len(rows))
    subjects, universe = _match(session, index, year, rows, problems)
    if problems:
        raise ImportRejected(sorted(problems, key=lambda p: p.row))
    scored = [row for row in rows if row.score is not None]
    if not scored:
        raise ImportRejected([RowProblem(2, "Điểm", "không dòng nào có điểm; hãy kiểm tra cột “Điểm” và dấu phẩy trong "
                                                   "tiêu đề (tiêu đề có dấu phẩy phải đặt trong ngoặc kép)")])
    given = all(row.rank is not None for row in scored)
    if not given and any(row.rank is not None for row in scored):
        raise ImportRejected([RowProblem(row.line, "Xếp hạng", "thiếu thứ hạng trong khi các dòng khác có; hãy ghi đủ "
                                                             "hoặc bỏ trống cả cột để chương trình tự xếp hạng")
                              for row in scored if row.rank is None])
    # A rank written "k/N" (as the table is shown and exported) says out of how many units it was ranked.
    written = {row.out_of for row in scored if row.out_of is not None}
    count = subject_count or (written.pop() if given and len(written) == 1 else None) \
        or (universe if given else len(scored))
    problems = [RowProblem(row.line, "Xếp hạng", f"thứ hạng {row.rank} lớn hơn số đơn vị được xếp ({count})")
                for row in rows if row.rank is not None and row.rank > count]
    if problems:
        raise ImportRejected(problems)
    ranks = ([row.rank for row in scored] if given
             else competition_ranks([row.score for row in scored], index.higher_is_better))  # type: ignore[misc]
    connection = session.connection()
    existing_id = connection.execute(select(ResultSet.id).where(
        ResultSet.index_id == index.id, ResultSet.year == year, ResultSet.subject_kind == index.subject_kind,
    )).scalar()
    existing = session.get(ResultSet, existing_id) if existing_id is not None else None
    if existing is not None and not replace:
        raise CchcError(f"Đã có bảng kết quả {index.code} năm {year}. Chọn “thay thế” (--replace) để nhập lại.")
    summary = ImportSummary(index.code, year, len(scored), count, len(scored) < universe, existing is not None,
                            dry_run, found.describe() if found else "")
    if dry_run:
        return summary
    fields = {
        "subject_count": count, "partial": summary.partial,
        # The mean of a table missing more than a tenth of the units is not a national average.
        "national_average": (round(fmean(r.score for r in scored), 2)  # type: ignore[misc]
                             if len(scored) >= COVERAGE_FOR_AVERAGE * universe else None),
        "source": source or f"Nhập từ tệp {Path(path).name}", "notes": notes,
    }
    if existing is None:
        set_uuid = new_uuid()
        set_id = connection.execute(insert(ResultSet).returning(ResultSet.id), {
            "uuid": set_uuid, "index_id": index.id, "year": year, "subject_kind": index.subject_kind, **fields,
        }).scalar_one()
    else:
        for name, value in fields.items():
            setattr(existing, name, value)
        session.flush()
        set_id, set_uuid = existing.id, existing.uuid
    values: list[dict[str, Any]] = []
    for done, (row, rank) in enumerate(zip(scored, ranks, strict=True)):
        report(done, len(scored))
        subject = subjects[row.line]
        values.append({
            "province_id": subject.id if isinstance(subject, Province) else None,
            "agency_id": subject.id if isinstance(subject, Agency) else None,
            "score": row.score, "rank": rank, "rank_of": count,
            "rank_is_official": given if official is None else official,
            "group": group_of(index.grouping_rule, score=row.score, scale_max=index.scale_max, rank=rank, count=count),
        })
    _store_results(session, set_id, values, replacing=existing is not None)
    if existing is not None:
        session.expire(existing, ["results"])
    report(len(scored), len(scored))
    audit.record(session, "import", "result_sets", set_uuid, summary.message)
    return summary


def _store_results(session: Session, set_id: int, values: list[dict[str, Any]], *, replacing: bool) -> None:
    """Write a table's rows with one executemany (a table of 63 provinces is one statement, not 63 ORM objects).

    Replacing a table updates each subject's row in place, so the detailed criterion scores stay with it; the
    subjects no longer in the table lose their row and its criterion scores."""
    kept: dict[tuple[int | None, int | None], int] = {}
    if replacing:
        kept = {(province_id, agency_id): result_id for result_id, province_id, agency_id in session.execute(
            select(Result.id, Result.province_id, Result.agency_id).where(Result.result_set_id == set_id))}
    updates: list[dict[str, Any]] = []
    fresh: list[dict[str, Any]] = []
    for row in values:
        result_id = kept.pop((row["province_id"], row["agency_id"]), None)
        if result_id is None:
            fresh.append({"uuid": new_uuid(), "result_set_id": set_id, **row})
        else:
            updates.append({"id": result_id, **row})
    removed = list(kept.values())
    if removed:
        session.execute(delete(CriterionScore).where(CriterionScore.result_id.in_(removed)))
        session.execute(delete(Result).where(Result.id.in_(removed)))
    if updates:
        session.execute(update(Result), updates)
    if fresh:
        session.connection().execute(insert(Result), fresh)
    if replacing:  # rows of this set already loaded in the session no longer say what is stored
        for obj in list(session.identity_map.values()):
            if isinstance(obj, Result) and obj.result_set_id == set_id:
                session.expire(obj)


def _match(session: Session, index: IndexDef, year: int, rows: list[TableRow],
           problems: list[RowProblem]) -> tuple[dict[int, Province | Agency], int]:
    """Subjects by file row, and how many subjects that year has; every unknown or repeated name is added to
    ``problems``."""
    subjects: dict[int, Province | Agency] = {}
    seen: dict[int, int] = {}
    lookup: Callable[[str], Province | Agency | None]
    if index.subject_kind == SubjectKind.PROVINCE:
        matcher, universe = _import_cache(session).province_matcher(year)
        lookup = matcher.find
    else:
        agencies = {fold(name): agency for agency in session.scalars(select(Agency))
                    for name in (agency.name, agency.short_name) if name}
        universe = len(rows)

        def find_agency(name: str) -> Agency | None:
            return agencies.get(fold(name))

        lookup = find_agency
    for row in rows:
        subject = lookup(row.name)
        if subject is None:
            problems.append(RowProblem(row.line, "Tỉnh, thành phố",
                                       f"“{row.name}” không khớp với đơn vị nào của năm {year}"))
        elif subject.id in seen:
            problems.append(RowProblem(row.line, "Tỉnh, thành phố", f"“{row.name}” đã có ở dòng {seen[subject.id]}"))
        else:
            seen[subject.id] = row.line
            subjects[row.line] = subject
    return subjects, universe


class _ImportCache:
    """What the tables of one session's imports share, read once: the indexes by code, the provinces and their
    matcher for each year (a multi-table import matches 63 names in each table against the same units)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._indexes: dict[str, IndexDef] = {}
        self._provinces: list[Province] | None = None
        self._matchers: dict[int, tuple[ProvinceMatcher, int]] = {}

    def index(self, code: str) -> IndexDef:
        if code not in self._indexes:
            self._indexes[code] = find_index(self.session, code)
        return self._indexes[code]

    def province_matcher(self, year: int) -> tuple[ProvinceMatcher, int]:
        """The matcher of the provinces existing in ``year``, and how many they are."""
        if year not in self._matchers:
            if self._provinces is None:
                self._provinces = list(self.session.scalars(select(Province)))
            provinces = self._provinces
            self._matchers[year] = ProvinceMatcher(provinces, year), sum(1 for p in provinces if p.exists_in(year))
        return self._matchers[year]


def _import_cache(session: Session) -> _ImportCache:
    cache = session.info.get(_ImportCache)
    if not isinstance(cache, _ImportCache):
        cache = session.info[_ImportCache] = _ImportCache(session)
    return cache


def import_tables(session: Session, tables: Sequence[TableFile], *, dry_run: bool = False,
                  replace: bool = False) -> list[ImportSummary]:
    """:meth:`ResultService.import_tables` inside ``session`` (one transaction, autoflush off)."""
    summaries: list[ImportSummary] = []
    seen: dict[tuple[str, int], TableFile] = {}
    for table in tables:
        try:
            code = _import_cache(session).index(table.index).code
            first = seen.setdefault((code, table.year), table)
            if first is not table:
                raise CchcError(f"Bảng {code} năm {table.year} đã có trong lần nhập này "
                                f"(tệp “{Path(first.path).name}”).")
            summaries.append(import_result_table(session, table.index, table.year, table.path,
                                                 dry_run=dry_run, replace=replace,
                                                 subject_count=table.subject_count))
        except CchcError as exc:
            raise TableRejected(table, exc) from exc
    return summaries
