"""Vietnamese names for what the audit log records: tables, actions and fields.

The log stores the English keys (``tasks``, ``update``, ``due_date``) so that it stays stable when a caption is
reworded; the readers (``cchc audit list``, the "Nhật ký thay đổi" page) show these names. A field's name is also
stored with each change when it is written, so an entry stays readable after a column is renamed.
"""

from __future__ import annotations

TABLES: dict[str, str] = {
    "tasks": "Nhiệm vụ",
    "meetings": "Cuộc họp",
    "notices": "Thông báo",
    "settings": "Cài đặt",
    "agencies": "Cơ quan, đơn vị",
    "plans": "Kế hoạch, nghị quyết",
    "criteria": "Tiêu chí",
    "criteria_versions": "Bộ tiêu chí",
    "result_sets": "Bảng kết quả chỉ số",
    "results": "Kết quả chỉ số",
    "recipient_groups": "Nhóm nơi nhận",
    "people": "Người",
    "indexes": "Chỉ số",
    "issuing_bodies": "Cơ quan ban hành",
}

ACTIONS: dict[str, str] = {
    "create": "Thêm",
    "update": "Sửa",
    "delete": "Xóa",
    "save": "Lưu",
    "import": "Nhập",
    "issue": "Ban hành",
    "new-version": "Tạo phiên bản mới",
    "activate": "Kích hoạt lại",
    "deactivate": "Ngừng hoạt động",
    "conclusion": "Lưu kết luận",
    "scores": "Nhập điểm chi tiết",
    "progress": "Cập nhật tiến độ",
    "progress-delete": "Xóa tiến độ",
    "complete": "Hoàn thành",
}

# Field names shared by several tables; TABLE_FIELDS overrides them where a table means something narrower.
FIELDS: dict[str, str] = {
    "name": "Tên",
    "short_name": "Tên viết tắt",
    "kind": "Loại",
    "parent_id": "Đơn vị cấp trên",
    "code": "Mã",
    "active": "Đang hoạt động",
    "notes": "Ghi chú",
    "title": "Tiêu đề",
    "description": "Mô tả",
    "status": "Trạng thái",
    "date": "Ngày",
    "place": "Địa danh",
    "summary": "Trích yếu",
    "symbol": "Ký hiệu",
    "number": "Số",
    "version": "Phiên bản",
    "value": "Giá trị",
    "agency_id": "Cơ quan",
    "meeting_id": "Cuộc họp",
    "signing_authority": "Thẩm quyền ký",
    "signer_title": "Chức vụ người ký",
    "signer_id": "Người ký",
    "signer_name": "Họ tên người ký",
    "reference": "Số, ký hiệu",
    "issued_on": "Ngày ban hành",
    "issuer": "Cơ quan ban hành",
    "period_start": "Từ ngày",
    "period_end": "Đến ngày",
    "parent_line": "Dòng cơ quan chủ quản",
    "body_lines": "Dòng tên cơ quan",
    "default_signer_id": "Người ký mặc định",
    "archive_unit": "Đơn vị lưu",
}

TABLE_FIELDS: dict[str, dict[str, str]] = {
    "tasks": {
        "title": "Nội dung nhiệm vụ",
        "description": "Mô tả",
        "source": "Nguồn giao",
        "meeting_id": "Cuộc họp nguồn",
        "source_block_id": "Mục kết luận nguồn",
        "notice_id": "Thông báo nguồn",
        "plan_id": "Kế hoạch, nghị quyết nguồn",
        "source_reference": "Văn bản giao",
        "lead_agency_id": "Cơ quan chủ trì",
        "cooperators": "Cơ quan phối hợp",
        "criterion_id": "Tiêu chí thành phần",
        "assigned_on": "Ngày giao",
        "deadline_kind": "Loại thời hạn",
        "deadline_date": "Ngày hạn",
        "deadline_year": "Năm hạn",
        "deadline_quarter": "Quý hạn",
        "deadline_month": "Tháng hạn",
        "recurrence": "Định kỳ",
        "deadline_text": "Thời hạn (như văn bản ghi)",
        "due_date": "Hạn xử lý",
        "status": "Trạng thái",
        "completed_on": "Ngày hoàn thành",
        "evidence": "Kết quả, minh chứng",
    },
    "meetings": {
        "date": "Ngày họp",
        "kind": "Loại cuộc họp",
        "title": "Tên cuộc họp",
        "format": "Hình thức",
        "location": "Địa điểm",
        "organiser": "Cơ quan tổ chức",
        "chair_id": "Chủ trì",
        "chair_title": "Chức vụ người chủ trì",
        "notes": "Ghi chú",
        "sites": "Điểm cầu",
        "attendees": "Thành phần dự",
        "reports": "Báo cáo",
        "conclusion": "Kết luận",
    },
    "notices": {
        "issuing_body_id": "Cơ quan ban hành",
        "meeting_id": "Cuộc họp",
        "doc_type": "Loại văn bản",
        "type_name": "Tên loại văn bản",
        "date_year": "Năm ban hành",
        "date_month": "Tháng ban hành",
        "date_day": "Ngày ban hành",
        "archive_line": "Nơi lưu",
        "previous_id": "Phiên bản trước",
        "body": "Nội dung",
        "recipients": "Nơi nhận",
        "attachments": "Phụ lục",
    },
    "agencies": {"parent_id": "Đơn vị cấp trên", "kind": "Loại cơ quan"},
    "criteria": {"max_points": "Điểm tối đa", "lead_agency_id": "Cơ quan chủ trì", "is_survey": "Chỉ tiêu điều tra XHH",
                 "level": "Cấp", "parent_id": "Mục cha", "version_id": "Phiên bản bộ tiêu chí"},
    "recipient_groups": {"lines": "Các dòng nơi nhận"},
    "plans": {"kind": "Loại văn bản", "title": "Trích yếu", "period_start": "Từ năm", "period_end": "Đến năm"},
    "issuing_bodies": {"agency_id": "Cơ quan trong danh mục", "active": "Đang dùng"},
    "settings": {
        "own_province": "Tỉnh của mình",
        "drafter_initials": "Chữ viết tắt người soạn",
        "demo_offered": "Đã đề nghị mở dữ liệu mẫu",
        "own_province_before_2025": "Tỉnh của mình trước 01/7/2025",
        "is_demo": "Dữ liệu mẫu",
    },
}

LIST_FIELDS = frozenset({"cooperators", "sites", "attendees", "reports", "recipients", "attachments", "lines"})
"""Fields whose readable value is a list joined with "; " (the reader can show what was added or removed)."""
LIST_SEPARATOR = "; "

DETAILS: dict[str, str] = {
    "count": "Số bản ghi",
    "tasks_kept": "Số nhiệm vụ được giữ lại",
    "note": "Nội dung tiến độ",
}
"""Names of the other facts an entry may carry (besides its changes)."""


def table_label(table: str) -> str:
    return TABLES.get(table, table)


def action_label(action: str) -> str:
    return ACTIONS.get(action, action)


def field_label(table: str, field: str) -> str:
    return TABLE_FIELDS.get(table, {}).get(field) or FIELDS.get(field, field)
