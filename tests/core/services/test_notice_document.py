"""The stored notice's document comes from the one builder; issued vs draft files are decided by the service."""

from __future__ import annotations

import datetime as dt

import pypdfium2
import pytest

from cchc_desktop.core.body import Block, plain
from cchc_desktop.core.enums import BlockKind
from cchc_desktop.core.notice_builder import NoticeIssuer, build_notice_document
from cchc_desktop.core.services.issuing_bodies import IssuingBodyService
from cchc_desktop.core.services.notices import NoticeService
from cchc_desktop.core.services.register import RegisterService
from cchc_desktop.documents.notice_snapshot import snapshot_json
from cchc_desktop.store.db import Database

NOTICE_2024, NOTICE_2022 = 2, 1


def _pdf_text(data: bytes) -> str:
    pdf = pypdfium2.PdfDocument(data)
    try:
        return " ".join(pdf[0].get_textpage().get_text_range().split())
    finally:
        pdf.close()


def _rename_body(db: Database, body_id: int, second_line: str) -> None:
    service = IssuingBodyService(db)
    data = service.get(body_id)
    data.body_lines = f"{data.body_lines.splitlines()[0]}\n{second_line}"
    service.save(data, body_id)


@pytest.mark.parametrize("notice_id", [NOTICE_2022, NOTICE_2024])
def test_the_builder_from_plain_values_gives_the_services_document(demo_db: Database, notice_id: int) -> None:
    service = NoticeService(demo_db)
    data = service.get(notice_id)
    body = next(b for b in IssuingBodyService(demo_db).list(include_inactive=True) if b.id == data.issuing_body_id)
    issuer = NoticeIssuer(parent_line=body.parent_line, body_lines=body.body_lines, symbol=body.symbol)
    assert build_notice_document(data, issuer, service.row(notice_id).number) == service.document(notice_id)
    assert service.draft_document(notice_id, data) == service.document(notice_id)


def test_the_draft_document_of_unsaved_content_is_what_saving_prints(demo_db: Database) -> None:
    service = NoticeService(demo_db)
    data = service.get(NOTICE_2024)
    data.summary = "  Ke\u0302\u0301t luận (bản sửa)  "
    data.place = " Lạng Sơn "
    data.signing_authority = "TL. CHỦ TỊCH\n\n"
    data.signer_name = " Trịnh Tiến Duy "
    data.recipients = ["- Sở Nội vụ;", "– Sở Tài chính;", "Như trên.", ""]
    data.archive_line = "Lưu: VT, NC (TPT)."
    data.blocks = [Block(BlockKind.PARAGRAPH, plain("Nội dung mới."))]
    data.attachments = [(" Phụ lục 1 ", [Block(BlockKind.BULLET, plain("Một"))])]
    preview = service.draft_document(NOTICE_2024, data)
    service.update(NOTICE_2024, data)
    assert snapshot_json(preview) == snapshot_json(service.document(NOTICE_2024))


def test_row_fetches_one_notice(demo_db: Database) -> None:
    service = NoticeService(demo_db)
    assert service.row(NOTICE_2024) == next(r for r in service.list() if r.id == NOTICE_2024)


def test_document_file_issued_is_the_archive_and_a_draft_follows_the_issuing_body(demo_db: Database) -> None:
    service, register = NoticeService(demo_db), RegisterService(demo_db)
    body_id = service.get(NOTICE_2024).issuing_body_id
    assert service.get(NOTICE_2022).issuing_body_id == body_id
    register.issue(NOTICE_2024, dt.date(2024, 4, 19))
    archived = register.issued_pdf(NOTICE_2024)
    _rename_body(demo_db, body_id, "TỈNH THỬ ĐỔI TÊN")

    issued = service.document_file(NOTICE_2024, "pdf")
    assert issued.archived and issued.data == archived and issued.missing_glyphs == []
    assert (issued.data, issued.file_stem) == (archived, "Thông báo 01-TB-UBND")
    assert "THỬ ĐỔI TÊN" not in _pdf_text(issued.data)
    issued_docx = service.document_file(NOTICE_2024, "docx")
    assert issued_docx.data.startswith(b"PK") and not issued_docx.archived
    assert "TỈNH THỬ ĐỔI TÊN" not in service.document(NOTICE_2024).body_lines

    draft_file = service.document_file(NOTICE_2022, "pdf")
    draft, stem = draft_file.data, draft_file.file_stem
    assert not service.document_file(NOTICE_2022, "pdf").archived
    assert "TỈNH THỬ ĐỔI TÊN" in _pdf_text(draft)
    assert stem.startswith("Dự thảo thông báo TB-UBND tháng ")
    assert service.document_file(NOTICE_2022, "docx").data.startswith(b"PK")
