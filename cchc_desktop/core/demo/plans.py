"""Resolution 60-NQ/TU with its 18 targets (10 met or exceeded by April 2024) and Plan 04/KH-UBND with its tasks.

The notice of April 2024 gives the count of targets met, not the targets; the target texts below are typical of
a provincial administrative-reform resolution for 2021–2030, written for the demo.
"""

from __future__ import annotations

import datetime as dt

from ...store.models import Plan, PlanTarget
from ..deadlines import Deadline
from ..enums import DeadlineKind, PlanKind, Recurrence, TargetStatus, TaskStatus
from .common import DemoContext, Origin, TaskSpec, add_task

ASSESSED_ON = dt.date(2024, 4, 12)  # the quarterly review that counted 10/18
MET, EXCEEDED, PENDING, NOT_MET = (
    TargetStatus.MET, TargetStatus.EXCEEDED, TargetStatus.IN_PROGRESS, TargetStatus.NOT_MET,
)

# (text, target value, status, lead agency)
RESOLUTION_TARGETS: list[tuple[str, str, TargetStatus, str]] = [
    ("Chỉ số cải cách hành chính (PAR INDEX) của tỉnh thuộc nhóm 30 tỉnh, thành phố dẫn đầu", "≤ 30", MET,
     "Sở Nội vụ"),
    ("Chỉ số hài lòng của người dân, tổ chức (SIPAS) đạt trên 85%", "> 85%", PENDING, "Sở Nội vụ"),
    ("Chỉ số PAPI của tỉnh thuộc nhóm 20 tỉnh, thành phố dẫn đầu", "≤ 20", NOT_MET, "Sở Nội vụ"),
    ("Chỉ số PCI của tỉnh thuộc nhóm 30 tỉnh, thành phố dẫn đầu", "≤ 30", PENDING, "Sở Kế hoạch và Đầu tư"),
    ("Tỷ lệ hồ sơ giải quyết TTHC đúng hạn đạt trên 98%", "> 98%", EXCEEDED, "Văn phòng UBND tỉnh"),
    ("100% TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình", "100%", MET,
     "Văn phòng UBND tỉnh"),
    ("Tỷ lệ hồ sơ TTHC được xử lý trực tuyến đạt trên 50%", "> 50%", MET, "Văn phòng UBND tỉnh"),
    ("100% TTHC được công bố, công khai đầy đủ, đúng thời hạn", "100%", PENDING, "Văn phòng UBND tỉnh"),
    ("Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt trên 80%", "> 80%", EXCEEDED, "Văn phòng UBND tỉnh"),
    ("100% cơ quan, tổ chức hành chính và đơn vị sự nghiệp công lập được phê duyệt đề án vị trí việc làm",
     "100%", MET, "Sở Nội vụ"),
    ("Giảm tối thiểu 10% số đơn vị sự nghiệp công lập so với năm 2021", "≥ 10%", NOT_MET, "Sở Nội vụ"),
    ("100% cơ quan, đơn vị ban hành kế hoạch cải cách hành chính hằng năm đúng thời hạn", "100%", MET,
     "Sở Nội vụ"),
    ("100% cán bộ, công chức cấp xã đạt chuẩn theo quy định", "100%", PENDING, "Sở Nội vụ"),
    ("100% văn bản quy phạm pháp luật của tỉnh được ban hành đúng tiến độ chương trình", "100%", MET,
     "Sở Tư pháp"),
    ("100% văn bản trao đổi giữa các cơ quan hành chính dưới dạng điện tử (trừ văn bản mật)", "100%", MET,
     "Sở Thông tin và Truyền thông"),
    ("100% Bộ phận Một cửa cấp huyện, cấp xã được hiện đại hóa", "100%", PENDING, "Văn phòng UBND tỉnh"),
    ("Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán TTHC đạt trên 30%", "> 30%", NOT_MET,
     "Sở Tài chính"),
    ("100% cơ quan hành chính thực hiện cơ chế tự chủ về kinh phí quản lý hành chính", "100%", MET,
     "Sở Tài chính"),
]


def add_plans(ctx: DemoContext) -> None:
    ctx.session.add(_resolution(ctx))
    plan = Plan(
        kind=PlanKind.PLAN, reference="04/KH-UBND", issued_on=dt.date(2024, 1, 9), issuer="UBND tỉnh",
        title="Kế hoạch cải cách hành chính nhà nước tỉnh Lạng Sơn năm 2024", period_start=2024, period_end=2024,
    )
    ctx.session.add(plan)
    _plan_tasks(ctx, plan)


def _resolution(ctx: DemoContext) -> Plan:
    resolution = Plan(
        kind=PlanKind.RESOLUTION, reference="60-NQ/TU", issued_on=dt.date(2021, 12, 15),
        issuer="Ban Thường vụ Tỉnh uỷ",
        title="Nghị quyết về đẩy mạnh cải cách hành chính trên địa bàn tỉnh Lạng Sơn giai đoạn 2021 - 2030",
        period_start=2021, period_end=2030,
    )
    for position, (words, target, status, lead) in enumerate(RESOLUTION_TARGETS):
        resolution.targets.append(PlanTarget(
            position=position, code=str(position + 1), text=words, target_value=target, status=status,
            lead_agency=ctx.agency(lead), assessed_on=ASSESSED_ON,
        ))
    return resolution


def _plan_tasks(ctx: DemoContext, plan: Plan) -> None:
    origin = Origin(reference="Kế hoạch số 04/KH-UBND ngày 09/01/2024 của UBND tỉnh", plan=plan)
    issued = dt.date(2024, 1, 9)
    specs = [
        TaskSpec(
            title="Xác định, công bố Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành, UBND các huyện, "
                  "thành phố",
            lead="Sở Nội vụ", deadline=Deadline(DeadlineKind.MONTH, year=2024, month=3),
            status=TaskStatus.DONE_LATE, assigned_on=issued, completed_on=dt.date(2024, 4, 5),
            progress=[
                (dt.date(2024, 3, 15), "Hội đồng thẩm định đã họp, đang hoàn thiện kết quả."),
                (dt.date(2024, 4, 5), "UBND tỉnh đã ban hành quyết định công bố Chỉ số."),
            ],
        ),
        TaskSpec(
            title="Tổ chức đo lường sự hài lòng của người dân, tổ chức (SIPAS) cấp tỉnh năm 2024",
            lead="Sở Nội vụ", cooperators=["Bưu điện tỉnh"],
            deadline=Deadline(DeadlineKind.QUARTER, year=2024, quarter=4), status=TaskStatus.DONE,
            assigned_on=issued, completed_on=dt.date(2024, 11, 29),
            progress=[(dt.date(2024, 11, 29), "Đã hoàn thành phát, thu phiếu khảo sát và báo cáo kết quả.")],
        ),
        TaskSpec(
            title="Công bố, công khai kịp thời danh mục TTHC mới ban hành, sửa đổi, bổ sung",
            lead="Văn phòng UBND tỉnh",
            deadline=Deadline(DeadlineKind.RECURRING, recurrence=Recurrence.CONTINUOUS),
            status=TaskStatus.IN_PROGRESS, assigned_on=issued,
            progress=[
                (dt.date(2024, 6, 30), "Sáu tháng đầu năm đã công bố các quyết định danh mục TTHC theo đề nghị "
                                       "của các sở."),
                (dt.date(2024, 12, 31), "Còn một số TTHC công bố chậm so với thời hạn."),
            ],
        ),
        TaskSpec(
            title="Nâng cấp Hệ thống thông tin giải quyết TTHC của tỉnh, bảo đảm kết nối, đồng bộ với Cổng Dịch "
                  "vụ công quốc gia",
            lead="Sở Thông tin và Truyền thông", cooperators=["Văn phòng UBND tỉnh"],
            deadline=Deadline(DeadlineKind.QUARTER, year=2024, quarter=4), status=TaskStatus.DONE,
            assigned_on=issued, completed_on=dt.date(2024, 12, 27),
        ),
        TaskSpec(
            title="Tự kiểm tra, rà soát văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành",
            lead="Sở Tư pháp", deadline=Deadline(DeadlineKind.BEFORE, date=dt.date(2024, 11, 30)),
            deadline_text="trước ngày 30/11/2024", status=TaskStatus.DONE, assigned_on=issued,
            completed_on=dt.date(2024, 11, 25),
            progress=[(dt.date(2024, 11, 25), "Đã báo cáo UBND tỉnh kết quả tự kiểm tra, rà soát.")],
        ),
    ]
    for spec in specs:
        add_task(ctx, origin, spec)
