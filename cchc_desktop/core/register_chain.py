"""The register's hash chain: every entry's hash covers its own content and the previous entry's hash.

``entry_hash`` is SHA-256 over canonical JSON of the previous entry's hash ("" for the first entry), the year,
number, symbol, issue date, summary, signer, the PDF's SHA-256 and the frozen snapshot of the notice. Changing
any of them in one entry (a flipped byte of the PDF, a PDF replaced together with its SHA-256, an edited summary)
breaks that entry's hash; rewriting the hash as well breaks the link from the next entry. The definition must
never change: databases already issued with it are verified with it.

:func:`verify_chain` checks stored entries (plain values, read by ``cchc db check`` without writing anything).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass

from .notice_builder import notice_reference

GENESIS = ""  # the "previous hash" of the first entry


def entry_hash(previous: str, *, year: int, number: int, symbol: str, issued_on: dt.date, summary: str,
               signer_name: str | None, pdf_sha256: str | None, snapshot: str | None) -> str:
    content = {
        "previous": previous, "year": year, "number": number, "symbol": symbol,
        "issued_on": issued_on.isoformat(), "summary": summary, "signer_name": signer_name or "",
        "pdf_sha256": pdf_sha256 or "", "snapshot": snapshot or "",
    }
    canonical = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class StoredEntry:
    """A register entry as stored (``pdf`` may be None for an entry without an archived file)."""

    id: int
    year: int
    number: int
    symbol: str
    issued_on: dt.date
    summary: str
    signer_name: str | None
    pdf: bytes | None
    pdf_sha256: str | None
    snapshot: str | None
    previous_hash: str | None
    entry_hash: str | None

    @property
    def name(self) -> str:
        return f"số {notice_reference(self.number, self.symbol)} năm {self.year}"

    def recomputed_hash(self) -> str:
        return entry_hash(self.previous_hash or GENESIS, year=self.year, number=self.number, symbol=self.symbol,
                          issued_on=self.issued_on, summary=self.summary, signer_name=self.signer_name,
                          pdf_sha256=self.pdf_sha256, snapshot=self.snapshot)


def verify_chain(entries: list[StoredEntry]) -> list[str]:
    """Vietnamese problems, the first broken entry first (entries in the order they were registered)."""
    problems: list[tuple[int, str]] = []
    for entry in entries:
        where = f"Sổ văn bản đi, {entry.name}"
        if entry.pdf is not None and hashlib.sha256(entry.pdf).hexdigest() != (entry.pdf_sha256 or ""):
            problems.append((entry.id, f"{where}: bản PDF lưu trữ không khớp mã SHA-256 đã ghi "
                                       "(tệp đã bị thay đổi sau khi ban hành)."))
        elif entry.entry_hash is None or entry.recomputed_hash() != entry.entry_hash:
            problems.append((entry.id, f"{where}: mã chuỗi kiểm tra không khớp nội dung đã ghi (số, ngày, ký "
                                       "hiệu, bản PDF hoặc mã SHA-256 đã bị thay đổi sau khi ban hành)."))
    # The links: starting from the first entry, each entry's hash is the next one's "previous hash".
    by_previous: dict[str, list[StoredEntry]] = {}
    for entry in entries:
        by_previous.setdefault(entry.previous_hash or GENESIS, []).append(entry)
    linked: set[int] = set()
    current = GENESIS
    while len(by_previous.get(current, [])) == 1 and by_previous[current][0].id not in linked:
        entry = by_previous[current][0]
        linked.add(entry.id)
        current = entry.entry_hash or ""
    broken = {entry_id for entry_id, _ in problems}
    for entry in entries:
        if entry.id not in linked and entry.id not in broken:
            problems.append((entry.id, f"Sổ văn bản đi, {entry.name}: không nối được vào chuỗi kiểm tra (mã của "
                                       "văn bản liền trước đã bị thay đổi, hoặc có văn bản bị xóa khỏi sổ)."))
    return [message for _, message in sorted(problems, key=lambda p: p[0])]
