"""The Help menu: the bundled user guide opens offline, the shortcuts list shows what the keys really do."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from cchc_desktop.ui.dialogs.help_dialogs import HelpBrowserDialog
from cchc_desktop.ui.main_window import MainWindow
from cchc_desktop.ui.widgets.common import make_action

from .test_qt_translation import vietnamese  # noqa: F401 (the fixture)


def help_items(window: MainWindow) -> list[str]:
    menu = window.menuBar().actions()[-1].menu()
    return [action.text() for action in menu.actions() if action.text()]


def opened_dialog(window: MainWindow, title: str) -> HelpBrowserDialog:
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, HelpBrowserDialog) and w.isVisible() and w.windowTitle() == title]
    assert len(dialogs) == 1
    return dialogs[0]


@pytest.fixture
def closing(qtbot: QtBot) -> Iterator[list[QWidget]]:
    opened: list[QWidget] = []
    yield opened
    for widget in opened:
        widget.close()


def test_the_help_menu_offers_the_guide_the_shortcuts_and_about(window: MainWindow) -> None:
    assert help_items(window) == ["&Hướng dẫn sử dụng", "&Phím tắt", "&Giới thiệu"]
    assert window.guide_action.shortcut().toString() == "F1"


def test_the_guide_opens_from_the_bundled_file(window: MainWindow, qtbot: QtBot, closing: list[QWidget]) -> None:
    window.guide_action.trigger()
    dialog = opened_dialog(window, "Hướng dẫn sử dụng")
    closing.append(dialog)
    text = dialog.browser.toPlainText()
    assert text.startswith("Hướng dẫn sử dụng CCHC Desktop")
    for heading in ("Những bước đầu tiên", "Các trang và công dụng", "Nhập dữ liệu từ Excel",
                    "Soạn và ban hành thông báo", "Sao lưu và khôi phục"):
        assert heading in text
    for title in (window.nav.item(i).text() for i in range(window.nav.count())):
        assert title in text, f"the guide does not describe the page {title}"
    assert dialog.browser.source().isLocalFile()
    window.guide_action.trigger()  # F1 again: the same guide, not a second window
    assert opened_dialog(window, "Hướng dẫn sử dụng") is dialog


@pytest.mark.usefixtures("vietnamese")
def test_the_shortcuts_list_reads_the_window_and_every_page(
    window: MainWindow, qtbot: QtBot, closing: list[QWidget]
) -> None:
    window.shortcuts_action.trigger()
    dialog = opened_dialog(window, "Phím tắt")
    closing.append(dialog)
    text = dialog.browser.toPlainText()  # one line per cell: the keys, then the command
    lines = text.splitlines()
    for heading in ("Cả cửa sổ (menu)", "Cuộc họp, kết luận", "Nhiệm vụ", "Thông báo", "Trong ô chữ"):
        assert any(line.startswith(heading) for line in lines), heading
    # Window menus, a page never opened before (built for the list) and the conclusion editor's toolbar:
    assert "Ctrl+O\nMở cơ sở dữ liệu khác…" in text
    assert "F1\nHướng dẫn sử dụng" in text
    assert "Ctrl+N, Ins\nThêm cuộc họp — Thêm cuộc họp, hội nghị" in text
    assert "Ctrl+P\nIn… — In thông báo như bản xem trước" in text
    assert "Ctrl+B\nĐậm" in text
    # Text fields: Qt's own menu, in Vietnamese.
    assert "Ctrl+C\nSao chép" in text and "Ctrl+V\nDán" in text


def test_the_shortcuts_list_follows_a_new_action(window: MainWindow, qtbot: QtBot, closing: list[QWidget]) -> None:
    page = window.show_page("agencies")
    page.addAction(make_action(page, "Làm mới", "Đọc lại danh sách (F5)", Qt.ShortcutContext.WindowShortcut, "F5"))
    window.shortcuts_action.trigger()
    dialog = opened_dialog(window, "Phím tắt")
    closing.append(dialog)
    assert "F5\nLàm mới — Đọc lại danh sách" in dialog.browser.toPlainText()
