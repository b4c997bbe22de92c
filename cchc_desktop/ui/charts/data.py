"""The plain values the chart widgets draw (no Qt, no database): built by the page, handed to a chart."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RankPoint:
    year: int
    rank: int
    rank_of: int | None = None  # "x/63": the number of units ranked that year


@dataclass(frozen=True)
class RankSeries:
    """One index's ranks over the years (one line of the rank chart)."""

    name: str
    points: tuple[RankPoint, ...]


@dataclass(frozen=True)
class ScoreSeries:
    """Scores over the years: the province's, or the national average."""

    name: str
    points: tuple[tuple[int, float], ...]  # (year, score)


@dataclass(frozen=True)
class BarRow:
    """One bar: a province's score, or the points an agency lost.

    ``detail`` is added to the hover text ("hạng 23/63"); ``note`` is written after the value at the bar's end
    ("67,0%").
    """

    name: str
    value: float
    detail: str = ""
    note: str = ""
