"""The "Cơ quan ban hành" page: declaring the first body on a fresh database (then a notice can be written),
the live header preview, errors naming their field, leaving, deleting a used body and stopping its use."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolButton, QWidget
from pytestqt.qtbot import QtBot

from cchc_desktop.core.services.issuing_bodies import IssuingBodyService
from cchc_desktop.core.services.notices import NoticeService
from cchc_desktop.core.services.people import PeopleService
from cchc_desktop.store.db import Database
from cchc_desktop.ui.context import AppContext
from cchc_desktop.ui.main_window import MainWindow
from cchc_desktop.ui.pages.issuing_bodies import IssuingBodiesPage
from cchc_desktop.ui.pages.notices.page import NoticesPage
from cchc_desktop.ui.signals import AppSignals
from cchc_desktop.ui.topics import Topic

from .conftest import FakePrompter, show_widget, type_text

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def page(window: MainWindow) -> IssuingBodiesPage:
    current = window.show_page("issuing_bodies")
    assert isinstance(current, IssuingBodiesPage)
    return current


@pytest.fixture
def demo_page(qtbot: QtBot, demo_db: Database, prompter: FakePrompter) -> IssuingBodiesPage:
    widget = IssuingBodiesPage(AppContext(demo_db, AppSignals(), prompter))
    show_widget(qtbot, widget, 1090, 740)
    return widget


def click(qtbot: QtBot, parent: QWidget, action: QAction) -> None:
    """Click the button that shows ``action`` (as the user does)."""
    button = next(b for b in parent.findChildren(QToolButton) if b.defaultAction() is action)
    assert button.isEnabled(), f"“{action.text()}” is disabled"
    qtbot.mouseClick(button, LEFT)


def preview(page: IssuingBodiesPage) -> str:
    return " ".join(page.editor.preview.toPlainText().split())


def listed(page: IssuingBodiesPage) -> list[tuple[str, str]]:
    model = page.presenter.model
    return [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]


def test_fresh_database_declares_a_body_and_can_then_write_a_notice(
    qtbot: QtBot, window: MainWindow, page: IssuingBodiesPage, db: Database, prompter: FakePrompter
) -> None:
    editor = page.editor
    assert page.count_label.text().startswith("Chưa có cơ quan ban hành nào.")
    assert not editor.isEnabled()
    click(qtbot, page, page.add_action)
    assert editor.isEnabled() and editor.state_label.text() == "Chưa lưu"
    assert preview(page).startswith("(TÊN CƠ QUAN BAN HÀNH) CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")

    type_text(qtbot, editor.name_edit, "Văn phòng UBND tỉnh")
    type_text(qtbot, editor.parent_edit, "UBND tỉnh Lạng Sơn")
    type_text(qtbot, editor.body_lines_edit, "Văn phòng")
    type_text(qtbot, editor.symbol_edit, "vp")
    assert editor.symbol_note.text() == "→ TB-VP"
    type_text(qtbot, editor.place_edit, "Lạng Sơn")
    type_text(qtbot, editor.signer_title_edit, "Chánh Văn phòng")
    type_text(qtbot, editor.archive_edit, "NC")
    text = preview(page)
    assert text.startswith("UBND TỈNH LẠNG SƠN VĂN PHÒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
                           "Hạnh phúc Số: …/TB-VP Lạng Sơn, ngày … tháng … năm … THÔNG BÁO")
    assert "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./." in text
    assert text.endswith("Nơi nhận: - …; - Lưu: VT, NC. CHÁNH VĂN PHÒNG (Họ và tên người ký)")

    with qtbot.waitSignal(window.context.signals.data_changed) as changed:
        click(qtbot, editor, editor.save_action)
    assert changed.args == [Topic.ISSUING_BODIES]
    assert editor.state_label.text().startswith("Đã lưu lúc ") and not editor.error_label.isVisible()
    assert editor.body_lines_edit.toPlainText() == "VĂN PHÒNG"  # stored in capitals, as printed
    assert listed(page) == [("Văn phòng UBND tỉnh", "TB-VP")]
    [body] = IssuingBodyService(db).list()
    assert (body.parent_line, body.body_lines, body.signer_title) == ("UBND TỈNH LẠNG SƠN", ["VĂN PHÒNG"],
                                                                      "CHÁNH VĂN PHÒNG")

    notices = window.show_page("notices")
    assert isinstance(notices, NoticesPage)
    notices.list_view.new_action.trigger()  # "Soạn mới" no longer refuses
    assert prompter.errors == [] and notices.editing()
    general = notices.editor_view.general
    assert general.body_combo.currentText() == "Văn phòng UBND tỉnh (TB-VP)"
    assert general.place_edit.text() == "Lạng Sơn"
    type_text(qtbot, general.summary_edit, "Kết luận về công tác cải cách hành chính")
    notices.editor_view.recipients.insert_lines(["Các sở, ban, ngành"])
    notices.editor_view.save_action.trigger()
    created = NoticeService(db).get(notices.editor.notice_id)
    assert created.issuing_body_id == body.id and created.archive_line == "VT, NC"


def test_refused_save_names_the_field_and_keeps_the_cursor_there(
    qtbot: QtBot, page: IssuingBodiesPage, db: Database
) -> None:
    editor = page.editor
    click(qtbot, page, page.add_action)
    click(qtbot, editor, editor.save_action)
    assert editor.error_label.text() == "Tên gọi của cơ quan ban hành không được để trống."
    assert editor.name_edit.hasFocus()
    type_text(qtbot, editor.name_edit, "UBND tỉnh")
    assert not editor.error_label.isVisible()  # an edit clears the old message
    type_text(qtbot, editor.body_lines_edit, "Ủy ban nhân dân")
    qtbot.keyClick(editor.body_lines_edit, Qt.Key.Key_Return)
    type_text(qtbot, editor.body_lines_edit, "Tỉnh Lạng Sơn")
    type_text(qtbot, editor.symbol_edit, "UB ND")
    type_text(qtbot, editor.place_edit, "Lạng Sơn")
    assert preview(page).startswith("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN CỘNG HÒA")
    click(qtbot, editor, editor.save_action)
    assert editor.error_label.text().startswith("Ký hiệu “UB ND” chỉ được gồm chữ cái không dấu, chữ Đ và chữ số")
    assert editor.symbol_edit.hasFocus() and editor.symbol_edit.selectedText() == "UB ND"
    type_text(qtbot, editor.symbol_edit, "UBND")
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_Return)  # Enter in the name saves
    assert [b.notice_symbol for b in IssuingBodyService(db).list()] == ["TB-UBND"]


def test_leaving_with_edits_that_cannot_be_saved_asks_and_may_stay(
    qtbot: QtBot, window: MainWindow, page: IssuingBodiesPage, prompter: FakePrompter
) -> None:
    click(qtbot, page, page.add_action)
    type_text(qtbot, page.editor.name_edit, "Ban Chỉ đạo")
    prompter.answers.append(False)  # "Ở lại để sửa"
    window.nav.setCurrentRow(window.nav.count() - 1)  # "Cơ quan, đơn vị"
    assert window.current_page() is page and window.nav.currentItem().text() == "Cơ quan ban hành"
    assert prompter.questions[0].startswith("Cần ít nhất một dòng tên cơ quan ban hành (dòng in đậm)")
    assert page.editor.name_edit.text() == "Ban Chỉ đạo"
    prompter.answers.append(True)  # "Bỏ thay đổi"
    window.show_page("agencies")
    assert window.current_page() is not page and not page.editor.isEnabled()
    assert IssuingBodyService(window.context.db).list() == []


def test_demo_bodies_edit_and_switch_saves(qtbot: QtBot, demo_page: IssuingBodiesPage, demo_db: Database) -> None:
    page, editor = demo_page, demo_page.editor
    assert listed(page) == [("UBND tỉnh Lạng Sơn", "TB-UBND"), ("Văn phòng UBND tỉnh", "TB-VP")]
    assert page.count_label.text() == "2 cơ quan ban hành"
    assert editor.name_edit.text() == "UBND tỉnh Lạng Sơn" and editor.state_label.text() == ""
    text = preview(page)
    assert text.startswith("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN CỘNG HÒA")
    assert "UBND tỉnh thông báo để các cơ quan" in text
    assert text.endswith("Lưu: VT, NC. TL. CHỦ TỊCH CHÁNH VĂN PHÒNG Trịnh Tiến Duy")
    editor.authority_combo.setCurrentText("KT. CHỦ TỊCH")
    assert editor.state_label.text() == "Đang sửa…"
    assert "KT. CHỦ TỊCH CHÁNH VĂN PHÒNG Trịnh Tiến Duy" in preview(page)
    page.presenter.select(page.presenter.rows[1].id)  # choosing another body saves the first
    assert editor.name_edit.text() == "Văn phòng UBND tỉnh"
    assert IssuingBodyService(demo_db).list()[0].signing_authority == "KT. CHỦ TỊCH"
    assert preview(page).startswith("UBND TỈNH LẠNG SƠN VĂN PHÒNG CỘNG HÒA")


def test_a_used_body_is_not_deleted_but_may_stop_being_used(
    qtbot: QtBot, demo_page: IssuingBodiesPage, demo_db: Database, prompter: FakePrompter
) -> None:
    page = demo_page
    assert page.active_action.text() == "Ngừng dùng"
    prompter.answers += [True, True]  # "Xóa", then "Ngừng dùng" instead
    click(qtbot, page, page.delete_action)
    assert prompter.questions[1].startswith("Không xóa được “UBND tỉnh Lạng Sơn” vì đã dùng cho 2 thông báo.")
    assert listed(page)[0] == ("UBND tỉnh Lạng Sơn (ngừng dùng)", "TB-UBND")
    assert page.count_label.text() == "2 cơ quan ban hành (1 ngừng dùng)"
    assert page.active_action.text() == "Dùng lại"
    assert page.editor.state_label.text().startswith("Đang ngừng dùng nên không được chọn")
    assert [b.symbol for b in IssuingBodyService(demo_db).list()] == ["VP"]
    click(qtbot, page, page.active_action)
    assert [b.symbol for b in IssuingBodyService(demo_db).list()] == ["UBND", "VP"]
    assert page.active_action.text() == "Ngừng dùng"


def test_an_unused_body_is_deleted_and_its_neighbour_opens(
    qtbot: QtBot, demo_page: IssuingBodiesPage, demo_db: Database, prompter: FakePrompter
) -> None:
    page = demo_page
    page.presenter.select(page.presenter.rows[1].id)
    prompter.answers.append(True)
    click(qtbot, page, page.delete_action)
    assert prompter.questions == ["Xóa cơ quan ban hành “Văn phòng UBND tỉnh” (TB-VP)?\n\n"
                                  "Việc xóa không hoàn tác được."]
    assert listed(page) == [("UBND tỉnh Lạng Sơn", "TB-UBND")]
    assert page.editor.name_edit.text() == "UBND tỉnh Lạng Sơn"


def test_add_a_person_as_the_default_signer(qtbot: QtBot, page: IssuingBodiesPage, db: Database) -> None:
    editor = page.editor
    click(qtbot, page, page.add_action)
    dialog = page.editor_presenter.add_person()
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.name_edit, "Nguyễn Văn An")
    type_text(qtbot, dialog.title_edit, "Chánh Văn phòng")
    dialog.submit()
    [person] = PeopleService(db).list()
    assert editor.signer_combo.person_id() == person.id
    assert editor.signer_combo.currentText() == "Nguyễn Văn An"
    assert preview(page).endswith("Nguyễn Văn An")
    click(qtbot, editor, editor.revert_action)  # the new body is abandoned: nothing to ask when the window closes
    assert not editor.isEnabled()
