"""Column types shared by the models: NFC text, labelled enums, UUIDs."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Enum as SAEnum
from sqlalchemy import String
from sqlalchemy.types import TypeDecorator

from ..core.text import nfc


class Text(TypeDecorator[str]):
    """A string column that stores Unicode NFC, trimmed; blank becomes NULL.

    This is the single entry point through which every text value reaches the database, so text pasted in
    NFD form (macOS, some Word exports) is stored, searched and printed the same as typed text.
    """

    impl = String
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        if value is None:
            return None
        value = nfc(str(value))
        return value or None


def enum_column(enum_cls: type, length: int = 24) -> SAEnum:
    """Store a :class:`~cchc_desktop.core.enums.LabelledEnum` by its short value, portable to PostgreSQL."""
    return SAEnum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=length,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def new_uuid() -> str:
    return str(uuid.uuid4())
