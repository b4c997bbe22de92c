import datetime as dt

from cchc_desktop.core.enums import DeadlineKind, Recurrence
from cchc_desktop.core.task_drafting import agencies_named, suggest_task

AGENCIES = [
    (1, "Sở Tài chính", "STC"), (2, "Sở Kế hoạch và Đầu tư", "SKHĐT"), (3, "Sở Nội vụ", "SNV"),
    (4, "UBND huyện Đình Lập", ""), (5, "Ủy ban nhân dân tỉnh", "UBND tỉnh"),
]


def test_agencies_are_found_in_order_without_diacritics_and_longest_first():
    assert agencies_named("b) Sở Tài chính, Sở Kế hoạch và Đầu tư", AGENCIES) == [1, 2]
    assert agencies_named("Giao SO NOI VU tham mưu cho UBND tỉnh", AGENCIES) == [3, 5]
    assert agencies_named("Không nêu cơ quan nào", AGENCIES) == []


def test_a_bullet_takes_its_agencies_from_the_lettered_group_above_it():
    suggestion = suggest_task(
        "Chủ động rà soát, tham mưu hỗ trợ kinh phí hiện đại hoá Bộ phận Một cửa trong Quý III/2024.",
        ["Sở Tài chính, Sở Kế hoạch và Đầu tư", "Phương hướng, nhiệm vụ trọng tâm"], AGENCIES,
    )
    assert (suggestion.lead_agency_id, suggestion.cooperator_ids) == (1, [2])
    advising = suggest_task("Chủ động rà soát, tham mưu UBND tỉnh xem xét hỗ trợ kinh phí.",
                            ["Sở Tài chính, Sở Kế hoạch và Đầu tư"], AGENCIES)
    assert advising.lead_agency_id == 1  # the group's agency, not the one being advised
    assert suggestion.deadline.kind == DeadlineKind.QUARTER and suggestion.deadline.due_date == dt.date(2024, 9, 30)
    assert suggestion.deadline_text == "trong Quý III/2024"


def test_deadline_phrases_in_the_item_text():
    before = suggest_task("Báo cáo Chủ tịch UBND tỉnh kết quả xử lý trước ngày 30/6/2022.", [], AGENCIES)
    assert before.deadline.kind == DeadlineKind.BEFORE and before.deadline.due_date == dt.date(2022, 6, 30)
    assert before.lead_agency_id == 5
    monthly = suggest_task("Sở Nội vụ kiểm tra, đôn đốc hằng tháng", [], AGENCIES)
    assert monthly.deadline.recurrence == Recurrence.MONTHLY and monthly.lead_agency_id == 3
    none = suggest_task("Tăng cường tuyên truyền", [], AGENCIES)
    assert none.deadline.kind == DeadlineKind.NONE and none.lead_agency_id is None
