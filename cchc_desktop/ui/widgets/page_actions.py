"""Building blocks of the list pages ("Nhóm nơi nhận", "Cơ quan ban hành", "Sổ văn bản đi", "Nhật ký thay đổi")
that differ from the common ones in ``ui.widgets.common``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QLineEdit, QSplitter, QTableView, QVBoxLayout, QWidget

from . import common


def make_action(parent: QWidget, text: str, tip: str, context: Qt.ShortcutContext, *keys: str) -> QAction:
    """``common.make_action``, also added to ``parent`` so that its shortcuts work where ``context`` says
    even when no button shows it."""
    action = common.make_action(parent, text, tip, context, *keys)
    parent.addAction(action)
    return action


def on_rows_changed(model: QAbstractItemModel, slot: Callable[[], object]) -> None:
    """Call ``slot`` whenever the rows ``model`` shows change: reset, re-sorted or re-filtered, added, removed."""
    for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved):
        signal.connect(slot)


class SearchableList(Protocol):
    """What :func:`connect_list` needs of a list page's presenter."""

    @property
    def proxy(self) -> QAbstractItemModel: ...

    def set_search(self, text: str) -> None: ...

    def focus_results(self) -> None: ...

    def refresh_state(self) -> None: ...


def connect_list(table: QTableView, search_edit: QLineEdit, presenter: SearchableList) -> None:
    """A list page's usual wiring: typing filters the list, Enter moves to the results, and the commands follow
    the selection and the rows shown."""
    search_edit.textChanged.connect(presenter.set_search)
    search_edit.returnPressed.connect(presenter.focus_results)
    table.selectionModel().selectionChanged.connect(presenter.refresh_state)
    on_rows_changed(presenter.proxy, presenter.refresh_state)


def page_column(page: QWidget, *parts: QWidget | QLayout, grow: QWidget, spacing: int = 10) -> QVBoxLayout:
    """Lay ``page`` out as ``parts`` from top to bottom in the list pages' margins; ``grow`` takes the spare
    height."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(16, 12, 16, 8)
    layout.setSpacing(spacing)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part, 1 if part is grow else 0)
    return layout


def list_table() -> QTableView:
    """A read-only, row-selecting table in the look of the other pages' lists, its rows a little lower."""
    return common.data_table(row_padding=10)


@dataclass(frozen=True)
class SplitLayout:
    """How :func:`list_beside_editor` shares the width: stretch factors, first sizes and the list's minimum."""

    stretch: tuple[int, int]
    sizes: tuple[int, int]
    list_minimum: int
    button_width: int


def list_beside_editor(page: QWidget, title: str, intro: str, commands: Sequence[QAction], table: QTableView,
                       count_label: QLabel, editor: QWidget, split: SplitLayout) -> QSplitter:
    """Lay ``page`` out as its heading and ``intro`` over a splitter: on the left the ``commands`` as buttons over
    ``table`` and ``count_label``, on the right ``editor``."""
    buttons = QHBoxLayout()
    for action in commands:
        buttons.addWidget(common.command_button(action, split.button_width))
    buttons.addStretch(1)
    left = QWidget()
    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(0, 0, 8, 0)
    left_layout.addLayout(buttons)
    left_layout.addWidget(table, 1)
    left_layout.addWidget(count_label)
    left.setMinimumWidth(split.list_minimum)
    right = QWidget()
    right_layout = QVBoxLayout(right)
    right_layout.setContentsMargins(8, 0, 0, 0)
    right_layout.addWidget(editor)

    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setStretchFactor(0, split.stretch[0])
    splitter.setStretchFactor(1, split.stretch[1])
    splitter.setChildrenCollapsible(False)
    splitter.setSizes(list(split.sizes))

    layout = QVBoxLayout(page)
    layout.setContentsMargins(16, 12, 16, 8)
    layout.setSpacing(8)
    layout.addWidget(common.heading_label(title))
    layout.addWidget(common.hint_label(intro))
    layout.addWidget(splitter, 1)
    return splitter
