"""The score sheet behind the "Điểm theo tiêu chí" tab, and how saved scores keep the tree's sub-totals and a
scores-only table's total right (demo database: PAR INDEX 2021, criterion 1 = 1.1 + 1.2 + 1.3, max 3 each)."""

from __future__ import annotations

import pytest

from cchc_desktop.core.criteria import CriterionNode
from cchc_desktop.core.enums import CriterionLevel
from cchc_desktop.core.errors import ValidationError
from cchc_desktop.core.score_sheet import ScoreSheet
from cchc_desktop.core.services.criteria import CriteriaService
from cchc_desktop.core.services.results import ResultService
from cchc_desktop.core.services.scores import ScoreService


def _tree() -> list[CriterionNode]:
    def node(code: str, maximum: float, *children: CriterionNode) -> CriterionNode:
        level = CriterionLevel.FIELD if "." not in code else CriterionLevel.CRITERION
        return CriterionNode(None, code, f"Mục {code}", maximum, level, children=list(children))

    return [node("1", 6, node("1.1", 2), node("1.2", 4)), node("2", 4)]


def test_a_typed_leaf_moves_its_sub_total_and_the_total():
    sheet = ScoreSheet(_tree(), {"1": 5.5, "1.1": 2, "1.2": 3.5, "2": 3})
    assert (sheet.value("1"), sheet.total(), sheet.max_total()) == (5.5, 8.5, 10)
    sheet.set("1.2", sheet.parse("1.2", "2,25"))
    assert (sheet.value("1"), sheet.total(), sheet.dirty) == (4.25, 7.25, True)
    assert sheet.changes() == {"1.2": 2.25, "1": 4.25}
    sheet.set("1.2", 3.5)  # back to the stored value: nothing to save
    assert not sheet.dirty and sheet.changes() == {}


def test_a_published_sub_total_holds_until_an_item_below_is_typed():
    sheet = ScoreSheet(_tree(), {"1": 5.5})  # the ministry gave criterion 1 alone
    assert sheet.value("1") == 5.5 and sheet.scored() == (0, 3)
    sheet.set("1.1", 2)
    assert sheet.value("1") is None and sheet.total() is None  # 1.2 missing: no sum to show yet
    sheet.set("1.2", 3)
    assert sheet.value("1") == 5


def test_what_the_sheet_refuses_names_the_item_and_the_value():
    sheet = ScoreSheet(_tree(), {})
    with pytest.raises(ValidationError, match=r"Điểm 4,5 của mục 1.2 vượt ngoài 0–4 \(điểm tối đa\)"):
        sheet.parse("1.2", "4,5")
    with pytest.raises(ValidationError, match="“abc”"):
        sheet.parse("1.2", "abc")
    with pytest.raises(ValidationError, match="tổng điểm các tiêu chí thành phần"):
        sheet.parse("1", "5")
    assert sheet.parse("1.2", "") is None and sheet.parse("1.2", "3,999") == 4.0


def test_saving_a_leaf_recomputes_the_stored_criterion(demo_db):
    scores = ScoreService(demo_db)
    before = scores.sheet("PAR INDEX", 2021)
    assert "1" not in before.stored and before.value("1") == 8.25  # the demo stores the items only
    scores.set_scores("PAR INDEX", 2021, {"1.1": 3})
    assert scores.sheet("PAR INDEX", 2021).stored["1"] == 8.75
    scores.set_scores("PAR INDEX", 2021, {"1.1": None})  # a cleared item: the sum no longer holds
    stored = scores.sheet("PAR INDEX", 2021).stored
    assert "1.1" not in stored and "1" not in stored


def test_a_year_scored_before_its_table_gets_the_sum_as_total_and_a_published_total_is_kept(demo_db):
    criteria = CriteriaService(demo_db)
    tree_2021 = next(v for v in criteria.versions("PAR INDEX") if "1149" in v.name)
    criteria.add_version("SIPAS", "SIPAS 2025", 2025, copy_from=tree_2021.id)
    scores, results = ScoreService(demo_db), ResultService(demo_db)
    leaves = {code: node.max_points for code, node in scores.sheet("SIPAS", 2025).nodes.items() if not node.children}
    scores.set_scores("SIPAS", 2025, {code: maximum - 0.5 for code, maximum in leaves.items()})
    row = next(r for r in results.history("SIPAS", "Lạng Sơn") if r.year == 2025)
    assert (row.score, row.rank) == (100 - 0.5 * len(leaves), None)
    scores.set_scores("SIPAS", 2025, {"1.1": None})
    assert next(r for r in results.history("SIPAS", "Lạng Sơn") if r.year == 2025).score is None

    scores.set_scores("PAR INDEX", 2021, {"1.1": 3})  # the ministry's published 87,11 stays
    assert next(r for r in results.history("PAR INDEX", "Lạng Sơn") if r.year == 2021).score == 87.11
