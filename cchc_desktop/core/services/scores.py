"""Scores of the own province per criterion and sub-criterion (điểm từng tiêu chí, tiêu chí thành phần)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...store.db import Database
from ...store.models import Criterion, CriterionScore, Province, Result, ResultSet
from ..errors import CchcError, ImportRejected, RowProblem, ValidationError
from ..formats import format_number, parse_number
from ..provinces import ProvinceMatcher
from ..result_tables import read_rows
from ..text import fold
from . import audit
from .criteria import CriteriaService
from .results import find_index
from .settings import OWN_PROVINCE, SettingsService


def own_province_name(db: Database) -> str:
    name = SettingsService(db).get(OWN_PROVINCE)
    if not name:
        raise CchcError("Chưa chọn tỉnh của mình (cài đặt “own_province”).")
    return name


def find_result(session: Session, index_code: str, year: int, province_name: str, *, create: bool = False) -> Result | None:
    """The province's result in the index's table of ``year`` (created, with its table, when asked)."""
    index = find_index(session, index_code)
    province = ProvinceMatcher(session, year).find(province_name)
    if province is None:
        raise CchcError(f"Không có tỉnh, thành phố “{province_name}” trong năm {year}.")
    result_set = session.scalars(select(ResultSet).where(ResultSet.index_id == index.id, ResultSet.year == year)).first()
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
        version = CriteriaService(self.db).version_for_year(index_code, year)
        if version is None:
            raise CchcError(f"Chưa có bộ tiêu chí {index_code} áp dụng cho năm {year}.")
        with self.db.session() as session:
            nodes = {c.code: c for c in session.scalars(select(Criterion).where(Criterion.version_id == version.id))}
            for code, score in scores.items():
                node = nodes.get(code)
                if node is None:
                    raise ValidationError("Mã tiêu chí", code, f"Bộ tiêu chí {version.name} không có mã {code}.")
                if not 0 <= score <= node.max_points + 1e-9:
                    raise ValidationError(
                        "Điểm", score, f"Điểm {format_number(score, 2, trim=True)} của {code} vượt ngoài 0–"
                        f"{format_number(node.max_points, 2, trim=True)} (điểm tối đa).")
            result = find_result(session, index_code, year, province, create=True)
            existing = {s.criterion_id: s for s in result.criterion_scores}  # type: ignore[union-attr]
            for code, score in scores.items():
                node = nodes[code]
                if node.id in existing:
                    existing[node.id].score = round(score, 2)
                else:
                    result.criterion_scores.append(CriterionScore(criterion=node, score=round(score, 2)))  # type: ignore[union-attr]
            audit.record(session, "scores", "results", result.uuid, f"Điểm chi tiết {index_code} {year}: {len(scores)} mục")  # type: ignore[union-attr]
            return len(scores)

    def import_scores(self, index_code: str, year: int, path: Path, province: str | None = None) -> int:
        """Scores from a table with columns "Mã" and "Điểm" (all rows or none)."""
        rows = read_rows(path)
        if not rows:
            raise ImportRejected([RowProblem(1, "", "tệp không có dữ liệu")])
        header_line, header = rows[0]
        keys = [fold(h).strip(" *:") for h in header]
        code_col = next((i for i, k in enumerate(keys) if k in ("ma", "ma so", "code")), None)
        score_col = next((i for i, k in enumerate(keys) if k in ("diem", "diem dat", "score", "diem dat duoc")), None)
        missing = [label for label, col in (("Mã", code_col), ("Điểm", score_col)) if col is None]
        if missing:
            raise ImportRejected([RowProblem(header_line, label, "không tìm thấy cột này ở dòng tiêu đề") for label in missing])
        scores: dict[str, float] = {}
        problems: list[RowProblem] = []
        for line, cells in rows[1:]:
            code = cells[code_col].strip().strip(".") if code_col < len(cells) else ""
            text = cells[score_col] if score_col < len(cells) else ""
            if not code or not text.strip():
                continue
            try:
                scores[code] = parse_number(text, "Điểm")
            except ValidationError:
                problems.append(RowProblem(line, "Điểm", f"“{text}” không phải là số"))
        if problems:
            raise ImportRejected(problems)
        return self.set_scores(index_code, year, scores, province)
