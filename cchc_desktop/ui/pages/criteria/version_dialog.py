"""Add a version (methodology) of an index's criteria tree, optionally starting from a copy of another."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ....core.services.criteria import CriteriaService, VersionRow
from ...widgets.year_spin import YearSpin, year_spin
from .form_dialog import FormDialog

NAME = "Tên phiên bản"
FROM_YEAR = "Áp dụng từ năm"
TO_YEAR = "Áp dụng đến năm"
COPY_FROM = "Sao chép cây tiêu chí từ"
NO_COPY = "(Không sao chép, bắt đầu trống)"


def version_years(version: VersionRow) -> str:
    """"2021", "2017–2020", "từ 2022"."""
    if version.valid_to_year is None:
        return f"từ {version.valid_from_year}"
    if version.valid_to_year == version.valid_from_year:
        return str(version.valid_from_year)
    return f"{version.valid_from_year}–{version.valid_to_year}"


def version_label(version: VersionRow) -> str:
    """"Quyết định số 1149/QĐ-BNV (kết quả năm 2021)"."""
    return f"{version.name} (kết quả năm {version_years(version)})"


class VersionDialog(FormDialog):
    """Emits ``saved(version_id)``; the years of result it applies to must not overlap another version's."""

    def __init__(self, service: CriteriaService, index_code: str, versions: Sequence[VersionRow],
                 copy_from: int | None, parent: QWidget | None = None) -> None:
        super().__init__(f"Thêm phiên bản bộ tiêu chí {index_code}", parent)
        self.service = service
        self.index_code = index_code
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(300)
        self.name_edit.setPlaceholderText("Ví dụ: Quyết định số 876/QĐ-BNV")
        last = max((v.valid_to_year or v.valid_from_year for v in versions), default=dt.date.today().year - 1)
        self.from_spin = year_spin(1990, 2100, last + 1)
        self.to_spin = YearSpin()
        self.to_spin.setToolTip("Để trống (—) khi chưa biết năm cuối cùng áp dụng")
        self.copy_combo = QComboBox()
        self.copy_combo.addItem(NO_COPY, None)
        for version in versions:
            self.copy_combo.addItem(version_label(version), version.id)
        self.copy_combo.setCurrentIndex(max(0, self.copy_combo.findData(copy_from)))
        self.add_row(NAME, self.name_edit, required=True)
        self.add_row(FROM_YEAR, self.from_spin, required=True, hint="Năm của kết quả chỉ số được chấm theo bộ này.")
        self.add_row(TO_YEAR, self.to_spin)
        self.add_row(COPY_FROM, self.copy_combo,
                     hint="Bản sao giữ mã, tên, điểm tối đa và cơ quan chủ trì; sau đó sửa những mục thay đổi.")
        self.name_edit.setFocus()

    def save(self) -> int:
        return self.service.add_version(self.index_code, self.name_edit.text(), self.from_spin.value(),
                                        self.to_spin.year(), self.copy_combo.currentData())
