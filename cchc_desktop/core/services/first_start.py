"""First start of a new database: own province, issuing bodies with their signer, drafter initials — saved at once.

The window's first-start assistant collects a :class:`FirstStartSetup` page by page and hands it to
:func:`apply_first_start`, which checks everything first and then writes it in one transaction (settings,
people, issuing bodies, each with its audit entry): a refusal writes nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from ...store.db import Database
from ...store.models import Province
from ..errors import ValidationError
from ..text import nfc
from .issuing_bodies import IssuingBodyInput, store_issuing_body, validated
from .people import store_person
from .settings import DEMO_OFFERED, DRAFTER_INITIALS, OWN_PROVINCE, OWN_PROVINCE_BEFORE_2025, store_setting
from .user_settings import check_value, province_names

__all__ = [
    "BodySetup", "FirstStartSetup", "SigningFormula", "SIGNING_FORMULAS", "OFFICE_FORMULAS", "apply_first_start",
    "predecessors", "preset_body", "place_name", "PROVINCE_BODY", "OFFICE_BODY",
]

PROVINCE_BODY = "province"
OFFICE_BODY = "office"
SIGNER_NAME = "Họ và tên người ký"


@dataclass(frozen=True)
class SigningFormula:
    """The quyền hạn ký and chức vụ lines printed above the signature (Nghị định 30/2020, Phụ lục I)."""

    authority: str
    title: str

    @property
    def label(self) -> str:
        return " / ".join(line for line in (*self.authority.split("\n"), self.title) if line)


SIGNING_FORMULAS: tuple[SigningFormula, ...] = (
    SigningFormula("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
    SigningFormula("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
    SigningFormula("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"),
)
"""For a notice of the provincial People's Committee (symbol TB-UBND)."""
OFFICE_FORMULAS: tuple[SigningFormula, ...] = (
    SigningFormula("", "CHÁNH VĂN PHÒNG"),
    SigningFormula("KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"),
)
"""For a notice of the Office of the provincial People's Committee (symbol TB-VPUBND)."""


@dataclass
class BodySetup:
    """One issuing body to create, with the person who signs by default (none when the name is blank)."""

    body: IssuingBodyInput
    signer_name: str = ""
    signer_title: str = ""


@dataclass
class FirstStartSetup:
    own_province: str
    own_province_before_2025: str = ""
    drafter_initials: str = ""
    bodies: list[BodySetup] = field(default_factory=list)


def place_name(unit: str) -> str:
    """The place written on the date line: "Thành phố Hà Nội" → "Hà Nội", "Lạng Sơn" → "Lạng Sơn"."""
    return nfc(unit).removeprefix("Thành phố ").removeprefix("Tỉnh ").strip()


def _level(unit: str) -> str:
    return "thành phố" if nfc(unit).startswith("Thành phố ") else "tỉnh"


def preset_body(kind: str, unit: str, formula: SigningFormula) -> IssuingBodyInput:
    """The preset "UBND tỉnh" (symbol UBND, TB-UBND) or "Văn phòng UBND tỉnh" (symbol VPUBND, TB-VPUBND)."""
    place, level = place_name(unit), _level(unit)
    header = f"{level} {place}".upper()
    if kind == PROVINCE_BODY:
        return IssuingBodyInput(name=f"UBND {level} {place}", body_lines=f"ỦY BAN NHÂN DÂN\n{header}", symbol="UBND",
                                place=place, signing_authority=formula.authority, signer_title=formula.title)
    return IssuingBodyInput(name=f"Văn phòng UBND {level} {place}", parent_line=f"UBND {header}",
                            body_lines="VĂN PHÒNG", symbol="VPUBND", place=place,
                            signing_authority=formula.authority, signer_title=formula.title)


def predecessors(db: Database, unit: str) -> list[str]:
    """The provinces (through June 2025) that ``unit`` (one of the 34 from 1 July 2025) continues, same name first."""
    with db.session() as session:
        new = session.scalars(select(Province).where(Province.name == nfc(unit), Province.valid_to_year.is_(None)))
        ids = [p.id for p in new]
        old = [p.name for p in session.scalars(select(Province).where(Province.successor_id.in_(ids)))]
    return sorted(old, key=lambda name: (name != place_name(unit), name))


def apply_first_start(db: Database, setup: FirstStartSetup, year: int | None = None) -> list[int]:
    """Check ``setup``, then store it in one transaction; returns the ids of the issuing bodies created.

    Raises :class:`ValidationError` (naming the field) before anything is written.
    """
    year = year or dt.date.today().year
    province = check_value(db, OWN_PROVINCE, setup.own_province, year)
    before = nfc(setup.own_province_before_2025) or None
    if before is not None and province is not None and before not in predecessors(db, province):
        raise ValidationError(OWN_PROVINCE_BEFORE_2025, before,
                              f"“{before}” không phải là tỉnh trước 01/7/2025 hợp thành {province}.")
    initials = check_value(db, DRAFTER_INITIALS, setup.drafter_initials)
    bodies = [(validated(item.body), nfc(item.signer_name), nfc(item.signer_title)) for item in setup.bodies]
    with db.session(immediate=True) as session:
        store_setting(session, OWN_PROVINCE, province)
        store_setting(session, OWN_PROVINCE_BEFORE_2025, before)
        store_setting(session, DRAFTER_INITIALS, initials)
        store_setting(session, DEMO_OFFERED, "1")
        people: dict[tuple[str, str], int] = {}
        created: list[int] = []
        for body, signer, title in bodies:
            if signer:
                key = (signer.casefold(), title.casefold())
                if key not in people:
                    people[key] = store_person(session, signer, title)
                body.default_signer_id = people[key]
            created.append(store_issuing_body(session, body))
        return created


def units(db: Database, year: int | None = None) -> list[str]:
    """The provincial units to choose from (the 34 from 1 July 2025 for this year)."""
    return province_names(db, year)
