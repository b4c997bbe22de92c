"""Widgets of the charts page (layout only; behaviour is in :mod:`.presenter`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...charts.bar_charts import LostPointsChart, RankingChart
from ...charts.base import ChartWidget
from ...charts.rank_chart import RankChart
from ...charts.score_chart import ScoreChart
from ...widgets.common import heading_label
from .data import ChartKind

INDEX_LIST_WIDTH = 190


class ChartsView(QWidget):
    """Heading, the choice of chart, index and year, the export buttons, and the chart (or why there is none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = heading_label("Đồ thị")

        self.kind_combo = QComboBox()
        for kind in ChartKind:
            self.kind_combo.addItem(kind.label, kind)
        self.index_label = QLabel("Chỉ số:")
        self.index_combo = QComboBox()
        self.index_combo.setMinimumContentsLength(14)
        self.index_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.year_label = QLabel("Năm:")
        self.year_combo = QComboBox()
        self.png_button = QPushButton("Xuất PNG…")
        self.png_button.setToolTip("Ghi đồ thị ra tệp ảnh PNG (độ phân giải gấp đôi màn hình, để chèn vào báo cáo)")
        self.svg_button = QPushButton("Xuất SVG…")
        self.svg_button.setToolTip("Ghi đồ thị ra tệp SVG (ảnh véc-tơ, phóng to không vỡ nét)")
        self.copy_button = QPushButton("Sao chép")
        self.copy_button.setToolTip("Chép ảnh đồ thị vào bộ nhớ tạm để dán vào Word hoặc thư điện tử")

        controls = QHBoxLayout()
        controls.addWidget(QLabel("Loại đồ thị:"))
        controls.addWidget(self.kind_combo)
        controls.addSpacing(12)
        controls.addWidget(self.index_label)
        controls.addWidget(self.index_combo, 1)
        controls.addWidget(self.year_label)
        controls.addWidget(self.year_combo)
        controls.addStretch(0)
        for button in (self.png_button, self.svg_button, self.copy_button):
            controls.addWidget(button)

        self.index_model = QStandardItemModel(self)
        self.index_list = QListView()
        self.index_list.setModel(self.index_model)
        self.index_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.index_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.index_box = QWidget()
        self.index_box.setFixedWidth(INDEX_LIST_WIDTH)
        box_layout = QVBoxLayout(self.index_box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(QLabel("Các chỉ số vẽ trên đồ thị:"))
        box_layout.addWidget(self.index_list, 1)

        self.rank_chart = RankChart()
        self.score_chart = ScoreChart()
        self.provinces_chart = RankingChart()
        self.lost_chart = LostPointsChart()
        self.charts: dict[ChartKind, ChartWidget] = {
            ChartKind.RANK: self.rank_chart, ChartKind.SCORE: self.score_chart,
            ChartKind.PROVINCES: self.provinces_chart, ChartKind.LOST: self.lost_chart,
        }
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: palette(dark); font-size: 12pt;")
        self.stack = QStackedWidget()
        self.pages: dict[ChartKind, QWidget] = {}
        for kind, chart in self.charts.items():
            # Every chart sits in a scroll area: the chart of all provinces is taller than most windows.
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(chart)
            self.pages[kind] = scroll
            self.stack.addWidget(scroll)
        self.setup_button = QPushButton("Thiết lập ban đầu…")
        self.setup_button.setToolTip("Chọn tỉnh của mình (và tỉnh trước 01/7/2025) trong trợ lý thiết lập ban đầu")
        self.message_page = QWidget()
        message_layout = QVBoxLayout(self.message_page)
        message_layout.addStretch(1)
        message_layout.addWidget(self.message)
        message_layout.addSpacing(8)
        message_layout.addWidget(self.setup_button, 0, Qt.AlignmentFlag.AlignHCenter)
        message_layout.addStretch(2)
        self.stack.addWidget(self.message_page)

        body = QHBoxLayout()
        body.addWidget(self.index_box)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addLayout(controls)
        layout.addLayout(body, 1)

    def show_chart(self, kind: ChartKind) -> None:
        self.stack.setCurrentWidget(self.pages[kind])
        for button in (self.png_button, self.svg_button, self.copy_button):
            button.setEnabled(True)

    def show_message(self, text: str, offer_setup: bool = False) -> None:
        """A sentence instead of the chart; ``offer_setup`` adds the "Thiết lập ban đầu…" button under it."""
        self.message.setText(text)
        self.setup_button.setVisible(offer_setup)
        self.stack.setCurrentWidget(self.message_page)
        for button in (self.png_button, self.svg_button, self.copy_button):
            button.setEnabled(False)

    def set_controls_for(self, kind: ChartKind) -> None:
        """The rank chart takes several indexes (the list); the others one index, and some a year."""
        several = kind == ChartKind.RANK
        self.index_box.setVisible(several)
        self.index_label.setVisible(not several)
        self.index_combo.setVisible(not several)
        self.year_label.setVisible(kind.needs_year)
        self.year_combo.setVisible(kind.needs_year)
