"""Scores of the own province per criterion and sub-criterion (điểm từng tiêu chí, tiêu chí thành phần)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...store.db import Database
from ...store.models import Criterion, CriterionScore, Province, Result, ResultSet, Setting
from ..errors import CchcError, ImportRejected, RowProblem, ValidationError
from ..formats import format_number, parse_number
from ..result_tables import read_rows
from ..text import fold
from . import audit
from .criteria import CriteriaService, VersionRow
from .province_matcher import ProvinceMatcher
from .results import find_index
from .settings import OWN_PROVINCE, SettingsService

NO_OWN_PROVINCE = ("Chưa chọn tỉnh của mình. Hãy chọn ở Tệp › Thiết lập ban đầu… hoặc Tệp › Cài đặt… "
                   "(dòng lệnh: cchc settings set “tỉnh của mình” TÊN_TỈNH).")


def own_province_name(db: Database) -> str:
    name = SettingsService(db).get(OWN_PROVINCE)
    if not name:
        raise CchcError(NO_OWN_PROVINCE)
    return name


def _own_province_in(session: Session) -> str:
    """:func:`own_province_name` read in ``session`` (inside a locked transaction, no second connection)."""
    setting = session.get(Setting, OWN_PROVINCE)
    if setting is None or not setting.value:
        raise CchcError(NO_OWN_PROVINCE)
    return setting.value


def find_result(session: Session, index_code: str, year: int, province_name: str, *,
                create: bool = False) -> Result | None:
    """The province's result in the index's table of ``year`` (created, with its table, when asked)."""
    index = find_index(session, index_code)
    province = ProvinceMatcher(session, year).find(province_name)
    if province is None:
        raise CchcError(f"Không có tỉnh, thành phố “{province_name}” trong năm {year}.")
    result_set = session.scalars(select(ResultSet).where(ResultSet.index_id == index.id,
                                                         ResultSet.year == year)).first()
    if result_set is None:
        if not create:
            return None
        count = len([p for p in session.scalars(select(Province)) if p.exists_in(year)])
        result_set = ResultSet(index=index, year=year, subject_kind=index.subject_kind, subject_count=count,
                               partial=True, source="Nhập điểm chi tiết của tỉnh")
        session.add(result_set)
    result = next((r for r in result_set.results if r.province_id == province.id), None)
    if result is None and create:
        result = Result(province=province, rank_of=result_set.subject_count)
        result_set.results.append(result)
        session.flush()
    return result


class ScoreService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def set_scores(self, index_code: str, year: int, scores: dict[str, float], province: str | None = None) -> int:
        """Store the province's score for each criterion code; each must lie within 0 and the node's maximum."""
        province = province or own_province_name(self.db)
        version = self._version(index_code, year)
        # The check against the tree and the writes are one transaction holding the write lock from its first read.
        with self.db.session(immediate=True) as session:
            nodes = _nodes(session, version)
            _check_scores(scores, version.name, {code: node.max_points for code, node in nodes.items()})
            return _store_scores(session, index_code, year, province, nodes, scores)

    def import_scores(self, index_code: str, year: int, path: Path, province: str | None = None, *,
                      dry_run: bool = False) -> int:
        """Scores from a table with columns "Mã" and "Điểm", all rows or none (``dry_run``: checked the same
        way, nothing stored); returns how many scores the file gives.

        Every wrong row is reported at once with its row number: a score that is not a number, a code the
        year's criteria tree does not have, a code repeated from an earlier row, a score outside 0–maximum.
        Rows without a code or without a score are skipped. The rows are checked against the tree and stored in
        one transaction under the write lock, so the tree cannot change between the check and the writes.
        """
        lines = _score_lines(read_rows(path))
        version = self._version(index_code, year)
        with self.db.session(immediate=True) as session:
            nodes = _nodes(session, version)
            maxima = {code: node.max_points for code, node in nodes.items()}
            scores, problems = _check_lines(lines, version.name, maxima)
            if problems:
                raise ImportRejected(problems)
            if dry_run:
                return len(scores)
            return _store_scores(session, index_code, year, province or _own_province_in(session), nodes, scores)

    def _version(self, index_code: str, year: int) -> VersionRow:
        version = CriteriaService(self.db).version_for_year(index_code, year)
        if version is None:
            raise CchcError(f"Chưa có bộ tiêu chí {index_code} áp dụng cho năm {year}.")
        return version


def _nodes(session: Session, version: VersionRow) -> dict[str, Criterion]:
    """The criteria of ``version`` by code."""
    return {c.code: c for c in session.scalars(select(Criterion).where(Criterion.version_id == version.id))}


def _store_scores(session: Session, index_code: str, year: int, province: str, nodes: dict[str, Criterion],
                  scores: dict[str, float]) -> int:
    """Write checked ``scores`` (by code) as the province's result of ``year`` in ``session``."""
    result = find_result(session, index_code, year, province, create=True)
    assert result is not None
    existing = {s.criterion_id: s for s in result.criterion_scores}
    for code, score in scores.items():
        node = nodes[code]
        if node.id in existing:
            existing[node.id].score = round(score, 2)
        else:
            result.criterion_scores.append(CriterionScore(criterion=node, score=round(score, 2)))
    audit.record(session, "scores", "results", result.uuid, f"Điểm chi tiết {index_code} {year}: {len(scores)} mục")
    return len(scores)


def _check_scores(scores: dict[str, float], version_name: str, maxima: dict[str, float]) -> None:
    """Raise ValidationError naming every unknown code, else the first score outside 0–maximum."""
    unknown = [code for code in scores if code not in maxima]
    if unknown:
        raise ValidationError("Mã tiêu chí", ", ".join(unknown),
                              f"Bộ tiêu chí {version_name} không có mã {', '.join(unknown)}.")
    for code, score in scores.items():
        if not _in_range(score, maxima[code]):
            raise ValidationError("Điểm", score, f"Điểm {_number(score)} của {code} vượt ngoài 0–"
                                  f"{_number(maxima[code])} (điểm tối đa).")


@dataclass(frozen=True)
class _ScoreLine:
    row: int
    code: str
    text: str  # the score as written


def _score_lines(rows: list[tuple[int, list[str]]]) -> list[_ScoreLine]:
    """The (row, code, score text) of a table whose header names the "Mã" and "Điểm" columns."""
    if not rows:
        raise ImportRejected([RowProblem(1, "", "tệp không có dữ liệu")])
    header_line, header = rows[0]
    keys = [fold(h).strip(" *:") for h in header]
    code_cols = [i for i, k in enumerate(keys) if k in ("ma", "ma so", "code")]
    score_cols = [i for i, k in enumerate(keys) if k in ("diem", "diem dat", "score", "diem dat duoc")]
    repeated = [RowProblem(header_line, header[i], f"cột này và cột “{header[cols[0]]}” cùng là cột {label}; "
                                                   "hãy giữ một cột")
                for label, cols in (("Mã", code_cols), ("Điểm", score_cols)) for i in cols[1:]]
    if repeated:
        raise ImportRejected(repeated)
    code_col = code_cols[0] if code_cols else None
    score_col = score_cols[0] if score_cols else None
    if code_col is None or score_col is None:
        missing = [label for label, col in (("Mã", code_col), ("Điểm", score_col)) if col is None]
        raise ImportRejected([RowProblem(header_line, label, "không tìm thấy cột này ở dòng tiêu đề")
                              for label in missing])
    lines = []
    for row, cells in rows[1:]:
        code = cells[code_col].strip().strip(".") if code_col < len(cells) else ""
        text = cells[score_col].strip() if score_col < len(cells) else ""
        if code and text:
            lines.append(_ScoreLine(row, code, text))
    return lines


def _check_lines(lines: list[_ScoreLine], version_name: str,
                 maxima: dict[str, float]) -> tuple[dict[str, float], list[RowProblem]]:
    """The scores by code, and every problem of the rows (in row order)."""
    scores: dict[str, float] = {}
    first_row: dict[str, int] = {}
    problems: list[RowProblem] = []
    for line in lines:
        if line.code not in maxima:
            problems.append(RowProblem(line.row, "Mã", f"bộ tiêu chí {version_name} không có mã “{line.code}”"))
        elif line.code in first_row:
            problems.append(RowProblem(line.row, "Mã", f"mã {line.code} trùng với dòng {first_row[line.code]}"))
        else:
            first_row[line.code] = line.row
        try:
            score = parse_number(line.text, "Điểm")
        except ValidationError as exc:
            problems.append(RowProblem(line.row, "Điểm", str(exc).removeprefix("Điểm ").rstrip(".")))
            continue
        maximum = maxima.get(line.code)
        if maximum is not None and not _in_range(score, maximum):
            problems.append(RowProblem(line.row, "Điểm", f"điểm {_number(score)} của mã {line.code} vượt ngoài "
                                                        f"0–{_number(maximum)} (điểm tối đa)"))
        elif first_row.get(line.code) == line.row:
            scores[line.code] = score
    return scores, problems


def _in_range(score: float, maximum: float) -> bool:
    return 0 <= score <= maximum + 1e-9


def _number(value: float) -> str:
    return format_number(value, 2, trim=True)
