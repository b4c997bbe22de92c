"""Small settings kept with the data (own province, drafter initials, first-start answers)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...store.db import Database
from ...store.models import Setting
from ..setting_names import DRAFTER_INITIALS as DRAFTER_INITIALS
from ..setting_names import OWN_PROVINCE as OWN_PROVINCE
from ..setting_names import OWN_PROVINCE_BEFORE_2025 as OWN_PROVINCE_BEFORE_2025
from ..text import nfc_or_none
from . import audit
from .audit_labels import field_label

DEMO_OFFERED = "demo_offered"
IS_DEMO = "is_demo"
"""Written by the demo build: the window marks the database as sample data ("Dữ liệu mẫu")."""


class SettingsService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str, default: str | None = None) -> str | None:
        table = Setting.__table__  # not the ORM class: the window reads settings before its first paint (app.py)
        with self.db.session() as session:
            value = session.scalar(select(table.c.value).where(table.c.key == key))
            return value if value is not None else default

    def set(self, key: str, value: str | None) -> None:
        """Store ``value`` under ``key``; a change is written to the audit log with its old and new value."""
        with self.db.session() as session:
            store_setting(session, key, value)

    def is_demo(self) -> bool:
        """True for the demo database (sample data), which the window marks as such."""
        return self.get(IS_DEMO) == "1"


def store_setting(session: Session, key: str, value: str | None) -> None:
    """:meth:`SettingsService.set` inside ``session`` (part of a larger transaction)."""
    new = nfc_or_none(value)
    setting = session.get(Setting, key)
    old = setting.value if setting is not None else None
    if old == new:
        return
    session.merge(Setting(key=key, value=new))
    label = field_label("settings", key)
    audit.record(session, "update", "settings", None, f"Đổi cài đặt “{label}”",
                 changes=[{"field": key, "label": label, "before": old or "", "after": new or ""}])
