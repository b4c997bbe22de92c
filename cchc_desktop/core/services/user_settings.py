"""The settings a user may change (own province, its pre-2025 province, drafter initials): names, checks, saving.

Shared by ``cchc settings`` and the window's settings dialog; the values live in the database through
:class:`~cchc_desktop.core.services.settings.SettingsService`.
"""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import select

from ...store.db import Database
from ...store.models import Province
from ..errors import ValidationError
from ..provinces import UnknownProvinceError
from ..setting_names import EDITABLE, UserSetting, find_setting
from ..text import collation_key, nfc
from .province_matcher import ProvinceMatcher
from .settings import DRAFTER_INITIALS, OWN_PROVINCE, OWN_PROVINCE_BEFORE_2025, SettingsService

__all__ = ["EDITABLE", "UserSetting", "find_setting", "province_names", "check_value", "save_setting"]

INITIALS_MAX = 10
LAST_YEAR_BEFORE_2025 = 2024
"""The pre-2025 province is matched among the provinces of this year (the 63 before the July 2025 merger)."""
_PREFIX_RE = re.compile(r"^(?:Tỉnh|Thành phố) ")


def _sort_key(name: str) -> tuple[object, ...]:
    return collation_key(_PREFIX_RE.sub("", name))


def province_names(db: Database, year: int | None = None) -> list[str]:
    """Names of the provincial units existing in ``year`` (default: this year), in Vietnamese order."""
    year = year or dt.date.today().year
    with db.session() as session:
        names = [p.name for p in session.scalars(select(Province)) if p.exists_in(year)]
    return sorted(names, key=_sort_key)


def check_value(db: Database, key: str, value: str, year: int | None = None, *,
                own_province: str | None = None) -> str | None:
    """The value to store for ``key`` (None clears it); raises ValidationError with a Vietnamese reason.

    The pre-2025 province must be one that became ``own_province`` (default: the stored own province).
    """
    key = find_setting(key).key
    text = nfc(value)
    if key == OWN_PROVINCE_BEFORE_2025:
        return _before_2025(db, key, text, own_province)
    if key == OWN_PROVINCE:
        year = year or dt.date.today().year
        if not text:
            raise ValidationError(key, value, "Hãy chọn tỉnh của mình.")
        with db.session() as session:
            try:
                return ProvinceMatcher(session, year).match(text).name
            except UnknownProvinceError:
                raise ValidationError(
                    key, value, f"“{text}” không phải là tỉnh, thành phố đang tồn tại năm {year}."
                ) from None
    return _initials(text)


def _before_2025(db: Database, key: str, text: str, own_province: str | None) -> str | None:
    if not text:
        return None
    own = own_province if own_province is not None else SettingsService(db).get(OWN_PROVINCE)
    if not own:
        raise ValidationError(key, text, "Hãy chọn tỉnh của mình trước, rồi mới chọn tỉnh trước 01/7/2025.")
    with db.session() as session:
        try:
            name = ProvinceMatcher(session, LAST_YEAR_BEFORE_2025).match(text).name
        except UnknownProvinceError:
            raise ValidationError(key, text, f"“{text}” không phải là tỉnh, thành phố trước 01/7/2025.") from None
    from .first_start import predecessors  # first_start builds on this module

    if name != own and name not in predecessors(db, own):
        raise ValidationError(key, text, f"“{name}” không phải là tỉnh trước 01/7/2025 hợp thành {own}.")
    return name


def _initials(text: str) -> str | None:
    """Drafter initials in capitals ("lth" becomes "LTH"); letters only."""
    if not text:
        return None
    initials = text.upper()
    if not all(ch.isalpha() for ch in initials) or len(initials) > INITIALS_MAX:
        raise ValidationError(
            DRAFTER_INITIALS, text,
            f"Chữ viết tắt người soạn chỉ gồm chữ cái in hoa viết liền, không quá {INITIALS_MAX} chữ "
            f"(ví dụ LTH); “{text}” không dùng được.",
        )
    return initials


def save_setting(db: Database, key: str, value: str, year: int | None = None) -> str | None:
    """Check ``value`` and store it under ``key`` (key or Vietnamese name); returns what was stored (None when the
    setting was cleared)."""
    key = find_setting(key).key
    stored = check_value(db, key, value, year)
    SettingsService(db).set(key, stored)
    return stored
