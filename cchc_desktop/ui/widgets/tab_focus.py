"""Typing goes where the user looks: a tab whose page has a main text editor puts the cursor in it when shown.

Without this, the widget that had the focus on the tab left behind hands it to the next widget in the focus
chain — in the conclusion tab that is the paragraph-kind drop-down, so the first letters typed pick a kind
instead of writing the conclusion.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QWidget

PRIMARY_FIELD = "primary_field"
"""Dynamic property marking the widget that should get the cursor when its tab is shown."""


def mark_primary_field(widget: QWidget) -> None:
    widget.setProperty(PRIMARY_FIELD, True)


def primary_field(page: QWidget) -> QWidget | None:
    return next((child for child in page.findChildren(QWidget) if child.property(PRIMARY_FIELD)), None)


def focus_primary_field_on_tab_change(tabs: QTabWidget) -> None:
    """When ``tabs`` shows a page that has a primary field, focus it (by then Qt has already moved the focus of
    the hidden page to the first widget of the new one, which is why this does not ask where the focus is)."""

    def shown(index: int) -> None:
        page = tabs.widget(index)
        if page is None:
            return
        target = primary_field(page)
        if target is not None and target.isEnabled():
            target.setFocus(Qt.FocusReason.TabFocusReason)

    tabs.currentChanged.connect(shown)
