"""The Help menu's windows: the bundled Vietnamese user guide and the keyboard shortcuts of the application.

The guide is ``resources/help/huong-dan.html``, shown in a text browser so that it works without a network. The
shortcuts list is read from the application itself — the window's actions, the actions and named ``QShortcut``
objects of every page, and the keys of a text field's standard menu — so it cannot drift from what the keys do.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QTextBrowser, QVBoxLayout, QWidget

from ...resources import resource
from ..widgets.common import dialog_buttons

GUIDE_FILE = ("help", "huong-dan.html")
GUIDE_TITLE = "Hướng dẫn sử dụng"
SHORTCUTS_TITLE = "Phím tắt"
WINDOW_SECTION = "Cả cửa sổ (menu)"
TEXT_SECTION = "Trong ô chữ (bấm chuột phải để xem menu)"
TRAILING_BRACKETS = re.compile(r"\s*\(([^()]*)\)$")
DIALOG_SIZE = (860, 640)  # fits a 1366×768 screen under the window's title bar


@dataclass(frozen=True)
class ShortcutEntry:
    keys: str
    """The key combinations as the user types them ("Ctrl+N", "Del")."""
    command: str
    """The command's name, without mnemonic marks ("Thêm cuộc họp")."""
    description: str = ""
    """What it does, from the tooltip, when that says more than the name."""


@dataclass(frozen=True)
class ShortcutSection:
    title: str
    entries: tuple[ShortcutEntry, ...]


def _plain(text: str) -> str:
    """Menu text without mnemonics and without the shortcut column ("&Mở\tCtrl+O" → "Mở")."""
    return text.split("\t")[0].replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _keys(sequences: Iterable[QKeySequence]) -> str:
    """ "Ctrl+N, Ins"; Return and Enter (the two Enter keys) read as one "Enter"."""
    names = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if not s.isEmpty()]
    if "Return" in names and "Enter" in names:
        names.remove("Return")
    return ", ".join(names)


def _tooltip_keys(tip: str) -> str:
    """The keys a tooltip names in its closing brackets ("Đậm (Ctrl+B)" → "Ctrl+B"), or "" if it names none.

    Some editors handle their keys themselves and only name them in the tooltip of their toolbar button.
    """
    match = TRAILING_BRACKETS.search(tip)
    if not match:
        return ""
    parts = match.group(1).split(", ")
    sequences = [QKeySequence(part) for part in parts]
    valid = all(s.count() == 1 and s.toString() == part for s, part in zip(sequences, parts, strict=True))
    return _keys(sequences) if valid else ""


def _description(tip: str, command: str) -> str:
    """The tooltip without the keys it names in closing brackets; empty when it only repeats the name."""
    tip = TRAILING_BRACKETS.sub("", _plain(tip)).strip()
    return "" if tip in ("", command, command.rstrip("…")) else tip


def _inside(obj: QObject, roots: Sequence[QObject]) -> bool:
    parent: QObject | None = obj
    while parent is not None:
        if any(parent is root for root in roots):
            return True
        parent = parent.parent()
    return False


def collect_shortcuts(root: QObject, exclude: Sequence[QObject] = ()) -> tuple[ShortcutEntry, ...]:
    """The shortcuts of ``root``'s actions (set, or named by the tooltip) and of its named ``QShortcut`` objects.

    A ``QShortcut`` is named by its ``whatsThis`` text; one without a name is left out.

    Objects inside ``exclude`` (the pages, when collecting for the window) are left out; repeats are listed once.
    """
    entries: list[ShortcutEntry] = []
    for action in root.findChildren(QAction):
        keys = _keys(action.shortcuts()) or _tooltip_keys(action.toolTip())
        command = _plain(action.text()) or _plain(action.toolTip())
        if keys and command and not _inside(action, exclude):
            entries.append(ShortcutEntry(keys, command, _description(action.toolTip(), command)))
    for shortcut in root.findChildren(QShortcut):
        keys = _keys(shortcut.keys())
        if keys and shortcut.whatsThis() and not _inside(shortcut, exclude):
            entries.append(ShortcutEntry(keys, _plain(shortcut.whatsThis())))
    return tuple(dict.fromkeys(entries))


def text_field_shortcuts() -> tuple[ShortcutEntry, ...]:
    """The keys of every text field, read from Qt's own (translated) context menu of a line edit."""
    field = QLineEdit("x")
    menu = field.createStandardContextMenu()  # Qt writes each key after a tab in the text: "&Sao chép\tCtrl+C"
    entries = tuple(
        ShortcutEntry(action.text().split("\t")[1], _plain(action.text()))
        for action in menu.actions() if "\t" in action.text()
    )
    menu.deleteLater()
    field.deleteLater()
    return entries


def window_sections(window: QWidget, pages: Sequence[tuple[str, QWidget]]) -> list[ShortcutSection]:
    """The window's own shortcuts, then each page's, then a text field's; sections without keys are left out."""
    page_widgets = [widget for _, widget in pages]
    sections = [ShortcutSection(WINDOW_SECTION, collect_shortcuts(window, exclude=page_widgets))]
    sections += [ShortcutSection(title, collect_shortcuts(widget)) for title, widget in pages]
    sections.append(ShortcutSection(TEXT_SECTION, text_field_shortcuts()))
    return [section for section in sections if section.entries]


def shortcuts_html(sections: Sequence[ShortcutSection]) -> str:
    parts = [f"<h2>{SHORTCUTS_TITLE}</h2>"]
    for section in sections:
        parts.append(f"<h3>{html.escape(section.title)}</h3>")
        parts.append('<table cellspacing="0" cellpadding="4" width="100%">')
        for entry in section.entries:
            description = f" — {html.escape(entry.description)}" if entry.description else ""
            parts.append(f'<tr><td width="22%"><b>{html.escape(entry.keys)}</b></td>'
                         f"<td>{html.escape(entry.command)}{description}</td></tr>")
        parts.append("</table>")
    return "".join(parts)


class HelpBrowserDialog(QDialog):
    """A text browser with a "Đóng" button; links inside the text open in place, web links in the browser."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        buttons, close, _cancel = dialog_buttons("Đóng")
        _cancel.hide()
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(*DIALOG_SIZE)


def user_guide_dialog(parent: QWidget | None = None) -> HelpBrowserDialog:
    dialog = HelpBrowserDialog(GUIDE_TITLE, parent)
    dialog.browser.setSource(QUrl.fromLocalFile(str(resource(*GUIDE_FILE))))
    return dialog


def shortcuts_dialog(sections: Sequence[ShortcutSection], parent: QWidget | None = None) -> HelpBrowserDialog:
    dialog = HelpBrowserDialog(SHORTCUTS_TITLE, parent)
    dialog.browser.setHtml(shortcuts_html(sections))
    return dialog


def show_user_guide(parent: QWidget) -> HelpBrowserDialog:
    """Open the guide beside the window (not modal: the user can follow it while working); once is enough."""
    for open_dialog in parent.findChildren(HelpBrowserDialog):
        if open_dialog.windowTitle() == GUIDE_TITLE and open_dialog.isVisible():
            open_dialog.raise_()
            open_dialog.activateWindow()
            return open_dialog
    dialog = user_guide_dialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def show_shortcuts(window: QWidget, pages: Callable[[], Sequence[tuple[str, QWidget]]]) -> HelpBrowserDialog:
    """Open the shortcuts list of ``window`` and of the (title, page) pairs ``pages`` gives.

    ``pages`` may build the pages not shown yet, which takes a moment: a wait cursor shows meanwhile.
    """
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        sections = window_sections(window, pages())
    finally:
        QApplication.restoreOverrideCursor()
    dialog = shortcuts_dialog(sections, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
