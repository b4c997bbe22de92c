"""Walking a form with the Tab key as a user does, to assert the order in which its fields take the cursor."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot


def _names(widgets: Sequence[QWidget | None], stops: Sequence[QWidget]) -> list[str]:
    """Each widget as "3 QComboBox" (its place among ``stops``) or "? QToolButton" when it is none of them."""
    names = []
    for widget in widgets:
        place = next((str(i) for i, stop in enumerate(stops) if stop is widget), "?")
        names.append(f"{place} {widget.objectName() or type(widget).__name__}" if widget is not None else "None")
    return names


def _stop_of(focused: QWidget | None, stops: Sequence[QWidget]) -> QWidget | None:
    """The stop of ``stops`` that is ``focused`` or contains it (a date field's text box, a combo's line edit)."""
    for stop in stops:
        if focused is stop or (focused is not None and stop.isAncestorOf(focused)):
            return stop
    return focused


def focus_on(qtbot: QtBot, widget: QWidget) -> None:
    """Activate ``widget``'s window (offscreen windows only take keys once active) and put the cursor in it."""
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: _stop_of(QApplication.focusWidget(), [widget]) is widget)


def tab_walk(qtbot: QtBot, stops: Sequence[QWidget], presses: int) -> list[QWidget | None]:
    """Start in ``stops[0]``, press Tab ``presses`` times on whatever has the focus, and return where the cursor
    went each time (as the stop of ``stops`` holding it, otherwise the focused widget itself)."""
    focus_on(qtbot, stops[0])
    visited: list[QWidget | None] = [stops[0]]
    for _ in range(presses):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        visited.append(_stop_of(QApplication.focusWidget(), stops))
    return visited


def assert_tab_order(qtbot: QtBot, stops: Sequence[QWidget], wraps: bool = False) -> None:
    """Tab from ``stops[0]`` visits exactly ``stops`` in order; with ``wraps`` one more Tab comes back to the first
    (a dialog's whole cycle), otherwise the walk stops at the last (a form inside a larger window)."""
    presses = len(stops) if wraps else len(stops) - 1
    visited = tab_walk(qtbot, stops, presses)
    expected = list(stops) + ([stops[0]] if wraps else [])
    assert _names(visited, stops) == _names(expected, stops), f"Tab went {_names(visited, stops)}"


def assert_back_tab_order(qtbot: QtBot, stops: Sequence[QWidget]) -> None:
    """Shift+Tab from the last of ``stops`` walks them backwards."""
    backwards = list(reversed(stops))
    focus_on(qtbot, backwards[0])
    visited: list[QWidget | None] = [backwards[0]]
    for _ in range(len(stops) - 1):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        visited.append(_stop_of(QApplication.focusWidget(), stops))
    assert _names(visited, stops) == _names(backwards, stops), f"Shift+Tab went {_names(visited, stops)}"


def assert_mnemonics(qtbot: QtBot, form: QWidget, fields: Sequence[QWidget]) -> None:
    """Every caption of ``form`` with a buddy has its own Alt+letter, and Alt+ that letter puts the cursor in
    each of ``fields``."""
    letters: dict[str, QWidget] = {}
    for label in form.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None:
            continue
        match = re.search(r"&(\w)", label.text())
        assert match, f"no Alt+letter on {label.text()!r}"
        letter = match.group(1).lower()
        assert letter not in letters, f"Alt+{letter} is on two captions"
        letters[letter] = buddy
    for field in fields:
        letter = next(key for key, buddy in letters.items() if _stop_of(buddy, [field]) is field)
        other = next(w for w in fields if w is not field) if len(fields) > 1 else None
        if other is not None:
            focus_on(qtbot, other)
        qtbot.keyClick(QApplication.focusWidget() or form, getattr(Qt.Key, f"Key_{letter.upper()}"),
                       Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda field=field: _stop_of(QApplication.focusWidget(), [field]) is field)
