"""Signals shared by the whole window."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from .topics import Topic


class AppSignals(QObject):
    """App-wide notifications between pages.

    ``data_changed(topic)``
        Carries the :class:`~cchc_desktop.ui.topics.Topic` of the records that changed. Emit it only through
        :meth:`announce`, after a service call changed stored records successfully. Pages listen through
        :class:`~cchc_desktop.ui.refresh.ReloadOnChange` with the set of topics they show: a visible page reloads
        at once, a hidden one the next time it is shown, and a page that does not show that topic does nothing.
        Listeners refuse anything but a ``Topic`` (a bare string such as ``"tasks"`` raises ``TypeError``).

    ``status_message(text)``
        A short Vietnamese confirmation of what just happened ("Đã thêm “Sở Nội vụ”."), shown for a few seconds
        in the status bar of the main window.

    ``open_page(key, request)``
        Asks the main window to show the page ``key`` ("tasks") and hand it ``request`` (None, or a value the
        page understands, such as a :class:`~cchc_desktop.core.services.tasks.TaskFilter` for the tasks page);
        how one page opens another without importing it. Emit it through :meth:`request_page`.

    ``page_command(key, action)``
        Asks the main window to show the page ``key`` and trigger its QAction at attribute path ``action``
        ("list_view.add_action"), as the toolbar does; how an empty page offers another page's first step.
        Emit it through :meth:`request_command`.

    ``first_start_requested()``
        Asks the main window to open the first-start assistant ("Thiết lập ban đầu…"), as its menu does.
    """

    data_changed = Signal(object)
    status_message = Signal(str)
    open_page = Signal(str, object)
    page_command = Signal(str, str)
    first_start_requested = Signal()

    def request_page(self, key: str, request: object = None) -> None:
        """Show the page ``key`` with ``request`` (see :attr:`open_page`)."""
        self.open_page.emit(key, request)

    def request_command(self, key: str, action: str) -> None:
        """Show the page ``key`` and trigger its QAction ``action`` (see :attr:`page_command`)."""
        self.page_command.emit(key, action)

    def request_first_start(self) -> None:
        """Open the first-start assistant (see :attr:`first_start_requested`)."""
        self.first_start_requested.emit()

    def announce(self, topic: Topic) -> None:
        """Tell the window that records of ``topic`` changed; anything but a :class:`Topic` raises TypeError."""
        if not isinstance(topic, Topic):
            raise TypeError(f"AppSignals.announce() takes a Topic, not {topic!r}")
        self.data_changed.emit(topic)
