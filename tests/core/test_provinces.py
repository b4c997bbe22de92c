"""Province names as published tables write them resolve to the unit of the result year."""

from __future__ import annotations

import unicodedata

import pytest
from sqlalchemy import select

from cchc_desktop.core.errors import CchcError
from cchc_desktop.core.provinces import UnknownProvinceError, name_key
from cchc_desktop.core.services.province_matcher import ProvinceMatcher
from cchc_desktop.store.db import Database
from cchc_desktop.store.models import Province


@pytest.fixture
def matcher_2021(db: Database):
    with db.session() as session:
        yield ProvinceMatcher(session, 2021)


@pytest.fixture
def matcher_2025(db: Database):
    with db.session() as session:
        yield ProvinceMatcher(session, 2025)


def test_name_key_drops_prefix_marks_case_and_hyphen_spacing() -> None:
    assert name_key("TP. Hồ Chí Minh") == name_key("Hồ Chí Minh") == "ho chi minh"
    assert name_key("Thành phố Cần Thơ") == name_key("tp Cần Thơ") == "can tho"
    assert name_key("Tỉnh Lạng Sơn") == name_key("LẠNG SƠN") == "lang son"
    assert name_key("Bà Rịa-Vũng Tàu") == name_key("Bà Rịa - Vũng Tàu") == "ba ria vung tau"
    assert name_key("Khánh Hoà") == name_key("Khánh Hòa")


def test_plain_name_matches_the_old_unit_before_2025(matcher_2021: ProvinceMatcher) -> None:
    province = matcher_2021.match("Lạng Sơn")
    assert province.name == "Lạng Sơn"
    assert province.valid_to_year == 2024


def test_nfd_input_matches(matcher_2021: ProvinceMatcher) -> None:
    decomposed = unicodedata.normalize("NFD", "Lạng Sơn")
    assert decomposed != "Lạng Sơn"
    assert matcher_2021.match(decomposed).name == "Lạng Sơn"


def test_ho_chi_minh_city_written_with_or_without_prefix(matcher_2021: ProvinceMatcher) -> None:
    city = matcher_2021.match("TP. Hồ Chí Minh")
    assert city.name == "TP. Hồ Chí Minh"
    for written in ("Hồ Chí Minh", "Thành phố Hồ Chí Minh", "TP Hồ Chí Minh", "TP.HCM", "tp. hồ chí minh"):
        assert matcher_2021.match(written) is city


def test_thua_thien_hue_before_and_after_2025(matcher_2021: ProvinceMatcher, matcher_2025: ProvinceMatcher) -> None:
    old = matcher_2021.match("Thừa Thiên Huế")
    assert old.name == "Thừa Thiên Huế"
    assert matcher_2021.match("Thừa Thiên - Huế") is old
    assert matcher_2021.match("Tỉnh Thừa Thiên Huế") is old
    assert matcher_2025.match("Huế").name == "Thành phố Huế"
    assert matcher_2025.find("Thừa Thiên Huế") is None


def test_hyphen_spacing_case_and_tone_placement(matcher_2021: ProvinceMatcher) -> None:
    vung_tau = matcher_2021.match("Bà Rịa - Vũng Tàu")
    assert matcher_2021.match("Bà Rịa-Vũng Tàu") is vung_tau
    assert matcher_2021.match("BÀ RỊA – VŨNG TÀU") is vung_tau
    assert matcher_2021.match("Khánh Hoà").name == "Khánh Hòa"
    assert matcher_2021.match("Hoà Bình").name == "Hòa Bình"
    assert matcher_2021.match("Đắc Lắc").name == "Đắk Lắk"


def test_year_selects_the_unit_that_existed(matcher_2021: ProvinceMatcher, matcher_2025: ProvinceMatcher) -> None:
    assert matcher_2025.match("Lạng Sơn").valid_from_year == 2025
    assert matcher_2025.match("Hồ Chí Minh").name == "Thành phố Hồ Chí Minh"
    assert matcher_2025.find("Hà Giang") is None  # merged into Tuyên Quang
    assert matcher_2021.match("Hà Giang").name == "Hà Giang"


def test_every_reference_name_matches_itself(db: Database) -> None:
    with db.session() as session:
        provinces = session.scalars(select(Province)).all()
        for year, expected in ((2024, 63), (2025, 34)):
            matcher = ProvinceMatcher(provinces, year)
            units = [p for p in provinces if p.exists_in(year)]
            assert len(units) == expected
            assert all(matcher.match(p.name) is p for p in units)


def test_unknown_names_are_all_reported(matcher_2021: ProvinceMatcher) -> None:
    assert matcher_2021.find("Xứ Lạng") is None
    with pytest.raises(UnknownProvinceError) as caught:
        matcher_2021.match_all(["Lạng Sơn", "Xứ Lạng", "Tỉnh", "Cao Bằng", "Sài Gòn"])
    assert caught.value.names == ["Xứ Lạng", "Tỉnh", "Sài Gòn"]
    assert isinstance(caught.value, CchcError)
    assert "“Xứ Lạng”" in caught.value.message and "2021" in caught.value.message


def test_match_all_returns_each_written_name(matcher_2021: ProvinceMatcher) -> None:
    matched = matcher_2021.match_all(["Lạng Sơn", "Cao Bằng"])
    assert {written: p.name for written, p in matched.items()} == {"Lạng Sơn": "Lạng Sơn", "Cao Bằng": "Cao Bằng"}


def test_works_on_a_plain_list_and_refuses_ambiguous_names() -> None:
    first = Province(name="Sơn Hà", valid_from_year=1997, valid_to_year=2024, aliases=["Hà Sơn"])
    second = Province(name="Hà Sơn", valid_from_year=1997, valid_to_year=2024, aliases=[])
    later = Province(name="Sơn Hà", valid_from_year=2025, valid_to_year=None, aliases=[])
    matcher = ProvinceMatcher([first, second, later], 2020)
    assert matcher.match("Sơn Hà") is first
    assert matcher.find("Hà Sơn") is None
    with pytest.raises(UnknownProvinceError):
        matcher.match("Hà Sơn")


def test_the_kernel_matcher_works_on_plain_values_without_the_store() -> None:
    from dataclasses import dataclass, field

    from cchc_desktop.core.provinces import UnitMatcher

    @dataclass(eq=False)
    class Unit:
        name: str
        first: int
        last: int | None = None
        aliases: list[str] = field(default_factory=list)

        def exists_in(self, year: int) -> bool:
            return self.first <= year and (self.last is None or year <= self.last)

    old = Unit("Thừa Thiên Huế", 1989, 2024, ["Thừa Thiên - Huế"])
    new = Unit("Thành phố Huế", 2025, aliases=["Huế"])
    assert UnitMatcher([old, new], 2021).match("tỉnh thừa thiên-huế") is old
    assert UnitMatcher([old, new], 2025).match("TP. Huế") is new
    with pytest.raises(UnknownProvinceError) as caught:
        UnitMatcher([old, new], 2025).match_all(["Huế", "Thừa Thiên Huế"])
    assert caught.value.names == ["Thừa Thiên Huế"]
