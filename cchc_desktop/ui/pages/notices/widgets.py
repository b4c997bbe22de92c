"""Styles of the notices page's own views (the common building blocks are in ``ui.widgets.common``)."""

from __future__ import annotations

BANNER_STYLE = (
    "QFrame#issuedBanner { background: #fff4ce; border: 1px solid #e0c872; border-radius: 4px; }"
    "QFrame#issuedBanner QLabel { color: #4d3b00; }"
)
INVALID_STYLE = "border: 1px solid #b3261e;"
