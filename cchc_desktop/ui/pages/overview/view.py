"""Widgets of the overview page (layout only; behaviour is in :mod:`.presenter`)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ....core.enums import TaskStatus
from ....core.formats import format_number
from ...widgets.common import fit_columns_to_contents, heading_label

FIGURE_STYLE = """
QFrame#figure { border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }
QFrame#figure:hover { border-color: palette(highlight); }
QFrame#figure:focus { border: 2px solid palette(highlight); }
QLabel#figureValue { font-size: 20pt; font-weight: 600; }
"""
OVERDUE_FIGURE_COLOR = "#a01818"
TOTAL, OVERDUE, DUE_SOON = "Tổng số", "Quá hạn", "Sắp đến hạn"
FIGURES = (TOTAL, *(status.label for status in TaskStatus), OVERDUE, DUE_SOON)


def _bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def _table() -> QTableView:
    table = QTableView()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSortingEnabled(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    return table


class FigureCard(QFrame):
    """A figure ("Quá hạn 1") that opens the tasks it counts: a click, or Enter / Space once Tab reached it."""

    activated = Signal()

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setObjectName("figure")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(f"Mở danh sách nhiệm vụ: {caption.lower()} (nhấp hoặc Enter)")
        self.setAccessibleName(caption)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt naming)
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.activated.emit()
        else:
            super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt naming)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit()
        else:
            super().keyPressEvent(event)


class Section(QWidget):
    """A titled table that gives way to a sentence when it has no rows."""

    def __init__(self, title: str, empty_text: str) -> None:
        super().__init__()
        self.title = _bold(QLabel(title), 1.1)
        self.table = _table()
        self.empty_label = QLabel(empty_text)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(mid); padding: 16px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        self.header = QHBoxLayout()
        self.header.setContentsMargins(0, 0, 0, 0)
        self.header.addWidget(self.title)
        self.header.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self.header)
        layout.addWidget(self.stack, 1)

    def add_to_header(self, *widgets: QWidget) -> None:
        """Put controls right after the title (before the spare space)."""
        for widget in widgets:
            self.header.insertWidget(self.header.count() - 1, widget)

    def set_model(self, model: QAbstractItemModel, stretch_column: int, sort_column: int,
                  order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Show ``model``: one column takes the spare width; the others fit their contents and the sort arrow."""
        self.table.setModel(model)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        fit_columns_to_contents(header)
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        header.setStyleSheet("QHeaderView::section { padding-right: 18px; }")
        self.table.sortByColumn(sort_column, order)

    def show_rows(self, count: int, title: str | None, empty_text: str) -> None:
        if title is not None:
            self.title.setText(title)
        self.empty_label.setText(empty_text)
        self.stack.setCurrentWidget(self.table if count else self.empty_label)


START_TEXT = ("Chưa có nhiệm vụ nào. Các bước đầu tiên: thiết lập tỉnh của mình và cơ quan ban hành, ghi cuộc họp "
              "và kết luận của nó, rồi giao nhiệm vụ; trang này sẽ theo dõi hạn của các nhiệm vụ.")


class StartPanel(QFrame):
    """"Bắt đầu": shown while the database has no task at all, with a button for each first step."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("start_panel")
        self.setStyleSheet("QFrame#start_panel { border: 1px solid palette(highlight); border-radius: 6px; }")
        self.title = _bold(QLabel("Bắt đầu"), 1.2)
        self.label = QLabel(START_TEXT)
        self.label.setWordWrap(True)
        self.setup_button = QPushButton("Thiết lập ban đầu…")
        self.setup_button.setToolTip("Chọn tỉnh của mình, cơ quan ban hành, người ký và chữ viết tắt người soạn")
        self.meeting_button = QPushButton("Thêm cuộc họp")
        self.meeting_button.setToolTip("Ghi cuộc họp, hội nghị đầu tiên và kết luận của nó")
        self.task_button = QPushButton("Giao nhiệm vụ")
        self.task_button.setToolTip("Giao nhiệm vụ đầu tiên cho một cơ quan chủ trì")
        buttons = QHBoxLayout()
        for button in (self.setup_button, self.meeting_button, self.task_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.label)
        layout.addLayout(buttons)


class OverviewView(QWidget):
    """Heading with today's date, the due-soon horizon, figures by status, and the three sections."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = heading_label("Tổng quan")
        self.today_label = QLabel()
        self.today_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.horizon_spin = QSpinBox()
        self.horizon_spin.setRange(1, 60)
        self.horizon_spin.setValue(10)
        self.horizon_spin.setToolTip("Không kể thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết")
        self.horizon_suffix = _bold(QLabel("ngày làm việc"), 1.1)
        self.setStyleSheet(FIGURE_STYLE)
        self.figures: dict[str, QLabel] = {}
        self.cards: dict[str, FigureCard] = {}
        figures = QHBoxLayout()
        figures.setSpacing(10)
        for caption in FIGURES:
            figures.addWidget(self._figure(caption), 1)

        self.overdue = Section("Quá hạn", "Không có nhiệm vụ quá hạn.")
        self.due_soon = Section("Sắp đến hạn trong", "Không có nhiệm vụ sắp đến hạn.")
        self.due_soon.title.setBuddy(self.horizon_spin)
        self.due_soon.add_to_header(self.horizon_spin, self.horizon_suffix)
        self.by_agency = Section("Theo cơ quan chủ trì", "Chưa có nhiệm vụ nào.")
        self.open_task_action = QAction("Mở nhiệm vụ", self)
        self.open_agency_action = QAction("Xem nhiệm vụ của cơ quan", self)
        for action, section in ((self.open_task_action, self.overdue), (self.open_task_action, self.due_soon),
                                (self.open_agency_action, self.by_agency)):
            action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            section.table.addAction(action)
        self.overdue.table.setToolTip("Nhấp đúp hoặc Enter để mở nhiệm vụ")
        self.due_soon.table.setToolTip("Nhấp đúp hoặc Enter để mở nhiệm vụ")
        self.by_agency.table.setToolTip("Nhấp đúp hoặc Enter để xem danh sách nhiệm vụ của cơ quan")

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.today_label)
        # One section under the other, each the full width: task texts and agency names stay readable.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        for stretch, section in ((2, self.overdue), (2, self.due_soon), (3, self.by_agency)):
            self.splitter.addWidget(section)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(10)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(figures)
        # Without any task the three sections would only say so: the first steps take their place.
        self.start_panel = StartPanel()
        start_page = QWidget()
        start_layout = QVBoxLayout(start_page)
        start_layout.setContentsMargins(0, 0, 0, 0)
        start_layout.addWidget(self.start_panel)
        start_layout.addStretch(1)
        self.body = QStackedWidget()
        self.body.addWidget(self.splitter)
        self.body.addWidget(start_page)
        layout.addWidget(self.body, 1)

    def _figure(self, caption: str) -> QFrame:
        frame = self.cards[caption] = FigureCard(caption)
        value = QLabel("0")
        value.setObjectName("figureValue")
        value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label = QLabel(caption)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(8, 6, 8, 6)
        inner.setSpacing(0)
        inner.addWidget(value)
        inner.addWidget(label)
        self.figures[caption] = value
        return frame

    def show_start(self, shown: bool) -> None:
        """The "Bắt đầu" panel instead of the sections (``shown``), or the sections."""
        self.body.setCurrentIndex(1 if shown else 0)

    def set_figure(self, caption: str, value: int, alert: bool = False) -> None:
        label = self.figures[caption]
        label.setText(format_number(value, 0))  # 12.578, as Vietnamese writes thousands
        label.setStyleSheet(f"color: {OVERDUE_FIGURE_COLOR};" if alert and value else "")
