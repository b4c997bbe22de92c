"""The audit log: who changed what and when, with the values before and after, and reading it back."""

from __future__ import annotations

import dataclasses
import datetime as dt
import getpass

import pytest
from sqlalchemy import func, select

from cchc_desktop.core.body import Block, plain
from cchc_desktop.core.deadlines import parse_deadline
from cchc_desktop.core.enums import BlockKind, TaskStatus
from cchc_desktop.core.errors import ValidationError
from cchc_desktop.core.services import audit
from cchc_desktop.core.services.agencies import AgencyService
from cchc_desktop.core.services.audit_log import AuditFilter, AuditService
from cchc_desktop.core.services.meetings import AttendeeInput, MeetingInput, MeetingService
from cchc_desktop.core.services.notices import NoticeService
from cchc_desktop.core.services.settings import DRAFTER_INITIALS, SettingsService
from cchc_desktop.core.services.tasks import TaskInput, TaskService
from cchc_desktop.core.services.user_settings import save_setting
from cchc_desktop.store.models import AuditEntry


@pytest.fixture
def agencies(db):
    return {row.name: row.id for row in AgencyService(db).list()}


def latest(db):
    return AuditService(db).list(AuditFilter(limit=1))[0]


def changed(row) -> dict[str, tuple[str, str]]:
    return {c.label: (c.before, c.after) for c in row.changes}


def entry_count(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count(AuditEntry.id)))


def test_a_task_edit_records_only_the_changed_fields_readably(db, agencies, monkeypatch):
    monkeypatch.delenv("CCHC_USER", raising=False)
    tasks = TaskService(db)
    task_id, _ = tasks.create(TaskInput(title="Rà soát thủ tục hành chính", lead_agency_id=agencies["Sở Nội vụ"],
                                        deadline=parse_deadline("30/06/2024")))
    created = latest(db)
    assert (created.action_label, created.table_label, created.record_id) == ("Thêm", "Nhiệm vụ", task_id)
    assert changed(created)["Hạn xử lý"] == ("", "30/06/2024")

    data = dataclasses.replace(tasks.get(task_id).data, lead_agency_id=agencies["Sở Tư pháp"],
                               cooperator_ids=[agencies["Sở Nội vụ"]], deadline=parse_deadline("15/07/2024"),
                               status=TaskStatus.IN_PROGRESS)
    tasks.update(task_id, data)

    row = latest(db)
    assert row.user == getpass.getuser() and row.user_note == ""
    assert (row.action_label, row.table, row.record_id) == ("Sửa", "tasks", task_id)
    assert row.summary == "Sửa nhiệm vụ: Rà soát thủ tục hành chính"
    changes = changed(row)
    assert changes["Cơ quan chủ trì"] == ("Sở Nội vụ", "Sở Tư pháp")
    assert changes["Cơ quan phối hợp"] == ("", "Sở Nội vụ")
    assert changes["Hạn xử lý"] == ("30/06/2024", "15/07/2024")
    assert changes["Trạng thái"] == ("Chưa thực hiện", "Đang thực hiện")
    assert "Nội dung nhiệm vụ" not in changes  # unchanged fields are not listed
    assert row.at.date() == dt.date.today() and abs(row.at - dt.datetime.now()) < dt.timedelta(minutes=5)


def test_a_refused_edit_leaves_the_log_as_it_was(db, agencies):
    tasks = TaskService(db)
    task_id, _ = tasks.create(TaskInput(title="Nhiệm vụ", lead_agency_id=agencies["Sở Nội vụ"]))
    before = entry_count(db)
    with pytest.raises(ValidationError):
        tasks.update(task_id, dataclasses.replace(tasks.get(task_id).data, title="  "))
    with pytest.raises(ValidationError):
        save_setting(db, DRAFTER_INITIALS, "L1")
    assert entry_count(db) == before


def test_a_deleted_task_keeps_its_values_in_the_log(db, agencies):
    tasks = TaskService(db)
    task_id, _ = tasks.create(TaskInput(title="Báo cáo quý", lead_agency_id=agencies["Sở Nội vụ"]))
    tasks.delete(task_id)
    row = latest(db)
    assert row.action_label == "Xóa" and row.record_id is None and row.record_uuid
    assert changed(row)["Nội dung nhiệm vụ"] == ("Báo cáo quý", "")
    assert changed(row)["Cơ quan chủ trì"] == ("Sở Nội vụ", "")


def test_the_login_name_is_used_unless_cchc_user_overrides_it_and_then_the_entry_says_so(db, monkeypatch):
    monkeypatch.setattr(getpass, "getuser", lambda: "hoa")
    monkeypatch.delenv("CCHC_USER", raising=False)
    assert audit.user_identity() == audit.UserIdentity("hoa", "hoa", False)
    SettingsService(db).set(DRAFTER_INITIALS, "AB")
    row = latest(db)
    assert (row.user, row.user_note, row.user_text) == ("hoa", "", "hoa")

    monkeypatch.setenv("CCHC_USER", "Nguyễn Thị Lan")
    SettingsService(db).set(DRAFTER_INITIALS, "CD")
    row = latest(db)
    assert row.user == "Nguyễn Thị Lan"
    assert row.user_text == "Nguyễn Thị Lan (đặt bằng CCHC_USER, tài khoản máy: hoa)"


def test_settings_changes_are_logged_with_old_and_new_value_and_a_save_without_change_is_not(db):
    save_setting(db, DRAFTER_INITIALS, "lth")
    save_setting(db, "own_province", "lang son")
    save_setting(db, "own_province", "Lạng Sơn")  # the same value again: nothing to log
    save_setting(db, DRAFTER_INITIALS, "")
    rows = AuditService(db).list(AuditFilter(table="cai dat"))
    assert [r.summary for r in rows] == ["Đổi cài đặt “Chữ viết tắt người soạn”", "Đổi cài đặt “Tỉnh của mình”",
                                         "Đổi cài đặt “Chữ viết tắt người soạn”"]
    assert [r.changes[0].line() for r in rows] == [
        "Chữ viết tắt người soạn: LTH → (trống)", "Tỉnh của mình: (trống) → Lạng Sơn",
        "Chữ viết tắt người soạn: (trống) → LTH",
    ]


def test_meeting_edits_list_attendees_and_a_deleted_meeting_its_values(db, agencies):
    meetings = MeetingService(db)
    data = MeetingInput(date=dt.date(2024, 4, 5), title="Sơ kết quý I",
                        attendees=[AttendeeInput(agency_id=agencies["Sở Nội vụ"], text="Lãnh đạo")])
    meeting_id = meetings.create(data)
    meetings.update(meeting_id, dataclasses.replace(
        data, location="Hội trường tầng 3", date=dt.date(2024, 4, 8),
        attendees=[AttendeeInput(agency_id=agencies["Sở Tư pháp"], text="Lãnh đạo")]))
    changes = changed(latest(db))
    assert changes == {"Ngày họp": ("05/04/2024", "08/04/2024"), "Địa điểm": ("", "Hội trường tầng 3"),
                       "Thành phần dự": ("Lãnh đạo Sở Nội vụ", "Lãnh đạo Sở Tư pháp")}
    meetings.delete(meeting_id)
    row = latest(db)
    assert row.action_label == "Xóa" and row.table_label == "Cuộc họp"
    assert changed(row)["Tên cuộc họp"] == ("Sơ kết quý I", "")
    assert ("Số nhiệm vụ được giữ lại", "0") in row.facts


def test_a_draft_notice_edit_records_the_body_before_and_after(demo_db):
    notices = NoticeService(demo_db)
    notice_id = notices.list()[0].id
    data = notices.get(notice_id)
    new_body = [Block(BlockKind.PARAGRAPH, plain("Giao Sở Nội vụ tổng hợp."))]
    notices.update(notice_id, dataclasses.replace(data, blocks=new_body, recipients=data.recipients[:1]))
    row = latest(demo_db)
    assert (row.table_label, row.record_id) == ("Thông báo", notice_id)
    before, after = changed(row)["Nội dung"]
    assert after == "Giao Sở Nội vụ tổng hợp." and before and before != after
    assert changed(row)["Nơi nhận"][1] == data.recipients[0]


def test_list_is_newest_first_and_filters_by_dates_user_table_and_unaccented_words(db, agencies, monkeypatch):
    tasks = TaskService(db)
    monkeypatch.setenv("CCHC_USER", "Trần Văn Bình")
    tasks.create(TaskInput(title="Kiểm tra công vụ", lead_agency_id=agencies["Sở Nội vụ"]))
    monkeypatch.setenv("CCHC_USER", "Lê Hoa")
    SettingsService(db).set(DRAFTER_INITIALS, "LH")
    with db.session() as session:  # an entry of last year
        old = AuditEntry(at=dt.datetime(2023, 3, 1, 8, 0), user="Lê Hoa", action="create", entity="tasks",
                         summary="Giao nhiệm vụ cũ")
        session.add(old)
    service = AuditService(db)
    rows = service.list()
    assert [r.summary for r in rows] == ["Đổi cài đặt “Chữ viết tắt người soạn”", "Giao nhiệm vụ: Kiểm tra công vụ",
                                         "Giao nhiệm vụ cũ"]
    assert [r.summary for r in service.list(AuditFilter(since=dt.date.today()))][-1] == (
        "Giao nhiệm vụ: Kiểm tra công vụ")
    assert [r.summary for r in service.list(AuditFilter(until=dt.date(2023, 3, 1)))] == ["Giao nhiệm vụ cũ"]
    assert [r.user for r in service.list(AuditFilter(user="binh"))] == ["Trần Văn Bình"]
    assert [r.summary for r in service.list(AuditFilter(table="Nhiệm vụ", user="le hoa"))] == ["Giao nhiệm vụ cũ"]
    assert [r.summary for r in service.list(AuditFilter(text="kiem tra cong vu"))] == [
        "Giao nhiệm vụ: Kiểm tra công vụ"]
    assert service.users() == ["Lê Hoa", "Trần Văn Bình"]
    with pytest.raises(ValidationError, match="Không có bảng “hồ sơ” trong nhật ký"):
        service.list(AuditFilter(table="hồ sơ"))
    with pytest.raises(ValidationError, match="Ngày “01/01/2024” sớm hơn ngày bắt đầu 02/01/2024"):
        service.list(AuditFilter(since=dt.date(2024, 1, 2), until=dt.date(2024, 1, 1)))


def test_progress_and_deactivating_an_agency_record_what_changed(db, agencies):
    tasks = TaskService(db)
    task_id, _ = tasks.create(TaskInput(title="Nhiệm vụ", lead_agency_id=agencies["Sở Nội vụ"]))
    tasks.add_progress(task_id, dt.date(2024, 5, 2), "Đã họp triển khai")
    row = latest(db)
    assert row.summary == "Cập nhật tiến độ ngày 02/05/2024"
    assert changed(row) == {"Trạng thái": ("Chưa thực hiện", "Đang thực hiện")}
    assert ("Nội dung tiến độ", "Đã họp triển khai") in row.facts
    AgencyService(db).set_active(agencies["Sở Tư pháp"], False)
    row = latest(db)
    assert (row.action_label, row.table_label) == ("Ngừng hoạt động", "Cơ quan, đơn vị")
    assert changed(row) == {"Đang hoạt động": ("Có", "Không")}


def test_criteria_and_recipient_group_edits_record_before_and_after(db, agencies):
    from cchc_desktop.core.services.criteria import CriteriaService, NodeInput
    from cchc_desktop.core.services.recipients import LineInput, RecipientGroupService

    criteria = CriteriaService(db)
    version = criteria.add_version("PAR INDEX", "Thử nghiệm 2040", 2040)
    node = criteria.save_node(version, NodeInput("1", "Công tác chỉ đạo, điều hành", 9.5, agencies["Sở Nội vụ"]))
    criteria.save_node(version, NodeInput("1", "Công tác chỉ đạo, điều hành CCHC", 10, agencies["Sở Tư pháp"]),
                       node_id=node)
    row = latest(db)
    assert (row.action_label, row.table_label) == ("Sửa", "Tiêu chí")
    assert changed(row)["Điểm tối đa"] == ("9,5", "10")
    assert changed(row)["Cơ quan chủ trì"] == ("Sở Nội vụ", "Sở Tư pháp")
    assert changed(row)["Tên"] == ("Công tác chỉ đạo, điều hành", "Công tác chỉ đạo, điều hành CCHC")

    groups = RecipientGroupService(db)
    group = groups.save("Nhóm thử", [LineInput("Sở Nội vụ"), LineInput("Sở Tư pháp")])
    groups.save("Nhóm thử", [LineInput("Sở Nội vụ"), LineInput("UBND các xã, phường")], group_id=group)
    row = latest(db)
    assert (row.action_label, row.table_label) == ("Sửa", "Nhóm nơi nhận")
    assert changed(row)["Các dòng nơi nhận"] == ("Sở Nội vụ; Sở Tư pháp", "Sở Nội vụ; UBND các xã, phường")
    groups.delete(group)
    assert changed(latest(db))["Các dòng nơi nhận"] == ("Sở Nội vụ; UBND các xã, phường", "")
