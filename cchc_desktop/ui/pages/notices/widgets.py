"""Styles of the notices page's own views (the common building blocks are in ``ui.widgets.common``)."""

from __future__ import annotations

BANNER_STYLE = (
    "QFrame#issuedBanner { background: #fff4ce; border: 1px solid #e0c872; border-radius: 4px; }"
    "QFrame#issuedBanner QLabel { color: #4d3b00; }"
)
INVALID_STYLE = "border: 1px solid #b3261e;"
READ_ONLY_STYLE = (
    "QLineEdit, QPlainTextEdit, QTextEdit, QListView, QTableView, QAbstractSpinBox {"
    " background: palette(window); color: palette(window-text); }"
)
"""The form of an issued notice: fields on the window's colour, so nothing looks like it could be typed into."""
