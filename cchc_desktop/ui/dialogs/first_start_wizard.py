"""Tệp › Thiết lập ban đầu…: the first-start assistant of a new database.

Pages: the choice between setting up this database and the demo; the own province (the 34 units from 1 July
2025, with the pre-2025 province for older results); the issuing bodies "UBND tỉnh" (TB-UBND) and "Văn phòng UBND
tỉnh" (TB-VPUBND) with signer and signing formula; the drafter's initials. Nothing is written before Hoàn tất, then
everything in one transaction (:func:`~cchc_desktop.core.services.first_start.apply_first_start`); Hủy writes
nothing.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...core.errors import CchcError
from ...core.notice_builder import notice_symbol
from ...core.services.first_start import (
    OFFICE_BODY,
    OFFICE_FORMULAS,
    PROVINCE_BODY,
    SIGNING_FORMULAS,
    BodySetup,
    FirstStartSetup,
    SigningFormula,
    apply_first_start,
    predecessors,
    preset_body,
    units,
)
from ...core.services.issuing_bodies import IssuingBodyService
from ...core.services.settings import DRAFTER_INITIALS, OWN_PROVINCE, SettingsService
from ...core.services.user_settings import INITIALS_MAX, check_value
from ...core.text import fold
from ...store.db import Database
from ..widgets.common import error_label, hint_label

TITLE = "Thiết lập ban đầu"
PLACEHOLDER = "— Chọn tỉnh, thành phố —"
SETUP_PAGE, PROVINCE_PAGE, BODIES_PAGE, INITIALS_PAGE = range(4)


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def _row(form: QFormLayout, text: str, widget: QWidget) -> None:
    caption = QLabel(text)
    caption.setBuddy(widget)
    form.addRow(caption, widget)


class ChoicePage(QWizardPage):
    """Set up this database, or use the demo to get to know the program."""

    def __init__(self, empty: bool) -> None:
        super().__init__()
        self.setTitle("Chào mừng đến với CCHC Desktop")
        state = "Cơ sở dữ liệu này đang trống." if empty else "Cơ sở dữ liệu này đã có dữ liệu."
        self.setSubTitle(f"{state} Vài bước sau giúp chuẩn bị để soạn và ban hành thông báo đầu tiên mà không cần "
                         "vào Cài đặt.")
        self.setup_radio = QRadioButton("Thiết lập cơ &sở dữ liệu này (tỉnh, cơ quan ban hành, người ký)")
        self.demo_radio = QRadioButton("Dùng &dữ liệu mẫu để làm quen (hai hội nghị của tỉnh Lạng Sơn, "
                                       "kết quả PAPI 2017–2024)")
        self.setup_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.setup_radio)
        group.addButton(self.demo_radio)
        self.demo_radio.toggled.connect(self._demo_toggled)
        layout = QVBoxLayout(self)
        layout.addWidget(self.setup_radio)
        layout.addWidget(self.demo_radio)
        layout.addWidget(hint_label("Dữ liệu mẫu được mở trong một tệp riêng, đánh dấu “Dữ liệu mẫu” trên thanh "
                                    "tiêu đề; cơ sở dữ liệu này vẫn trống. Có thể mở lại trợ lý này bất cứ lúc nào "
                                    "từ Tệp › Thiết lập ban đầu…"))
        layout.addStretch(1)

    def _demo_toggled(self, checked: bool) -> None:
        self.setFinalPage(checked)  # the demo needs nothing more: Hoàn tất instead of Tiếp
        self.completeChanged.emit()

    def nextId(self) -> int:  # noqa: N802
        return -1 if self.demo_radio.isChecked() else PROVINCE_PAGE


class ProvincePage(QWizardPage):
    def __init__(self, db: Database, year: int) -> None:
        super().__init__()
        self.db = db
        self.year = year
        self.setTitle("Tỉnh của mình")
        self.setSubTitle("Chọn tỉnh, thành phố nơi Ban Chỉ đạo làm việc (34 đơn vị hành chính cấp tỉnh từ "
                         "01/7/2025). Tỉnh của mình được tô đậm trong bảng kết quả, đồ thị và phân tích.")
        self.province_combo = QComboBox()
        self.province_combo.setMaxVisibleItems(20)
        self.province_combo.addItem(PLACEHOLDER, None)
        for name in units(db, year):
            self.province_combo.addItem(name, name)
        current = SettingsService(db).get(OWN_PROVINCE)  # opened again from the menu: start from what is stored
        self.province_combo.setCurrentIndex(max(0, self.province_combo.findData(current)))
        self.before_combo = QComboBox()
        self.before_hint = hint_label()
        self.error = error_label()
        form = _form()
        _row(form, f"Tỉnh, thành &phố (năm {year}):", self.province_combo)
        _row(form, "Kết quả t&rước 01/7/2025 là của:", self.before_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.before_hint)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.province_combo.currentIndexChanged.connect(self._province_chosen)
        self._province_chosen()

    def province(self) -> str:
        return self.province_combo.currentData() or ""

    def before(self) -> str:
        return self.before_combo.currentData() or ""

    def _province_chosen(self) -> None:
        self.error.hide()
        self.before_combo.clear()
        province = self.province()
        old = predecessors(self.db, province) if province else []
        for name in old:
            self.before_combo.addItem(name, name)
        self.before_combo.setEnabled(len(old) > 1)
        if len(old) > 1:
            self.before_hint.setText(f"{province} được hợp nhất từ {', '.join(old)} ngày 01/7/2025. Hãy chọn tỉnh "
                                     "cũ mà kết quả các chỉ số đến năm 2024 là của mình.")
        elif old:
            self.before_hint.setText(f"{province} giữ nguyên từ trước 01/7/2025: kết quả các năm trước và sau "
                                     "là một chuỗi.")
        else:
            self.before_hint.setText("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.province())

    def validatePage(self) -> bool:  # noqa: N802
        try:
            check_value(self.db, OWN_PROVINCE, self.province(), self.year)
        except CchcError as error:
            self.error.setText(str(error))
            self.error.show()
            return False
        return True


class BodyBox(QGroupBox):
    """One preset issuing body: use it or not, its signing formula and its default signer."""

    def __init__(self, title: str, formulas: tuple[SigningFormula, ...], signer_hint: str) -> None:
        super().__init__(title)
        self.setCheckable(True)
        self.formulas = formulas
        self.formula_combo = QComboBox()
        for formula in formulas:
            self.formula_combo.addItem(formula.label)
        self.signer_edit = QLineEdit()
        self.signer_edit.setPlaceholderText("Họ và tên, ví dụ: Nguyễn Văn An")
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(signer_hint)
        form = _form()
        _row(form, "Thể thức &ký:", self.formula_combo)
        _row(form, "&Người ký:", self.signer_edit)
        _row(form, "Chức &vụ người ký:", self.title_edit)
        self.setLayout(form)

    def formula(self) -> SigningFormula:
        return self.formulas[self.formula_combo.currentIndex()]


class BodiesPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle("Cơ quan ban hành và người ký")
        self.setSubTitle("Thông báo kết luận được ban hành nhân danh UBND tỉnh hoặc Văn phòng UBND tỉnh. Bỏ chọn "
                         "cơ quan không dùng; người ký để trống thì chọn khi soạn thông báo.")
        self.province_box = BodyBox(f"&UBND tỉnh — ký hiệu {notice_symbol('UBND')}", SIGNING_FORMULAS,
                                    "Ví dụ: Phó Chủ tịch UBND tỉnh")
        self.office_box = BodyBox(f"Văn phòn&g UBND tỉnh — ký hiệu {notice_symbol('VPUBND')}", OFFICE_FORMULAS,
                                  "Ví dụ: Chánh Văn phòng UBND tỉnh")
        self.office_box.setChecked(False)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.province_box)
        layout.addWidget(self.office_box)
        layout.addWidget(hint_label("Tên cơ quan, ký hiệu và thể thức ký sửa được sau ở trang “Cơ quan ban hành”."))
        layout.addWidget(self.error)
        layout.addStretch(1)
        for box in (self.province_box, self.office_box):
            box.toggled.connect(lambda _checked: self.completeChanged.emit())

    def isComplete(self) -> bool:  # noqa: N802
        """Tiếp once notices have a body to be issued under: one chosen here, or one already stored (greyed)."""
        boxes = (self.province_box, self.office_box)
        return any(box.isChecked() or not box.isEnabled() for box in boxes)

    def initializePage(self) -> None:  # noqa: N802
        """A preset already stored under the same name (the assistant opened again) is left out."""
        wizard = self.wizard()
        if not isinstance(wizard, FirstStartWizard):
            return
        taken = {fold(row.name) for row in IssuingBodyService(wizard.db).list(include_inactive=True)}
        province = wizard.province_page.province()
        for kind, box in ((PROVINCE_BODY, self.province_box), (OFFICE_BODY, self.office_box)):
            exists = fold(preset_body(kind, province, box.formula()).name) in taken
            box.setEnabled(not exists)
            if exists:
                box.setChecked(False)
                box.setToolTip("Đã có cơ quan ban hành này; sửa ở trang “Cơ quan ban hành”.")

    def bodies(self, province: str) -> list[BodySetup]:
        chosen = ((PROVINCE_BODY, self.province_box), (OFFICE_BODY, self.office_box))
        return [BodySetup(preset_body(kind, province, box.formula()), box.signer_edit.text(), box.title_edit.text())
                for kind, box in chosen if box.isChecked()]


class InitialsPage(QWizardPage):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.setTitle("Chữ viết tắt người soạn")
        self.setSubTitle("Ghi ở cuối dòng “Lưu:” của phần Nơi nhận, ví dụ “Lưu: VT, THNC (LTH).” Để trống nếu "
                         "không dùng.")
        self.initials_edit = QLineEdit()
        self.initials_edit.setMaxLength(INITIALS_MAX)
        self.initials_edit.setPlaceholderText("Ví dụ: LTH")
        self.initials_edit.textEdited.connect(self._capitalise)
        self.initials_edit.setText(SettingsService(db).get(DRAFTER_INITIALS) or "")
        self.summary = hint_label()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.error = error_label()
        form = _form()
        _row(form, "&Chữ viết tắt:", self.initials_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def _capitalise(self, text: str) -> None:
        if text != text.upper():
            position = self.initials_edit.cursorPosition()
            self.initials_edit.setText(text.upper())
            self.initials_edit.setCursorPosition(position)

    def initializePage(self) -> None:  # noqa: N802
        wizard = self.wizard()
        if isinstance(wizard, FirstStartWizard):
            setup = wizard.setup()
            lines = [f"Tỉnh của mình: {setup.own_province}"]
            if setup.own_province_before_2025 and setup.own_province_before_2025 != setup.own_province:
                lines.append(f"Kết quả trước 01/7/2025: {setup.own_province_before_2025}")
            for item in setup.bodies:
                signer = f", người ký {item.signer_name}" if item.signer_name.strip() else ""
                lines.append(f"Cơ quan ban hành: {item.body.name} ({notice_symbol(item.body.symbol)}){signer}")
            self.summary.setText("Bấm “Hoàn tất” để lưu:\n" + "\n".join(lines))

    def validatePage(self) -> bool:  # noqa: N802
        try:
            check_value(self.db, DRAFTER_INITIALS, self.initials_edit.text())
        except CchcError as error:
            self.error.setText(str(error))
            self.error.show()
            return False
        return True


class FirstStartWizard(QWizard):
    """Accepted means saved (or the demo chosen: :attr:`use_demo`); rejected means nothing was written."""

    def __init__(self, db: Database, parent: QWidget | None = None, year: int | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.year = year or dt.date.today().year
        self.setWindowTitle(TITLE)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        for which, text in ((QWizard.WizardButton.BackButton, "< &Quay lại"),
                            (QWizard.WizardButton.NextButton, "&Tiếp >"),
                            (QWizard.WizardButton.FinishButton, "&Hoàn tất"),
                            (QWizard.WizardButton.CancelButton, "Hủy")):
            self.setButtonText(which, text)
        self.choice_page = ChoicePage(db.is_empty())
        self.province_page = ProvincePage(db, self.year)
        self.bodies_page = BodiesPage()
        self.initials_page = InitialsPage(db)
        for page_id, page in enumerate((self.choice_page, self.province_page, self.bodies_page, self.initials_page)):
            self.setPage(page_id, page)
        self.setMinimumSize(640, 480)
        self.created: list[int] = []

    @property
    def use_demo(self) -> bool:
        return self.choice_page.demo_radio.isChecked()

    def setup(self) -> FirstStartSetup:
        province = self.province_page.province()
        return FirstStartSetup(own_province=province, own_province_before_2025=self.province_page.before(),
                               drafter_initials=self.initials_page.initials_edit.text(),
                               bodies=self.bodies_page.bodies(province))

    def accept(self) -> None:
        """Hoàn tất: store everything at once; a refusal shows why on the last page and keeps the assistant."""
        if not self.use_demo:
            try:
                self.created = apply_first_start(self.db, self.setup(), self.year)
            except CchcError as error:
                self.initials_page.error.setText(f"Chưa lưu được: {error}")
                self.initials_page.error.show()
                return
        super().accept()
