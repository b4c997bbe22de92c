"""The conference of 08/6/2022 on the 2021 PAR INDEX and SIPAS results: meeting, conclusion, draft notice, tasks."""

from __future__ import annotations

import copy
import datetime as dt

from ...store.models import Meeting, MeetingAttendee, MeetingReport, MeetingSite, Notice, NoticeAttachment
from ..body import Block
from ..deadlines import Deadline
from ..enums import DeadlineKind, MeetingFormat, MeetingKind, Recurrence, TaskStatus
from . import text_2022 as text
from .catalogue import HUYEN, RECIPIENTS_2022, THIEU, TRUONG
from .common import DemoContext, NoticeDraft, Origin, TaskSpec, add_body, add_notice, add_task, block_starting

MEETING_DATE = dt.date(2022, 6, 8)
REPORT_DEADLINE = Deadline(DeadlineKind.BEFORE, date=dt.date(2022, 6, 30))
REPORT_DEADLINE_TEXT = "trước ngày 30/6/2022"

# (site level, person, agency, text as the notice words the attendance)
ATTENDEES: list[tuple[str, str | None, str | None, str]] = [
    ("province", THIEU, None, "Chủ tịch UBND tỉnh, chủ trì Hội nghị"),
    ("province", HUYEN, None, "Phó Chủ tịch Thường trực UBND tỉnh"),
    ("province", None, "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Đại diện Lãnh đạo"),
    ("province", None, "Ban Pháp chế HĐND tỉnh", "Đại diện Lãnh đạo"),
    ("province", None, "Hội Cựu chiến binh tỉnh", "Đại diện Lãnh đạo"),
    ("province", None, None, "Đại diện Lãnh đạo các sở, ban, ngành"),
    ("province", None, "Báo Lạng Sơn", "Đại diện Lãnh đạo"),
    ("province", None, "Đài Phát thanh và Truyền hình tỉnh", "Đại diện Lãnh đạo"),
    ("province", None, None, "Thành viên Tổ Thư ký Cải cách hành chính tỉnh"),
    ("district", None, None,
     "Đại diện Lãnh đạo UBND, Ủy ban Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội cấp huyện"),
    ("district", None, None, "Lãnh đạo phòng chuyên môn và các thành phần có liên quan"),
    ("commune", None, None,
     "Đại diện Lãnh đạo UBND, Ủy ban Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội cấp xã"),
]


def add_meeting_2022(ctx: DemoContext) -> None:
    meeting = _meeting(ctx)
    blocks = text.conclusion()
    notice_blocks = [*text.notice_opening(), *copy.deepcopy(blocks), *text.notice_closing()]
    meeting.conclusion = add_body(ctx.session, blocks)
    notice = add_notice(
        ctx, meeting,
        NoticeDraft(summary=text.SUMMARY, year=2022, month=6, signer=TRUONG, recipients=RECIPIENTS_2022,
                    archive_line="VT, THNC (LTH)"),
        notice_blocks,
    )
    notice.attachments.append(
        NoticeAttachment(position=0, title=text.ATTACHMENT_TITLE, body=add_body(ctx.session, text.attachment()))
    )
    _tasks(ctx, meeting, notice, blocks)


def _meeting(ctx: DemoContext) -> Meeting:
    meeting = Meeting(
        date=MEETING_DATE, kind=MeetingKind.INDEX_ANALYSIS, title=text.TITLE, format=MeetingFormat.ONLINE,
        organiser="UBND tỉnh", chair=ctx.people[THIEU], chair_title="Chủ tịch UBND tỉnh",
    )
    # The notice names the levels connected but not how many sites: count 0 means "not stated".
    for position, (level, label) in enumerate((("province", "cấp tỉnh"), ("district", "cấp huyện"),
                                               ("commune", "cấp xã"))):
        meeting.sites.append(MeetingSite(position=position, level=level, count=0, label=label))
    for position, (level, person, agency, words) in enumerate(ATTENDEES):
        meeting.attendees.append(MeetingAttendee(
            position=position, site_level=level, person=ctx.people[person] if person else None,
            agency=ctx.agency(agency) if agency else None, text=words,
        ))
    meeting.reports += [
        MeetingReport(
            position=0, presenter="Lãnh đạo Sở Nội vụ", presenter_agency=ctx.agency("Sở Nội vụ"),
            subject="Phân tích Chỉ số cải cách hành chính của các sở, ban, ngành, UBND các huyện, thành phố năm 2021",
        ),
        MeetingReport(
            position=1,
            presenter="Báo cáo viên Viện Nghiên cứu khoa học hành chính - Học viện Hành chính Quốc gia",
            presenter_agency=ctx.agency("Viện Nghiên cứu khoa học hành chính - Học viện Hành chính Quốc gia"),
            subject="Phân tích kết quả Chỉ số PAR INDEX, Chỉ số SIPAS tỉnh Lạng Sơn năm 2021",
        ),
    ]
    ctx.session.add(meeting)
    return meeting


def _tasks(ctx: DemoContext, meeting: Meeting, notice: Notice, blocks: list[Block]) -> None:
    def origin(prefix: str) -> Origin:
        return Origin(reference="Kết luận của Chủ tịch UBND tỉnh tại Hội nghị ngày 08/6/2022", meeting=meeting,
                      notice=notice, block=block_starting(blocks, prefix))

    discipline = "Kiểm điểm, xử lý cán bộ, công chức cấp xã không chấp hành nghiêm chế độ hội họp tại Hội nghị"
    add_task(ctx, origin("Thực hiện nghiêm chủ đề năm 2022"), TaskSpec(
        title=f"{discipline}; báo cáo Chủ tịch UBND tỉnh kết quả xử lý", lead="UBND thành phố Lạng Sơn",
        deadline=REPORT_DEADLINE, deadline_text=REPORT_DEADLINE_TEXT, status=TaskStatus.DONE_LATE,
        assigned_on=MEETING_DATE, completed_on=dt.date(2022, 7, 5),
        evidence="Báo cáo kết quả kiểm điểm của UBND thành phố Lạng Sơn gửi ngày 05/7/2022",
        progress=[
            (dt.date(2022, 6, 24), "Đã kiểm điểm tại các phường có tên trong danh sách; đang hoàn thiện báo cáo."),
            (dt.date(2022, 7, 5), "Đã gửi báo cáo kết quả xử lý, chậm 05 ngày so với thời hạn."),
        ],
    ))
    add_task(ctx, origin("Thực hiện nghiêm chủ đề năm 2022"), TaskSpec(
        title=f"{discipline}; báo cáo Chủ tịch UBND tỉnh kết quả xử lý", lead="UBND huyện Cao Lộc",
        deadline=REPORT_DEADLINE, deadline_text=REPORT_DEADLINE_TEXT, status=TaskStatus.DONE,
        assigned_on=MEETING_DATE, completed_on=dt.date(2022, 6, 28),
        evidence="Báo cáo kết quả kiểm điểm của UBND huyện Cao Lộc gửi ngày 28/6/2022",
        progress=[(dt.date(2022, 6, 28), "Đã gửi báo cáo kết quả kiểm điểm, xử lý đúng hạn.")],
    ))
    add_task(ctx, origin("Giao Sở Nội vụ"), TaskSpec(
        title="Tham mưu tăng cường kiểm tra, theo dõi, đôn đốc triển khai công tác cải cách hành chính tại các "
              "cơ quan, đơn vị",
        lead="Sở Nội vụ", deadline=Deadline(DeadlineKind.RECURRING, recurrence=Recurrence.MONTHLY),
        status=TaskStatus.IN_PROGRESS, assigned_on=MEETING_DATE,
        progress=[
            (dt.date(2022, 7, 29), "Đã đôn đốc các cơ quan, đơn vị khắc phục tồn tại nêu tại Hội nghị."),
            (dt.date(2022, 10, 31), "Hoàn thành đợt kiểm tra công tác cải cách hành chính quý III tại một số sở, "
                                    "ngành và huyện."),
        ],
    ))
    # The notice sets no deadline for item 5; the secretariat's follow-up table gave it one.
    add_task(ctx, origin("Đẩy mạnh chuyển đổi số"), TaskSpec(
        title="Nâng cao chất lượng hoạt động của Trung tâm điều hành thông minh (IOC); triển khai hiệu quả nền "
              "tảng “Công dân số Xứ Lạng”",
        lead="Sở Thông tin và Truyền thông", cooperators=["Văn phòng UBND tỉnh"],
        deadline=Deadline(DeadlineKind.QUARTER, year=2022, quarter=4), status=TaskStatus.DONE,
        assigned_on=MEETING_DATE, completed_on=dt.date(2022, 12, 20),
        progress=[
            (dt.date(2022, 9, 30), "Đã nâng cấp chức năng tiếp nhận phản ánh hiện trường trên ứng dụng."),
            (dt.date(2022, 12, 20), "Đã báo cáo UBND tỉnh kết quả vận hành IOC và nền tảng “Công dân số Xứ Lạng”."),
        ],
    ))
    add_task(ctx, origin("Đề nghị Bưu điện tỉnh"), TaskSpec(
        title="Chỉ đạo nhân viên phát phiếu đo lường Chỉ số SIPAS, khảo sát lãnh đạo, quản lý kết hợp tuyên "
              "truyền kết quả cải cách hành chính của tỉnh",
        lead="Bưu điện tỉnh", cooperators=["Sở Nội vụ"],
        deadline=Deadline(DeadlineKind.RECURRING, recurrence=Recurrence.YEARLY), status=TaskStatus.IN_PROGRESS,
        assigned_on=MEETING_DATE,
    ))
