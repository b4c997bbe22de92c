"""Reloading what a widget shows when the records behind it change: now when it is visible, else when next shown.

Pages live in the main window's ``QStackedWidget``; only the current one is visible. Reloading the hidden pages
after every change would read the database for nothing, and skipping them would leave them stale. A
:class:`ReloadOnChange` does neither: a matching topic reloads a visible widget at once and marks a hidden one
stale; the widget's next show event (the main window switching to the page) reloads it once, with every topic
that arrived meanwhile. Topics the widget does not list do nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from .signals import AppSignals
from .topics import Topic

Reload = Callable[[frozenset[Topic]], object]
"""Called with the topics that changed since the widget was last reloaded (never empty)."""


class ReloadOnChange(QObject):
    """Connects ``signals.data_changed`` to ``reload`` for the ``topics`` that ``widget`` shows.

    The helper is a child of ``widget``, so the app-wide connection ends when the widget is destroyed.
    ``defer_while_hidden=False`` reloads at once even while hidden (for small dialogs whose lists must follow).
    """

    def __init__(self, widget: QWidget, signals: AppSignals, topics: Iterable[Topic], reload: Reload, *,
                 defer_while_hidden: bool = True) -> None:
        super().__init__(widget)
        self.topics = frozenset(topics)
        bad = [topic for topic in self.topics if not isinstance(topic, Topic)]
        if bad or not self.topics:
            raise TypeError(f"ReloadOnChange needs a non-empty set of Topic, not {bad or 'nothing'!r}")
        self._widget = widget
        self._reload = reload
        self._defer = defer_while_hidden
        self._pending: set[Topic] = set()
        signals.data_changed.connect(self.changed)
        if defer_while_hidden:
            widget.installEventFilter(self)

    @property
    def stale(self) -> bool:
        """True when a topic arrived while the widget was hidden and it has not been shown since."""
        return bool(self._pending)

    def changed(self, topic: object) -> None:
        if not isinstance(topic, Topic):
            raise TypeError(f"data_changed carries a Topic, not {topic!r}; emit it with AppSignals.announce()")
        if topic not in self.topics:
            return
        if self._defer and not self._widget.isVisible():
            self._pending.add(topic)
            return
        self._reload(frozenset({topic}))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # While a page without a parent is torn down, Qt may still filter its last events through this object
        # after Python has cleared the object's attributes: nothing to reload then.
        if getattr(self, "_pending", None) and watched is self._widget and event.type() == QEvent.Type.Show:
            changed = frozenset(self._pending)
            self._pending.clear()
            self._reload(changed)
        return False
