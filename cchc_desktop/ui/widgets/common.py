"""Small building blocks shared by the pages' views: commands, labels and list tables in one look."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QWidget,
)

from ..icons import command_icon

ERROR_STYLE = "color: #b3261e;"
HINT_STYLE = "color: #5f6368;"


def make_action(parent: QWidget, text: str, tip: str, context: Qt.ShortcutContext, *keys: str) -> QAction:
    """An action owned by ``parent`` whose shortcuts ``keys`` work where ``context`` says; ``tip`` names them.

    The icon text is set to ``text`` so that a tool button keeps the "…" announcing a question
    (Qt strips it from the icon text it derives by itself).
    """
    action = QAction(text, parent)
    action.setIconText(text)
    action.setToolTip(tip)
    action.setShortcuts([QKeySequence(key) for key in keys])
    action.setShortcutContext(context)
    return action


def command_button(action: QAction, minimum_width: int = 0) -> QToolButton:
    """A tool button running ``action``, at least ``minimum_width`` pixels wide when given.

    The action's icon shows beside the text; an action without one gets the icon of commands of its name
    (:data:`~cchc_desktop.ui.icons.COMMAND_ICONS`: every "Xóa" the same bin), else the button shows text only.
    """
    if action.icon().isNull() and (default := command_icon(action.iconText() or action.text())) is not None:
        action.setIcon(default)
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon if not action.icon().isNull()
                              else Qt.ToolButtonStyle.ToolButtonTextOnly)
    if minimum_width:
        button.setMinimumWidth(minimum_width)
    return button


def heading_label(text: str, scale: float = 1.4) -> QLabel:
    """A bold label with its font ``scale`` times the normal size."""
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def field_caption(text: str, buddy: QWidget, required: bool = False) -> QLabel:
    """"Tên gọi:" beside a form field (Alt+ its underlined letter focuses ``buddy``); a red * marks a required
    field."""
    star = f" <span style='{ERROR_STYLE}'>*</span>" if required else ""
    label = QLabel(f"{text}{star}:")
    label.setBuddy(focus_target(buddy))
    return label


def focus_target(widget: QWidget) -> QWidget:
    """The widget that really takes the cursor for ``widget``: the end of its focus proxies (a date field's text
    box). A caption's buddy must be that one: QLabel skips a buddy whose own focus policy is NoFocus."""
    proxy = widget.focusProxy()
    while proxy is not None:
        widget, proxy = proxy, proxy.focusProxy()
    return widget


def hint_label(text: str = "") -> QLabel:
    """A grey, word-wrapping label for explanations."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label


def error_label(selectable: bool = False) -> QLabel:
    """Red text under a form, hidden while there is nothing to say; ``selectable`` lets the mouse select it."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def dialog_buttons(ok_text: str = "Lưu") -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """The ``ok_text`` / Hủy buttons under a dialog's form (Enter presses the first, Esc the second)."""
    Button = QDialogButtonBox.StandardButton
    buttons = QDialogButtonBox(Button.Ok | Button.Cancel)
    ok, cancel = buttons.button(Button.Ok), buttons.button(Button.Cancel)
    ok.setText(ok_text)
    cancel.setText("Hủy")
    return buttons, ok, cancel


FIT_SAMPLE_ROWS = 50
"""How many rows (beside the visible ones) a column fitting its contents measures: a list of tens of thousands
of rows would otherwise ask every one of them for its text at each layout."""


def fit_columns_to_contents(header: QHeaderView) -> None:
    """Every column of ``header``'s table as wide as its contents (measured on :data:`FIT_SAMPLE_ROWS` rows) each
    time its rows are replaced; in between the user may widen or narrow a column. A column set to stretch
    afterwards keeps stretching. (Qt's ResizeToContents mode measures again at every layout pass: several times
    for one change of a list of hundreds of rows.) Call it once the table has its model."""
    view = header.parentWidget()
    model = header.model()
    assert isinstance(view, QTableView) and model is not None, "fit_columns_to_contents: a table with its model"
    header.setResizeContentsPrecision(FIT_SAMPLE_ROWS)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def fit() -> None:
        for column in range(header.count()):
            if header.sectionResizeMode(column) is not QHeaderView.ResizeMode.Stretch:
                view.resizeColumnToContents(column)

    model.modelReset.connect(fit)
    fit()


def data_table(editable: bool = False, row_padding: int = 12, highlight_header: bool = True) -> QTableView:
    """A row-selecting table in the look of the pages' lists; rows are the font's height plus ``row_padding``.

    A read-only table (the default) hides its row numbers and is one Tab stop; an ``editable`` one edits on a
    double click or a key.
    ``highlight_header`` False keeps the column titles plain while a row is selected.
    """
    table = QTableView()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)  # a long title ends in "…" (its tooltip has it whole)
    table.setShowGrid(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + row_padding)
    table.horizontalHeader().setHighlightSections(highlight_header)
    if editable:
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
    else:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves a list for the next field; the arrows move within it
        table.verticalHeader().hide()
    return table


def combo_line_edit(combo: QComboBox) -> QLineEdit:
    """The text field of an editable combo box (Qt gives ``None`` for a combo that is not editable)."""
    edit = combo.lineEdit()
    if edit is None:
        raise ValueError("the combo box is not editable")
    return edit
