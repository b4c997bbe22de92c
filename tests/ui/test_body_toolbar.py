"""One formatting toolbar for the meeting conclusion and the notice body: the same commands, in the same order."""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from cchc_desktop.ui.conclusion.panel import ConclusionPanel
from cchc_desktop.ui.conclusion.toolbar import BodyToolbar
from cchc_desktop.ui.pages.notices.body_panel import NoticeBodyPanel

COMMON = ["Đậm", "Nghiêng", "", "Lùi vào", "Lùi ra", "Câu trách nhiệm…"]
UNDO = ["", "Hoàn tác", "Làm lại"]


def commands(toolbar: BodyToolbar) -> list[str]:
    return [action.iconText() if not action.isSeparator() else "" for action in toolbar.actions_in_order()]


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
    buttons = [b.text() for b in conclusion.toolbar.findChildren(QToolButton) if b.isVisible()]
    assert "Câu trách nhiệm…" in buttons  # the "…" of a command that asks stays on its button


def test_read_only_disables_the_kind_box_and_commands(qtbot: QtBot) -> None:
    notice = NoticeBodyPanel(lambda: None)
    qtbot.addWidget(notice)
    notice.set_read_only(True)
    buttons = notice.toolbar.findChildren(QToolButton)
    assert not notice.toolbar.kind_box.isEnabled() and buttons and not any(b.isEnabled() for b in buttons)
    notice.set_read_only(False)
    assert notice.toolbar.kind_box.isEnabled()


def hidden_commands(toolbar: BodyToolbar) -> list[str]:
    """Commands not on screen (in a toolbar's "»" overflow menu instead)."""
    hidden = []
    for bar in (toolbar.toolbar, toolbar.commands_bar):
        for action in bar.actions():
            widget = bar.widgetForAction(action)
            if not action.isSeparator() and (widget is None or not widget.isVisible()):
                hidden.append(action.iconText())
        extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        if extension is not None and extension.isVisible():
            hidden.append("»")
    return hidden


def test_notice_body_toolbar_shows_every_command_at_1366(qtbot: QtBot, demo_context) -> None:
    """In the notice editor of a 1366×768 window (the body pane shares the width with the preview) every
    command has its button on screen: the commands wrap onto a second row instead of an overflow menu."""
    from cchc_desktop.core.services.notices import NoticeService
    from cchc_desktop.ui.main_window import MainWindow
    from cchc_desktop.ui.pages import standard_pages

    window = MainWindow(demo_context)
    for spec in standard_pages():
        window.register_page(spec)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("notices")
    page.open_notice(NoticeService(demo_context.db).list()[0].id)
    body = page.editor_view.body
    page.editor_view.tabs.setCurrentWidget(body)
    qtbot.waitUntil(lambda: body.toolbar.isVisible())
    assert body.toolbar.width() < body.toolbar.one_row_width()  # too narrow for one row: two rows are used
    qtbot.waitUntil(lambda: hidden_commands(body.toolbar) == [])  # once the toolbars have laid out
    assert body.toolbar.commands_bar.geometry().top() > body.toolbar.kind_box.geometry().top()


def test_wide_toolbar_keeps_one_row(qtbot: QtBot) -> None:
    """Wide enough for both groups: one row; a little narrower: two rows, and still every command on screen.
    (The width is measured, not assumed: fonts and so the toolbar's width differ between Linux and Windows.)"""
    conclusion = ConclusionPanel(lambda blocks: None, lambda: "Sở Nội vụ", lambda message: None)
    qtbot.addWidget(conclusion)
    toolbar = conclusion.toolbar
    conclusion.resize(toolbar.one_row_width() + 60, 500)
    conclusion.show()
    qtbot.waitExposed(conclusion)
    margins = conclusion.width() - toolbar.width()
    conclusion.resize(toolbar.one_row_width() + margins + 10, 500)
    qtbot.waitUntil(lambda: toolbar.width() >= toolbar.one_row_width())
    qtbot.waitUntil(lambda: hidden_commands(toolbar) == [])
    assert toolbar.commands_bar.geometry().top() == toolbar._format_row.geometry().top()
    conclusion.resize(toolbar.one_row_width() + margins - 40, 500)
    qtbot.waitUntil(lambda: toolbar.width() < toolbar.one_row_width())
    qtbot.waitUntil(lambda: hidden_commands(toolbar) == [])
    assert toolbar.commands_bar.geometry().top() > toolbar._format_row.geometry().top()


def test_an_empty_notice_body_opens_with_a_paragraph_shown_in_the_kind_box(qtbot: QtBot) -> None:
    from cchc_desktop.core.enums import BlockKind

    notice = NoticeBodyPanel(lambda: None)
    qtbot.addWidget(notice)
    notice.set_blocks([])
    assert notice.toolbar.kind_box.currentData() == BlockKind.PARAGRAPH == notice.editor.current_kind()
    assert "dòng đầu tiên là đoạn văn" in notice.hint.text()
