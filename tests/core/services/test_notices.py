import datetime as dt
import hashlib

import pytest
from sqlalchemy import select

from cchc_desktop.core.body import plain_text
from cchc_desktop.core.enums import DocumentStatus
from cchc_desktop.core.errors import ConflictError, ValidationError
from cchc_desktop.core.formats import PartialDate
from cchc_desktop.core.services.notice_drafts import draft_from_meeting
from cchc_desktop.core.services.notices import NoticeService
from cchc_desktop.core.services.register import RegisterService
from cchc_desktop.store.models import IssuingBody, Meeting, RecipientGroup


@pytest.fixture
def ids(demo_db):
    with demo_db.session() as session:
        bodies = {b.symbol: b.id for b in session.scalars(select(IssuingBody))}
        groups = {g.name: g.id for g in session.scalars(select(RecipientGroup))}
        meetings = {m.date.year: m.id for m in session.scalars(select(Meeting))}
    return bodies, groups, meetings


def test_draft_from_the_q1_2024_meeting(demo_db, ids):
    bodies, groups, meetings = ids
    notice_id = draft_from_meeting(demo_db, meetings[2024], bodies["UBND"], [groups["Họp Ban Chỉ đạo CCHC quý"]],
                                   today=dt.date(2024, 4, 15))
    data = NoticeService(demo_db).get(notice_id)
    assert data.summary.startswith("Kết luận của đồng chí Hồ Tiến Thiệu, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo")
    assert " tại cuộc họp sơ kết" in data.summary
    text = plain_text(data.blocks)
    assert text.startswith("Ngày 12/4/2024, đồng chí Hồ Tiến Thiệu")
    assert "trực tiếp kết hợp trực tuyến, kết nối với điểm cầu 11 huyện, thành phố và 200 xã, phường, thị trấn" in text
    assert "kết luận như sau:\n1. Một số kết quả nổi bật" in text
    assert text.endswith("thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.")
    signature = (data.signing_authority, data.signer_title, data.signer_name)
    assert signature == ("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Trịnh Tiến Duy")
    assert data.recipients[0] == "Chủ tịch, các PCT UBND tỉnh"
    assert data.date == PartialDate(2024, 4)
    document = NoticeService(demo_db).document(notice_id)
    assert document.number is None and document.symbol == "TB-UBND"


def test_issuing_numbers_per_body_and_year_and_locks_the_notice(demo_db, ids):
    bodies, groups, meetings = ids
    notices, register = NoticeService(demo_db), RegisterService(demo_db)
    draft = lambda: draft_from_meeting(demo_db, meetings[2024], bodies["UBND"], [], today=dt.date(2024, 4, 15))  # noqa: E731
    first, second, third = draft(), draft(), draft()
    assert register.issue(first, dt.date(2024, 4, 19)).reference == "01/TB-UBND"
    assert register.issue(second, dt.date(2024, 12, 30)).reference == "02/TB-UBND"
    assert register.issue(third, dt.date(2025, 1, 2)).reference == "01/TB-UBND"  # from 01 each 1 January
    office = draft_from_meeting(demo_db, meetings[2022], bodies["VP"], [], today=dt.date(2024, 5, 1))
    assert register.issue(office, dt.date(2024, 5, 2)).reference == "01/TB-VP"  # each body its own sequence
    assert notices.document(first).date == PartialDate(2024, 4, 19)
    with pytest.raises(ConflictError, match="đã ban hành"):
        notices.update(first, notices.get(first))
    with pytest.raises(ConflictError):
        register.issue(first, dt.date(2024, 4, 20))
    pdf = register.issued_pdf(first)
    assert pdf.startswith(b"%PDF") and register.list(year=2024)[-1].sha256 == hashlib.sha256(pdf).hexdigest()


def test_a_change_after_issue_is_a_new_version(demo_db, ids):
    bodies, _, meetings = ids
    notices, register = NoticeService(demo_db), RegisterService(demo_db)
    issued = draft_from_meeting(demo_db, meetings[2024], bodies["UBND"], [], today=dt.date(2024, 4, 15))
    register.issue(issued, dt.date(2024, 4, 19))
    before = register.issued_pdf(issued)
    version = register.new_version(issued)
    data = notices.get(version)
    data.summary = "Kết luận (đính chính)"
    notices.update(version, data)
    assert notices.get(issued).summary != "Kết luận (đính chính)"
    assert register.issued_pdf(issued) == before
    row = register.issue(version, dt.date(2024, 4, 22))
    assert row.reference == "02/TB-UBND"
    assert notices.status(issued) == DocumentStatus.SUPERSEDED
    assert [r.version for r in notices.list() if r.id == version] == [2]


def test_invalid_notice_content_is_refused(demo_db, ids):
    notices = NoticeService(demo_db)
    notice_id = notices.list()[0].id
    data = notices.get(notice_id)
    data.summary = "  "
    with pytest.raises(ValidationError, match="Trích yếu"):
        notices.update(notice_id, data)
    data = notices.get(notice_id)
    data.recipients = []
    with pytest.raises(ValidationError, match="nơi nhận"):
        notices.update(notice_id, data)
    assert notices.get(notice_id).recipients


def test_signer_required_before_issue(demo_db, ids):
    notices = NoticeService(demo_db)
    notice_id = notices.list()[0].id
    data = notices.get(notice_id)
    data.signer_name = ""
    notices.update(notice_id, data)
    with pytest.raises(ValidationError, match="người ký"):
        RegisterService(demo_db).issue(notice_id, dt.date(2024, 4, 19))
    assert NoticeService(demo_db).document(notice_id).number is None
