"""The pages of the main window and how they are registered.

A page is any ``QWidget`` built from the :class:`~cchc_desktop.ui.context.AppContext`. To add one, write its
module under ``ui/pages/`` and append a :class:`PageSpec` to :func:`standard_pages`; the main window adds a
navigation entry for it and builds the widget the first time the user opens it (so heavy imports such as
pyqtgraph stay out of start-up when the factory imports lazily). A page that shows stored data connects
``context.signals.data_changed`` to one of its own methods and reloads there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from ..context import AppContext


@dataclass(frozen=True)
class PageSpec:
    """One entry of the navigation list."""

    key: str
    """Stable identifier, remembered between sessions ("agencies")."""
    title: str
    """Label in the navigation list ("Cơ quan, đơn vị")."""
    build: Callable[[AppContext], QWidget]
    """Creates the page for the open database; called again after another database is opened."""


def _agencies(context: AppContext) -> QWidget:
    from .agencies import AgenciesPage

    return AgenciesPage(context)


def standard_pages() -> list[PageSpec]:
    """The pages of the application, in navigation order."""
    return [PageSpec("agencies", "Cơ quan, đơn vị", _agencies)]
