"""Around the pages: a window that fits the screen (remembered per screen), page keys, the "Đi tới" menu and the
toolbar of frequent commands."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMargins, QRect, QSettings, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from cchc_desktop.core.enums import BlockKind
from cchc_desktop.ui.conclusion.document_model import block_kind
from cchc_desktop.ui.conclusion.editor import ConclusionEditor
from cchc_desktop.ui.context import AppContext
from cchc_desktop.ui.main_window import MainWindow
from cchc_desktop.ui.pages import standard_pages
from cchc_desktop.ui.pages.meetings.page import MeetingsPage
from cchc_desktop.ui.pages.notices.page import NoticesPage
from cchc_desktop.ui.pages.tasks import TasksPage
from cchc_desktop.ui.window_chrome import (
    FRAME_ESTIMATE,
    TOOLBAR_COMMANDS,
    default_geometry,
    page_action,
    reachable,
    screen_key,
    with_mnemonic,
)

from .conftest import FakePrompter

CTRL = Qt.KeyboardModifier.ControlModifier
LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 less a 40-pixel task bar
FRAME = QMargins(1, 30, 1, 1)


def new_window(qtbot: QtBot, context: AppContext, settings: QSettings) -> MainWindow:
    window = MainWindow(context, settings)
    qtbot.addWidget(window)
    for spec in standard_pages():
        window.register_page(spec)
    return window


# -- size ----------------------------------------------------------------------------------------------------
def test_the_first_window_fits_a_1366x768_laptop_status_bar_included() -> None:
    inner = default_geometry(LAPTOP, FRAME)
    outer = inner.marginsAdded(FRAME)
    assert LAPTOP.contains(outer)
    assert inner.height() == 728 - 31 and inner.width() == 1280  # as tall as the screen allows, not 800
    big = default_geometry(QRect(0, 0, 1920, 1040), FRAME)
    assert (big.width(), big.height()) == (1280, 800)
    assert abs(big.center().x() - 960) <= 1  # centred


def test_a_geometry_off_every_screen_or_larger_than_it_is_not_reachable() -> None:
    screens = [LAPTOP, QRect(1366, 0, 1920, 1080)]
    assert reachable(QRect(100, 50, 1000, 600), screens)
    assert reachable(QRect(1500, 100, 1600, 900), screens)  # on the second screen
    assert not reachable(QRect(4000, 100, 1000, 600), screens)  # that screen was unplugged
    assert not reachable(QRect(100, -500, 1000, 600), screens)  # title bar above the screen
    assert not reachable(QRect(100, 700, 1000, 600), [LAPTOP])  # only a sliver at the bottom


def test_a_new_window_fits_the_available_screen(qtbot: QtBot, context: AppContext, settings: QSettings) -> None:
    window = MainWindow(context, settings)
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert window.geometry() == default_geometry(available)
    assert available.contains(window.geometry().marginsAdded(FRAME_ESTIMATE))


def test_every_page_fits_a_1366x768_laptop(window: MainWindow) -> None:
    """No page asks for more than the first window on the laptop, so the status bar stays on the screen."""
    inner = default_geometry(LAPTOP)
    for spec in standard_pages():
        window.show_page(spec.key)
        needed = window.minimumSizeHint()
        assert needed.width() <= inner.width() and needed.height() <= inner.height(), spec.key


def test_geometry_is_remembered_per_screen(qtbot: QtBot, context: AppContext, settings: QSettings) -> None:
    window = new_window(qtbot, context, settings)
    window.show()
    qtbot.waitExposed(window)
    window.setGeometry(40, 60, window.minimumSizeHint().width(), 550)
    saved = window.size()
    window.close()
    key = screen_key(window.screen())
    size = window.screen().geometry().size()
    assert key.endswith(f" {size.width()}x{size.height()}") and isinstance(settings.value(key), QByteArray)
    # Another screen's geometry is kept beside it and does not apply here.
    settings.setValue(key.rsplit(" ", 1)[0] + " 3840x2160", settings.value(key))
    again = new_window(qtbot, context, settings)
    assert again.height() == saved.height() == 550  # (Qt clamps the width to the 800-pixel offscreen screen)

    # A geometry saved on a monitor that is gone (off every screen) comes back onto this one.
    lost = new_window(qtbot, context, settings)
    lost.show()
    qtbot.waitExposed(lost)
    lost.move(9000, 9000)
    settings.setValue(key, lost.saveGeometry())
    restored = new_window(qtbot, context, settings)
    screens = [screen.availableGeometry() for screen in QGuiApplication.screens()]
    assert reachable(restored.frameGeometry(), screens)


# -- page keys -----------------------------------------------------------------------------------------------
def focus_window(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_ctrl_digit_and_ctrl_page_keys_switch_pages(qtbot: QtBot, window: MainWindow) -> None:
    focus_window(qtbot, window)
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_3, CTRL)
    assert isinstance(window.current_page(), TasksPage) and window.nav.currentItem().text() == "Nhiệm vụ"
    qtbot.keyClick(window.current_page(), Qt.Key.Key_PageDown, CTRL)
    assert window.nav.currentItem().text() == "Kế hoạch, nghị quyết"
    qtbot.keyClick(window.current_page(), Qt.Key.Key_PageUp, CTRL)
    qtbot.keyClick(window.current_page(), Qt.Key.Key_PageUp, CTRL)
    assert window.nav.currentItem().text() == "Cuộc họp, kết luận"
    qtbot.keyClick(window.current_page(), Qt.Key.Key_PageUp, CTRL)
    qtbot.keyClick(window.current_page(), Qt.Key.Key_PageUp, CTRL)  # wraps round to the last page
    assert window.nav.currentItem().text() == "Nhật ký thay đổi"


def test_the_conclusion_editor_keeps_its_ctrl_digits(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+2 in a conclusion sets "mục 1." there instead of opening the second page."""
    window.show_page("tasks")
    editor = ConclusionEditor()
    window.statusBar().addWidget(editor)
    editor.show()
    focus_window(qtbot, window)
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClicks(editor, "Kiem tra")
    qtbot.keyClick(editor, Qt.Key.Key_2, CTRL)
    assert isinstance(window.current_page(), TasksPage)
    assert block_kind(editor.textCursor().block()) == BlockKind.NUMBERED


def test_shortcuts_are_shown_in_tooltips_and_the_go_menu(window: MainWindow) -> None:
    assert window.nav.item(2).toolTip() == "Nhiệm vụ (Ctrl+3)"
    assert window.nav.item(13).toolTip() == "Nhật ký thay đổi (Ctrl+PgUp / Ctrl+PgDown: trang trước / sau)"
    assert not window.nav.item(0).icon().isNull()
    entries = [(action.text(), action.shortcut().toString()) for action in window.go_menu.actions()
               if not action.isSeparator()]
    assert entries[:3] == [("&Tổng quan", "Ctrl+1"), ("&Cuộc họp, kết luận", "Ctrl+2"), ("&Nhiệm vụ", "Ctrl+3")]
    assert entries[8] == ("Đồ t&hị", "Ctrl+9")  # Đ and T are taken: the next plain letter
    assert entries[-2:] == [("Trang trước", "Ctrl+PgUp"), ("Trang sau", "Ctrl+PgDown")]
    assert len(entries) == 16 and all(key == "" for _text, key in entries[9:14])
    letters = [text[text.index("&") + 1].lower() for text, _key in entries if "&" in text]
    assert len(letters) == len(set(letters))  # one letter opens one entry of the open menu
    window.go_menu.actions()[4].trigger()
    assert isinstance(window.current_page(), NoticesPage)


def test_mnemonics_take_a_plain_letter_not_taken_yet() -> None:
    used = {"t", "s"}
    assert with_mnemonic("Tổng quan", used) == "Tổng &quan" and used == {"t", "s", "q"}
    assert with_mnemonic("Đồ thị", used) == "Đồ t&hị"
    assert with_mnemonic("ab", {"a", "b"}) == "ab"


# -- toolbar -------------------------------------------------------------------------------------------------
def test_every_toolbar_command_names_an_action_of_its_page(window: MainWindow) -> None:
    for command in TOOLBAR_COMMANDS:
        assert isinstance(page_action(window.show_page(command.page), command.action), QAction)
    texts = [action.iconText() for action in window.toolbar.actions() if not action.isSeparator()]
    assert texts == ["Cuộc họp mới", "Giao nhiệm vụ", "Soạn từ cuộc họp", "Thông báo mới", "Nhập kết quả",
                     "Sao lưu…"]
    assert all(not action.icon().isNull() for action in window.toolbar.actions() if not action.isSeparator())


def test_a_toolbar_command_opens_its_page_and_runs_the_page_action(
    qtbot: QtBot, demo_context: AppContext, settings: QSettings, prompter: FakePrompter
) -> None:
    window = new_window(qtbot, demo_context, settings)
    window.show()
    qtbot.waitExposed(window)
    assert type(window.current_page()).__name__ == "OverviewPage"
    button = window.toolbar.widgetForAction(window.toolbar_actions["Cuộc họp mới"])
    assert isinstance(button, QToolButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    page = window.current_page()
    assert isinstance(page, MeetingsPage) and page.editing() and page.editor.meeting_id is None
    window.toolbar_actions["Thông báo mới"].trigger()
    notices = window.current_page()
    assert prompter.errors == []
    assert isinstance(notices, NoticesPage) and notices.editing()
