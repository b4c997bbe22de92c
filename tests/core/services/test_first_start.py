"""First start: own province, issuing bodies with signer, drafter initials — stored together or not at all."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from cchc_desktop.core.body import Block, BlockKind, Run
from cchc_desktop.core.errors import ValidationError
from cchc_desktop.core.formats import PartialDate
from cchc_desktop.core.notice_builder import NoticeInput
from cchc_desktop.core.services.first_start import (
    OFFICE_BODY,
    OFFICE_FORMULAS,
    PROVINCE_BODY,
    SIGNING_FORMULAS,
    BodySetup,
    FirstStartSetup,
    apply_first_start,
    predecessors,
    preset_body,
    units,
)
from cchc_desktop.core.services.issuing_bodies import IssuingBodyService
from cchc_desktop.core.services.notices import NoticeService
from cchc_desktop.core.services.register import RegisterService
from cchc_desktop.core.services.settings import SettingsService
from cchc_desktop.store.db import Database
from cchc_desktop.store.models import AuditEntry, IssuingBody, Person, Setting


def setup_for(province: str, initials: str = "lth") -> FirstStartSetup:
    return FirstStartSetup(
        own_province=province, own_province_before_2025="Hà Giang" if province == "Tuyên Quang" else "",
        drafter_initials=initials,
        bodies=[
            BodySetup(preset_body(PROVINCE_BODY, province, SIGNING_FORMULAS[0]), "Nguyễn Văn An",
                      "Phó Chủ tịch UBND tỉnh"),
            BodySetup(preset_body(OFFICE_BODY, province, OFFICE_FORMULAS[0]), "Trần Thị Bình",
                      "Chánh Văn phòng UBND tỉnh"),
        ],
    )


def stored_settings(db: Database) -> dict[str, str | None]:
    with db.session() as session:
        return {s.key: s.value for s in session.scalars(select(Setting))}


def counts(db: Database) -> tuple[int, int, int]:
    with db.session() as session:
        return tuple(session.scalar(select(func.count(model.id))) or 0  # type: ignore[return-value]
                     for model in (IssuingBody, Person, AuditEntry))


def test_the_34_units_and_what_they_continue(db: Database) -> None:
    names = units(db, 2026)
    assert len(names) == 34 and "Tuyên Quang" in names and "Hà Giang" not in names
    assert predecessors(db, "Tuyên Quang") == ["Tuyên Quang", "Hà Giang"]  # the same name first
    assert predecessors(db, "Lạng Sơn") == ["Lạng Sơn"]


def test_presets_name_the_province_and_carry_the_symbols(db: Database) -> None:
    province = preset_body(PROVINCE_BODY, "Thành phố Hà Nội", SIGNING_FORMULAS[0])
    assert (province.name, province.body_lines, province.symbol, province.place) == (
        "UBND thành phố Hà Nội", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI", "UBND", "Hà Nội")
    assert (province.signing_authority, province.signer_title) == ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    office = preset_body(OFFICE_BODY, "Lạng Sơn", OFFICE_FORMULAS[0])
    assert (office.name, office.parent_line, office.body_lines, office.symbol) == (
        "Văn phòng UBND tỉnh Lạng Sơn", "UBND TỈNH LẠNG SƠN", "VĂN PHÒNG", "VPUBND")


def test_everything_is_stored_and_a_first_notice_can_be_issued(db: Database) -> None:
    created = apply_first_start(db, setup_for("Tuyên Quang"), 2026)
    settings = stored_settings(db)
    assert settings["own_province"] == "Tuyên Quang" and settings["own_province_before_2025"] == "Hà Giang"
    assert settings["drafter_initials"] == "LTH" and settings["demo_offered"] == "1"
    bodies = {b.id: b for b in IssuingBodyService(db).list()}
    assert [bodies[i].notice_symbol for i in created] == ["TB-UBND", "TB-VPUBND"]
    first = bodies[created[0]]
    assert (first.signing_authority, first.signer_title, first.default_signer) == (
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An")
    assert bodies[created[1]].default_signer == "Trần Thị Bình"

    notice = NoticeInput(
        issuing_body_id=first.id, summary="Kết luận cuộc họp Ban Chỉ đạo cải cách hành chính tỉnh quý I",
        place=first.place, date=PartialDate(2026, 1),
        blocks=[Block(BlockKind.PARAGRAPH, [Run("Các sở, ngành triển khai kết luận.")])],
        signing_authority=first.signing_authority, signer_title=first.signer_title,
        signer_id=first.default_signer_id, signer_name=first.default_signer, recipients=["Các sở, ban, ngành"],
        archive_line=f"VT ({SettingsService(db).get('drafter_initials')})",
    )
    notice_id = NoticeService(db).create(notice)
    entry = RegisterService(db).issue(notice_id, dt.date(2026, 1, 15))
    assert entry.reference == "01/TB-UBND"
    document = NoticeService(db).document(notice_id)
    assert document.signer_name == "Nguyễn Văn An" and "(LTH)" in document.archive_line


def test_one_signer_for_both_bodies_is_one_person(db: Database) -> None:
    setup = setup_for("Lạng Sơn")
    first, second = setup.bodies
    second.signer_name, second.signer_title = first.signer_name, first.signer_title
    apply_first_start(db, setup, 2026)
    assert counts(db)[:2] == (2, 1)


@pytest.mark.parametrize(("change", "field"), [
    (lambda s: setattr(s, "drafter_initials", "L.T.H"), "drafter_initials"),
    (lambda s: setattr(s, "own_province", "Hà Giang"), "own_province"),  # no longer a province in 2026
    (lambda s: setattr(s, "own_province_before_2025", "Cao Bằng"), "own_province_before_2025"),
    (lambda s: setattr(s.bodies[1].body, "symbol", "VP UBND"), "Ký hiệu"),
])
def test_a_refusal_writes_nothing(db: Database, change, field: str) -> None:  # type: ignore[no-untyped-def]
    before = (stored_settings(db), counts(db))
    setup = setup_for("Tuyên Quang")
    change(setup)
    with pytest.raises(ValidationError) as refused:
        apply_first_start(db, setup, 2026)
    assert refused.value.field == field
    assert (stored_settings(db), counts(db)) == before


def test_a_body_name_already_taken_rolls_everything_back(db: Database) -> None:
    apply_first_start(db, FirstStartSetup(own_province="Lạng Sơn", bodies=setup_for("Lạng Sơn").bodies[:1]), 2026)
    before = (stored_settings(db), counts(db))
    with pytest.raises(ValidationError, match="Đã có cơ quan ban hành"):
        apply_first_start(db, setup_for("Lạng Sơn", initials="ABC"), 2026)
    assert (stored_settings(db), counts(db)) == before  # neither the initials nor the office nor a person
