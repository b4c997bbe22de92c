"""What every page is given when it is built."""

from __future__ import annotations

from dataclasses import dataclass

from ..store.db import Database
from .prompts import Prompter
from .signals import AppSignals


@dataclass(frozen=True)
class AppContext:
    """The open database, the app-wide signals and the prompter used for questions to the user.

    When the user opens another database the main window builds a new context and rebuilds its pages, so a page
    can keep ``context.db`` (and services made from it) for its whole life.
    """

    db: Database
    signals: AppSignals
    prompter: Prompter
