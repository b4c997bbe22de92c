import datetime as dt

import pytest

from cchc_desktop.core.errors import ValidationError
from cchc_desktop.core.formats import (
    PartialDate,
    format_date,
    format_number,
    format_percent,
    notice_date_line,
    parse_date,
    parse_number,
    short_date,
)


def test_form_dates_are_dd_mm_yyyy():
    assert format_date(dt.date(2022, 6, 8)) == "08/06/2022"
    assert format_date(None) == ""


@pytest.mark.parametrize("text", ["8/6/2022", "08/06/2022", "08-06-2022", "8.6.2022", "2022-06-08", " 08/6/2022 "])
def test_parse_date_accepts_common_spellings(text):
    assert parse_date(text) == dt.date(2022, 6, 8)


@pytest.mark.parametrize("text", ["31/02/2024", "30/13/2022", "00/01/2022"])
def test_impossible_dates_are_rejected_with_field_and_value(text):
    with pytest.raises(ValidationError) as err:
        parse_date(text, "Hạn hoàn thành")
    assert str(err.value) == f"Hạn hoàn thành {text} không phải là ngày hợp lệ."
    assert err.value.field == "Hạn hoàn thành"


def test_malformed_date_message_names_the_value():
    with pytest.raises(ValidationError, match="“ngày mai” không đúng dạng"):
        parse_date("ngày mai", "Ngày họp")


def test_nd30_leading_zero_rules_in_date_line():
    assert notice_date_line("Lạng Sơn", PartialDate(2022, 6, 15)) == "Lạng Sơn, ngày 15 tháng 6 năm 2022"
    assert notice_date_line("Lạng Sơn", PartialDate(2024, 2, 5)) == "Lạng Sơn, ngày 05 tháng 02 năm 2024"
    assert notice_date_line("Hà Nội", PartialDate(2024, 1, 9)) == "Hà Nội, ngày 09 tháng 01 năm 2024"
    assert notice_date_line("Hà Nội", PartialDate(2024, 12, 31)) == "Hà Nội, ngày 31 tháng 12 năm 2024"


def test_partial_date_leaves_the_day_blank():
    line = notice_date_line("Lạng Sơn", PartialDate(2022, 6))
    assert line.startswith("Lạng Sơn, ngày ")
    assert line.endswith(" tháng 6 năm 2022")
    assert "ngày      tháng 6" in line  # room to write the day by hand
    assert not PartialDate(2022, 6).complete


def test_partial_date_rejects_impossible_day():
    with pytest.raises(ValidationError, match="30/2/2023"):
        PartialDate(2023, 2, 30)


def test_short_date_in_running_text():
    assert short_date(dt.date(2022, 6, 8)) == "08/6/2022"
    assert short_date(dt.date(2024, 1, 9)) == "09/01/2024"
    assert short_date(dt.date(2021, 12, 15)) == "15/12/2021"


def test_decimal_comma_formatting():
    assert format_number(88.58) == "88,58"
    assert format_number(1234.5, 1) == "1.234,5"
    assert format_number(8.50, 2, trim=True) == "8,5"
    assert format_number(10.0, 2, trim=True) == "10"
    assert format_percent(85.48) == "85,48%"


@pytest.mark.parametrize(
    "text, value",
    [("88,58", 88.58), ("88.58", 88.58), ("1.234,5", 1234.5), ("1,234.5", 1234.5), ("1.234.567", 1234567.0),
     (" 45 ", 45.0), ("-3,4", -3.4)],
)
def test_parse_number_vietnamese_and_machine_forms(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "8,5,1", "12 điểm"])
def test_parse_number_rejects_text_naming_the_field(text):
    with pytest.raises(ValidationError) as err:
        parse_number(text, "Điểm")
    assert err.value.field == "Điểm"
    assert "Điểm" in str(err.value)
