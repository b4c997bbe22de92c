"""Small settings kept with the data (own province, drafter initials, first-start answers)."""

from __future__ import annotations

from ...store.db import Database
from ...store.models import Setting
from ..text import nfc_or_none

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
        with self.db.session() as session:
            session.merge(Setting(key=key, value=nfc_or_none(value)))
