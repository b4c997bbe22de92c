"""Widgets of the analysis page (layout only; behaviour is in :mod:`.presenter`)."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ...widgets.common import heading_label
from .tabs import CriteriaTab, DraftTab, LostPointsTab, ScenarioTab


class AnalysisView(QWidget):
    """Heading, index and year, the report button, a summary line and the four tabs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = heading_label("Phân tích, kịch bản")

        self.index_combo = QComboBox()
        self.index_combo.setMinimumContentsLength(14)
        self.index_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.year_combo = QComboBox()
        self.report_button = QPushButton("Xuất báo cáo phân tích (PDF)…")
        self.report_button.setToolTip("Báo cáo in được: kết quả các chỉ số, đồ thị, điểm bị trừ, văn bản dự thảo")
        self.summary_label = QLabel()
        summary_font = QFont(self.summary_label.font())
        summary_font.setPointSizeF(summary_font.pointSizeF() * 1.1)
        self.summary_label.setFont(summary_font)
        self.summary_label.setWordWrap(True)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #a93226;")
        self.message_label.hide()

        controls = QHBoxLayout()
        controls.addWidget(QLabel("Chỉ số:"))
        controls.addWidget(self.index_combo, 1)
        controls.addWidget(QLabel("Năm:"))
        controls.addWidget(self.year_combo)
        controls.addStretch(0)
        controls.addWidget(self.report_button)

        self.criteria_tab = CriteriaTab()
        self.lost_tab = LostPointsTab()
        self.draft_tab = DraftTab()
        self.scenario_tab = ScenarioTab()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.criteria_tab, "Điểm theo tiêu chí")
        self.tabs.addTab(self.lost_tab, "Điểm bị trừ")
        self.tabs.addTab(self.draft_tab, "Văn bản dự thảo")
        self.tabs.addTab(self.scenario_tab, "Kịch bản")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addLayout(controls)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.tabs, 1)

    def show_message(self, text: str) -> None:
        """A Vietnamese explanation of why the tabs are empty ("" hides it)."""
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
