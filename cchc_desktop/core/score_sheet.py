"""The own province's scores of one index and year as a clerk edits them, before they are saved.

An item without sub-items (a leaf) takes the score typed for it; an item with sub-items shows its stored score
(a ministry table may publish the sub-total alone) until a score below it is typed, then the sum of its
sub-items once all of them are scored. Saving writes what was typed and the sub-totals it changed, in one transaction
(:meth:`cchc_desktop.core.services.scores.ScoreService.set_scores`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from .criteria import CriterionNode
from .errors import ValidationError
from .formats import format_number, parse_number

TOLERANCE = 1e-9


def _points(value: float) -> str:
    return format_number(value, 2, trim=True)


class ScoreSheet:
    """The tree of one year's methodology with the stored scores (by code) and the changes typed since."""

    def __init__(self, tree: list[CriterionNode], stored: Mapping[str, float]) -> None:
        self.tree = tree
        self.stored = dict(stored)
        self.nodes = {node.code: node for root in tree for node in root.walk()}
        self.parents: dict[str, str | None] = {}
        for root in tree:
            self._link(root, None)
        self.typed: dict[str, float | None] = {}

    def _link(self, node: CriterionNode, parent: str | None) -> None:
        self.parents[node.code] = parent
        for child in node.children:
            self._link(child, node.code)

    # -- reading ----------------------------------------------------------------------------------------------
    def is_editable(self, code: str) -> bool:
        """Leaves are typed in; an item with sub-items is their sum."""
        node = self.nodes.get(code)
        return node is not None and not node.children

    def entered(self, code: str) -> float | None:
        """The score of a leaf as it stands in the sheet (typed, else stored)."""
        return self.typed[code] if code in self.typed else self.stored.get(code)

    def value(self, code: str) -> float | None:
        """What the sheet shows for ``code``: a leaf's score; for an item with sub-items its stored score while
        nothing below it was typed, else the sum of the sub-items once all of them are scored (as
        :meth:`cchc_desktop.core.services.analysis.AnalysisService.detail` reads them)."""
        node = self.nodes[code]
        if not node.children:
            return self.entered(code)
        if code in self.stored and not self._edited_below(node):
            return self.stored[code]
        values = [self.value(child.code) for child in node.children]
        if all(v is not None for v in values):
            return round(sum(v for v in values if v is not None), 2)
        return None

    def total(self) -> float | None:
        """The sum of the top-level items, None while one of them has no score."""
        values = [self.value(root.code) for root in self.tree]
        return round(sum(v for v in values if v is not None), 2) if values and None not in values else None

    def max_total(self) -> float:
        return round(sum(root.max_points for root in self.tree), 2)

    def scored(self) -> tuple[int, int]:
        """(leaves with a score, all leaves)."""
        leaves = [code for code, node in self.nodes.items() if not node.children]
        return sum(1 for code in leaves if self.entered(code) is not None), len(leaves)

    def is_changed(self, code: str) -> bool:
        return code in self.typed

    @property
    def dirty(self) -> bool:
        return bool(self.typed)

    def ancestors(self, code: str) -> Iterator[str]:
        parent = self.parents.get(code)
        while parent is not None:
            yield parent
            parent = self.parents.get(parent)

    # -- editing ----------------------------------------------------------------------------------------------
    def parse(self, code: str, text: str) -> float | None:
        """The score typed for ``code`` ("" clears it); a clear message naming the item and value otherwise."""
        node = self.nodes.get(code)
        if node is None:
            raise ValidationError("Mã tiêu chí", code, f"Không có mục {code} trong bộ tiêu chí của năm này.")
        if node.children:
            raise ValidationError(f"Điểm {code}", text, f"Mục {code} có các tiêu chí thành phần: điểm của mục là "
                                                       "tổng điểm các tiêu chí thành phần, hãy nhập điểm từng mục con.")
        if not (text or "").strip():
            return None
        score = parse_number(text, f"Điểm {code}")
        if not -TOLERANCE <= score <= node.max_points + TOLERANCE:
            raise ValidationError(f"Điểm {code}", text, f"Điểm {_points(score)} của mục {code} vượt ngoài "
                                                       f"0–{_points(node.max_points)} (điểm tối đa).")
        return round(score, 2)

    def set(self, code: str, score: float | None) -> None:
        """Put ``score`` (checked by :meth:`parse`) in the sheet; the stored value again means "unchanged"."""
        if score == self.stored.get(code):
            self.typed.pop(code, None)
        else:
            self.typed[code] = score

    def changes(self) -> dict[str, float | None]:
        """What saving writes: every typed leaf (None deletes its score) and the sub-totals above them."""
        result: dict[str, float | None] = dict(self.typed)
        for code in self.typed:
            for parent in self.ancestors(code):
                result[parent] = self.value(parent)
        return result

    def _edited_below(self, node: CriterionNode) -> bool:
        return any(child.code in self.typed or self._edited_below(child) for child in node.children)
