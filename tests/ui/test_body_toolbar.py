"""One formatting toolbar for the meeting conclusion and the notice body: the same commands, in the same order."""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from cchc_desktop.ui.conclusion.panel import ConclusionPanel
from cchc_desktop.ui.conclusion.toolbar import BodyToolbar
from cchc_desktop.ui.pages.notices.body_panel import NoticeBodyPanel

COMMON = ["Đậm", "Nghiêng", "", "Lùi vào", "Lùi ra", "", "Câu trách nhiệm…"]
UNDO = ["", "Hoàn tác", "Làm lại"]


def commands(toolbar: BodyToolbar) -> list[str]:
    return [action.iconText() if not action.isSeparator() else "" for action in toolbar.toolbar.actions()]


def test_both_panels_share_the_toolbar(qtbot: QtBot) -> None:
    conclusion = ConclusionPanel(lambda blocks: None, lambda: "Sở Nội vụ", lambda message: None)
    notice = NoticeBodyPanel(lambda: "Sở Nội vụ")
    for panel in (conclusion, notice):
        qtbot.addWidget(panel)
    assert commands(notice.toolbar) == COMMON + UNDO
    assert commands(conclusion.toolbar) == [*COMMON, "Tạo nhiệm vụ từ mục này…", *UNDO]
    bold = conclusion.toolbar.bold_action
    assert bold.font().bold() and bold.toolTip() == "Đậm (Ctrl+B)"
    assert conclusion.toolbar.responsibility_action.toolTip().startswith("Chèn “(Trách nhiệm")
    conclusion.resize(1000, 400)  # the meeting editor spans the window
    conclusion.show()
    qtbot.waitExposed(conclusion)
    buttons = [b.text() for b in conclusion.toolbar.toolbar.findChildren(QToolButton) if b.isVisible()]
    assert "Câu trách nhiệm…" in buttons  # the "…" of a command that asks stays on its button


def test_read_only_disables_the_kind_box_and_commands(qtbot: QtBot) -> None:
    notice = NoticeBodyPanel(lambda: None)
    qtbot.addWidget(notice)
    notice.set_read_only(True)
    buttons = notice.toolbar.toolbar.findChildren(QToolButton)
    assert not notice.toolbar.kind_box.isEnabled() and buttons and not any(b.isEnabled() for b in buttons)
    notice.set_read_only(False)
    assert notice.toolbar.kind_box.isEnabled()
