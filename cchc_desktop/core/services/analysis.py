"""Where the own province lost points, who is responsible, what would change the rank, and drafted text."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ...documents.scores_xlsx import ScoreLine
from ...store.db import Database
from ...store.models import CriterionScore, IndexDef
from ..body import Block, Run
from ..criteria import CriterionNode
from ..enums import BlockKind
from ..errors import CchcError
from ..formats import format_number
from ..ranks import competition_ranks
from ..score_sheet import ScoreSheet
from ..text import collation_key, lower_first, nfc
from .criteria import CriteriaService, VersionRow
from .result_import import COVERAGE_FOR_AVERAGE
from .results import ResultService, find_index
from .scores import find_result, own_province_name

RESPONSIBILITY = "Trách nhiệm thuộc về cơ quan chủ trì là {agency}"
UNASSIGNED = "(chưa giao cơ quan chủ trì)"


@dataclass
class NodeScore:
    node: CriterionNode
    achieved: float | None
    previous: float | None = None
    children: list[NodeScore] = field(default_factory=list)

    @property
    def lost(self) -> float | None:
        return None if self.achieved is None else round(self.node.max_points - self.achieved, 2)

    @property
    def change(self) -> float | None:
        if self.achieved is None or self.previous is None:
            return None
        return round(self.achieved - self.previous, 2)

    def walk(self) -> Iterator[NodeScore]:
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True)
class LostShare:
    name: str
    lost: float
    share: float  # of all points lost
    cumulative: float  # Pareto: running share, largest first
    items: tuple[str, ...] = ()


ENOUGH_FOR_RANK = COVERAGE_FOR_AVERAGE
"""A scenario states a rank only on a table that scores at least this share of its units (the share a national
average needs too): a rank among a few provinces with data reads like a real rank and is not one."""


@dataclass(frozen=True)
class ScenarioResult:
    """A scenario's total and rank. ``rank_of`` is the table's N; ``scored`` how many subjects (the province
    included) have a score. When ``scored`` < N the table is partial: both ranks are then among the scored ones,
    and the sentence gives them only when the table holds enough of its units (:data:`ENOUGH_FOR_RANK`)."""

    total_before: float
    total_after: float
    rank_before: int | None
    rank_after: int
    rank_of: int
    scored: int | None = None  # subjects with a score; None: not known, taken as all of them

    @property
    def partial(self) -> bool:
        return self.scored is not None and self.scored < self.rank_of

    @property
    def ranked(self) -> bool:
        """True when the table holds enough of its units for the ranks to mean something."""
        return not self.partial or (self.scored or 0) >= ENOUGH_FOR_RANK * self.rank_of

    @property
    def sentence(self) -> str:
        """"88,58 điểm, xếp hạng 10/63 (thực tế 87,11 điểm, xếp hạng 23/63)"; on a table missing a few units
        "88,58 điểm, xếp hạng 10 trong số 61/63 tỉnh, thành phố có điểm (…)"; on one with too few, the score and
        its change alone: "27,28 điểm, tăng 1,47 điểm (thực tế 25,81 điểm); chưa đủ bảng xếp hạng để tính thứ
        hạng: chỉ có 1/63 tỉnh, thành phố có điểm"."""
        before = f"thực tế {format_number(self.total_before)} điểm"
        after = format_number(self.total_after)
        if not self.ranked:
            change = change_text(round(self.total_after - self.total_before, 2))
            return (f"{after} điểm, {change} ({before}); chưa đủ bảng xếp hạng để tính thứ hạng: chỉ có "
                    f"{self.scored}/{self.rank_of} tỉnh, thành phố có điểm")
        if self.partial:
            among = f"trong số {self.scored}/{self.rank_of} tỉnh, thành phố có điểm"
            rank = f", xếp hạng {self.rank_before}" if self.rank_before else ""
            return f"{after} điểm, xếp hạng {self.rank_after} {among} ({before}{rank})"
        rank = f", xếp hạng {self.rank_before}/{self.rank_of}" if self.rank_before else ""
        return f"{after} điểm, xếp hạng {self.rank_after}/{self.rank_of} ({before}{rank})"


def change_text(change: float | None) -> str:
    """"tăng 3,4 điểm", "giảm 1,47 điểm", "không đổi"."""
    if change is None:
        return ""
    if abs(change) < 0.005:
        return "không đổi"
    return f"{'tăng' if change > 0 else 'giảm'} {format_number(abs(change), 2, trim=True)} điểm"


class AnalysisService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def detail(self, index_code: str, year: int, province: str | None = None) -> list[NodeScore]:
        """The criteria tree of ``year`` with the province's score, points lost and change on the year before.

        Previous-year scores are used only when the year before was scored on the same methodology: both years
        resolve to the same criteria version, or to versions whose trees carry exactly the same codes and names
        (a re-issued decision that kept the tree, such as the demo's QĐ 2948 and QĐ 1149). Otherwise a code may
        mean another item, so the previous score of every node is unknown (None).
        """
        province = province or own_province_name(self.db)
        criteria = CriteriaService(self.db)
        version = criteria.version_for_year(index_code, year)
        if version is None:
            raise CchcError(f"Chưa có bộ tiêu chí {index_code} áp dụng cho năm {year}.")
        tree = criteria.tree(version.id)
        current = self._scores(index_code, year, province)
        previous: dict[str, float] = {}
        if _same_methodology(criteria, version, criteria.version_for_year(index_code, year - 1), tree):
            previous = self._scores(index_code, year - 1, province)
        return [self._score_tree(node, current, previous) for node in tree]

    def lost_by_agency(self, detail: list[NodeScore]) -> list[LostShare]:
        """Points lost on the deepest scored items, by the lead agency in force, largest first."""
        groups: dict[str, list[NodeScore]] = {}
        for item in _leaves(detail):
            if item.lost:
                groups.setdefault(item.node.inherited_agency or UNASSIGNED, []).append(item)
        return _pareto({name: items for name, items in groups.items()})

    def lost_by_field(self, detail: list[NodeScore]) -> list[LostShare]:
        return _pareto({f"{root.node.code}. {root.node.name}": [i for i in _leaves([root]) if i.lost]
                        for root in detail})

    def limitation_blocks(self, detail: list[NodeScore]) -> list[Block]:
        """One bullet per lead agency listing where it lost points, ending with the bold-italic responsibility."""
        blocks = []
        for share in self.lost_by_agency(detail):
            items = "; ".join(share.items)
            items = items[:1].upper() + items[1:]
            runs = [Run(f"{items}: chưa đạt điểm tối đa, mất {format_number(share.lost, 2, trim=True)} điểm (")]
            if share.name == UNASSIGNED:
                runs.append(Run("chưa xác định cơ quan chủ trì", italic=True))
            else:
                runs.append(Run(RESPONSIBILITY.format(agency=share.name), bold=True, italic=True))
            runs.append(Run(")."))
            blocks.append(Block(BlockKind.BULLET, runs))
        return blocks

    def results_paragraph(self, year: int, province: str | None = None) -> Block:
        """"Chỉ số PAPI năm 2021 xếp hạng 4/63, tăng 33 bậc; Chỉ số PAR INDEX …" for every index with a result."""
        province = province or own_province_name(self.db)
        results = ResultService(self.db)
        with self.db.session() as session:
            codes = list(session.scalars(select(IndexDef.code).order_by(IndexDef.sort_order)))
        parts = []
        for code in codes:
            rows = {row.year: row for row in results.history(code, province)}
            row = rows.get(year)
            if row is None or (row.rank is None and row.score is None):
                continue
            if row.rank is None:  # only the province's own scores so far: no rank to claim
                parts.append(f"Chỉ số {code} năm {year} đạt {format_number(row.score, 2, trim=True)} điểm "
                             "(chưa có bảng xếp hạng)")
                continue
            text = f"Chỉ số {code} năm {year} xếp hạng {row.rank}/{row.rank_of}"
            if row.score is not None:
                text += f" ({format_number(row.score, 2, trim=True)} điểm)"
            if row.change:
                text += f", {row.change} so với năm {year - 1}"
            parts.append(text)
        if not parts:
            raise CchcError(f"Chưa có kết quả chỉ số nào của {province} năm {year}.")
        return Block(BlockKind.PARAGRAPH, [Run("; ".join(parts) + ".")])

    def scenario(self, index_code: str, year: int, replacements: dict[str, float | None],
                 province: str | None = None) -> ScenarioResult:
        """The total and rank the province would have had with some component scores replaced.

        ``replacements`` maps a criterion code to the score to use, or to None for "the previous year's score"
        (known only when the year before used the same methodology, see :meth:`detail`). When fewer subjects
        have a score than the table's N (a partial table, e.g. only the own province's detailed scores), the
        ranks are computed among the scored subjects and the result says so instead of claiming "x/63".
        """
        province = province or own_province_name(self.db)
        detail = {item.node.code: item for root in self.detail(index_code, year, province) for item in root.walk()}
        with self.db.session() as session:
            result = find_result(session, index_code, year, province)
            if result is None:
                raise CchcError(f"Chưa có kết quả {index_code} năm {year} của {province}.")
            total = result.score if result.score is not None else sum(
                (item.achieved or 0) for item in detail.values() if "." not in item.node.code)
            others = [r.score for r in result.result_set.results if r.id != result.id and r.score is not None]
            count, rank_before = result.result_set.subject_count, result.rank
        after = round(total + _delta(detail, replacements, year), 2)
        higher = find_index_higher(self.db, index_code)
        rank_after = competition_ranks([after, *others], higher)[0]
        scored = len(others) + 1
        if scored < count:  # partial table: the before-rank on the same footing as the after-rank
            rank_before = competition_ranks([total, *others], higher)[0]
        return ScenarioResult(round(total, 2), after, rank_before, rank_after, max(count, scored), scored)

    # -- helpers ----------------------------------------------------------------------------------------------
    def _scores(self, index_code: str, year: int, province: str) -> dict[str, float]:
        with self.db.session() as session:
            try:
                result = find_result(session, index_code, year, province)
            except CchcError:
                return {}
            if result is None:
                return {}
            scores = session.scalars(select(CriterionScore).where(CriterionScore.result_id == result.id)
                                     .options(selectinload(CriterionScore.criterion)))
            return {s.criterion.code: s.score for s in scores}

    def _score_tree(self, node: CriterionNode, current: dict[str, float], previous: dict[str, float]) -> NodeScore:
        children = [self._score_tree(child, current, previous) for child in node.children]
        achieved = current.get(node.code)
        if achieved is None and children and all(c.achieved is not None for c in children):
            achieved = round(sum(c.achieved for c in children), 2)  # type: ignore[misc]
        before = previous.get(node.code)
        if before is None and children and all(c.previous is not None for c in children):
            before = round(sum(c.previous for c in children), 2)  # type: ignore[misc]
        return NodeScore(node, achieved, before, children)


def _delta(detail: dict[str, NodeScore], replacements: dict[str, float | None], year: int) -> float:
    """How much the replacements change the total; raises CchcError naming the item that cannot be replaced."""
    delta = 0.0
    for code, value in replacements.items():
        item = detail.get(code)
        if item is None or item.achieved is None:
            raise CchcError(f"Chưa có điểm năm {year} của mục {code}.")
        new = item.previous if value is None else value
        if new is None:
            raise CchcError(f"Chưa có điểm năm {year - 1} của mục {code} để thay thế.")
        if not 0 <= new <= item.node.max_points:
            raise CchcError(f"Điểm {format_number(new)} của mục {code} vượt ngoài "
                            f"0–{format_number(item.node.max_points)}.")
        delta += new - item.achieved
    return delta


def _same_methodology(criteria: CriteriaService, current: VersionRow, previous: VersionRow | None,
                      tree: list[CriterionNode]) -> bool:
    """Whether the previous year's version is ``current`` (whose tree is ``tree``) or one with the same codes and
    names."""
    if previous is None:
        return False
    return previous.id == current.id or _signature(criteria.tree(previous.id)) == _signature(tree)


def _signature(tree: list[CriterionNode]) -> set[tuple[str, str]]:
    """A tree's (code, name) pairs; names compared in NFC, ignoring case and repeated spaces."""
    return {(node.code, " ".join(nfc(node.name).split()).casefold()) for root in tree for node in root.walk()}


def find_index_higher(db: Database, index_code: str) -> bool:
    with db.session() as session:
        return find_index(session, index_code).higher_is_better


def _leaves(detail: list[NodeScore]) -> list[NodeScore]:
    """The deepest scored items: a node whose children carry no score of their own counts as a leaf."""
    leaves = []
    for item in detail:
        scored_children = [c for c in item.children if c.achieved is not None]
        if scored_children:
            leaves.extend(_leaves(scored_children))
        elif item.achieved is not None:
            leaves.append(item)
    return leaves


def _pareto(groups: dict[str, list[NodeScore]]) -> list[LostShare]:
    totals = {name: round(sum(i.lost or 0 for i in items), 2) for name, items in groups.items()}
    grand = sum(totals.values()) or 1.0
    ordered = sorted(totals, key=lambda name: (-totals[name], collation_key(name)))
    shares, running = [], 0.0
    for name in ordered:
        if totals[name] <= 0:
            continue
        running += totals[name]
        items = tuple(lower_first(i.node.name) for i in groups[name])
        shares.append(LostShare(name, totals[name], totals[name] / grand, running / grand, items))
    return shares


def score_lines(detail: Sequence[NodeScore], sheet: ScoreSheet | None = None) -> list[ScoreLine]:
    """The rows of the scores workbook for the tree of :meth:`AnalysisService.detail`, in order, with each leaf's
    score (from ``sheet`` when given: what is on screen, saved or not); sub-totals are left blank."""
    lines: list[ScoreLine] = []

    def add(items: Sequence[NodeScore], depth: int) -> None:
        for item in items:
            node = item.node
            total = bool(item.children)
            score = None if total else sheet.entered(node.code) if sheet is not None else item.achieved
            lines.append(ScoreLine(node.code, node.name, depth, node.max_points, score, total))
            add(item.children, depth + 1)

    add(detail, 0)
    return lines
