"""Widgets of the issuing body editor (right half of "Cơ quan ban hành"): the form beside its live preview.

Layout only; behaviour is in :mod:`.editor_presenter`. The field labels are the services' field names, so a
refused save puts the cursor in the field its message names.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ....core.services import issuing_bodies as fields
from ....core.services.people import PersonRow
from ...widgets.agency_picker import AgencyCombo
from ...widgets.common import ERROR_STYLE, combo_line_edit, command_button, error_label, hint_label
from ...widgets.field_errors import show_message
from ...widgets.mnemonics import MENU_LETTERS, assign_mnemonics
from ...widgets.page_actions import make_action
from ...widgets.save_state import REVERT_TEXT, REVERT_TIP, SAVE_TIP, SaveStateLabel

PREVIEW_FONT = "Liberation Serif"  # the notice's font (registered at start-up, see ui/startup.py)
HEADER_FONT_RATIO = 4.23 / 160  # a 12 pt line (4.23 mm) over the text width (165 mm) less a little
MIN_PREVIEW_PIXELS = 8
AUTHORITIES = ["", "TL. CHỦ TỊCH", "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN"]
NOBODY = "(Chưa chọn)"
REQUIRED = {fields.NAME, fields.BODY_LINES, fields.SYMBOL, fields.PLACE}


class SignerCombo(QComboBox):
    """One person by name (the position is the item's tooltip); the first entry means nobody."""

    def set_people(self, people: list[PersonRow], selected: int | None) -> None:
        self.blockSignals(True)
        self.clear()
        self.addItem(NOBODY, None)
        for person in people:
            self.addItem(person.full_name, person.id)
            self.setItemData(self.count() - 1, person.label, Qt.ItemDataRole.ToolTipRole)
        self.blockSignals(False)
        self.set_person_id(selected)

    def person_id(self) -> int | None:
        return self.currentData()

    def set_person_id(self, person_id: int | None) -> None:
        self.setCurrentIndex(max(0, self.findData(person_id)) if person_id is not None else 0)


class PreviewBrowser(QTextBrowser):
    """White "paper" whose font follows its width, so the mock keeps the page's proportions (the 12 pt header
    lines of a 165 mm text width)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet("QTextBrowser { background: white; color: black; }")
        self.setMinimumWidth(320)
        self.document().setDocumentMargin(10)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt naming)
        font = QFont(PREVIEW_FONT)
        font.setPixelSize(max(MIN_PREVIEW_PIXELS, round(self.viewport().width() * HEADER_FONT_RATIO)))
        self.setFont(font)
        super().resizeEvent(event)


class BodyEditorView(QWidget):
    """The form (with Lưu / Hoàn tác thay đổi and the save state under it) on the left, the preview on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = _line_edit("Ví dụ: Văn phòng UBND tỉnh (tên trong danh sách, không in)", 200)
        self.parent_edit = _line_edit("Ví dụ: UBND TỈNH LẠNG SƠN; để trống nếu không có", 200)
        self.body_lines_edit = QPlainTextEdit()
        self.body_lines_edit.setPlaceholderText("Mỗi dòng in một dòng, ví dụ:\nỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN")
        self.body_lines_edit.setTabChangesFocus(True)
        self.body_lines_edit.setFixedHeight(self.body_lines_edit.fontMetrics().lineSpacing() * 3 + 14)
        self.symbol_edit = _line_edit("Ví dụ: UBND, VP, BCĐ", 20)
        self.symbol_note = hint_label()
        self.symbol_note.setWordWrap(False)
        self.place_edit = _line_edit("Ví dụ: Lạng Sơn", 80)
        self.authority_combo = QComboBox()
        self.authority_combo.setEditable(True)
        self.authority_combo.addItems(AUTHORITIES)
        combo_line_edit(self.authority_combo).setPlaceholderText("Để trống khi ký với chức vụ của mình")
        self.authority_combo.setToolTip("Quyền hạn ký: TM., KT., TL., TUQ. … (gõ tự do hoặc chọn)")
        self.signer_title_edit = _line_edit("Ví dụ: CHÁNH VĂN PHÒNG", 120)
        self.signer_combo = SignerCombo()
        self.signer_combo.setMinimumContentsLength(12)
        self.signer_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_person_button = QPushButton("Thêm người…")
        self.add_person_button.setToolTip("Thêm một người vào danh mục rồi chọn làm người ký mặc định")
        self.archive_edit = _line_edit("Ví dụ: NC (in ở dòng “Lưu: VT, NC.”)", 40)
        self.agency_combo = AgencyCombo("Không bắt buộc; gõ để tìm cơ quan, đơn vị…")
        self.agency_combo.setMinimumContentsLength(12)

        self.fields: dict[str, QWidget] = {
            fields.NAME: self.name_edit, fields.PARENT_LINE: self.parent_edit,
            fields.BODY_LINES: self.body_lines_edit, fields.SYMBOL: self.symbol_edit, fields.PLACE: self.place_edit,
            fields.SIGNING_AUTHORITY: self.authority_combo, fields.SIGNER_TITLE: self.signer_title_edit,
            fields.DEFAULT_SIGNER: self.signer_combo, fields.ARCHIVE_UNIT: self.archive_edit,
            fields.AGENCY: self.agency_combo,
        }
        self.preview = PreviewBrowser()

        self.error_label = error_label()
        self.state_label = SaveStateLabel()
        self.state_label.setWordWrap(True)
        keys = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.save_action = make_action(self, "Lưu", SAVE_TIP, keys, "Ctrl+S")
        self.revert_action = make_action(self, REVERT_TEXT, REVERT_TIP, keys)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(self._form_column(), 1)
        layout.addLayout(self._preview_column(), 1)
        assign_mnemonics(self, MENU_LETTERS)

    def _form_column(self) -> QVBoxLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setVerticalSpacing(7)
        symbol_row = QHBoxLayout()
        symbol_row.addWidget(self.symbol_edit, 1)
        symbol_row.addWidget(self.symbol_note)
        signer_row = QHBoxLayout()
        signer_row.addWidget(self.signer_combo, 1)
        signer_row.addWidget(self.add_person_button)
        rows: list[tuple[str, QWidget | QHBoxLayout]] = [
            (fields.NAME, self.name_edit), (fields.PARENT_LINE, self.parent_edit),
            (fields.BODY_LINES, self.body_lines_edit), (fields.SYMBOL, symbol_row), (fields.PLACE, self.place_edit),
            (fields.SIGNING_AUTHORITY, self.authority_combo), (fields.SIGNER_TITLE, self.signer_title_edit),
            (fields.DEFAULT_SIGNER, signer_row), (fields.ARCHIVE_UNIT, self.archive_edit),
            (fields.AGENCY, self.agency_combo),
        ]
        for label, widget in rows:
            mark = f" <span style='{ERROR_STYLE}'>*</span>" if label in REQUIRED else ""
            caption = QLabel(f"{label}{mark}:")
            caption.setBuddy(self.fields[label])
            form.addRow(caption, widget)
        save_row = QHBoxLayout()
        save_row.addWidget(command_button(self.save_action, 96))
        save_row.addWidget(command_button(self.revert_action))
        save_row.addSpacing(8)
        save_row.addWidget(self.state_label, 1)
        column = QVBoxLayout()
        column.setSpacing(8)
        column.addLayout(form)
        column.addWidget(hint_label(
            "Tên cơ quan, ký hiệu và các dòng chữ ký được in hoa như quy định. Nếu chọn cơ quan trong danh mục, "
            "tên viết tắt của cơ quan đó đứng đầu câu kết của thông báo."
        ))
        column.addWidget(self.error_label)
        column.addLayout(save_row)
        column.addStretch(1)
        return column

    def _preview_column(self) -> QVBoxLayout:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame_layout = QVBoxLayout(frame)
        frame_layout.setContentsMargins(0, 0, 0, 0)
        frame_layout.addWidget(self.preview)
        column = QVBoxLayout()
        column.setSpacing(4)
        column.addWidget(QLabel("Khi in trên thông báo:"))
        column.addWidget(frame, 1)
        return column

    def show_error(self, text: str) -> None:
        show_message(self.error_label, text)


def _line_edit(hint: str, length: int) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(hint)
    edit.setMaxLength(length)
    return edit
