"""Criteria trees as plain values: levels from codes, inherited lead agencies, max points that must add up."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from .enums import CriterionLevel

LEVELS = (CriterionLevel.FIELD, CriterionLevel.CRITERION, CriterionLevel.SUB_CRITERION)
TOLERANCE = 0.005


@dataclass
class CriterionNode:
    id: int | None
    code: str
    name: str
    max_points: float
    level: CriterionLevel
    lead_agency_id: int | None = None
    lead_agency: str = ""
    inherited_agency_id: int | None = None  # the lead agency in force: own, else the nearest ancestor's
    inherited_agency: str = ""
    is_survey: bool = False
    children: list[CriterionNode] = field(default_factory=list)

    @property
    def children_total(self) -> float:
        return round(sum(child.max_points for child in self.children), 2)

    @property
    def mismatch(self) -> float | None:
        """Declared maximum minus the sum of the children's maxima (None when they agree or there are none)."""
        if not self.children:
            return None
        difference = round(self.max_points - self.children_total, 2)
        return difference if abs(difference) > TOLERANCE else None

    def walk(self) -> Iterator[CriterionNode]:
        """This node, then its descendants depth first."""
        yield self
        for child in self.children:
            yield from child.walk()


def level_of(code: str) -> CriterionLevel:
    """"1" → lĩnh vực, "1.2" → tiêu chí, "1.2.3" (or deeper) → tiêu chí thành phần."""
    depth = len([part for part in code.strip(".").split(".") if part])
    return LEVELS[min(depth, 3) - 1]


def parent_code(code: str) -> str | None:
    parts = code.strip(".").split(".")
    return ".".join(parts[:-1]) if len(parts) > 1 else None


def code_key(code: str) -> tuple[int | str, ...]:
    """Sort "1.10" after "1.9"."""
    return tuple(int(part) if part.isdigit() else part for part in code.strip(".").split("."))


def inherit_agencies(roots: list[CriterionNode], inherited: tuple[int | None, str] = (None, "")) -> None:
    """Fill ``inherited_agency`` down the tree: a node without its own lead agency takes its parent's."""
    for node in roots:
        own = (node.lead_agency_id, node.lead_agency) if node.lead_agency_id else inherited
        node.inherited_agency_id, node.inherited_agency = own
        inherit_agencies(node.children, own)


def mismatches(roots: list[CriterionNode], total: float | None = None) -> list[str]:
    """Vietnamese descriptions of every node whose children do not add up to its maximum."""
    problems = []
    if total is not None:
        declared = round(sum(root.max_points for root in roots), 2)
        if abs(declared - total) > TOLERANCE:
            problems.append(f"Tổng điểm các lĩnh vực là {_n(declared)}, khác thang điểm {_n(total)}.")
    for root in roots:
        for node in root.walk():
            if node.mismatch is not None:
                problems.append(f"{node.code} {node.name}: điểm tối đa {_n(node.max_points)} nhưng các mục con cộng "
                                f"lại {_n(node.children_total)} (lệch {_n(node.mismatch)}).")
    return problems


def _n(value: float) -> str:
    from .formats import format_number

    return format_number(value, 2, trim=True)
