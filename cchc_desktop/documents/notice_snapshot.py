"""A notice frozen at issue: the :class:`NoticeDocument` as canonical JSON, stored with its register entry.

Everything printed (issuing-body header lines, number, symbol, place, date, summary, body, signer and signing
formula, recipients, archive line, attachments) is in the snapshot, so the PDF and DOCX of an issued notice are
rebuilt from it and never change when the issuing body, a recipients group or the meeting is later edited or
deleted. The JSON is canonical (sorted keys, no spaces, UTF-8) because the register's hash chain covers it.
"""

from __future__ import annotations

import json
from typing import Any

from ..core.body import Block, Run
from ..core.enums import BlockKind
from ..core.formats import PartialDate
from ..core.notice_model import Attachment, NoticeDocument

SNAPSHOT_VERSION = 1


def _block(block: Block) -> dict[str, Any]:
    data: dict[str, Any] = {"k": block.kind.value, "r": [run.to_json() for run in block.runs]}
    if block.children:
        data["c"] = [_block(child) for child in block.children]
    if block.label:
        data["l"] = block.label
    return data


def _unblock(data: dict[str, Any]) -> Block:
    return Block(kind=BlockKind(data["k"]), runs=[Run.from_json(r) for r in data.get("r", [])],
                 children=[_unblock(c) for c in data.get("c", [])], label=data.get("l"))


def snapshot_json(doc: NoticeDocument) -> str:
    """``doc`` as canonical JSON (same document, same bytes)."""
    data = {
        "v": SNAPSHOT_VERSION,
        "parent_line": doc.parent_line, "body_lines": list(doc.body_lines), "number": doc.number,
        "symbol": doc.symbol, "place": doc.place, "date": [doc.date.year, doc.date.month, doc.date.day],
        "type_name": doc.type_name, "summary": doc.summary, "blocks": [_block(b) for b in doc.blocks],
        "authority_lines": list(doc.authority_lines), "signer_name": doc.signer_name,
        "recipients": list(doc.recipients), "archive_line": doc.archive_line,
        "attachments": [{"title": a.title, "blocks": [_block(b) for b in a.blocks]} for a in doc.attachments],
        "national_title": doc.national_title, "motto": doc.motto,
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def document_from_snapshot(text: str) -> NoticeDocument:
    data = json.loads(text)
    year, month, day = data["date"]
    return NoticeDocument(
        parent_line=data["parent_line"], body_lines=list(data["body_lines"]), number=data["number"],
        symbol=data["symbol"], place=data["place"], date=PartialDate(year, month, day), type_name=data["type_name"],
        summary=data["summary"], blocks=[_unblock(b) for b in data["blocks"]],
        authority_lines=list(data["authority_lines"]), signer_name=data["signer_name"],
        recipients=list(data["recipients"]), archive_line=data["archive_line"],
        attachments=[Attachment(a["title"], [_unblock(b) for b in a["blocks"]]) for a in data["attachments"]],
        national_title=data["national_title"], motto=data["motto"],
    )
