"""The index and year boxes of the analysis and charts pages."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QComboBox

from ..index_catalogue import IndexInfo


class IndexYearChoice:
    """An index box and a year box whose years follow the chosen index (keeping the year when the new index has
    it). ``changed`` runs once for each choice the user makes, never while :meth:`fill` refills the boxes."""

    def __init__(self, index_combo: QComboBox, year_combo: QComboBox, changed: Callable[[], object]) -> None:
        self.index_combo = index_combo
        self.year_combo = year_combo
        self._changed = changed
        self.indexes: list[IndexInfo] = []
        self.filling = False
        index_combo.currentIndexChanged.connect(self._index_chosen)
        year_combo.currentIndexChanged.connect(self._year_chosen)

    def fill(self, indexes: Sequence[IndexInfo], code: str | None, year: int | None) -> None:
        """Offer ``indexes`` with ``code`` and ``year`` chosen (the first ones when not offered)."""
        self.indexes = list(indexes)
        self.filling = True
        try:
            self.index_combo.clear()
            for info in self.indexes:
                self.index_combo.addItem(info.label, info.code)
            self.index_combo.setCurrentIndex(max(0, self.index_combo.findData(code)))
            self._fill_years(year)
        finally:
            self.filling = False

    def code(self) -> str | None:
        code: str | None = self.index_combo.currentData()
        return code

    def year(self) -> int | None:
        year: int | None = self.year_combo.currentData()
        return year

    def info(self, code: str | None) -> IndexInfo | None:
        return next((info for info in self.indexes if info.code == code), None)

    def _index_chosen(self) -> None:
        if self.filling:
            return
        self.filling = True
        try:
            self._fill_years(self.year())
        finally:
            self.filling = False
        self._changed()

    def _year_chosen(self) -> None:
        if not self.filling:
            self._changed()

    def _fill_years(self, wanted: int | None) -> None:
        info = self.info(self.code())
        self.year_combo.clear()
        for year in reversed(info.years if info else ()):
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(wanted)))
