"""Issuing bodies: creating, validating (each field named), unique names, deleting only unused ones."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from cchc_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from cchc_desktop.core.services.issuing_bodies import (
    BODY_LINES,
    NAME,
    PLACE,
    SYMBOL,
    IssuingBodyInput,
    IssuingBodyService,
)
from cchc_desktop.core.services.people import PeopleService
from cchc_desktop.store.db import Database
from cchc_desktop.store.models import AuditEntry


def office(**changes: object) -> IssuingBodyInput:
    data = IssuingBodyInput(
        name="Văn phòng UBND tỉnh", parent_line="ubnd tỉnh lạng sơn", body_lines="  Văn phòng \n\n",
        symbol="vp", place=" Lạng  Sơn ", signing_authority="", signer_title="chánh văn phòng", archive_unit="nc",
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def test_create_stores_capitals_as_printed_and_lists_the_body(db: Database) -> None:
    signer = PeopleService(db).create("Trịnh Tiến Duy", "Chánh Văn phòng UBND tỉnh")
    service = IssuingBodyService(db)
    body_id = service.save(office(default_signer_id=signer))
    [row] = service.list()
    assert row.id == body_id and row.name == "Văn phòng UBND tỉnh"
    assert (row.parent_line, row.body_lines, row.symbol, row.notice_symbol) == (
        "UBND TỈNH LẠNG SƠN", ["VĂN PHÒNG"], "VP", "TB-VP")
    assert (row.place, row.signing_authority, row.signer_title, row.archive_unit) == (
        "Lạng Sơn", "", "CHÁNH VĂN PHÒNG", "NC")
    assert (row.default_signer_id, row.default_signer, row.active) == (signer, "Trịnh Tiến Duy", True)
    with db.session() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.entity == "issuing_bodies"))
        summaries = [e.summary for e in entries]
    assert summaries == ["Cơ quan ban hành Văn phòng UBND tỉnh (TB-VP)"]


def test_update_keeps_the_id_and_several_bold_lines(db: Database) -> None:
    service = IssuingBodyService(db)
    body_id = service.save(office())
    data = service.get(body_id)
    data.name, data.parent_line, data.symbol = "UBND tỉnh", "", "UBND"
    data.body_lines = "Ủy ban nhân dân\nTỉnh Lạng Sơn"
    data.signing_authority = "tl. chủ tịch"
    assert service.save(data, body_id) == body_id
    [row] = service.list()
    assert row.body_lines == ["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN"] and row.parent_line == ""
    assert (row.symbol, row.signing_authority) == ("UBND", "TL. CHỦ TỊCH")


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"name": "  "}, NAME, "Tên gọi của cơ quan ban hành không được để trống."),
    ({"body_lines": " \n "}, BODY_LINES,
     "Cần ít nhất một dòng tên cơ quan ban hành (dòng in đậm), ví dụ “VĂN PHÒNG”."),
    ({"symbol": ""}, SYMBOL, "Ký hiệu viết tắt không được để trống (ví dụ “UBND”, “VP”)."),
    ({"place": ""}, PLACE, "Địa danh không được để trống (ví dụ “Lạng Sơn”)."),
])
def test_each_required_field_is_named(db: Database, changes: dict, field: str, message: str) -> None:
    with pytest.raises(ValidationError) as error:
        IssuingBodyService(db).save(office(**changes))
    assert (error.value.field, error.value.message) == (field, message)
    assert IssuingBodyService(db).list(include_inactive=True) == []


@pytest.mark.parametrize("symbol", ["V P", "TB-VP", "VP.", "VPỦ"])
def test_symbol_is_letters_and_digits_only(db: Database, symbol: str) -> None:
    with pytest.raises(ValidationError) as error:
        IssuingBodyService(db).save(office(symbol=symbol))
    assert error.value.field == SYMBOL
    assert error.value.message.startswith(f"Ký hiệu “{symbol.upper()}” chỉ được gồm chữ cái không dấu, chữ Đ")


def test_symbol_may_have_d_with_stroke_and_digits(db: Database) -> None:
    service = IssuingBodyService(db)
    service.save(office(name="Ban Chỉ đạo CCHC", body_lines="BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH", symbol="bcđ"))
    service.save(office(name="Tổ 1", symbol="TCT1"))
    assert [row.notice_symbol for row in service.list()] == ["TB-BCĐ", "TB-TCT1"]


def test_names_are_unique_ignoring_case_and_marks(db: Database) -> None:
    service = IssuingBodyService(db)
    first = service.save(office())
    with pytest.raises(ValidationError) as error:
        service.save(office(name="VAN PHONG ubnd TINH", symbol="VPUB"))
    assert error.value.field == NAME
    assert error.value.message == "Đã có cơ quan ban hành tên “VAN PHONG ubnd TINH”; hãy đặt tên gọi khác."
    assert service.save(office(place="Cao Lộc"), first) == first  # saving itself again is no duplicate


def test_delete_is_refused_while_a_notice_uses_the_body(demo_db: Database) -> None:
    service = IssuingBodyService(demo_db)
    ubnd = next(row for row in service.list() if row.symbol == "UBND")
    with pytest.raises(ConflictError) as error:
        service.delete(ubnd.id)
    assert error.value.message.startswith("Không xóa được “UBND tỉnh Lạng Sơn” vì đã dùng cho 2 thông báo.")
    assert "Hãy ngừng dùng cơ quan này" in error.value.message
    assert [row.symbol for row in service.list()] == ["UBND", "VP"]


def test_an_unused_body_is_deleted(demo_db: Database) -> None:
    service = IssuingBodyService(demo_db)
    vp = next(row for row in service.list() if row.symbol == "VP")
    service.delete(vp.id)
    assert [row.symbol for row in service.list(include_inactive=True)] == ["UBND"]
    with pytest.raises(NotFoundError, match="không còn tồn tại"):
        service.delete(vp.id)


def test_deactivate_hides_the_body_from_new_notices(demo_db: Database) -> None:
    service = IssuingBodyService(demo_db)
    ubnd = next(row for row in service.list() if row.symbol == "UBND")
    service.set_active(ubnd.id, False)
    assert [row.symbol for row in service.list()] == ["VP"]
    assert [(row.symbol, row.active) for row in service.list(include_inactive=True)] == [
        ("UBND", False), ("VP", True)]
    service.set_active(ubnd.id, True)
    assert [row.symbol for row in service.list()] == ["UBND", "VP"]
    with demo_db.session() as session:
        actions = [e.action for e in session.scalars(select(AuditEntry).where(AuditEntry.entity == "issuing_bodies"))]
    assert actions == ["deactivate", "activate"]


def test_demo_bodies_read_back_for_editing(demo_db: Database) -> None:
    service = IssuingBodyService(demo_db)
    vp = next(row for row in service.list() if row.symbol == "VP")
    data = service.get(vp.id)
    assert (data.parent_line, data.body_lines, data.signer_title) == ("UBND TỈNH LẠNG SƠN", "VĂN PHÒNG",
                                                                      "CHÁNH VĂN PHÒNG")
    assert data.agency_id == vp.agency_id is not None
