"""Ranks, rank changes and groups, as index publishers compute them."""

from __future__ import annotations

from collections.abc import Sequence

from .enums import GroupingRule

PAPI_GROUPS = ("Nhóm đạt điểm cao nhất", "Nhóm đạt điểm trung bình cao", "Nhóm đạt điểm trung bình thấp",
               "Nhóm đạt điểm thấp nhất")


def competition_ranks(scores: Sequence[float], higher_is_better: bool = True) -> list[int]:
    """Ranks for ``scores`` in their order; equal scores share a rank and the next rank skips ("1, 2, 2, 4").

    Scores are compared rounded to 2 decimals, as published.
    """
    keyed = [round(score, 2) for score in scores]
    ordered = sorted(keyed, reverse=higher_is_better)
    first_position: dict[float, int] = {}
    for position, score in enumerate(ordered, start=1):
        first_position.setdefault(score, position)
    return [first_position[score] for score in keyed]


def rank_change(previous: int | None, current: int | None) -> int | None:
    """Places gained (positive) or lost (negative) since the previous year."""
    if previous is None or current is None:
        return None
    return previous - current


def rank_change_text(previous: int | None, current: int | None) -> str:
    """"tăng 33 bậc", "giảm 17 bậc", "giữ nguyên" (empty without a previous rank)."""
    change = rank_change(previous, current)
    if change is None:
        return ""
    if change == 0:
        return "giữ nguyên"
    return f"{'tăng' if change > 0 else 'giảm'} {abs(change):02d} bậc"  # "tăng 08 bậc", as notices write it


def group_of(rule: GroupingRule, *, score: float | None, scale_max: float, rank: int | None, count: int) -> str | None:
    """The group an index puts a subject in, by the index's rule."""
    if rule == GroupingRule.PAR_ABC:
        if score is None:
            return None
        percent = 100 * score / scale_max
        if percent >= 90:
            return "A"
        if percent >= 80:
            return "B"
        if percent >= 70:
            return "C"
        return "D"
    if rule == GroupingRule.QUARTILE:
        if rank is None or not count:
            return None
        quarter = min(3, (rank - 1) * 4 // count)
        return PAPI_GROUPS[quarter]
    if rule == GroupingRule.FIVE_GROUPS:
        if score is None:
            return None
        bounds = ((90, "Xuất sắc"), (80, "Tốt"), (70, "Khá"), (50, "Trung bình"))
        percent = 100 * score / scale_max
        return next((name for bound, name in bounds if percent >= bound), "Yếu")
    return None
