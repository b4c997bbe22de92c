"""The main window: navigation, status bar, the File and Help menus."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from cchc_desktop.store.db import Database, open_database
from cchc_desktop.ui.context import AppContext
from cchc_desktop.ui.main_window import PAGE_KEY, MainWindow
from cchc_desktop.ui.pages.agencies import AgenciesPage
from cchc_desktop.ui.widgets.mnemonics import MENU_LETTERS
from cchc_desktop.ui.window_chrome import screen_key

from .conftest import FakePrompter


def test_status_bar_and_title_name_the_database(window: MainWindow, db: Database) -> None:
    assert window.database_label.text() == f"Cơ sở dữ liệu: {db.path}"
    assert window.windowTitle() == "CCHC Desktop – cchc.db"


def test_navigation_lists_the_pages_and_opens_on_the_overview(window: MainWindow) -> None:
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["Tổng quan", "Cuộc họp, kết luận", "Nhiệm vụ", "Kế hoạch, nghị quyết", "Thông báo",
                      "Sổ văn bản đi", "Kết quả chỉ số", "Phân tích, kịch bản", "Đồ thị", "Bộ tiêu chí",
                      "Nhóm nơi nhận", "Cơ quan ban hành", "Cơ quan, đơn vị", "Nhật ký thay đổi"]
    assert type(window.current_page()).__name__ == "OverviewPage"
    assert isinstance(window.show_page("agencies"), AgenciesPage)
    assert window.show_page("agencies") is window.current_page()


def test_menus(window: MainWindow) -> None:
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Tệp", "Đ&i tới", "Trợ &giúp"]
    assert window.open_action.shortcut().toString() == "Ctrl+O"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    file_items = [action.text() for action in window.menuBar().actions()[0].menu().actions() if action.text()]
    assert file_items == ["&Mở cơ sở dữ liệu khác…", "&Sao lưu…", "&Khôi phục từ bản sao lưu…", "&Cài đặt…",
                          "Thiết lập &ban đầu…", "T&hoát"]


def test_forms_leave_the_menu_bar_letters_alone(window: MainWindow) -> None:
    """Alt+letter of a menu must not be taken by a form caption inside the window (MENU_LETTERS)."""
    letters = set()
    for action in window.menuBar().actions():
        text = action.text()
        letters.add(text[text.index("&") + 1].upper())
    assert letters == set(MENU_LETTERS)


def test_opening_a_bad_file_keeps_the_current_database(
    window: MainWindow, prompter: FakePrompter, db: Database, tmp_path: Path
) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("không phải cơ sở dữ liệu", encoding="utf-8")
    prompter.files.append(bad)
    window.open_action.trigger()
    assert prompter.errors == [f"Tệp “{bad}” không phải là cơ sở dữ liệu SQLite của CCHC Desktop."]
    assert window.context.db is db
    assert window.database_label.text() == f"Cơ sở dữ liệu: {db.path}"


def test_opening_another_database_rebuilds_the_pages(
    window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    other_path = tmp_path / "huyen.db"
    open_database(other_path).dispose()
    old_page = window.show_page("agencies")
    prompter.files.append(other_path)
    window.open_action.trigger()
    assert window.context.db.path == other_path
    assert window.database_label.text() == f"Cơ sở dữ liệu: {other_path}"
    assert window.windowTitle() == "CCHC Desktop – huyen.db"
    page = window.current_page()
    assert isinstance(page, AgenciesPage) and page is not old_page
    assert page.presenter.model.rowCount() == 33
    assert window.statusBar().currentMessage() == f"Đã mở cơ sở dữ liệu {other_path}."


def test_cancelled_file_dialog_changes_nothing(window: MainWindow, prompter: FakePrompter, db: Database) -> None:
    prompter.files += [None, None]
    window.open_action.trigger()
    window.backup_action.trigger()
    assert window.context.db is db and not prompter.errors and not prompter.infos


def test_backup_writes_a_copy_and_says_where(window: MainWindow, prompter: FakePrompter, tmp_path: Path) -> None:
    destination = tmp_path / "sao-luu" / "cchc-2024.db"
    prompter.files.append(destination)
    window.backup_action.trigger()
    assert destination.exists()
    assert prompter.infos == [f"Đã sao lưu cơ sở dữ liệu vào tệp:\n{destination}"]
    assert destination.read_bytes().startswith(b"SQLite format 3\x00")


def test_backup_onto_the_open_database_is_refused(window: MainWindow, prompter: FakePrompter, db: Database) -> None:
    """The open file is never replaced (Windows would refuse while the window holds it: WinError 32)."""
    assert db.path is not None
    before = db.path.read_bytes()
    prompter.files.append(db.path)
    window.backup_action.trigger()
    assert prompter.errors == ["Tệp sao lưu phải khác tệp đang dùng."] and not prompter.infos
    assert db.path.read_bytes() == before and window.context.db is db


def test_about_box_is_vietnamese(window: MainWindow, prompter: FakePrompter) -> None:
    window.about_action.trigger()
    assert "Phiên bản" in prompter.abouts[0] and "Tổ Thư ký" in prompter.abouts[0]


def test_geometry_and_page_are_remembered(
    qtbot: QtBot, window: MainWindow, settings: QSettings, context: AppContext
) -> None:
    window.resize(window.minimumSizeHint().width(), 550)
    window.show_page("agencies")
    window.close()
    assert settings.value(screen_key(window.screen())) is not None
    assert settings.value(PAGE_KEY) == "agencies"
    again = MainWindow(context, settings)
    qtbot.addWidget(again)
    assert again.height() == 550  # (the width is clamped to the 800-pixel offscreen screen)


def test_a_page_that_cannot_save_keeps_the_user_on_it(window: MainWindow, prompter: FakePrompter) -> None:
    page = window.show_page("agencies")
    refusals: list[bool] = []
    page.commit_pending = lambda: refusals.append(False) or False  # type: ignore[attr-defined]
    window.nav.setCurrentRow(0)
    assert refusals == [False]
    assert window.current_page() is page
    assert window.nav.currentItem().text() == "Cơ quan, đơn vị"
    prompter.answers.append(False)  # closing: "Vẫn đóng chương trình?" — no, stay
    window.close()
    assert window.isVisible() and prompter.questions[-1].startswith("Một số thay đổi chưa lưu được")
    prompter.answers.append(True)


def test_restore_replaces_the_open_database_after_asking_and_keeps_the_current_content(
    window: MainWindow, prompter: FakePrompter, db: Database, tmp_path: Path
) -> None:
    import sqlite3

    from sqlalchemy import func, select

    from cchc_desktop.store.db import backup_database
    from cchc_desktop.store.models import Agency

    backup = backup_database(db, tmp_path / "sao-luu.db")
    with db.session() as session:
        kind = session.scalars(select(Agency.kind)).first()
        session.add(Agency(name="Cơ quan thêm sau khi sao lưu", kind=kind))
    prompter.files += [backup, backup]
    prompter.answers += [False, True]
    window.restore_action.trigger()  # "Hủy": nothing happens
    assert window.context.db is db and "Thay toàn bộ dữ liệu" in prompter.questions[0]
    window.restore_action.trigger()
    restored = window.context.db
    try:
        assert restored is not db and restored.path == db.path
        with restored.session() as session:
            assert session.scalar(select(func.count()).where(Agency.name == "Cơ quan thêm sau khi sao lưu")) == 0
        assert not prompter.errors
        assert prompter.infos[0].startswith(f"Đã khôi phục cơ sở dữ liệu từ bản sao lưu:\n{backup}")
        kept = next((db.path.parent / "backups").glob("cchc-truoc-khoi-phuc-*.db"))
        conn = sqlite3.connect(kept)  # the replaced content, with the agency added after the backup
        try:
            assert conn.execute("select count(*) from agencies where name = 'Cơ quan thêm sau khi sao lưu'"
                                ).fetchone()[0] == 1
        finally:
            conn.close()
    finally:
        restored.dispose()
