"""Small settings kept with the data (own province, drafter initials, first-start answers)."""

from __future__ import annotations

from ...store.db import Database
from ...store.models import Setting
from ..text import nfc_or_none
from . import audit
from .audit_labels import field_label

OWN_PROVINCE = "own_province"
DRAFTER_INITIALS = "drafter_initials"
DEMO_OFFERED = "demo_offered"


class SettingsService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str, default: str | None = None) -> str | None:
        with self.db.session() as session:
            setting = session.get(Setting, key)
            return setting.value if setting is not None and setting.value is not None else default

    def set(self, key: str, value: str | None) -> None:
        """Store ``value`` under ``key``; a change is written to the audit log with its old and new value."""
        new = nfc_or_none(value)
        with self.db.session() as session:
            setting = session.get(Setting, key)
            old = setting.value if setting is not None else None
            if old == new:
                return
            session.merge(Setting(key=key, value=new))
            label = field_label("settings", key)
            audit.record(session, "update", "settings", None, f"Đổi cài đặt “{label}”",
                         changes=[{"field": key, "label": label, "before": old or "", "after": new or ""}])
