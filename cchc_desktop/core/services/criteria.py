"""Criteria trees of an index, versioned by result year: reading, editing, importing from a table."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ...store.db import Database
from ...store.models import Agency, CriteriaVersion, Criterion, CriterionScore
from ..criteria import CriterionNode, code_key, inherit_agencies, level_of, mismatches, parent_code
from ..errors import ConflictError, ImportRejected, NotFoundError, RowProblem, ValidationError
from ..formats import parse_number
from ..result_tables import read_rows
from ..text import fold, nfc
from . import audit
from .results import find_index


@dataclass(frozen=True)
class VersionRow:
    id: int
    index_code: str
    name: str
    valid_from_year: int
    valid_to_year: int | None

    @property
    def label(self) -> str:
        until = f"–{self.valid_to_year}" if self.valid_to_year else " trở đi"
        return f"{self.name} (từ {self.valid_from_year}{until})"


@dataclass
class NodeInput:
    code: str
    name: str
    max_points: float
    lead_agency_id: int | None = None
    is_survey: bool = False


class CriteriaService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def versions(self, index_code: str) -> list[VersionRow]:
        with self.db.session() as session:
            index = find_index(session, index_code)
            return [VersionRow(v.id, index.code, v.name, v.valid_from_year, v.valid_to_year) for v in index.versions]

    def version_for_year(self, index_code: str, year: int) -> VersionRow | None:
        return next((v for v in reversed(self.versions(index_code)) if v.valid_from_year <= year
                     and (v.valid_to_year is None or year <= v.valid_to_year)), None)

    def add_version(self, index_code: str, name: str, valid_from_year: int, valid_to_year: int | None = None,
                    copy_from: int | None = None) -> int:
        """A new methodology, optionally starting as a copy of an earlier version's tree."""
        if not nfc(name or ""):
            raise ValidationError("Tên phiên bản", name, "Cần ghi tên phiên bản (ví dụ “Quyết định số 876/QĐ-BNV”).")
        if valid_to_year is not None and valid_to_year < valid_from_year:
            raise ValidationError("Áp dụng đến năm", valid_to_year, "Năm kết thúc sớm hơn năm bắt đầu áp dụng.")
        with self.db.session() as session:
            index = find_index(session, index_code)
            end = valid_to_year or 9999
            for other in index.versions:
                if other.valid_from_year <= end and valid_from_year <= (other.valid_to_year or 9999):
                    raise ConflictError(f"Khoảng năm áp dụng trùng với phiên bản “{other.name}” "
                                        f"({other.valid_from_year}–{other.valid_to_year or '…'}).")
            version = CriteriaVersion(name=nfc(name), valid_from_year=valid_from_year, valid_to_year=valid_to_year)
            index.versions.append(version)
            session.flush()
            if copy_from is not None:
                source = self._tree(session, copy_from)
                self._store(session, version, [n for root in source for n in root.walk()])
            audit.record(session, "create", "criteria_versions", version.uuid, f"Phiên bản {version.name}")
            return version.id

    def tree(self, version_id: int) -> list[CriterionNode]:
        with self.db.session() as session:
            return self._tree(session, version_id)

    def link_choices(self) -> list[tuple[int, str]]:
        """(id, label) of the criteria a task can be linked to: the deepest nodes of every tree (the tiêu chí
        thành phần where a tree has them), by index, newest methodology first, then by code."""
        query = select(Criterion).options(selectinload(Criterion.version).selectinload(CriteriaVersion.index),
                                          selectinload(Criterion.children))
        with self.db.session() as session:
            rows = [
                ((c.version.index.sort_order, -c.version.valid_from_year, code_key(c.code)),
                 (c.id, f"{c.version.index.code} (từ năm {c.version.valid_from_year}) – {c.code} {c.name}"))
                for c in session.scalars(query) if not c.children
            ]
        return [choice for _, choice in sorted(rows, key=lambda row: row[0])]

    def check(self, version_id: int, total: float | None = None) -> list[str]:
        """Every place where maxima do not add up, in Vietnamese."""
        return mismatches(self.tree(version_id), total)

    def save_node(self, version_id: int, data: NodeInput, node_id: int | None = None) -> int:
        with self.db.session() as session:
            version = self._version(session, version_id)
            code = nfc(data.code or "").strip(".")
            name = nfc(data.name or "")
            if not is_criterion_code(code):
                raise ValidationError("Mã", data.code, f"Mã “{data.code}” phải có dạng 1, 1.2 hoặc 1.2.3.")
            if not name:
                raise ValidationError("Tên", data.name, "Tên tiêu chí không được để trống.")
            if data.max_points < 0:
                raise ValidationError("Điểm tối đa", data.max_points, "Điểm tối đa không được âm.")
            by_code = {c.code: c for c in version.criteria}
            other = by_code.get(code)
            if other is not None and other.id != node_id:
                raise ConflictError(f"Đã có tiêu chí mã {code} trong phiên bản này.")
            parent = parent_code(code)
            if parent is not None and parent not in by_code:
                raise ValidationError("Mã", code, f"Chưa có mục cha {parent} cho mã {code}.")
            node = session.get(Criterion, node_id) if node_id else Criterion(version=version)
            if node is None:
                raise NotFoundError("Tiêu chí này không còn tồn tại.")
            before = audit.snapshot(node) if node_id else None
            node.code, node.name, node.max_points = code, name, round(data.max_points, 2)
            node.level, node.lead_agency_id, node.is_survey = level_of(code), data.lead_agency_id, data.is_survey
            node.parent = by_code.get(parent) if parent else None
            session.add(node)
            session.flush()
            audit.change_record(session, "update" if node_id else "create", "criteria", node, before,
                                f"Tiêu chí {code}")
            return node.id

    def delete_node(self, node_id: int) -> None:
        with self.db.session() as session:
            node = session.get(Criterion, node_id)
            if node is None:
                raise NotFoundError("Tiêu chí này không còn tồn tại.")
            if node.children:
                raise ConflictError(f"Tiêu chí {node.code} còn {len(node.children)} mục con; "
                                    "hãy xóa các mục con trước.")
            scored = session.scalar(select(func.count(CriterionScore.id)).where(CriterionScore.criterion_id == node.id))
            if scored:
                raise ConflictError(f"Tiêu chí {node.code} đã có {scored} điểm được chấm nên không xóa được.")
            audit.record(session, "delete", "criteria", node.uuid, f"Xóa tiêu chí {node.code}",
                         changes=audit.changes("criteria", audit.snapshot(node), {}))
            session.delete(node)

    def import_tree(self, version_id: int, path: Path) -> int:
        """Replace the version's tree by a table (mã, tên, điểm tối đa, cơ quan chủ trì): all rows or none."""
        rows = read_rows(path)
        if not rows:
            raise ImportRejected([RowProblem(1, "", "tệp không có dữ liệu")])
        header_line, header = rows[0]
        columns = _tree_columns(header)
        needed = (("code", "Mã"), ("name", "Tên"), ("max", "Điểm tối đa"))
        missing = [label for key, label in needed if key not in columns]
        if missing:
            raise ImportRejected([RowProblem(header_line, label, "không tìm thấy cột này ở dòng tiêu đề")
                                  for label in missing])
        # The checks (agencies, scores already given) and the replacement are one transaction holding the write
        # lock from its first read, so no score can be given to the old tree between the check and the writes.
        with self.db.session(immediate=True) as session:
            version = self._version(session, version_id)
            agencies = {fold(n): a.id for a in session.scalars(select(Agency)) for n in (a.name, a.short_name) if n}
            problems: list[RowProblem] = []
            nodes: list[CriterionNode] = []
            codes: dict[str, int] = {}
            for line, cells in rows[1:]:
                node = _row_node(line, cells, columns, agencies, codes, problems)
                if node is not None:
                    nodes.append(node)
            if problems:
                raise ImportRejected(problems)
            ids = [c.id for c in version.criteria]
            scored = session.scalar(select(func.count(CriterionScore.id)).where(CriterionScore.criterion_id.in_(ids)))
            if scored:
                raise ConflictError(f"Bộ tiêu chí “{version.name}” đã có {scored} điểm được chấm nên không thay bằng "
                                    "bảng khác được; hãy tạo phiên bản mới.")
            for criterion in list(version.criteria):
                session.delete(criterion)
            session.flush()
            self._store(session, version, nodes)
            audit.record(session, "import", "criteria_versions", version.uuid,
                         f"Nhập {len(nodes)} tiêu chí từ {Path(path).name}")
            return len(nodes)

    # -- helpers ----------------------------------------------------------------------------------------------
    def _version(self, session: Session, version_id: int) -> CriteriaVersion:
        version = session.get(CriteriaVersion, version_id)
        if version is None:
            raise NotFoundError("Phiên bản bộ tiêu chí này không còn tồn tại.")
        return version

    def _tree(self, session: Session, version_id: int) -> list[CriterionNode]:
        rows = session.scalars(select(Criterion).where(Criterion.version_id == version_id)
                               .options(selectinload(Criterion.lead_agency))).all()
        nodes = {row.id: CriterionNode(row.id, row.code, row.name, row.max_points, row.level, row.lead_agency_id,
                                       row.lead_agency.name if row.lead_agency else "", is_survey=row.is_survey)
                 for row in rows}
        roots: list[CriterionNode] = []
        for row in sorted(rows, key=lambda r: code_key(r.code)):
            (nodes[row.parent_id].children if row.parent_id in nodes else roots).append(nodes[row.id])
        inherit_agencies(roots)
        return roots

    def _store(self, session: Session, version: CriteriaVersion, nodes: list[CriterionNode]) -> None:
        stored: dict[str, Criterion] = {}
        for position, node in enumerate(sorted(nodes, key=lambda n: code_key(n.code))):
            criterion = Criterion(version=version, code=node.code, name=node.name, max_points=node.max_points,
                                  level=level_of(node.code), lead_agency_id=node.lead_agency_id,
                                  is_survey=node.is_survey, position=position,
                                  parent=stored.get(parent_code(node.code) or ""))
            session.add(criterion)
            stored[node.code] = criterion
        session.flush()


TREE_COLUMNS = {
    "code": ("ma", "ma so", "stt", "code", "ky hieu"),
    "name": ("ten", "noi dung", "ten tieu chi", "tieu chi", "name", "linh vuc, tieu chi"),
    "max": ("diem toi da", "diem", "max", "thang diem", "diem chuan"),
    "agency": ("co quan chu tri", "chu tri", "co quan", "lead agency", "don vi chu tri"),
}


MAX_POINTS = 1000  # no index scores a criterion above its total (100 for PAR INDEX and SIPAS, 80 for PAPI)
_CODE = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,3}){0,5}")  # ASCII digits: "1.²" or "①" is not a code


def is_criterion_code(code: str) -> bool:
    """1, 1.2, 1.2.3 … written with ASCII digits."""
    return bool(_CODE.fullmatch(code or ""))


def _tree_columns(header: list[str]) -> dict[str, int]:
    """The first column of each known field (repeated header names are refused by the reader; a table may
    well have both "STT" and "Mã", of which the first is taken)."""
    columns: dict[str, int] = {}
    for index, name in enumerate(header):
        key = fold(name).strip(" *:")
        for column, names in TREE_COLUMNS.items():
            if key in names and column not in columns:
                columns[column] = index
    return columns


def _row_node(line: int, cells: list[str], columns: dict[str, int], agencies: dict[str, int],
              codes: dict[str, int], problems: list[RowProblem]) -> CriterionNode | None:
    def cell(key: str) -> str:
        index = columns.get(key)
        return nfc(cells[index]) if index is not None and index < len(cells) else ""

    before = len(problems)
    code = cell("code").strip(".")
    if not is_criterion_code(code):
        shown = code if len(code) <= 60 else code[:57] + "…"
        problems.append(RowProblem(line, "Mã", f"mã “{shown}” phải có dạng 1, 1.2 hoặc 1.2.3"))
    elif code in codes:
        problems.append(RowProblem(line, "Mã", f"mã {code} trùng với dòng {codes[code]}"))
    elif parent_code(code) and parent_code(code) not in codes:
        problems.append(RowProblem(line, "Mã", f"mục cha {parent_code(code)} phải đứng trước mã {code}"))
    else:
        codes[code] = line
    if not cell("name"):
        problems.append(RowProblem(line, "Tên", "tên tiêu chí đang trống"))
    max_points = 0.0
    try:
        max_points = parse_number(cell("max"), "Điểm tối đa")
        if max_points < 0:
            problems.append(RowProblem(line, "Điểm tối đa", "điểm tối đa không được âm"))
        elif max_points > MAX_POINTS:
            problems.append(RowProblem(line, "Điểm tối đa", f"{cell('max')} lớn hơn {MAX_POINTS} điểm"))
    except ValidationError as exc:
        problems.append(RowProblem(line, "Điểm tối đa", str(exc).removeprefix("Điểm tối đa ").rstrip(".")))
    agency_id = None
    if cell("agency"):
        agency_id = agencies.get(fold(cell("agency")))
        if agency_id is None:
            problems.append(RowProblem(line, "Cơ quan chủ trì", f"không có cơ quan “{cell('agency')}” trong danh mục"))
    if len(problems) > before:
        return None
    return CriterionNode(None, code, cell("name"), round(max_points, 2), level_of(code), agency_id)
