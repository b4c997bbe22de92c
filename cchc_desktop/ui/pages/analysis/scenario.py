"""The scenario panel's behaviour: read the chosen replacements, ask the service, say the result in Vietnamese."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtWidgets import QLabel

from ....core.errors import CchcError, ValidationError
from ....core.formats import format_number, parse_number
from ....core.services.analysis import AnalysisService, NodeScore, ScenarioResult
from ....core.text import fold
from ...models.analysis_scenario_model import PREVIOUS_YEAR, ScenarioModel

NOTHING_CHOSEN = "Đánh dấu ít nhất một mục ở cột “Mục” rồi bấm “Tính”."
RESULT_STYLE = "font-size: 13pt;"
ERROR_STYLE = "color: #a93226;"


def replacement_value(item: NodeScore, text: str) -> float | None:
    """None for the previous year's score (empty or "điểm năm trước"), else the typed number (decimal comma)."""
    if not text.strip() or fold(text) == fold(PREVIOUS_YEAR):
        return None
    code = item.node.code
    value = parse_number(text, f"Điểm thay thế của mục {code}")
    if not 0 <= value <= item.node.max_points:
        raise ValidationError(
            "Điểm thay thế", text, f"Điểm thay thế {format_number(value, 2, trim=True)} của mục {code} phải từ 0 đến "
            f"{format_number(item.node.max_points, 2, trim=True)} (điểm tối đa của mục).")
    return value


def nested_choice(chosen: list[NodeScore]) -> str | None:
    """A Vietnamese message when a chosen node lies inside another chosen one (its points would count twice)."""
    codes = [item.node.code for item in chosen]
    for code in codes:
        for other in codes:
            if other != code and code.startswith(f"{other}."):
                return f"Mục {code} nằm trong mục {other}; chỉ chọn một trong hai để điểm không bị tính hai lần."
    return None


class ScenarioPresenter:
    """``current`` gives the (index code, year) shown on the page, or None when there is nothing to compute."""

    def __init__(self, model: ScenarioModel, result_label: QLabel, service: AnalysisService,
                 current: Callable[[], tuple[str, int] | None]) -> None:
        self.model = model
        self.label = result_label
        self.service = service
        self.current = current
        self.result: ScenarioResult | None = None

    def compute(self) -> None:
        self.result = None
        current = self.current()
        chosen = self.model.chosen()
        if current is None or not chosen:
            self._error(NOTHING_CHOSEN)
            return
        problem = nested_choice([item for item, _ in chosen])
        if problem:
            self._error(problem)
            return
        code, year = current
        try:
            replacements = {item.node.code: replacement_value(item, text) for item, text in chosen}
            self.result = self.service.scenario(code, year, replacements)
        except CchcError as error:
            self._error(str(error))
            return
        conditions = [_condition(item, replacements[item.node.code], year) for item, _ in chosen]
        self.label.setStyleSheet(RESULT_STYLE)
        self.label.setText(f"Nếu {'; '.join(conditions)} thì Chỉ số {html.escape(code)} năm {year} đạt:<br>"
                           f"<b>{html.escape(self.result.sentence)}</b>")

    def clear(self) -> None:
        self.result = None
        self.label.setStyleSheet(RESULT_STYLE)
        self.label.setText("Chọn mục, ghi điểm thay thế (hoặc để “điểm năm trước”) rồi bấm “Tính”.")

    def _error(self, message: str) -> None:
        self.label.setStyleSheet(RESULT_STYLE + ERROR_STYLE)
        self.label.setText(html.escape(message))


def _condition(item: NodeScore, value: float | None, year: int) -> str:
    name = html.escape(f"mục {item.node.code} “{item.node.name}”")
    if value is None:
        return f"{name} đạt {format_number(item.previous, 2, trim=True)} điểm như năm {year - 1}"
    return f"{name} đạt {format_number(value, 2, trim=True)} điểm"
