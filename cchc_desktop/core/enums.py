"""Closed sets of values used across the domain, each with the Vietnamese label users see.

The stored value is the short English ``value``; ``label`` is for the UI and documents.
"""

from __future__ import annotations

from enum import Enum
from typing import Self


class LabelledEnum(str, Enum):
    """A string enum whose members carry a Vietnamese label."""

    label: str

    # ``label`` has a default only so that type checkers accept the lookup by value, ``AgencyKind("party")``
    # (which Enum routes past __new__); every member is declared with its label.
    def __new__(cls, value: str, label: str = "") -> LabelledEnum:
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj

    @classmethod
    def from_label(cls, label: str) -> Self:
        from .text import fold

        wanted = fold(label)
        for member in cls:
            if fold(member.label) == wanted or member.value == label:
                return member
        raise KeyError(label)


class AgencyKind(LabelledEnum):
    PARTY = ("party", "Cơ quan Đảng")
    COUNCIL = ("council", "HĐND, đoàn thể, Mặt trận")
    COMMITTEE = ("committee", "UBND, Văn phòng UBND")
    DEPARTMENT = ("department", "Sở, ban, ngành")
    DISTRICT = ("district", "UBND cấp huyện")
    COMMUNE = ("commune", "UBND cấp xã")
    CENTRAL = ("central", "Cơ quan Trung ương đóng trên địa bàn")
    PUBLIC_SERVICE = ("public_service", "Đơn vị sự nghiệp")
    OTHER = ("other", "Khác")


class MeetingKind(LabelledEnum):
    QUARTERLY = ("quarterly", "Họp sơ kết quý")
    ANNUAL = ("annual", "Hội nghị tổng kết năm")
    INDEX_ANALYSIS = ("index_analysis", "Hội nghị phân tích chỉ số")
    THEMATIC = ("thematic", "Họp chuyên đề")
    OTHER = ("other", "Khác")


class MeetingFormat(LabelledEnum):
    IN_PERSON = ("in_person", "trực tiếp")
    ONLINE = ("online", "trực tuyến")
    HYBRID = ("hybrid", "trực tiếp kết hợp trực tuyến")


class BlockKind(LabelledEnum):
    """Kinds of block in a structured text body (conclusions, notices)."""

    HEADING = ("heading", "Đề mục")          # "I. KẾT QUẢ" or "1. Một số kết quả nổi bật" (bold title)
    PARAGRAPH = ("paragraph", "Đoạn văn")
    NUMBERED = ("numbered", "Mục đánh số")   # 1., 2.
    LETTERED = ("lettered", "Điểm a), b)")    # a), b) — often an addressee group
    BULLET = ("bullet", "Gạch đầu dòng")      # - ...


class DocumentStatus(LabelledEnum):
    DRAFT = ("draft", "Dự thảo")
    ISSUED = ("issued", "Đã ban hành")
    SUPERSEDED = ("superseded", "Đã thay thế")


class TaskStatus(LabelledEnum):
    NOT_STARTED = ("not_started", "Chưa thực hiện")
    IN_PROGRESS = ("in_progress", "Đang thực hiện")
    DONE = ("done", "Hoàn thành")
    DONE_LATE = ("done_late", "Hoàn thành chậm")


class TaskSource(LabelledEnum):
    CONCLUSION = ("conclusion", "Kết luận")
    PLAN = ("plan", "Kế hoạch, nghị quyết")
    DIRECT = ("direct", "Giao trực tiếp")


class DeadlineKind(LabelledEnum):
    EXACT = ("exact", "Đúng ngày")
    BEFORE = ("before", "Trước ngày")
    QUARTER = ("quarter", "Trong quý")
    MONTH = ("month", "Trong tháng")
    RECURRING = ("recurring", "Thường xuyên, định kỳ")
    NONE = ("none", "Không có thời hạn")


class Recurrence(LabelledEnum):
    CONTINUOUS = ("continuous", "thường xuyên")
    MONTHLY = ("monthly", "hằng tháng")
    QUARTERLY = ("quarterly", "hằng quý")
    YEARLY = ("yearly", "hằng năm")


class PlanKind(LabelledEnum):
    PLAN = ("plan", "Kế hoạch")
    RESOLUTION = ("resolution", "Nghị quyết")
    PROGRAMME = ("programme", "Chương trình")
    DIRECTIVE = ("directive", "Chỉ thị")


class TargetStatus(LabelledEnum):
    NOT_MET = ("not_met", "Chưa đạt")
    IN_PROGRESS = ("in_progress", "Đang thực hiện")
    MET = ("met", "Đạt")
    EXCEEDED = ("exceeded", "Vượt")


class CriterionLevel(LabelledEnum):
    FIELD = ("field", "Lĩnh vực")
    CRITERION = ("criterion", "Tiêu chí")
    SUB_CRITERION = ("sub_criterion", "Tiêu chí thành phần")


class SubjectKind(LabelledEnum):
    """Who an index ranks."""

    PROVINCE = ("province", "Tỉnh, thành phố")
    AGENCY = ("agency", "Sở, ban, ngành")
    DISTRICT = ("district", "Huyện, thành phố")
    COMMUNE = ("commune", "Xã, phường")


class GroupingRule(LabelledEnum):
    """How an index sorts subjects into groups."""

    NONE = ("none", "Không xếp nhóm")
    PAR_ABC = ("par_abc", "Nhóm A ≥ 90%, B 80–<90%, C 70–<80%")
    QUARTILE = ("quartile", "4 nhóm theo tứ phân vị")
    FIVE_GROUPS = ("five_groups", "5 nhóm theo điểm")
