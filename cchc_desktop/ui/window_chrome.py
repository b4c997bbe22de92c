"""What the main window has around its pages: a size that fits the screen, remembered per screen; the "Đi tới"
menu with Ctrl+1…9 and Ctrl+PgUp/PgDown; the toolbar of frequent commands, which open a page and run one of its
actions.

The toolbar knows a page only by its key and the attribute path of the action ("list_view.add_action"); pages
import nothing from here and nothing from each other (a test checks that every path resolves to a ``QAction``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QMargins, QRect, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QScreen
from PySide6.QtWidgets import QToolBar

from .icons import icon

if TYPE_CHECKING:
    from .main_window import MainWindow

PREFERRED_SIZE = QSize(1280, 800)
MINIMUM_USABLE = QSize(200, 80)
"""How much of a restored window must lie on some screen for the user to reach its title bar and drag it back."""
FRAME_ESTIMATE = QMargins(8, 32, 8, 8)
"""The window manager's frame (title bar, borders) before the window is first shown and Qt knows the real one."""
GEOMETRY_GROUP = "main_window/geometry_by_screen"
PAGE_KEYS = 9
PREVIOUS_PAGE, NEXT_PAGE = "Ctrl+PgUp", "Ctrl+PgDown"


# -- size and position ---------------------------------------------------------------------------------------
def default_geometry(available: QRect, frame: QMargins = FRAME_ESTIMATE) -> QRect:
    """The window's inner geometry at first start: 1280×800, smaller when the screen's ``available`` area
    (without task bar) minus the window ``frame`` is smaller, centred in it."""
    width = min(PREFERRED_SIZE.width(), available.width() - frame.left() - frame.right())
    height = min(PREFERRED_SIZE.height(), available.height() - frame.top() - frame.bottom())
    left = available.left() + frame.left() + (available.width() - frame.left() - frame.right() - width) // 2
    top = available.top() + frame.top() + (available.height() - frame.top() - frame.bottom() - height) // 2
    return QRect(left, top, width, height)


def reachable(frame_geometry: QRect, screens: Sequence[QRect]) -> bool:
    """True when enough of the window (``frame_geometry``, title bar included) lies on one of the ``screens``'
    available areas for the user to grab its title bar."""
    for available in screens:
        part = frame_geometry.intersected(available)
        if (part.width() >= MINIMUM_USABLE.width() and part.height() >= MINIMUM_USABLE.height()
                and available.top() <= frame_geometry.top() < available.bottom() - MINIMUM_USABLE.height()):
            return True
    return False


def screen_key(screen: QScreen) -> str:
    """The settings key of the geometry used on ``screen``: its name and size ("eDP-1 1366x768")."""
    size = screen.geometry().size()
    name = "".join(char if char.isalnum() or char in "-_. " else "_" for char in screen.name()) or "screen"
    return f"{GEOMETRY_GROUP}/{name} {size.width()}x{size.height()}"


# -- page switching ------------------------------------------------------------------------------------------
def page_shortcut(index: int) -> str | None:
    """Ctrl+1 … Ctrl+9 for the first nine pages (``index`` from 0)."""
    return f"Ctrl+{index + 1}" if index < PAGE_KEYS else None


def with_mnemonic(title: str, used: set[str]) -> str:
    """``title`` with "&" before the first letter not in ``used`` (preferring the start of a word; only letters
    typed on a plain keyboard), which is added to ``used``; unchanged when every letter is taken."""
    candidates = [i for i, char in enumerate(title) if i == 0 or title[i - 1] == " "]
    candidates += [i for i in range(len(title)) if i not in candidates]
    for i in candidates:
        letter = title[i].lower()
        if letter.isascii() and letter.isalnum() and letter not in used:
            used.add(letter)
            return f"{title[:i]}&{title[i:]}"
    return title


def navigation_tip(title: str, index: int) -> str:
    keys = page_shortcut(index)
    return f"{title} ({keys})" if keys else f"{title} ({PREVIOUS_PAGE} / {NEXT_PAGE}: trang trước / sau)"


# -- toolbar -------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ToolbarCommand:
    text: str
    tip: str
    icon: str
    page: str
    """Key of the page that runs it ("meetings")."""
    action: str
    """Attribute path of the page's QAction ("list_view.add_action")."""


TOOLBAR_COMMANDS = (
    ToolbarCommand("Cuộc họp mới", "Thêm cuộc họp, hội nghị", "calendar-plus", "meetings", "list_view.add_action"),
    ToolbarCommand("Giao nhiệm vụ", "Giao nhiệm vụ mới", "list-plus", "tasks", "add_action"),
    ToolbarCommand("Soạn từ cuộc họp", "Soạn thông báo kết luận từ một cuộc họp đã lưu", "clipboard-pen-line",
                   "notices", "list_view.from_meeting_action"),
    ToolbarCommand("Thông báo mới", "Soạn thông báo mới, trống", "file-plus", "notices", "list_view.new_action"),
    ToolbarCommand("Nhập kết quả", "Nhập bảng kết quả chỉ số một năm từ tệp .csv hoặc .xlsx", "import",
                   "results", "import_action"),
)


def page_action(page: object, path: str) -> QAction:
    """The QAction at attribute ``path`` of ``page``; TypeError when it is something else."""
    target = page
    for name in path.split("."):
        target = getattr(target, name)
    if not isinstance(target, QAction):
        raise TypeError(f"{path} of {type(page).__name__} is not a QAction")
    return target


def build_toolbar(window: MainWindow) -> QToolBar:
    """The "Thao tác thường dùng" toolbar: one button per :data:`TOOLBAR_COMMANDS`, then the backup."""
    toolbar = QToolBar("Thao tác thường dùng", window)
    toolbar.setObjectName("frequent_actions")
    toolbar.setMovable(False)
    toolbar.setIconSize(QSize(20, 20))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    window.toolbar_actions = {}
    for command in TOOLBAR_COMMANDS:
        action = QAction(icon(command.icon), command.text, window)
        action.setToolTip(command.tip)
        action.triggered.connect(
            lambda _checked=False, c=command: window.run_page_command(c.page, c.action))
        toolbar.addAction(action)
        window.toolbar_actions[command.text] = action
    toolbar.addSeparator()
    toolbar.addAction(window.backup_action)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    return toolbar


def add_go_action(window: MainWindow, index: int, title: str, used: set[str]) -> QAction:
    """The "Đi tới" menu entry of the page at ``index`` (with its Ctrl+digit when it has one)."""
    action = QAction(with_mnemonic(title, used), window)
    keys = page_shortcut(index)
    if keys:
        action.setShortcut(QKeySequence(keys))
    action.triggered.connect(lambda _checked=False: window.nav.setCurrentRow(index))
    window.go_menu.insertAction(window.go_separator, action)
    return action


def add_page_steps(window: MainWindow) -> QAction:
    """Ctrl+PgUp / Ctrl+PgDown at the end of the "Đi tới" menu: the page before / after the current one; returns
    the separator above them (page entries go before it)."""
    separator = window.go_menu.addSeparator()
    for text, keys, step in (("Trang trước", PREVIOUS_PAGE, -1), ("Trang sau", NEXT_PAGE, +1)):
        action = QAction(text, window)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False, s=step: window.step_page(s))
        window.go_menu.addAction(action)
    return separator
