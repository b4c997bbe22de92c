"""Own province and drafter initials: names, checks, saving."""

from __future__ import annotations

import pytest

from cchc_desktop.core.errors import ValidationError
from cchc_desktop.core.services.settings import DRAFTER_INITIALS, OWN_PROVINCE, SettingsService
from cchc_desktop.core.services.user_settings import check_value, find_setting, province_names, save_setting


def test_settings_are_found_by_key_or_vietnamese_name():
    assert find_setting("own_province").key == OWN_PROVINCE
    assert find_setting("Tỉnh của mình").key == OWN_PROVINCE
    assert find_setting("chu viet tat nguoi soan").key == DRAFTER_INITIALS
    with pytest.raises(ValidationError, match="Không có cài đặt “theme”"):
        find_setting("theme")


def test_province_names_follow_the_year(db):
    before, after = province_names(db, 2024), province_names(db, 2025)
    assert len(before) == 63 and len(after) == 34
    assert "Hà Giang" in before and "Hà Giang" not in after
    assert after.index("Thành phố Cần Thơ") < after.index("Thành phố Hồ Chí Minh") < after.index("Lạng Sơn")


def test_own_province_is_matched_against_the_units_of_the_year(db):
    assert check_value(db, OWN_PROVINCE, "tp ho chi minh", 2026) == "Thành phố Hồ Chí Minh"
    assert check_value(db, OWN_PROVINCE, "Hà Giang", 2024) == "Hà Giang"
    with pytest.raises(ValidationError, match="“Hà Giang” không phải là tỉnh, thành phố đang tồn tại năm 2026"):
        check_value(db, OWN_PROVINCE, "Hà Giang", 2026)
    with pytest.raises(ValidationError, match="Hãy chọn tỉnh của mình"):
        check_value(db, OWN_PROVINCE, "  ", 2026)


@pytest.mark.parametrize(("typed", "stored"), [("LTH", "LTH"), ("lth", "LTH"), (" đth ", "ĐTH"), ("", None)])
def test_initials_are_capital_letters(db, typed, stored):
    assert check_value(db, DRAFTER_INITIALS, typed) == stored


@pytest.mark.parametrize("typed", ["L.T.H", "L T H", "LT2", "ABCDEFGHIJK"])
def test_initials_refused(db, typed):
    with pytest.raises(ValidationError, match="chỉ gồm chữ cái in hoa") as refused:
        check_value(db, DRAFTER_INITIALS, typed)
    assert refused.value.field == DRAFTER_INITIALS


def test_save_setting_stores_the_checked_value(db):
    assert save_setting(db, "tinh cua minh", "lang son", 2026) == "Lạng Sơn"
    assert SettingsService(db).get(OWN_PROVINCE) == "Lạng Sơn"
    save_setting(db, DRAFTER_INITIALS, "ltH")
    assert SettingsService(db).get(DRAFTER_INITIALS) == "LTH"
    save_setting(db, DRAFTER_INITIALS, "")
    assert SettingsService(db).get(DRAFTER_INITIALS) is None
