"""``cchc settings show|set``."""

from __future__ import annotations

import datetime as dt
import json

from .run import cchc


def settings_of(demo: str) -> dict[str, str]:
    result = cchc("settings", "show", "--db", demo, "--format", "json")
    assert result.returncode == 0, result.stderr
    return {row["key"]: row["value"] for row in json.loads(result.stdout)}


def test_show_names_the_settings_in_vietnamese(demo):
    result = cchc("settings", "show", "--db", demo)
    assert result.returncode == 0, result.stderr
    assert "tỉnh của mình" in result.stdout and "chữ viết tắt người soạn" in result.stdout
    assert "tỉnh của mình trước 01/7/2025" in result.stdout
    assert settings_of(demo) == {"own_province": "Lạng Sơn", "own_province_before_2025": "",
                                 "drafter_initials": "LTH"}


def test_set_the_province_before_2025_checks_it_became_the_own_province(demo):
    assert cchc("settings", "set", "own_province", "Tuyên Quang", "--db", demo).returncode == 0
    result = cchc("settings", "set", "tinh cua minh truoc 01/7/2025", "ha giang", "--db", demo)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Đã đặt tỉnh của mình trước 01/7/2025 là “Hà Giang”."
    assert settings_of(demo)["own_province_before_2025"] == "Hà Giang"
    result = cchc("settings", "set", "own_province_before_2025", "Cao Bằng", "--db", demo)
    assert result.returncode == 2
    assert result.stderr.strip() == "Lỗi: “Cao Bằng” không phải là tỉnh trước 01/7/2025 hợp thành Tuyên Quang."
    assert settings_of(demo)["own_province_before_2025"] == "Hà Giang"
    result = cchc("settings", "set", "own_province_before_2025", "", "--db", demo)
    assert result.stdout.strip() == "Đã xóa cài đặt “tỉnh của mình trước 01/7/2025”."
    assert settings_of(demo)["own_province_before_2025"] == ""


def test_set_own_province_stores_the_matched_name(demo):
    result = cchc("settings", "set", "own_province", "tp ho chi minh", "--db", demo)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Đã đặt tỉnh của mình là “Thành phố Hồ Chí Minh”."
    result = cchc("settings", "set", "tinh cua minh", "Lang Son", "--db", demo)
    assert result.returncode == 0, result.stderr
    assert settings_of(demo)["own_province"] == "Lạng Sơn"


def test_set_refuses_a_province_that_does_not_exist_this_year(demo):
    year = dt.date.today().year
    gone = "Hà Giang" if year >= 2025 else "Xứ Lạng"  # merged into Tuyên Quang on 1 July 2025
    result = cchc("settings", "set", "own_province", gone, "--db", demo)
    assert result.returncode == 2
    assert result.stderr.strip() == f"Lỗi: “{gone}” không phải là tỉnh, thành phố đang tồn tại năm {year}."
    assert settings_of(demo)["own_province"] == "Lạng Sơn"


def test_set_drafter_initials(demo):
    result = cchc("settings", "set", "chữ viết tắt người soạn", "đth", "--db", demo)
    assert result.returncode == 0, result.stderr
    assert settings_of(demo)["drafter_initials"] == "ĐTH"
    for bad in ("L.T.H", "LT 2", "ABCDEFGHIJK"):
        result = cchc("settings", "set", "drafter_initials", bad, "--db", demo)
        assert result.returncode == 2 and "chỉ gồm chữ cái in hoa" in result.stderr
    assert cchc("settings", "set", "drafter_initials", "", "--db", demo).returncode == 0
    assert settings_of(demo)["drafter_initials"] == ""


def test_unknown_setting(demo):
    result = cchc("settings", "set", "mau_nen", "xanh", "--db", demo)
    assert result.returncode == 2
    assert result.stderr.startswith("Lỗi: Không có cài đặt “mau_nen”. Các cài đặt: own_province (tỉnh của mình)")
