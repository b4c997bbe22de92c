"""The register as evidence: what an issued notice prints is frozen; entries form a hash chain; glyph check."""

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError

from cchc_desktop.core.enums import DocumentStatus
from cchc_desktop.core.errors import ConflictError
from cchc_desktop.core.services.issuing_bodies import IssuingBodyService
from cchc_desktop.core.services.meetings import MeetingService
from cchc_desktop.core.services.notice_drafts import draft_from_meeting
from cchc_desktop.core.services.notices import NoticeService
from cchc_desktop.core.services.register import MissingGlyphsError, RegisterService
from cchc_desktop.documents.notice_docx import render_notice_docx
from cchc_desktop.store.models import IssuingBody, Meeting, Notice, RegisterEntry
from cchc_desktop.store.register_check import register_problems


@pytest.fixture
def parts(demo_db):
    with demo_db.session() as session:
        bodies = {b.symbol: b.id for b in session.scalars(select(IssuingBody))}
        meetings = {m.date.year: m.id for m in session.scalars(select(Meeting))}
    return bodies, meetings


def draft(db, parts, year=2024, recipients=None):
    bodies, meetings = parts
    notice_id = draft_from_meeting(db, meetings[year], bodies["UBND"], [], today=dt.date(2024, 4, 15))
    if recipients is not None:
        notices = NoticeService(db)
        notices.update(notice_id, dataclasses.replace(notices.get(notice_id), recipients=recipients))
    return notice_id


def docx_text(data: bytes) -> str:
    import io

    import docx

    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_an_issued_notice_prints_what_was_issued_after_its_issuing_body_is_edited(demo_db, parts):
    notices, register, bodies = NoticeService(demo_db), RegisterService(demo_db), IssuingBodyService(demo_db)
    notice_id = draft(demo_db, parts)
    register.issue(notice_id, dt.date(2024, 4, 19))
    issued = notices.document(notice_id)
    header = "\n".join(issued.body_lines)
    body_id = parts[0]["UBND"]
    edited = dataclasses.replace(bodies.get(body_id), body_lines="SỞ ĐÃ ĐỔI TÊN", signer_title="GIÁM ĐỐC",
                                 parent_line="CƠ QUAN KHÁC")
    bodies.save(edited, body_id)

    assert notices.document(notice_id) == issued
    text = docx_text(render_notice_docx(notices.document(notice_id)))
    assert header.split("\n")[0] in text and "SỞ ĐÃ ĐỔI TÊN" not in text and "CƠ QUAN KHÁC" not in text
    # a draft still follows the issuing body as it is now
    assert NoticeService(demo_db).document(draft(demo_db, parts)).body_lines == ["SỞ ĐÃ ĐỔI TÊN"]


def test_deleting_the_meeting_of_an_issued_notice_is_refused_and_changes_nothing(demo_db, parts):
    notices, register = NoticeService(demo_db), RegisterService(demo_db)
    notice_id = draft(demo_db, parts)
    register.issue(notice_id, dt.date(2024, 4, 19))
    meeting_id = parts[1][2024]
    before = notices.get(notice_id)
    with pytest.raises(ConflictError, match="01/TB-UBND"):
        MeetingService(demo_db).delete(meeting_id, keep_tasks=True)
    assert notices.get(notice_id) == before and before.meeting_id == meeting_id
    # the database itself refuses too (ondelete RESTRICT), whatever program deletes the row
    with pytest.raises(IntegrityError), demo_db.engine.begin() as conn:
        conn.execute(delete(Meeting).where(Meeting.id == meeting_id))
    with demo_db.session() as session:
        assert session.get(Notice, notice_id).meeting_id == meeting_id


def test_deleting_a_meeting_keeps_its_draft_notices_unlinked(demo_db, parts):
    notice_id = draft(demo_db, parts, year=2022)
    MeetingService(demo_db).delete(parts[1][2022], keep_tasks=True)
    data = NoticeService(demo_db).get(notice_id)
    assert data.meeting_id is None and data.summary


def test_an_issuing_body_used_by_the_register_cannot_be_deleted(demo_db, parts):
    notice_id = draft(demo_db, parts)
    RegisterService(demo_db).issue(notice_id, dt.date(2024, 4, 19))
    body_id = parts[0]["UBND"]
    with pytest.raises(ConflictError, match="sổ văn bản đi"):
        IssuingBodyService(demo_db).delete(body_id)
    with pytest.raises(IntegrityError), demo_db.engine.begin() as conn:
        conn.execute(delete(IssuingBody).where(IssuingBody.id == body_id))
    assert NoticeService(demo_db).status(notice_id) == DocumentStatus.ISSUED


def test_entries_are_chained_and_tampering_names_the_first_broken_entry(demo_db, parts):
    register = RegisterService(demo_db)
    ids = [draft(demo_db, parts) for _ in range(3)]
    for day, notice_id in enumerate(ids, start=19):
        register.issue(notice_id, dt.date(2024, 4, day))
    with demo_db.session() as session:
        entries = session.scalars(select(RegisterEntry).order_by(RegisterEntry.id)).all()
        assert entries[0].previous_hash == ""
        assert [e.previous_hash for e in entries[1:]] == [e.entry_hash for e in entries[:-1]]
    assert register_problems(demo_db.engine) == []

    with demo_db.engine.begin() as conn:  # a summary edited behind the program's back
        conn.execute(update(RegisterEntry).where(RegisterEntry.number == 2).values(summary="Đã sửa"))
    problems = register_problems(demo_db.engine)
    assert len(problems) == 1 and "số 02/TB-UBND năm 2024" in problems[0] and "chuỗi kiểm tra" in problems[0]


def test_a_removed_entry_breaks_the_chain_at_the_next_one(demo_db, parts):
    register = RegisterService(demo_db)
    for day in (19, 20, 21):
        register.issue(draft(demo_db, parts), dt.date(2024, 4, day))
    with demo_db.engine.begin() as conn:
        conn.execute(update(Notice).where(Notice.number == 2).values(status=DocumentStatus.DRAFT))
        conn.execute(delete(RegisterEntry).where(RegisterEntry.number == 2))
    problems = register_problems(demo_db.engine)
    assert len(problems) == 1 and "số 03/TB-UBND năm 2024" in problems[0] and "không nối được" in problems[0]


def test_characters_the_fonts_lack_refuse_the_issue_until_confirmed(demo_db, parts):
    notices, register = NoticeService(demo_db), RegisterService(demo_db)
    notice_id = draft(demo_db, parts, recipients=["Như trên 😀", "Sở Nội vụ (内务)"])
    with pytest.raises(MissingGlyphsError) as refused:
        register.issue(notice_id, dt.date(2024, 4, 19))
    message = str(refused.value)
    assert "Ký tự “😀” (U+1F600) trong Nơi nhận không có trong phông chữ" in message
    assert "Ký tự “内” (U+5185) trong Nơi nhận" in message and "Ký tự “务” (U+52A1)" in message
    assert notices.status(notice_id) == DocumentStatus.DRAFT and register.list() == []
    assert [str(p) for p in notices.missing_glyphs(notice_id)][0].startswith("Ký tự “😀”")

    row = register.issue(notice_id, dt.date(2024, 4, 19), allow_missing_glyphs=True)
    assert row.reference == "01/TB-UBND" and notices.status(notice_id) == DocumentStatus.ISSUED


def test_vietnamese_text_has_no_missing_glyph(demo_db, parts):
    notice_id = draft(demo_db, parts)
    assert NoticeService(demo_db).missing_glyphs(notice_id) == []


def test_entries_issued_before_the_chain_existed_are_chained_by_the_upgrade(demo_db, parts):
    """A database at revision 0001 with issued notices: the upgrade chains its entries and the check passes."""
    from alembic import command
    from sqlalchemy import text

    from cchc_desktop.store import migrate
    from cchc_desktop.store.db import open_database

    register = RegisterService(demo_db)
    for day in (19, 20):
        register.issue(draft(demo_db, parts), dt.date(2024, 4, day))
    config = migrate.alembic_config()
    with demo_db.engine.connect() as conn:
        conn.execute(text("PRAGMA foreign_keys = OFF"))
        config.attributes["connection"] = conn
        command.downgrade(config, "0001_initial")
    path = demo_db.path
    demo_db.dispose()

    upgraded = open_database(path)
    try:
        with upgraded.session() as session:
            entries = session.scalars(select(RegisterEntry).order_by(RegisterEntry.id)).all()
            assert [e.snapshot for e in entries] == [None, None]
            assert entries[0].previous_hash == "" and entries[1].previous_hash == entries[0].entry_hash
        assert register_problems(upgraded.engine) == []
        RegisterService(upgraded).issue(draft(upgraded, parts), dt.date(2024, 4, 21))  # continues the chain
        assert register_problems(upgraded.engine) == []
    finally:
        upgraded.dispose()


def test_clerks_issuing_at_once_for_different_bodies_keep_one_chain(demo_db, parts):
    """Numbers of different bodies never clash, but the chain does: every entry must still have its own link."""
    import threading

    from cchc_desktop.store.db import open_database

    bodies, meetings = parts
    drafts = [draft_from_meeting(demo_db, meetings[2024], bodies[symbol], [], today=dt.date(2024, 4, 15))
              for symbol in ("UBND", "VP", "UBND")]  # three: each attempt that loses still leaves a winner
    databases = [open_database(demo_db.path) for _ in drafts]
    barrier, failures = threading.Barrier(len(drafts)), []

    def issue(db, notice_id):
        barrier.wait()
        try:
            RegisterService(db).issue(notice_id, dt.date(2024, 4, 19))
        except Exception as error:  # noqa: BLE001 - reported below
            failures.append(error)

    threads = [threading.Thread(target=issue, args=pair) for pair in zip(databases, drafts, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for db in databases:
        db.dispose()
    assert failures == []
    assert sorted(r.reference for r in RegisterService(demo_db).list()) == ["01/TB-UBND", "01/TB-VP", "02/TB-UBND"]
    assert register_problems(demo_db.engine) == []
