"""The models behind "Nhóm nơi nhận": the ordered lines with undo, the list of groups, the printed form."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cchc_desktop.core.services.recipients import GroupRow, LineInput
from cchc_desktop.ui.models.recipient_group_model import GroupColumn, RecipientGroupModel
from cchc_desktop.ui.models.recipient_lines_model import RecipientLinesModel
from cchc_desktop.ui.pages.recipients.printing import (
    has_report_marker,
    preview_html,
    printed_lines,
    with_report_marker,
)


def texts(model: RecipientLinesModel) -> list[str]:
    return [line.text for line in model.lines()]


def test_every_change_is_undone_and_redone_in_order() -> None:
    model = RecipientLinesModel()
    model.set_lines([LineInput("Các sở, ban, ngành"), LineInput("UBND các huyện, thành phố")])
    assert not model.undo_stack.canUndo()
    assert model.insert_line(0, "- Thường trực Tỉnh ủy (B/c);", 7) == 0
    assert model.move_line(2, -1) == 1
    assert model.set_text(0, "Thường trực Tỉnh ủy")
    assert model.remove_line(2)
    assert texts(model) == ["Thường trực Tỉnh ủy", "UBND các huyện, thành phố"]
    assert model.lines()[0].agency_id == 7  # editing the text keeps the agency the line names

    expected = [
        ["Thường trực Tỉnh ủy", "UBND các huyện, thành phố", "Các sở, ban, ngành"],
        ["Thường trực Tỉnh ủy (B/c)", "UBND các huyện, thành phố", "Các sở, ban, ngành"],
        ["Thường trực Tỉnh ủy (B/c)", "Các sở, ban, ngành", "UBND các huyện, thành phố"],
        ["Các sở, ban, ngành", "UBND các huyện, thành phố"],
    ]
    for lines in expected:
        model.undo_stack.undo()
        assert texts(model) == lines
    model.undo_stack.redo()
    assert texts(model) == expected[-2]
    assert model.undo_stack.undoText() == "thêm dòng “Thường trực Tỉnh ủy (B/c)”"


def test_refused_changes_leave_no_undo_step() -> None:
    model = RecipientLinesModel()
    model.set_lines([LineInput("Các sở, ban, ngành")])
    assert model.insert_line(0, " - ; ") is None
    assert not model.set_text(0, "")
    assert model.set_text(0, "- Các sở, ban, ngành;")  # the same line once "- " and ";" are taken off
    assert model.move_line(0, -1) is None and model.move_line(0, +1) is None
    assert not model.remove_line(3)
    assert model.undo_stack.count() == 0


def test_cells_edit_through_the_undo_stack_and_show_the_linked_agency() -> None:
    model = RecipientLinesModel()
    model.set_agency_names({3: "Sở Nội vụ"})
    model.set_lines([LineInput("Sở Nội vụ", 3)])
    index = model.index(0, 0)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == "Sở Nội vụ\nGắn với cơ quan: Sở Nội vụ"
    assert model.setData(index, "Sở Nội vụ (B/c)")
    assert model.undo_stack.count() == 1
    assert model.headerData(0, Qt.Orientation.Vertical) == "1"


def test_group_model_shows_name_and_line_count() -> None:
    model = RecipientGroupModel()
    model.set_rows([GroupRow(1, "Họp Ban Chỉ đạo CCHC quý", 5, "Dùng cho các cuộc họp quý")])
    assert model.index(0, GroupColumn.NAME).data() == "Họp Ban Chỉ đạo CCHC quý"
    assert model.index(0, GroupColumn.LINES).data() == "5"
    assert model.index(0, GroupColumn.NAME).data(Qt.ItemDataRole.ToolTipRole).endswith("Dùng cho các cuộc họp quý")
    assert model.row_of(1) == 0 and model.row_of(2) is None


def test_report_marker_and_printed_form() -> None:
    assert with_report_marker("Thường trực Tỉnh ủy", True) == "Thường trực Tỉnh ủy (B/c)"
    assert with_report_marker("Thường trực Tỉnh ủy (b/c)", True) == "Thường trực Tỉnh ủy (B/c)"
    assert with_report_marker("Thường trực Tỉnh ủy (để b/c)", False) == "Thường trực Tỉnh ủy"
    assert has_report_marker("HĐND tỉnh (B/c)") and not has_report_marker("Các Ban HĐND tỉnh")
    assert printed_lines(["Thường trực Tỉnh ủy (B/c)", "Các sở, ban, ngành"]) == [
        "- Thường trực Tỉnh ủy (B/c);", "- Các sở, ban, ngành;", "- Lưu: VT, ….",
    ]
    assert "<b><i>Nơi nhận:</i></b>" in preview_html(["A & B"]) and "A &amp; B" in preview_html(["A & B"])
