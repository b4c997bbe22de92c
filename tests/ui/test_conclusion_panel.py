"""Autosave, the responsibility sentence and creating a task from an item."""

from PySide6.QtCore import Qt

from cchc_desktop.core.body import Block, Run, plain
from cchc_desktop.core.enums import BlockKind as K
from cchc_desktop.core.errors import ValidationError
from cchc_desktop.ui.conclusion.panel import ConclusionPanel

from .conftest import type_text


class Store:
    """Stands in for MeetingService.save_conclusion: numbers new blocks as the store would."""

    def __init__(self):
        self.saved: list[list[Block]] = []
        self.next_id = 100
        self.fail = False

    def save(self, blocks):
        if self.fail:
            raise ValidationError("Kết luận", "", "Không lưu được kết luận.")
        for root in blocks:
            for block in root.walk():
                if block.id is None:
                    self.next_id += 1
                    block.id = self.next_id
        self.saved.append(blocks)


def make(qtbot, agency="Sở Nội vụ"):
    store, errors = Store(), []
    panel = ConclusionPanel(store.save, lambda: agency, errors.append)
    panel.timer.setInterval(20)
    qtbot.addWidget(panel)
    panel.show()
    panel.editor.setFocus()
    return panel, store, errors


def test_edits_are_saved_automatically_after_a_pause(qtbot):
    panel, store, _ = make(qtbot)
    panel.load([Block(K.NUMBERED, plain("Mục một"), id=1)])
    panel.editor.moveCursor(panel.editor.textCursor().MoveOperation.End)
    type_text(qtbot, panel.editor, " đã sửa")
    assert panel.status.text() == "Đang sửa…"
    qtbot.waitUntil(lambda: len(store.saved) == 1)
    assert store.saved[0][0].text == "Mục một đã sửa" and store.saved[0][0].id == 1
    assert panel.status.text().startswith("Đã lưu lúc")


def test_save_now_on_leave_and_new_items_get_ids_once(qtbot):
    panel, store, _ = make(qtbot)
    panel.load([Block(K.NUMBERED, plain("Mục một"), id=1)])
    panel.editor.moveCursor(panel.editor.textCursor().MoveOperation.End)
    qtbot.keyClick(panel.editor, Qt.Key.Key_Return)
    type_text(qtbot, panel.editor, "Mục hai")
    assert panel.save_now()
    assert [b.id for b in store.saved[-1]] == [1, 101]
    type_text(qtbot, panel.editor, " mới")
    assert panel.save_now()
    assert [b.id for b in store.saved[-1]] == [1, 101]  # the new item keeps the id it was given
    assert panel.save_now() and len(store.saved) == 2  # nothing changed: nothing saved


def test_failed_save_is_reported_and_kept_pending(qtbot):
    panel, store, errors = make(qtbot)
    panel.load([])
    type_text(qtbot, panel.editor, "Nội dung")
    store.fail = True
    assert not panel.save_now()
    assert errors == ["Không lưu được kết luận."]
    # the line may be shortened with "…" to its width (fonts differ per system); the tooltip keeps it whole
    assert panel.status.full_text() == panel.status.toolTip() == "Chưa lưu được: Không lưu được kết luận."
    assert panel.status.text().startswith("Chưa lưu được") and panel.status.is_failed()
    store.fail = False
    assert panel.save_now()


def test_responsibility_sentence_is_bold_italic(qtbot):
    panel, store, _ = make(qtbot, agency="Sở Tài chính")
    panel.load([Block(K.BULLET, plain("Về cải cách tài chính công: chưa hoàn thành chỉ tiêu giải ngân "), id=5)])
    panel.editor.moveCursor(panel.editor.textCursor().MoveOperation.End)
    panel.insert_responsibility()
    runs = panel.editor.blocks()[0].runs
    assert runs[-2:] == [Run("Trách nhiệm thuộc về cơ quan chủ trì là Sở Tài chính", bold=True, italic=True), Run(")")]


def test_create_task_from_the_current_item_saves_first(qtbot):
    panel, store, errors = make(qtbot)
    panel.load([Block(K.LETTERED, plain("Sở Tài chính, Sở Kế hoạch và Đầu tư"), id=3)])
    panel.editor.moveCursor(panel.editor.textCursor().MoveOperation.End)
    qtbot.keyClick(panel.editor, Qt.Key.Key_Return)
    qtbot.keyClick(panel.editor, Qt.Key.Key_Tab)
    type_text(qtbot, panel.editor, "Rà soát, tham mưu hỗ trợ kinh phí")
    with qtbot.waitSignal(panel.create_task_requested) as signal:
        panel.request_task()
    assert signal.args == [101, "Rà soát, tham mưu hỗ trợ kinh phí"]
    assert errors == []
