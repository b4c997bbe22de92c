"""Reference data loaded on first start into an empty database: provinces (63 and 34, with the 2025 mapping),
the index catalogue with the PAR INDEX fields, and the standard list of provincial agencies."""

from __future__ import annotations

import csv
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.enums import AgencyKind, CriterionLevel, GroupingRule, SubjectKind
from ..core.text import nfc
from ..resources import data_lines, resource
from .models import Agency, CriteriaVersion, Criterion, IndexDef, Province

OLD_UNITS_LAST_YEAR = 2024  # the 63 units are the ranked subjects through the 2024 results
NEW_UNITS_FIRST_YEAR = 2025  # the 34 units from the 2025 results (reorganisation of 1 July 2025)


def load_reference_data(session: Session) -> bool:
    """Load every part that is still empty. Returns True when anything was added.

    The checks read the tables, not the ORM classes: every start makes them, and an ORM query would first make
    SQLAlchemy configure every mapper (see app.py)."""
    added = False
    for model, load in ((Province, load_provinces), (IndexDef, load_indexes), (Agency, load_agencies)):
        if session.scalar(select(model.__table__.c.id).limit(1)) is None:
            load(session)
            added = True
    return added


def _is_city(name: str) -> bool:
    return name.startswith(("Thành phố", "TP.")) or name in {"Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ"}


def load_provinces(session: Session) -> None:
    aliases = json.loads(resource("data", "province_aliases.json").read_text(encoding="utf-8"))
    rows = list(csv.DictReader(data_lines("provinces.csv")))
    new_units: dict[str, Province] = {}
    for row in rows:
        name = nfc(row["province_from_2025"])
        if name not in new_units:
            new_units[name] = Province(
                name=name, is_city=_is_city(name), valid_from_year=NEW_UNITS_FIRST_YEAR,
                aliases=aliases.get(name, []),
            )
    for row in rows:
        name = nfc(row["province_until_2025"])
        successor = new_units[nfc(row["province_from_2025"])]
        if row["change"] == "unchanged":
            successor.gso_code = row["gso_code"]
        session.add(
            Province(
                gso_code=row["gso_code"], name=name, is_city=_is_city(name), valid_from_year=1997,
                valid_to_year=OLD_UNITS_LAST_YEAR, successor=successor, change=row["change"],
                aliases=aliases.get(name, []),
            )
        )
    session.add_all(new_units.values())


def load_indexes(session: Session) -> None:
    catalogue = json.loads(resource("data", "indexes.json").read_text(encoding="utf-8"))
    for order, item in enumerate(catalogue["indexes"]):
        index = IndexDef(
            code=item["code"], name=item["name"], publisher=item.get("publisher"),
            subject_kind=SubjectKind(item.get("subject_kind", "province")),
            scale_min=item["scale_min"], scale_max=item["scale_max"], unit=item.get("unit") or None,
            grouping_rule=GroupingRule(item.get("grouping_rule", "none")), notes=item.get("notes"),
            sort_order=order,
        )
        for version_data in item.get("versions", []):
            version = CriteriaVersion(
                name=version_data["name"], valid_from_year=version_data["valid_from_year"],
                valid_to_year=version_data.get("valid_to_year"), legal_basis=version_data.get("legal_basis"),
            )
            for position, field in enumerate(version_data.get("fields", [])):
                version.criteria.append(
                    Criterion(level=CriterionLevel.FIELD, code=field["code"], name=field["name"],
                              max_points=field.get("max_points", 0.0), position=position)
                )
            index.versions.append(version)
        session.add(index)


def load_agencies(session: Session) -> None:
    for row in csv.DictReader(data_lines("agencies.csv")):
        session.add(
            Agency(
                name=nfc(row["name"]), short_name=row["short_name"] or None, kind=AgencyKind(row["kind"]),
                code=row["code"] or None, active=row["active"] == "1", notes=row["notes"] or None,
            )
        )
