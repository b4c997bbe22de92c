"""The "Đồ thị" page: the view wired to its presenter."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...context import AppContext
from ...refresh import ReloadOnChange
from ...topics import Topic
from .presenter import ChartsPresenter
from .view import ChartsView


class ChartsPage(ChartsView):
    """Draws the own province's results as charts. Redraws after its :attr:`TOPICS` change."""

    TOPICS = frozenset({Topic.RESULTS, Topic.INDEXES, Topic.CRITERIA, Topic.SETTINGS})
    """Result tables of the own province."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter = ChartsPresenter(self, context)
        self.kind_combo.currentIndexChanged.connect(presenter.show_kind)
        self.index_model.itemChanged.connect(presenter.index_checked)
        self.png_button.clicked.connect(presenter.export_png)
        self.svg_button.clicked.connect(presenter.export_svg)
        self.copy_button.clicked.connect(presenter.copy)
        self.setup_button.clicked.connect(presenter.first_start)
        # App-wide topics: reload now when shown, else on the next showing (see ui/refresh.py).
        self.reloader = ReloadOnChange(self, context.signals, self.TOPICS, lambda _changed: self.reload())
        presenter.reload()

    def reload(self) -> None:
        self.presenter.reload()
