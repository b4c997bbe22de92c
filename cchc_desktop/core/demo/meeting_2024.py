"""The steering committee's first-quarter review of 12/4/2024: meeting, conclusion, draft notice, tasks.

Two follow-up tasks are dated from the build's ``today`` (one overdue, one due within a week), so the task
list always has something to chase whenever the demo is built.
"""

from __future__ import annotations

import copy
import datetime as dt

from ...store.models import Meeting, MeetingAttendee, MeetingReport, MeetingSite, Notice
from ..body import Block
from ..deadlines import Deadline
from ..enums import DeadlineKind, MeetingFormat, MeetingKind, Recurrence, TaskStatus
from . import text_2024 as text
from .catalogue import DUY, HUYEN, RECIPIENTS_2024, THIEU
from .common import DemoContext, NoticeDraft, Origin, TaskSpec, add_body, add_notice, add_task, block_starting

MEETING_DATE = dt.date(2024, 4, 12)
CHAIR_TITLE = "Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo cải cách hành chính tỉnh"
OVERDUE_BY = dt.timedelta(days=12)
DUE_IN = dt.timedelta(days=7)

# (site level, person, text as the notice words the attendance)
ATTENDEES: list[tuple[str, str | None, str]] = [
    ("province", HUYEN, "Phó Chủ tịch Thường trực UBND tỉnh, Phó Trưởng Ban Chỉ đạo cải cách hành chính tỉnh"),
    ("province", None, "Thủ trưởng các Sở, Ban, ngành là thành viên Ban Chỉ đạo cải cách hành chính tỉnh"),
    ("province", None, "Thành viên Tổ Thư ký giúp việc Ban Chỉ đạo"),
    ("district", None, "Chủ tịch UBND các huyện, thành phố là thành viên Ban Chỉ đạo cải cách hành chính tỉnh"),
    ("commune", None, "Chủ tịch UBND các xã, phường, thị trấn và công chức có liên quan"),
]


def add_meeting_2024(ctx: DemoContext) -> None:
    meeting = _meeting(ctx)
    blocks = text.conclusion()
    notice_blocks = [*text.notice_opening(), *copy.deepcopy(blocks), *text.notice_closing()]
    meeting.conclusion = add_body(ctx.session, blocks)
    notice = add_notice(
        ctx, meeting,
        NoticeDraft(summary=text.SUMMARY, year=2024, month=4, signer=DUY, recipients=RECIPIENTS_2024,
                    archive_line="VT, NC (TPT)"),
        notice_blocks,
    )
    _tasks(ctx, meeting, notice, blocks)
    _follow_ups(ctx, meeting, notice, blocks)


def _meeting(ctx: DemoContext) -> Meeting:
    meeting = Meeting(
        date=MEETING_DATE, kind=MeetingKind.QUARTERLY, title=text.TITLE, format=MeetingFormat.HYBRID,
        organiser="Ban Chỉ đạo CCHC tỉnh", chair=ctx.people[THIEU], chair_title=CHAIR_TITLE,
    )
    meeting.sites += [
        MeetingSite(position=0, level="district", count=11, label="huyện, thành phố"),
        MeetingSite(position=1, level="commune", count=200, label="xã, phường, thị trấn"),
    ]
    for position, (level, person, words) in enumerate(ATTENDEES):
        meeting.attendees.append(MeetingAttendee(
            position=position, site_level=level, person=ctx.people[person] if person else None, text=words,
        ))
    # The notice does not name the presenter; the report comes from the committee's standing agency.
    meeting.reports.append(MeetingReport(
        position=0, presenter="Sở Nội vụ (cơ quan thường trực Ban Chỉ đạo)", presenter_agency=ctx.agency("Sở Nội vụ"),
        subject="Tình hình, kết quả thực hiện công tác cải cách hành chính quý I, phương hướng, nhiệm vụ quý II "
                "năm 2024",
    ))
    ctx.session.add(meeting)
    return meeting


def _origin(meeting: Meeting, notice: Notice, blocks: list[Block], prefix: str) -> Origin:
    return Origin(reference="Kết luận của Trưởng Ban Chỉ đạo CCHC tỉnh tại cuộc họp ngày 12/4/2024",
                  meeting=meeting, notice=notice, block=block_starting(blocks, prefix))


def _tasks(ctx: DemoContext, meeting: Meeting, notice: Notice, blocks: list[Block]) -> None:
    add_task(ctx, _origin(meeting, notice, blocks, "Chủ động rà soát, tham mưu UBND tỉnh"), TaskSpec(
        title="Rà soát, tham mưu UBND tỉnh hỗ trợ kinh phí hiện đại hóa Bộ phận Một cửa cấp huyện, cấp xã tại "
              "các địa bàn khó khăn",
        lead="Sở Tài chính", cooperators=["Sở Kế hoạch và Đầu tư"],
        deadline=Deadline(DeadlineKind.QUARTER, year=2024, quarter=3), deadline_text="trong Quý III/2024",
        status=TaskStatus.DONE_LATE, assigned_on=MEETING_DATE, completed_on=dt.date(2024, 10, 18),
        evidence="Tờ trình của Sở Tài chính về phương án hỗ trợ kinh phí, gửi ngày 18/10/2024",
        progress=[
            (dt.date(2024, 7, 15), "Đã đề nghị UBND các huyện, thành phố báo cáo nhu cầu kinh phí."),
            (dt.date(2024, 9, 20), "Đang tổng hợp nhu cầu, phối hợp Sở Kế hoạch và Đầu tư cân đối nguồn vốn."),
            (dt.date(2024, 10, 18), "Đã trình UBND tỉnh phương án hỗ trợ kinh phí."),
        ],
    ))
    add_task(ctx, _origin(meeting, notice, blocks, "Rà soát, kiện toàn Ban Chỉ đạo"), TaskSpec(
        title="Tham mưu rà soát, kiện toàn Ban Chỉ đạo cải cách hành chính các cấp",
        lead="Sở Nội vụ", deadline=Deadline(DeadlineKind.QUARTER, year=2024, quarter=2),
        status=TaskStatus.DONE, assigned_on=MEETING_DATE, completed_on=dt.date(2024, 6, 14),
        progress=[(dt.date(2024, 6, 14), "UBND tỉnh đã ban hành quyết định kiện toàn Ban Chỉ đạo.")],
    ))
    add_task(ctx, _origin(meeting, notice, blocks, "Nghiên cứu mô hình chuyển giao"), TaskSpec(
        title="Nghiên cứu áp dụng mô hình chuyển giao tiếp nhận, trả kết quả giải quyết TTHC cho Bưu điện huyện",
        lead="UBND huyện Văn Lãng", cooperators=["Bưu điện tỉnh"],
        deadline=Deadline(DeadlineKind.QUARTER, year=2024, quarter=4), status=TaskStatus.DONE,
        assigned_on=MEETING_DATE, completed_on=dt.date(2024, 12, 10),
        progress=[
            (dt.date(2024, 8, 2), "Đã khảo sát mô hình tại UBND huyện Tràng Định."),
            (dt.date(2024, 12, 10), "Đã ký thỏa thuận với Bưu điện tỉnh, áp dụng từ tháng 12/2024."),
        ],
    ))
    add_task(ctx, _origin(meeting, notice, blocks, "Triển khai đợt thi đua cao điểm"), TaskSpec(
        title="Phát động, triển khai đợt thi đua cao điểm “Đẩy mạnh hiện đại hoá Bộ phận Một cửa cấp huyện, "
              "cấp xã”",
        lead="UBND huyện Bình Gia", deadline=Deadline(DeadlineKind.MONTH, year=2024, month=5),
        status=TaskStatus.DONE_LATE, assigned_on=MEETING_DATE, completed_on=dt.date(2024, 6, 7),
        progress=[(dt.date(2024, 6, 7), "Đã phát động đợt thi đua tại huyện, chậm một tuần so với thời hạn.")],
    ))
    add_task(ctx, _origin(meeting, notice, blocks, "Chỉ đạo chính quyền cấp xã"), TaskSpec(
        title="Tuyên truyền thường xuyên ý nghĩa, kết quả các chỉ số đánh giá cấp tỉnh, cấp huyện tới người dân",
        lead="UBND huyện Hữu Lũng", deadline=Deadline(DeadlineKind.RECURRING, recurrence=Recurrence.QUARTERLY),
        status=TaskStatus.DONE, assigned_on=MEETING_DATE, completed_on=dt.date(2025, 6, 30),
        progress=[
            (dt.date(2024, 6, 28), "Đã tuyên truyền trên đài truyền thanh cấp xã và tại các buổi họp thôn."),
            (dt.date(2025, 6, 30), "Kết thúc khi không còn cấp huyện từ 01/7/2025; các xã, phường tiếp tục thực "
                                   "hiện."),
        ],
    ))


def _follow_ups(ctx: DemoContext, meeting: Meeting, notice: Notice, blocks: list[Block]) -> None:
    overdue_on = ctx.today - OVERDUE_BY
    add_task(ctx, _origin(meeting, notice, blocks, "Chỉ số PAPI năm 2023"), TaskSpec(
        title="Tổng hợp, báo cáo kết quả khắc phục các nội dung Chỉ số PAPI được người dân đánh giá thấp",
        lead="Sở Nội vụ", cooperators=["Văn phòng UBND tỉnh"],
        deadline=Deadline(DeadlineKind.BEFORE, date=overdue_on), status=TaskStatus.IN_PROGRESS,
        assigned_on=ctx.today - dt.timedelta(days=60),
        progress=[
            (ctx.today - dt.timedelta(days=30), "Đã đề nghị các cơ quan, đơn vị báo cáo kết quả khắc phục."),
            (ctx.today - dt.timedelta(days=5), "Còn một số đơn vị chưa gửi báo cáo; Tổ Thư ký đang đôn đốc."),
        ],
    ))
    add_task(ctx, _origin(meeting, notice, blocks, "Việc đồng bộ hồ sơ"), TaskSpec(
        title="Rà soát, khắc phục sai lệch số liệu đồng bộ hồ sơ từ Hệ thống thông tin giải quyết TTHC của tỉnh "
              "lên Cổng Dịch vụ công quốc gia",
        lead="Văn phòng UBND tỉnh", cooperators=["Sở Khoa học và Công nghệ"],
        deadline=Deadline(DeadlineKind.BEFORE, date=ctx.today + DUE_IN), status=TaskStatus.NOT_STARTED,
        assigned_on=ctx.today - dt.timedelta(days=20),
    ))
