"""Placing value labels next to chart points so that no two labels overlap, in screen pixels.

Each label gets the first of its candidate places (its preferred side first, then the other sides, the corners and
a second row further out) that overlaps no label placed before it, no other point's marker and stays inside the
plot; when no place is free, the one overlapping least.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSizeF

# Sides as (horizontal, vertical) steps from the point: -1 left/above, 0 centred, +1 right/below.
Side = tuple[int, int]
SIDE_ABOVE: Side = (0, -1)
SIDE_BELOW: Side = (0, 1)
SIDE_LEFT: Side = (-1, 0)
SIDE_RIGHT: Side = (1, 0)
CORNERS: tuple[Side, ...] = ((1, -1), (1, 1), (-1, -1), (-1, 1))


@dataclass(frozen=True)
class LabelRequest:
    """A label of ``size`` pixels for the point at ``point`` (scene pixels), best put on ``side``."""

    point: QPointF
    size: QSizeF
    side: Side = SIDE_ABOVE


def candidate_rects(request: LabelRequest, gap: float) -> list[QRectF]:
    """Where the label may go, best first: ``gap`` pixels clear of the point's centre."""
    sides = [request.side, *(s for s in (SIDE_ABOVE, SIDE_BELOW, SIDE_RIGHT, SIDE_LEFT) if s != request.side),
             *CORNERS]
    rects = [_rect_at(request, side, gap) for side in sides]
    # A second row further out above and below, for a column of points packed close together.
    far = gap + request.size.height()
    rects += [_rect_at(request, SIDE_ABOVE, far), _rect_at(request, SIDE_BELOW, far)]
    return rects


def place_labels(requests: Sequence[LabelRequest], bounds: QRectF, marker_radius: float,
                 gap: float) -> list[QRectF]:
    """The rectangle of each label (in the order of ``requests``)."""
    markers = [_marker(r.point, marker_radius) for r in requests]
    placed: list[QRectF] = []
    for index, request in enumerate(requests):
        obstacles = [*placed, *(m for i, m in enumerate(markers) if i != index)]
        best: QRectF | None = None
        best_cost = float("inf")
        for rect in candidate_rects(request, gap):
            cost = sum(_overlap(rect, other) for other in obstacles) + _outside(rect, bounds)
            if cost < best_cost:
                best, best_cost = rect, cost
            if cost == 0:
                break
        assert best is not None
        placed.append(best)
    return placed


def overlapping_pairs(rects: Sequence[QRectF]) -> list[tuple[int, int]]:
    """Indexes of the rectangles that overlap (by more than a hair)."""
    return [(i, j) for i in range(len(rects)) for j in range(i + 1, len(rects)) if _overlap(rects[i], rects[j]) > 0.5]


def _rect_at(request: LabelRequest, side: Side, gap: float) -> QRectF:
    width, height = request.size.width(), request.size.height()
    x, y = request.point.x(), request.point.y()
    horizontal, vertical = side
    left = x - width / 2 if horizontal == 0 else (x + gap if horizontal > 0 else x - gap - width)
    if vertical == 0:
        top = y - height / 2
    else:
        # beside a corner the label only needs to clear the marker, not a whole gap
        reach = gap if horizontal == 0 else gap / 2
        top = y + reach if vertical > 0 else y - reach - height
    return QRectF(left, top, width, height)


def _marker(point: QPointF, radius: float) -> QRectF:
    return QRectF(point.x() - radius, point.y() - radius, 2 * radius, 2 * radius)


def _overlap(a: QRectF, b: QRectF) -> float:
    common = a.intersected(b)
    return 0.0 if common.isEmpty() else common.width() * common.height()


def _outside(rect: QRectF, bounds: QRectF) -> float:
    inside = rect.intersected(bounds)
    area = rect.width() * rect.height()
    return area - (0.0 if inside.isEmpty() else inside.width() * inside.height())
