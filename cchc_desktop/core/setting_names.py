"""The settings a user may change, by key and Vietnamese name, without the database.

The values live in the database (:mod:`cchc_desktop.core.services.settings`); the names are here so that
``cchc settings --help`` can list them without loading SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import ValidationError
from .text import fold

__all__ = ["DRAFTER_INITIALS", "EDITABLE", "OWN_PROVINCE", "OWN_PROVINCE_BEFORE_2025", "UserSetting", "find_setting"]

OWN_PROVINCE = "own_province"
DRAFTER_INITIALS = "drafter_initials"
OWN_PROVINCE_BEFORE_2025 = "own_province_before_2025"
"""For a unit formed by merger on 1 July 2025: the pre-2025 province whose older results are the own ones."""


@dataclass(frozen=True)
class UserSetting:
    key: str
    label: str
    """Vietnamese name shown to the user."""
    hint: str


EDITABLE: tuple[UserSetting, ...] = (
    UserSetting(OWN_PROVINCE, "tỉnh của mình", "tên tỉnh, thành phố đang tồn tại năm nay, ví dụ Lạng Sơn"),
    UserSetting(OWN_PROVINCE_BEFORE_2025, "tỉnh của mình trước 01/7/2025",
                "tỉnh trước 01/7/2025 hợp thành tỉnh của mình, cho kết quả các năm trước, ví dụ Hà Giang; "
                "để trống để xóa"),
    UserSetting(DRAFTER_INITIALS, "chữ viết tắt người soạn",
                "chữ cái in hoa, ví dụ LTH (dòng “Lưu: VT, …”); để trống để xóa"),
)


def find_setting(name: str) -> UserSetting:
    """The setting called ``name`` (its key, or its Vietnamese name with or without marks)."""
    wanted = fold(name).replace("_", " ")
    for setting in EDITABLE:
        if wanted in (fold(setting.key).replace("_", " "), fold(setting.label)):
            return setting
    known = "; ".join(f"{s.key} ({s.label})" for s in EDITABLE)
    raise ValidationError("Cài đặt", name, f"Không có cài đặt “{name}”. Các cài đặt: {known}.")
