"""The conclusion editor, driven with the keyboard as a clerk would."""

import unicodedata

from PySide6.QtCore import QMimeData, Qt

from cchc_desktop.core.body import Run, labels, plain_text
from cchc_desktop.core.enums import BlockKind as K
from cchc_desktop.ui.conclusion.editor import ConclusionEditor

from .conftest import type_text


def make(qtbot):
    editor = ConclusionEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.setFocus()
    return editor


def test_typing_with_enter_tab_and_shortcuts_builds_the_structure(qtbot):
    editor = make(qtbot)
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(editor, Qt.Key.Key_1, ctrl)  # heading
    type_text(qtbot, editor, "Phương hướng, nhiệm vụ")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.keyClick(editor, Qt.Key.Key_3, ctrl)  # lettered point
    type_text(qtbot, editor, "Sở Tài chính")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.keyClick(editor, Qt.Key.Key_4, ctrl)  # bullet
    type_text(qtbot, editor, "Rà soát kinh phí ")
    qtbot.keyClick(editor, Qt.Key.Key_B, ctrl)
    type_text(qtbot, editor, "trong Quý III/2024")
    qtbot.keyClick(editor, Qt.Key.Key_B, ctrl)
    type_text(qtbot, editor, ".")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # a new bullet …
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # … left empty: Enter moves it out to the lettered level
    type_text(qtbot, editor, "Sở Kế hoạch và Đầu tư")
    blocks = editor.blocks()
    assert [b.kind for b in blocks] == [K.HEADING]
    points = blocks[0].children
    assert [p.kind for p in points] == [K.LETTERED, K.LETTERED]
    assert labels(points) == ["a)", "b)"]
    assert points[0].children[0].kind == K.BULLET
    assert points[0].children[0].runs == [Run("Rà soát kinh phí "), Run("trong Quý III/2024", bold=True), Run(".")]
    assert points[1].text == "Sở Kế hoạch và Đầu tư"


def test_undo_and_redo(qtbot):
    editor = make(qtbot)
    type_text(qtbot, editor, "Đoạn một")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert len(editor.blocks()[0].children) == 0 or editor.blocks()  # structure present
    editor.undo()
    editor.undo()
    assert plain_text(editor.blocks()) == "1. Đoạn một"
    editor.redo()
    editor.redo()
    type_text(qtbot, editor, "Đoạn hai")
    assert editor.blocks()[0].children[0].text == "Đoạn hai"


def test_pasting_plain_text_of_a_conclusion_makes_structure_and_composes_nfd(qtbot):
    editor = make(qtbot)
    mime = QMimeData()
    mime.setText(unicodedata.normalize("NFD", (
        "1. Tồn tại, hạn chế\n\nViệc thực hiện tự chủ tài chính còn\n\nchậm.\n\n"
        "2. Phương hướng\n\na) Sở Tài chính, Sở Kế hoạch và Đầu tư\n\n- Rà soát, tham mưu hỗ trợ kinh phí.\n"
    )))
    editor.insertFromMimeData(mime)
    blocks = editor.blocks()
    assert plain_text(blocks) == (
        "1. Tồn tại, hạn chế\nViệc thực hiện tự chủ tài chính còn chậm.\n2. Phương hướng\n"
        "a) Sở Tài chính, Sở Kế hoạch và Đầu tư\n- Rà soát, tham mưu hỗ trợ kinh phí."
    )
    assert [b.kind for b in blocks] == [K.HEADING, K.HEADING]


def test_loaded_blocks_keep_their_ids_through_edits(qtbot):
    from cchc_desktop.core.body import Block, plain

    editor = make(qtbot)
    editor.set_blocks([Block(K.NUMBERED, plain("Mục một"), id=7), Block(K.NUMBERED, plain("Mục hai"), id=8)])
    cursor = editor.textCursor()
    cursor.setPosition(3)
    editor.setTextCursor(cursor)
    type_text(qtbot, editor, "X")
    blocks = editor.blocks()
    assert [(b.id, b.text) for b in blocks] == [(7, "MụcX một"), (8, "Mục hai")]
    assert editor.current_block_id() == 7


def test_the_first_line_of_an_empty_text_is_item_one_and_the_kind_box_follows_the_cursor(qtbot):
    from cchc_desktop.core.body import Block, plain
    from cchc_desktop.ui.conclusion.toolbar import BodyToolbar

    editor = make(qtbot)
    toolbar = BodyToolbar(editor, lambda: None)
    qtbot.addWidget(toolbar)
    assert toolbar.kind_box.currentData() == K.NUMBERED  # what the box says is what typing gives
    type_text(qtbot, editor, "Kết quả nổi bật")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    type_text(qtbot, editor, "Tồn tại, hạn chế")
    blocks = editor.blocks()
    assert [b.kind for b in blocks] == [K.NUMBERED, K.NUMBERED]
    assert plain_text(blocks) == "1. Kết quả nổi bật\n2. Tồn tại, hạn chế"
    qtbot.keyClick(editor, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert toolbar.kind_box.currentData() == K.PARAGRAPH
    editor.moveCursor(editor.textCursor().MoveOperation.Start)
    assert toolbar.kind_box.currentData() == K.NUMBERED

    editor.set_blocks([Block(K.PARAGRAPH, plain("Mở đầu")), Block(K.HEADING, plain("Phương hướng"))])
    assert toolbar.kind_box.currentData() == K.PARAGRAPH  # loading moves the cursor to a paragraph
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    assert toolbar.kind_box.currentData() == K.HEADING
    editor.set_blocks([])  # an emptied conclusion starts again with item "1."
    assert toolbar.kind_box.currentData() == K.NUMBERED
    type_text(qtbot, editor, "Mục mới")
    assert plain_text(editor.blocks()) == "1. Mục mới"
