"""An agency still named anywhere cannot be deleted: the refusal lists every kind of record that names it."""

import datetime as dt

import pytest

from cchc_desktop.core.enums import PlanKind
from cchc_desktop.core.errors import ConflictError
from cchc_desktop.core.services.agencies import AgencyInput, AgencyService
from cchc_desktop.core.services.meetings import MeetingInput, MeetingService, ReportInput
from cchc_desktop.core.services.people import PeopleService
from cchc_desktop.core.services.plans import PlanInput, PlanService, TargetInput
from cchc_desktop.store.models import IssuingBody, RecipientGroup, RecipientLine


def test_every_reference_blocks_deleting_the_agency(db):
    agencies = AgencyService(db)
    agency = agencies.create(AgencyInput("Sở Văn hóa, Thể thao và Du lịch thử nghiệm"))
    PeopleService(db).create("Nguyễn Văn A", "Giám đốc Sở", agency)  # a person and a position
    PlanService(db).create(PlanInput(PlanKind.PLAN, "04/KH-UBND", "Kế hoạch CCHC năm 2024",
                                     targets=[TargetInput("Chỉ tiêu 1", lead_agency_id=agency)]))
    MeetingService(db).create(MeetingInput(dt.date(2024, 4, 12), "Họp sơ kết quý I",
                                           reports=[ReportInput("Lãnh đạo Sở", "Báo cáo quý I", agency)]))
    with db.session() as session:
        session.add(IssuingBody(name="Sở thử nghiệm", body_lines="SỞ THỬ NGHIỆM", symbol="STN", place="Lạng Sơn",
                                agency_id=agency))
        session.add(RecipientGroup(name="Nhóm thử", lines=[RecipientLine(text="Sở thử nghiệm", agency_id=agency)]))
    used = {label: n for label, n in agencies.usage(agency).items() if n}
    assert used == {"báo cáo tại cuộc họp": 1, "chỉ tiêu được giao chủ trì": 1, "cơ quan ban hành văn bản": 1,
                    "người thuộc cơ quan": 1, "chức vụ tại cơ quan": 1, "dòng nơi nhận": 1}
    with pytest.raises(ConflictError) as err:
        agencies.delete(agency)
    assert agencies.delete_refusal(agency) == err.value.message  # the same answer before asking to confirm
    assert err.value.message == (
        "Không thể xóa “Sở Văn hóa, Thể thao và Du lịch thử nghiệm” vì đang được dùng (1 báo cáo tại cuộc họp, "
        "1 chỉ tiêu được giao chủ trì, 1 cơ quan ban hành văn bản, 1 người thuộc cơ quan, 1 chức vụ tại cơ quan, "
        "1 dòng nơi nhận). Hãy chọn “Ngừng hoạt động” để ẩn cơ quan này khỏi các danh sách chọn.")
    assert agencies.get(agency).name.endswith("thử nghiệm")


def test_an_unused_agency_is_deleted(db):
    agencies = AgencyService(db)
    agency = agencies.create(AgencyInput("Ban Quản lý thử nghiệm"))
    assert agencies.delete_refusal(agency) == ""
    agencies.delete(agency)
    assert not agencies.list("ban quan ly thu nghiem")
