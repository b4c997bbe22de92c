"""Add or edit one node of a criteria tree: mã, tên, điểm tối đa, cơ quan chủ trì (or inherited), survey flag."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget

from ....core.criteria import CriterionNode
from ....core.errors import ValidationError
from ....core.formats import parse_number
from ....core.services.agencies import AgencyRow
from ....core.services.criteria import CriteriaService, NodeInput, VersionRow
from ...models.criteria_tree_model import points
from ...widgets.agency_picker import ID_ROLE, AgencyCombo
from .form_dialog import FormDialog

CODE = "Mã"
NAME = "Tên"
MAX_POINTS = "Điểm tối đa"
AGENCY = "Cơ quan chủ trì"
INHERIT = "(kế thừa)"
CODE_HINT = "1 là lĩnh vực, 1.2 là tiêu chí, 1.2.3 là tiêu chí thành phần."


def _context_label(version: VersionRow, parent_node: CriterionNode | None) -> QLabel:
    """Which tree and where in it: "Bộ tiêu chí Quyết định số 1149/QĐ-BNV · mục con của 1 Công tác …"."""
    where = f"mục con của <b>{html.escape(parent_node.code)}</b> {html.escape(parent_node.name)}" if parent_node \
        else "mục cấp cao nhất (lĩnh vực)"
    label = QLabel(f"Bộ tiêu chí {html.escape(version.name)} · {where}")
    label.setWordWrap(True)
    return label


class NodeDialog(FormDialog):
    """``node`` is None to add a node under ``parent_node`` (None: a new lĩnh vực); emits ``saved(node_id)``."""

    def __init__(self, service: CriteriaService, version: VersionRow, agencies: Sequence[AgencyRow],
                 node: CriterionNode | None, parent_node: CriterionNode | None, suggested_code: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__("Sửa tiêu chí" if node else "Thêm tiêu chí", parent)
        self.service = service
        self.version_id = version.id
        self.node = node
        self.form.addRow(_context_label(version, parent_node))
        self.code_edit = QLineEdit(node.code if node else suggested_code)
        self.code_edit.setMaxLength(20)
        if node is not None and node.children:
            self.code_edit.setReadOnly(True)
            self.code_edit.setToolTip("Mục đã có mục con nên không đổi mã được.")
        self.name_edit = QLineEdit(node.name if node else "")
        self.name_edit.setMaxLength(500)
        self.name_edit.setPlaceholderText("Ví dụ: Tuyên truyền cải cách hành chính")
        self.max_edit = QLineEdit(points(node.max_points) if node else "")
        self.max_edit.setPlaceholderText("Ví dụ: 3 hoặc 2,5")
        self.agency_combo = AgencyCombo("Gõ để tìm, hoặc để “(kế thừa)”")
        self.agency_combo.set_agencies(agencies, node.lead_agency_id if node else None)
        self.agency_combo.insertItem(0, INHERIT)
        self.agency_combo.setItemData(0, None, ID_ROLE)
        if node is None or node.lead_agency_id is None:
            self.agency_combo.setCurrentIndex(0)
        self.survey_check = QCheckBox("Chấm qua điều tra &xã hội học")
        self.survey_check.setChecked(bool(node and node.is_survey))

        inherited = parent_node.inherited_agency if parent_node else ""
        agency_hint = (f"Để “{INHERIT}”: dùng cơ quan chủ trì của mục cha ({inherited})." if inherited
                       else f"Để “{INHERIT}”: mục này chưa có cơ quan chủ trì riêng.")
        self.add_row(CODE, self.code_edit, required=True, hint=CODE_HINT)
        self.add_row(NAME, self.name_edit, required=True)
        self.add_row(MAX_POINTS, self.max_edit, required=True)
        self.add_row(AGENCY, self.agency_combo, hint=agency_hint)
        self.form.addRow("", self.survey_check)
        (self.name_edit if node is None and suggested_code else self.code_edit).setFocus()

    def node_input(self) -> NodeInput:
        """What the form says; ValidationError for a maximum that is not a number or an unknown agency."""
        text = self.max_edit.text().strip()
        if not text:
            raise ValidationError(MAX_POINTS, text, "Cần ghi điểm tối đa (ví dụ 3 hoặc 2,5).")
        maximum = parse_number(text, MAX_POINTS)
        agency_text = self.agency_combo.currentText().strip()
        agency_id = None
        if agency_text and agency_text != INHERIT:
            agency_id = self.agency_combo.agency_id()
            if agency_id is None:
                raise ValidationError(AGENCY, agency_text, f"Không có cơ quan “{agency_text}” trong danh mục; hãy "
                                                           f"chọn trong danh sách hoặc để “{INHERIT}”.")
        return NodeInput(self.code_edit.text(), self.name_edit.text(), maximum, agency_id,
                         self.survey_check.isChecked())

    def save(self) -> int:
        return self.service.save_node(self.version_id, self.node_input(), self.node.id if self.node else None)
