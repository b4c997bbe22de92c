"""Behaviour of the charts page: what to draw for the chosen chart, index and year, and the exports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem

from ....core.errors import CchcError
from ....core.os_errors import writing_file
from ....core.services.scores import NO_OWN_PROVINCE
from ....core.text import fold
from ...charts.base import ChartWidget
from ...context import AppContext
from ...index_catalogue import IndexInfo, index_catalogue
from ...widgets.index_year_choice import IndexYearChoice
from .data import ChartData, ChartKind
from .view import ChartsView

PNG_FILTER = "Ảnh PNG (*.png)"
SVG_FILTER = "Ảnh véc-tơ SVG (*.svg)"
Choice = tuple[str | None, int | None]  # (index code, year)


def _slug(text: str) -> str:
    """"PAR INDEX" → "par-index" (file names without diacritics travel well between computers)."""
    return "-".join(fold(text).replace(",", " ").split())


class ChartsPresenter:
    """Keeps one (index, year) choice per kind of chart, so switching back and forth keeps what was chosen."""

    def __init__(self, view: ChartsView, context: AppContext) -> None:
        self.view = view
        self.context = context
        self.data = ChartData(context.db)
        self.indexes: list[IndexInfo] = []
        self.choices: dict[ChartKind, Choice] = {}
        self.folder = Path.home()
        self._filling = False  # while the index check list is refilled
        self.choice = IndexYearChoice(view.index_combo, view.year_combo, self.redraw)

    # -- loading ---------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the catalogue and the results again (after a change anywhere) and redraw."""
        self.indexes = index_catalogue(self.context.db)
        checked = self.checked_codes() if self.view.index_model.rowCount() else self._codes_with_ranks()
        self._filling = True
        self.view.index_model.clear()
        for info in self.indexes:
            item = QStandardItem(info.code)
            item.setToolTip(info.name)
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Checked if info.code in checked else Qt.CheckState.Unchecked)
            self.view.index_model.appendRow(item)
        self._filling = False
        self.show_kind()

    def kind(self) -> ChartKind:
        return self.view.kind_combo.currentData()

    def checked_codes(self) -> list[str]:
        model = self.view.index_model
        return [model.item(row).text() for row in range(model.rowCount())
                if model.item(row).checkState() == Qt.CheckState.Checked]

    def chart(self) -> ChartWidget:
        return self.view.charts[self.kind()]

    # -- choices ---------------------------------------------------------------------------------------------
    def show_kind(self) -> None:
        """Fill the index and year lists for the chosen kind of chart, with its last choice, and draw."""
        kind = self.kind()
        self.view.set_controls_for(kind)
        code, year = self.choices.get(kind) or self._default_choice(kind)
        self.choice.fill(self.indexes, code, year)
        self.redraw()

    def index_checked(self) -> None:
        if not self._filling and self.kind() == ChartKind.RANK:
            self.redraw()

    # -- drawing ---------------------------------------------------------------------------------------------
    def redraw(self) -> None:
        kind = self.kind()
        code, year = self.choice.code(), self.choice.year()
        self.choices[kind] = (code, year)
        try:
            self._draw(kind, code, year)
        except CchcError as error:
            self.view.show_message(str(error), offer_setup=str(error) == NO_OWN_PROVINCE)
            return
        self.view.show_chart(kind)

    def first_start(self) -> None:
        """"Thiết lập ban đầu…" under the missing own province: the main window opens the assistant."""
        self.context.signals.request_first_start()

    def _draw(self, kind: ChartKind, code: str | None, year: int | None) -> None:
        province = self.data.province()
        if kind == ChartKind.RANK:
            self.view.rank_chart.set_data(self.data.rank_series(self.checked_codes()),
                                          f"Thứ hạng của {province} qua các năm")
            return
        if code is None:
            raise CchcError("Chưa có chỉ số nào trong danh mục.")
        if kind == ChartKind.SCORE:
            own, average = self.data.score_series(code)
            info = self._info(code)
            self.view.score_chart.set_data(own, average, f"Điểm {code} của {province} so với trung bình cả nước",
                                           info.scale_max if info else 100.0)
            return
        if year is None:
            raise CchcError(f"Chưa có kết quả {code} của năm nào.")
        if kind == ChartKind.PROVINCES:
            self.view.provinces_chart.set_data(self.data.provinces(code, year), province,
                                               f"Chỉ số {code} năm {year} của các tỉnh, thành phố")
        else:
            self.view.lost_chart.set_data(self.data.lost_by_agency(code, year),
                                          f"Điểm bị trừ theo cơ quan chủ trì – {code} năm {year} của {province}")

    # -- exports ---------------------------------------------------------------------------------------------
    def export_png(self) -> None:
        self._export("png", PNG_FILTER, self.chart().export_png)

    def export_svg(self) -> None:
        self._export("svg", SVG_FILTER, self.chart().export_svg)

    def copy(self) -> None:
        self.chart().copy_image()
        self.context.signals.status_message.emit("Đã chép ảnh đồ thị; dán (Ctrl+V) vào văn bản để dùng.")

    def _export(self, suffix: str, file_filter: str, write: Callable[[Path], None]) -> None:
        suggested = self.folder / f"{self._file_stem()}.{suffix}"
        path = self.context.prompter.save_file(f"Xuất đồ thị ra tệp {suffix.upper()}", suggested, file_filter)
        if path is None:
            return
        if path.suffix.lower() != f".{suffix}":
            path = path.with_name(f"{path.name}.{suffix}")
        try:
            with writing_file(path):
                write(path)
        except CchcError as error:
            self.context.prompter.error("Không xuất được đồ thị", str(error))
            return
        self.folder = path.parent
        self.context.signals.status_message.emit(f"Đã xuất đồ thị ra tệp “{path.name}”.")

    def _file_stem(self) -> str:
        kind = self.kind()
        code, year = self.choices.get(kind, (None, None))
        if kind == ChartKind.RANK:
            return "thu-hang-qua-cac-nam"
        if kind == ChartKind.SCORE:
            return f"diem-{_slug(code or '')}-so-voi-trung-binh"
        if kind == ChartKind.PROVINCES:
            return f"{_slug(code or '')}-{year}-cac-tinh-thanh-pho"
        return f"diem-bi-tru-{_slug(code or '')}-{year}"

    # -- defaults --------------------------------------------------------------------------------------------
    def _info(self, code: str | None) -> IndexInfo | None:
        return next((info for info in self.indexes if info.code == code), None)

    def _codes_with_ranks(self) -> list[str]:
        codes = []
        for info in self.indexes:
            try:
                self.data.rank_series([info.code])
            except CchcError:
                continue
            codes.append(info.code)
        return codes

    def _default_choice(self, kind: ChartKind) -> Choice:
        """The first index (and its latest year) that has something to draw for ``kind``."""
        for info in self.indexes if kind != ChartKind.RANK else ():
            if kind == ChartKind.SCORE:
                if len(self.data.results.national_averages(info.code)) >= 2:
                    return info.code, None
                continue
            for year in reversed(info.years):
                try:
                    if kind == ChartKind.PROVINCES:
                        self.data.provinces(info.code, year)
                    else:
                        self.data.lost_by_agency(info.code, year)
                except CchcError:
                    continue
                return info.code, year
        first = self.indexes[0] if self.indexes else None
        return (first.code, first.years[-1] if first.years else None) if first else (None, None)
