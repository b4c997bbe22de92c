"""Signals shared by the whole window."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppSignals(QObject):
    """App-wide notifications between pages.

    ``data_changed(what)``
        Emitted by whoever called a service after the call changed stored records successfully. ``what`` names
        the kind of records that changed (``"agencies"``, ``"tasks"`` …). Every page that shows stored data
        listens and reloads, so a change made on one page shows on the others (agency task counts, pick lists).

    ``status_message(text)``
        A short Vietnamese confirmation of what just happened ("Đã thêm “Sở Nội vụ”."), shown for a few seconds
        in the status bar of the main window.
    """

    data_changed = Signal(str)
    status_message = Signal(str)
