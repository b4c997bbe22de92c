"""Scores of the own province per criterion and sub-criterion (điểm từng tiêu chí, tiêu chí thành phần)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...store.db import Database
from ...store.models import Criterion, CriterionScore, Province, Result, ResultSet, Setting
from ..errors import CchcError, ImportRejected, RowProblem, ValidationError
from ..formats import format_number, parse_number
from ..result_tables import read_rows
from ..score_sheet import ScoreSheet
from ..text import fold
from . import audit
from .criteria import CriteriaService, VersionRow
from .province_matcher import ProvinceMatcher
from .results import find_index
from .settings import OWN_PROVINCE, SettingsService

SCORES_SOURCE = "Nhập điểm chi tiết của tỉnh"
"""The source of a results table made by entering the province's detailed scores (no published table yet): its
total is the sum of the top-level items."""
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
                               partial=True, source=SCORES_SOURCE)
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

    def sheet(self, index_code: str, year: int, province: str | None = None) -> ScoreSheet:
        """The year's criteria tree with the province's stored scores, ready to be edited."""
        province = province or own_province_name(self.db)
        version = self._version(index_code, year)
        tree = CriteriaService(self.db).tree(version.id)
        with self.db.session() as session:
            result = find_result(session, index_code, year, province)
            stored = {s.criterion.code: s.score for s in result.criterion_scores} if result is not None else {}
        return ScoreSheet(tree, stored)

    def set_scores(self, index_code: str, year: int, scores: Mapping[str, float | None],
                   province: str | None = None) -> int:
        """Store the province's score for each criterion code (None deletes it); each must lie within 0 and the
        node's maximum. All or nothing, in one transaction."""
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
            problems += _subtotal_problems(lines, scores, nodes)
            problems.sort(key=lambda problem: problem.row)
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
                  scores: Mapping[str, float | None]) -> int:
    """Write checked ``scores`` (by code; None deletes) as the province's result of ``year`` in ``session``."""
    result = find_result(session, index_code, year, province, create=True)
    assert result is not None
    existing = {s.criterion_id: s for s in result.criterion_scores}
    for code, score in scores.items():
        node = nodes[code]
        if score is None:
            if node.id in existing:
                result.criterion_scores.remove(existing[node.id])
        elif node.id in existing:
            existing[node.id].score = round(score, 2)
        else:
            result.criterion_scores.append(CriterionScore(criterion=node, score=round(score, 2)))
    session.flush()
    _update_subtotals(result, nodes, scores)
    _total_from_scores(result, nodes)
    audit.record(session, "scores", "results", result.uuid, f"Điểm chi tiết {index_code} {year}: {len(scores)} mục")
    return len(scores)


def _update_subtotals(result: Result, nodes: dict[str, Criterion], scores: Mapping[str, float | None]) -> None:
    """The items above a changed score that were not given themselves: the sum of their sub-items once all are
    scored, else no stored score (a sub-total that no longer holds is dropped, never kept stale)."""
    by_id = {node.id: node for node in nodes.values()}
    children: dict[int, list[Criterion]] = {}
    for node in nodes.values():
        if node.parent_id is not None:
            children.setdefault(node.parent_id, []).append(node)
    above: set[int] = set()
    for code in scores:
        parent_id = nodes[code].parent_id
        while parent_id is not None:
            above.add(parent_id)
            parent_id = by_id[parent_id].parent_id
    stored = {s.criterion_id: s for s in result.criterion_scores}

    def depth(node_id: int) -> int:
        parent_id, count = by_id[node_id].parent_id, 0
        while parent_id is not None:
            parent_id, count = by_id[parent_id].parent_id, count + 1
        return count

    for node_id in sorted(above, key=depth, reverse=True):  # the deepest first: sums cascade upwards
        node = by_id[node_id]
        if node.code in scores:
            continue
        values = [stored[child.id].score if child.id in stored else None for child in children.get(node_id, [])]
        if values and all(v is not None for v in values):
            total = round(sum(v for v in values if v is not None), 2)
            if node_id in stored:
                stored[node_id].score = total
            else:
                stored[node_id] = CriterionScore(criterion=node, score=total)
                result.criterion_scores.append(stored[node_id])
        elif node_id in stored:
            result.criterion_scores.remove(stored.pop(node_id))


def _total_from_scores(result: Result, nodes: dict[str, Criterion]) -> None:
    """A table without a published total (or made from the detailed scores) takes the sum of the top-level
    items once all of them are scored; a published total is never overwritten."""
    if result.score is not None and result.result_set.source != SCORES_SOURCE:
        return
    by_id = {s.criterion.id: s.score for s in result.criterion_scores}
    roots = [node for node in nodes.values() if node.parent_id is None]
    if roots and all(node.id in by_id for node in roots):
        result.score = round(sum(by_id[node.id] for node in roots), 2)
    elif result.result_set.source == SCORES_SOURCE:
        result.score = None


def _check_scores(scores: Mapping[str, float | None], version_name: str, maxima: dict[str, float]) -> None:
    """Raise ValidationError naming every unknown code, else the first score outside 0–maximum."""
    unknown = [code for code in scores if code not in maxima]
    if unknown:
        raise ValidationError("Mã tiêu chí", ", ".join(unknown),
                              f"Bộ tiêu chí {version_name} không có mã {', '.join(unknown)}.")
    for code, score in scores.items():
        if score is not None and not _in_range(score, maxima[code]):
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


SUBTOTAL_TOLERANCE = 0.05
"""How far a published sub-total may differ from the sum of its rounded sub-items."""


def _subtotal_problems(lines: list[_ScoreLine], scores: dict[str, float],
                       nodes: dict[str, Criterion]) -> list[RowProblem]:
    """A sub-total row that disagrees with the sub-item rows given under it (a row typed in the wrong line)."""
    by_id = {node.id: node for node in nodes.values()}
    children: dict[str, list[str]] = {}
    for node in nodes.values():
        if node.parent_id is not None:
            children.setdefault(by_id[node.parent_id].code, []).append(node.code)
    row_of = {line.code: line.row for line in lines}
    problems = []
    for code, score in scores.items():
        items = children.get(code, [])
        if items and all(item in scores for item in items):
            total = sum(scores[item] for item in items)
            if abs(total - score) > SUBTOTAL_TOLERANCE:
                problems.append(RowProblem(row_of[code], "Điểm", f"điểm {_number(score)} của mục {code} khác tổng "
                                                                f"điểm các mục con ({_number(total)})"))
    return problems


def _in_range(score: float, maximum: float) -> bool:
    return 0 <= score <= maximum + 1e-9


def _number(value: float) -> str:
    return format_number(value, 2, trim=True)
