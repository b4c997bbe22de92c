"""The main window: navigation list, page stack, menus and the status bar naming the open database."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

from .. import APP_NAME
from ..core.services.settings import SettingsService
from ..store.db import Database
from . import background, window_chrome
from .context import AppContext
from .dialogs.help_dialogs import show_shortcuts, show_user_guide
from .icons import icon
from .pages import PageSpec
from .window_controller import WindowController

GEOMETRY_KEY = "main_window/geometry"
"""Where versions before the per-screen geometry kept it (read when the screen has none of its own)."""
PAGE_KEY = "main_window/page"
STATUS_TIMEOUT_MS = 6000
SAMPLE_DATA = "Dữ liệu mẫu"
NAVIGATION_WIDTH = 190
NAVIGATION_STYLE = """
QListWidget#navigation { border: none; border-right: 1px solid palette(mid); background: palette(window);
                         outline: 0; padding-top: 6px; }
QListWidget#navigation::item { padding: 7px 12px; }
QListWidget#navigation::item:selected { background: palette(highlight); color: palette(highlighted-text); }
"""


def app_settings() -> QSettings:
    """Per-user settings of the window (geometry, last page); the data itself lives in the database."""
    return QSettings("CCHC", APP_NAME)


class NavigationList(QListWidget):
    """The page list; ``reselected(row)`` when the entry already current is clicked again."""

    reselected = Signal(int)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        row = self.indexAt(event.position().toPoint()).row()
        again = row >= 0 and row == self.currentRow()
        super().mousePressEvent(event)
        if again and event.button() == Qt.MouseButton.LeftButton:
            self.reselected.emit(row)


class MainWindow(QMainWindow):
    """Pages are registered with :meth:`register_page` and built on first show; see :mod:`cchc_desktop.ui.pages`."""

    def __init__(self, context: AppContext, settings: QSettings | None = None) -> None:
        super().__init__()
        self.context = context
        self.settings = settings if settings is not None else app_settings()
        self.controller = WindowController(self)
        self._specs: list[PageSpec] = []
        self._built: dict[str, QWidget] = {}
        self.toolbar_actions: dict[str, QAction] = {}
        self.go_actions: list[QAction] = []
        self._mnemonics: set[str] = set()  # letters taken in the "Đi tới" menu

        self.nav = NavigationList()
        self.nav.setObjectName("navigation")
        self.nav.setStyleSheet(NAVIGATION_STYLE)
        self.nav.setFixedWidth(NAVIGATION_WIDTH)
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.setIconSize(QSize(18, 18))
        self.nav.reselected.connect(self._show_home)
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.database_label = QLabel()
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.database_label)
        context.signals.status_message.connect(self.show_status)
        context.signals.open_page.connect(self.open_page_with)
        context.signals.page_command.connect(self.run_page_command)
        context.signals.first_start_requested.connect(self.controller.first_start)
        self._build_menus()
        self.toolbar = window_chrome.build_toolbar(self)
        self._show_database()
        self._restore_geometry()

    # -- pages -----------------------------------------------------------------------------------------------
    def register_page(self, spec: PageSpec) -> None:
        """Add a navigation entry; the page opens now if it is the first one or the one shown last time."""
        index = len(self._specs)
        self._specs.append(spec)
        item = QListWidgetItem(spec.title)
        item.setToolTip(window_chrome.navigation_tip(spec.title, index))
        if spec.icon:
            item.setIcon(icon(spec.icon))
        self.nav.addItem(item)
        self.go_actions.append(window_chrome.add_go_action(self, index, spec.title, self._mnemonics))
        if self.nav.currentRow() < 0 or spec.key == self.settings.value(PAGE_KEY):
            self.nav.setCurrentRow(len(self._specs) - 1)

    def show_page(self, key: str) -> QWidget:
        """Open the page registered under ``key`` and return its widget."""
        self.nav.setCurrentRow(next(i for i, spec in enumerate(self._specs) if spec.key == key))
        return self._built[key]

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def all_pages(self) -> list[tuple[str, QWidget]]:
        """Every page with its title, building those not shown yet (the shortcuts list reads their actions)."""
        for spec in self._specs:
            if spec.key not in self._built:
                self._built[spec.key] = spec.build(self.context)
                self.stack.addWidget(self._built[spec.key])
        return [(spec.title, self._built[spec.key]) for spec in self._specs]

    def open_page(self, key: str) -> QWidget | None:
        """Show the page ``key``; None when the page shown could not save its edits and the user stayed there."""
        self.nav.setCurrentRow(next(i for i, spec in enumerate(self._specs) if spec.key == key))
        page = self._built.get(key)
        return page if page is not None and self.stack.currentWidget() is page else None

    def open_page_with(self, key: str, request: object = None) -> None:
        """Show page ``key`` and hand it ``request`` (e.g. a task filter) through its ``open_with(request)``;
        connected to :attr:`AppSignals.open_page`, so a page opens another without importing it."""
        page = self.open_page(key)
        open_with = getattr(page, "open_with", None)
        if page is not None and request is not None and callable(open_with):
            open_with(request)

    def run_page_command(self, key: str, action: str) -> None:
        """A toolbar command: show page ``key``, let it save what is open, then trigger its QAction ``action``."""
        page = self.open_page(key)
        if page is not None and getattr(page, "commit_pending", lambda: True)():
            window_chrome.page_action(page, action).trigger()

    def step_page(self, step: int) -> None:
        """Ctrl+PgUp / Ctrl+PgDown: the page before or after the current one (wrapping around)."""
        if self._specs:
            self.nav.setCurrentRow((self.nav.currentRow() + step) % len(self._specs))

    def commit_pending(self) -> bool:
        """Ask every built page to save unsaved edits (pages may define ``commit_pending() -> bool``).

        Called before another page is shown, another database is opened and the window closes; False means a page
        could not save (it has told the user why) and what was asked should not happen.
        """
        for key, page in self._built.items():
            if not getattr(page, "commit_pending", lambda: True)():
                self._reveal(key)
                return False
        return True

    def _reveal(self, key: str) -> None:
        """Show the page ``key`` without asking the shown one to save (it could not save itself)."""
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(next(i for i, spec in enumerate(self._specs) if spec.key == key))
        self.nav.blockSignals(False)
        self.stack.setCurrentWidget(self._built[key])

    def set_database(self, db: Database) -> bool:
        """Show ``db`` from now on: every page is rebuilt for it (the caller disposes of the old database).

        False, with nothing changed, when a page could not save its edits and the user chose to stay: the old
        database stays open and shown, and the caller must neither dispose of it nor keep ``db``.
        """
        if not self.commit_pending():
            return False
        self.context = replace(self.context, db=db)
        self.close_pages()
        self._show_row(self.nav.currentRow())
        self._show_database()
        return True

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self._specs):
            return
        current = self.stack.currentWidget()
        if current is not None and current is not self._built.get(self._specs[row].key) \
                and not getattr(current, "commit_pending", lambda: True)():
            # The page could not save and the user chose to stay: keep it shown and selected.
            stay = next(i for i, spec in enumerate(self._specs) if self._built.get(spec.key) is current)
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(stay)
            self.nav.blockSignals(False)
            return
        spec = self._specs[row]
        if spec.key not in self._built:
            self._built[spec.key] = spec.build(self.context)
            self.stack.addWidget(self._built[spec.key])
        self.stack.setCurrentWidget(self._built[spec.key])

    def _show_home(self, row: int) -> None:
        """The shown page's own entry clicked again: a page stacking a list and an editor (``show_home()``) goes
        back to its list, after saving (``commit_pending()``; a page that could not save keeps its editor)."""
        page = self._built.get(self._specs[row].key) if 0 <= row < len(self._specs) else None
        if page is not None and getattr(page, "commit_pending", lambda: True)():
            getattr(page, "show_home", lambda: None)()

    # -- chrome ----------------------------------------------------------------------------------------------
    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    def _show_database(self) -> None:
        db = self.context.db
        sample = f" – {SAMPLE_DATA}" if SettingsService(db).is_demo() else ""  # the demo is marked as sample data
        self.setWindowTitle(f"{APP_NAME} – {db.path.name if db.path else db.display_name}{sample}")
        self.database_label.setText(f"Cơ sở dữ liệu: {db.display_name}{' (' + SAMPLE_DATA + ')' if sample else ''}")
        self.database_label.setStyleSheet("color: #9a4d00; font-weight: bold;" if sample else "")
        self.backup_action.setEnabled(db.path is not None)  # a server database is backed up with its own tools
        self.restore_action.setEnabled(db.path is not None)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&Tệp")
        self.open_action = self._menu_action(file_menu, "&Mở cơ sở dữ liệu khác…", self.controller.open_other_database)
        self.open_action.setShortcut(QKeySequence("Ctrl+O"))
        self.backup_action = self._menu_action(file_menu, "&Sao lưu…", self.controller.backup)
        self.backup_action.setIconText("Sao lưu…")
        self.backup_action.setToolTip("Sao lưu cơ sở dữ liệu đang mở vào một tệp")
        self.restore_action = self._menu_action(file_menu, "&Khôi phục từ bản sao lưu…", self.controller.restore_backup)
        file_menu.addSeparator()
        self.settings_action = self._menu_action(file_menu, "&Cài đặt…", self.controller.edit_settings)
        self.first_start_action = self._menu_action(file_menu, "Thiết lập &ban đầu…", self.controller.first_start)
        file_menu.addSeparator()
        self.quit_action = self._menu_action(file_menu, "T&hoát", self.close)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        for action, name in ((self.open_action, "folder-open"), (self.backup_action, "database-backup"),
                             (self.restore_action, "archive-restore"), (self.settings_action, "settings"),
                             (self.quit_action, "log-out")):
            action.setIcon(icon(name))
        self.go_menu = self.menuBar().addMenu("Đ&i tới")
        self.go_separator = window_chrome.add_page_steps(self)
        help_menu = self.menuBar().addMenu("Trợ &giúp")
        self.guide_action = self._menu_action(help_menu, "&Hướng dẫn sử dụng", lambda: show_user_guide(self))
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.shortcuts_action = self._menu_action(help_menu, "&Phím tắt",
                                                  lambda: show_shortcuts(self, self.all_pages))
        help_menu.addSeparator()
        self.about_action = self._menu_action(help_menu, "&Giới thiệu", self.controller.about)

    def _menu_action(self, menu: QMenu, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _restore_geometry(self) -> None:
        """The size and place last used on this screen, else one that fits it (a 1366×768 laptop included)."""
        screen = self.screen()
        geometry = self.settings.value(window_chrome.screen_key(screen), self.settings.value(GEOMETRY_KEY))
        available = [other.availableGeometry() for other in QGuiApplication.screens()]
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry) \
                and window_chrome.reachable(self.frameGeometry(), available):
            return
        self.setGeometry(window_chrome.default_geometry(screen.availableGeometry()))

    def close_pages(self) -> None:
        """Take every built page down (they are rebuilt when shown): their timers stop at once, so none reads the
        database after this — a restore replaces the file meanwhile, ``set_database`` swaps it."""
        for widget in self._built.values():
            for timer in widget.findChildren(QTimer):
                timer.stop()
            self.stack.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._built.clear()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if background.busy():
            self.context.prompter.info("Đang chạy một việc", "Chương trình đang nhập, xuất hoặc sao lưu dữ liệu. "
                                       "Hãy chờ việc đó xong (hoặc bấm “Hủy” trên hộp tiến độ) rồi đóng lại.")
            event.ignore()
            return
        if not self.commit_pending() and not self.context.prompter.confirm(
            "Chưa lưu được", "Một số thay đổi chưa lưu được. Vẫn đóng chương trình?", yes="Đóng", no="Ở lại"
        ):
            event.ignore()
            return
        self.settings.setValue(window_chrome.screen_key(self.screen()), self.saveGeometry())
        row = self.nav.currentRow()
        if 0 <= row < len(self._specs):
            self.settings.setValue(PAGE_KEY, self._specs[row].key)
        super().closeEvent(event)
