"""One way to show a refused save on a form: the message in red, the cursor in the field it names."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from cchc_desktop.core.errors import NotFoundError, ValidationError
from cchc_desktop.ui.widgets.date_field import DateField
from cchc_desktop.ui.widgets.field_errors import error_field, show_error, show_message


def form(qtbot: QtBot) -> tuple[QWidget, QLabel, dict[str, QWidget]]:
    widget = QWidget()
    qtbot.addWidget(widget)
    label = QLabel()
    name, year, date, combo = QLineEdit("Sở Nội vụ"), QSpinBox(), DateField(), QComboBox()
    combo.setEditable(True)
    combo.setEditText("UBND")
    layout = QVBoxLayout(widget)
    for child in (label, name, year, date, combo):
        layout.addWidget(child)
    widget.show()
    qtbot.waitExposed(widget)
    return widget, label, {"Tên": name, "Năm": year, "Ngày": date, "Cơ quan": combo}


def test_the_named_field_gets_the_cursor_with_its_text_selected(qtbot: QtBot) -> None:
    widget, label, fields = form(qtbot)
    shown = show_error(label, ValidationError("Tên", "", "Tên không được để trống."), fields)
    assert shown is fields["Tên"] and label.text() == "Tên không được để trống." and label.isVisible()
    qtbot.waitUntil(lambda: fields["Tên"].hasFocus())
    assert fields["Tên"].selectedText() == "Sở Nội vụ"  # type: ignore[attr-defined]

    show_error(label, ValidationError("Ngày", "x", "Ngày không hợp lệ."), fields)
    date = fields["Ngày"]
    assert isinstance(date, DateField)
    qtbot.waitUntil(lambda: date.edit.hasFocus())

    show_error(label, ValidationError("Cơ quan", "", "Không có cơ quan."), fields)
    combo = fields["Cơ quan"]
    assert isinstance(combo, QComboBox)
    qtbot.waitUntil(lambda: combo.hasFocus())
    assert combo.lineEdit().selectedText() == "UBND"


def test_an_error_naming_no_field_only_shows_its_message(qtbot: QtBot) -> None:
    widget, label, fields = form(qtbot)
    error = NotFoundError("Không tìm thấy nhiệm vụ.")
    assert error_field(error) == ""
    assert show_error(label, error, fields) is None
    assert label.text() == "Không tìm thấy nhiệm vụ."
    show_message(label, "")
    assert label.isHidden()


def test_the_message_goes_as_soon_as_the_named_field_is_fixed(qtbot: QtBot) -> None:
    widget, label, fields = form(qtbot)
    show_error(label, ValidationError("Ngày", "31/02/2024", "Ngày 31/02/2024 không phải là ngày hợp lệ."), fields)
    date = fields["Ngày"]
    assert isinstance(date, DateField)
    date.edit.setText("31/02/202")  # still not a date: the message stays
    assert label.isVisible()
    date.edit.setText("29/02/2024")
    assert label.isHidden()

    show_error(label, ValidationError("Tên", "", "Tên không được để trống."), fields)
    fields["Năm"].setValue(2024)  # type: ignore[attr-defined]  # another field: the message stays
    assert label.isVisible()
    fields["Tên"].setText("Sở Tư pháp")  # type: ignore[attr-defined]
    assert label.isHidden()

    show_error(label, ValidationError("Cơ quan", "", "Không có cơ quan."), fields)
    fields["Cơ quan"].setEditText("UBND tỉnh")  # type: ignore[attr-defined]
    assert label.isHidden()


def test_a_later_message_is_not_removed_by_fixing_the_earlier_field(qtbot: QtBot) -> None:
    widget, label, fields = form(qtbot)
    show_error(label, ValidationError("Tên", "", "Tên không được để trống."), fields)
    show_error(label, ValidationError("Năm", "0", "Năm không hợp lệ."), fields)
    fields["Tên"].setText("Sở Tư pháp")  # type: ignore[attr-defined]
    assert label.text() == "Năm không hợp lệ." and label.isVisible()
    fields["Năm"].setValue(2024)  # type: ignore[attr-defined]
    assert label.isHidden()
