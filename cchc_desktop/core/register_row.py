"""One entry of the outgoing register (sổ văn bản đi) as plain values.

The register service returns it, the window lists it and ``documents.register_xlsx`` writes it, so it lives in
the kernel: none of them needs the store to hold one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .notice_builder import notice_reference

__all__ = ["RegisterRow"]


@dataclass(frozen=True)
class RegisterRow:
    id: int
    issuing_body: str
    year: int
    number: int
    symbol: str
    issued_on: dt.date
    summary: str
    signer: str
    notice_id: int | None
    sha256: str

    @property
    def reference(self) -> str:
        return notice_reference(self.number, self.symbol)
