"""Two clerks issuing at once: a number taken meanwhile (or a busy database) is retried with a fresh number."""

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from cchc_desktop.core.enums import DocumentStatus
from cchc_desktop.core.errors import ConflictError, DatabaseError
from cchc_desktop.core.services import register as register_module
from cchc_desktop.core.services.notice_drafts import draft_from_meeting
from cchc_desktop.core.services.notices import NoticeService
from cchc_desktop.core.services.register import RegisterService
from cchc_desktop.store.models import AuditEntry, IssuingBody, Meeting

DAY = dt.date(2024, 4, 19)


@pytest.fixture
def drafts(demo_db):
    with demo_db.session() as session:
        body = session.scalars(select(IssuingBody).where(IssuingBody.symbol == "UBND")).one().id
        meeting = next(m.id for m in session.scalars(select(Meeting)) if m.date.year == 2024)
    return [draft_from_meeting(demo_db, meeting, body, [], today=dt.date(2024, 4, 15)) for _ in range(2)]


def taken_then_real(monkeypatch, times: int, failure=None):  # type: ignore[no-untyped-def]
    """next_number answers 1 (already taken by another clerk) ``times`` times, then the truth."""
    real, calls = register_module.next_number, []

    def fake(session, issuing_body_id, year):  # type: ignore[no-untyped-def]
        calls.append(year)
        if len(calls) <= times:
            if failure is not None:
                raise failure
            return 1
        return real(session, issuing_body_id, year)

    monkeypatch.setattr(register_module, "next_number", fake)
    return calls


def test_a_number_taken_meanwhile_is_retried_with_a_fresh_one(demo_db, drafts, monkeypatch):
    register = RegisterService(demo_db)
    assert register.issue(drafts[0], DAY).reference == "01/TB-UBND"
    calls = taken_then_real(monkeypatch, times=1)
    assert register.issue(drafts[1], DAY).reference == "02/TB-UBND"
    assert len(calls) == 2
    assert [row.number for row in register.list(year=2024)] == [2, 1]
    assert NoticeService(demo_db).document(drafts[1]).number == 2
    with demo_db.session() as session:
        issues = session.scalars(select(AuditEntry).where(AuditEntry.action == "issue")).all()
    assert len(issues) == 2  # the rolled-back attempt left no trace


def test_giving_up_after_three_attempts_leaves_the_draft_untouched(demo_db, drafts, monkeypatch):
    register = RegisterService(demo_db)
    register.issue(drafts[0], DAY)
    calls = taken_then_real(monkeypatch, times=99)
    with pytest.raises(ConflictError) as err:
        register.issue(drafts[1], DAY)
    assert err.value.message == "Không cấp được số vì đang có người khác ban hành; hãy thử lại."
    assert len(calls) == 3
    assert NoticeService(demo_db).status(drafts[1]) == DocumentStatus.DRAFT
    assert NoticeService(demo_db).document(drafts[1]).number is None
    assert len(register.list(year=2024)) == 1


def test_a_locked_database_is_retried(demo_db, drafts, monkeypatch):
    locked = OperationalError("SELECT max(number)", {}, sqlite3.OperationalError("database is locked"))
    calls = taken_then_real(monkeypatch, times=1, failure=locked)
    assert RegisterService(demo_db).issue(drafts[0], DAY).reference == "01/TB-UBND"
    assert len(calls) == 2


def test_other_database_errors_are_not_retried(demo_db, drafts, monkeypatch):
    broken = OperationalError("SELECT max(number)", {}, sqlite3.OperationalError("no such table: register_entries"))
    calls = taken_then_real(monkeypatch, times=99, failure=broken)
    with pytest.raises((OperationalError, DatabaseError)):  # raw, or as Database.session translates it
        RegisterService(demo_db).issue(drafts[0], DAY)
    assert len(calls) == 1


def test_register_list_does_not_load_the_pdfs(demo_db, drafts):
    register = RegisterService(demo_db)
    register.issue(drafts[0], DAY)
    statements = []
    from sqlalchemy import event

    @event.listens_for(demo_db.engine, "before_cursor_execute")
    def remember(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
        statements.append(statement)

    assert [row.reference for row in register.list()] == ["01/TB-UBND"]
    event.remove(demo_db.engine, "before_cursor_execute", remember)
    entry_selects = [s for s in statements if "FROM register_entries" in s]
    assert entry_selects and all("register_entries.pdf," not in s and "register_entries.pdf " not in s
                                 for s in entry_selects)
