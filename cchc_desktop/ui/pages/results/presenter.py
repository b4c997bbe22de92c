"""Behaviour of the "Kết quả chỉ số" page: choosing index and year, the table, the history of one province."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSignalBlocker, Qt

from ....core.errors import CchcError
from ....core.formats import format_number
from ....core.services.index_catalogue import IndexCatalogueService, IndexInfo, TableInfo
from ....core.services.results import ResultService
from ....core.services.settings import OWN_PROVINCE, SettingsService
from ...context import AppContext
from ...models.result_filter_proxy import ResultFilterProxy
from ...models.result_history_model import ResultHistoryModel
from ...models.result_table_model import Column, ResultTableModel
from ...widgets.empty_state import EmptyState
from ...widgets.field_errors import focus_field
from .view import ResultsView

EMPTY = ("Chưa có bảng kết quả nào của chỉ số này. Bấm “Nhập bảng kết quả…” để nhập bảng xếp hạng một năm "
         "(tệp Excel hoặc CSV).")

HISTORY_HINT = "Chọn một tỉnh, thành phố trong bảng để xem kết quả các năm."


def index_label(info: IndexInfo) -> str:
    """"PAPI – Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh"."""
    return f"{info.code} – {info.name}"


def source_text(info: TableInfo) -> str:
    """The line under the banner: N, the average and where the table came from."""
    parts = [f"Xếp hạng trên {info.subject_count} {info.subject_word}."]
    if info.national_average is not None:
        parts.append(f"Điểm trung bình: {format_number(info.national_average, 2)}.")
    if info.source:
        parts.append(f"Nguồn: {info.source.rstrip('.')}.")
    if info.notes:
        parts.append(info.notes)
    return " ".join(parts)


class ResultsPresenter:
    """Owns the table and history models; reads through :class:`ResultService` and the index catalogue."""

    def __init__(self, view: ResultsView, context: AppContext) -> None:
        self.view = view
        self.context = context
        self.results = ResultService(context.db)
        self.catalogue = IndexCatalogueService(context.db)
        self.settings = SettingsService(context.db)
        self.model = ResultTableModel(view)
        self.empty_state = EmptyState(view.table, EMPTY, view.import_action)
        self.empty_state.watch(self.model)
        self.proxy = ResultFilterProxy(self.model, view)
        self.history_model = ResultHistoryModel(view)
        self.own = ""
        self.indexes: list[IndexInfo] = []

    # -- state -----------------------------------------------------------------------------------------------
    def index_code(self) -> str | None:
        return self.view.index_combo.currentData()

    def year(self) -> int | None:
        return self.view.year_combo.currentData()

    def selected_subject(self) -> str | None:
        model = self.view.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        if not rows:
            return None
        return self.model.result(self.proxy.mapToSource(rows[0]).row()).subject

    # -- loading ---------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read everything again, keeping the chosen index, year and province when they still exist."""
        self.show_table(self.index_code(), self.year(), self.selected_subject())

    def show_table(self, index_code: str | None, year: int | None, subject: str | None = None) -> None:
        """Choose ``index_code`` and ``year`` (the latest year when None) and select ``subject`` (else the own
        province)."""
        self.own = self.settings.get(OWN_PROVINCE) or ""
        self.model.set_own(self.own)
        self.indexes = self.catalogue.list()
        combo = self.view.index_combo
        with QSignalBlocker(combo):
            combo.clear()
            for info in self.indexes:
                combo.addItem(index_label(info), info.code)
                combo.setItemData(combo.count() - 1, f"{info.name} ({info.publisher})", Qt.ItemDataRole.ToolTipRole)
            combo.setCurrentIndex(max(0, combo.findData(index_code)) if index_code else self._first_with_data())
        self._fill_years(year)
        self._load_table(subject)

    def index_chosen(self) -> None:
        self._fill_years(None)
        self._load_table(self.selected_subject())

    def year_chosen(self) -> None:
        self._load_table(self.selected_subject())

    def _first_with_data(self) -> int:
        return next((i for i, info in enumerate(self.indexes) if info.years), 0)

    def _fill_years(self, year: int | None) -> None:
        code = self.index_code()
        info = next((i for i in self.indexes if i.code == code), None)
        years = list(info.years) if info else []
        combo = self.view.year_combo
        with QSignalBlocker(combo):
            combo.clear()
            for value in reversed(years):
                combo.addItem(str(value), value)
            combo.setCurrentIndex(max(0, combo.findData(year)) if year in years else 0)
        combo.setEnabled(bool(years))

    def _load_table(self, subject: str | None) -> None:
        code, year = self.index_code(), self.year()
        if code is None or year is None:
            self.model.set_rows([])
            self.view.set_banner("")
            self.view.source_label.setText(
                f"Chưa có bảng kết quả {code} nào. Chọn “Nhập bảng kết quả…” để nhập từ tệp." if code else "")
        else:
            self.model.set_rows(self.results.table(code, year))
            info = self.catalogue.table_info(code, year)
            self.view.set_banner(info.coverage if info else "")
            self.view.source_label.setText(source_text(info) if info else "")
        if not (subject and self.select(subject)):
            self.show_own()
        self.refresh_count()

    def show_own(self) -> None:
        """Nothing selected: bring the own province's (highlighted) row into view and show its history."""
        source_row = self.model.row_of(self.own) if self.own else None
        if source_row is not None:
            self.view.table.scrollTo(self.proxy.mapFromSource(self.model.index(source_row, Column.SUBJECT)))
        self.show_history(self.own or None)

    # -- selection and history -------------------------------------------------------------------------------
    def select(self, subject: str) -> bool:
        """Select the province's row when the table (as filtered) shows it."""
        source_row = self.model.row_of(subject)
        if source_row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, Column.SUBJECT))
        if not index.isValid():
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.table.selectionModel().setCurrentIndex(index, flags)
        self.view.table.scrollTo(index)
        return True

    def selection_changed(self) -> None:
        subject = self.selected_subject()
        if subject is not None:
            self.show_history(subject)

    def show_history(self, subject: str | None) -> None:
        code = self.index_code()
        rows = []
        if subject and code:
            try:
                rows = self.results.history(code, subject)
            except CchcError:
                rows = []
        self.history_model.set_rows(rows)
        if subject and code:
            self.view.history_title.setText(f"{subject} – {code} qua các năm")
            self.view.history_note.setText("" if rows else f"Chưa có kết quả {code} nào của {subject}.")
        else:
            self.view.history_title.setText("Kết quả qua các năm")
            self.view.history_note.setText(HISTORY_HINT)
        self.view.history_note.setVisible(bool(self.view.history_note.text()))
        if rows:
            self.view.history_table.scrollToBottom()

    # -- search ----------------------------------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self.refresh_count()

    def focus_search(self) -> None:
        focus_field(self.view.search_edit)

    def refresh_count(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        self.view.count_label.setText(f"Hiển thị {shown}/{total} tỉnh, thành phố" if total else "")
