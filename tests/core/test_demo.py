"""The demo database holds what a user relies on when trying the application."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import String, inspect, select, text

from cchc_desktop.core.body import Block, labels
from cchc_desktop.core.demo import build_demo_database
from cchc_desktop.core.enums import (
    AgencyKind,
    BlockKind,
    DocumentStatus,
    MeetingFormat,
    MeetingKind,
    TargetStatus,
    TaskSource,
    TaskStatus,
)
from cchc_desktop.core.errors import CchcError
from cchc_desktop.core.services.bodies import load_body
from cchc_desktop.store.db import Database, open_database
from cchc_desktop.store.models import (
    Agency,
    IndexDef,
    Meeting,
    Notice,
    Person,
    Plan,
    Province,
    Result,
    ResultSet,
    Setting,
    Task,
    TextBlock,
)

TODAY = dt.date(2026, 11, 21)
DONE = (TaskStatus.DONE, TaskStatus.DONE_LATE)


@pytest.fixture(scope="module")
def dated_demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dated") / "demo.db"
    build_demo_database(path, today=TODAY)
    return path


def meetings_by_year(session) -> dict[int, Meeting]:
    return {m.date.year: m for m in session.scalars(select(Meeting))}


def all_runs(blocks: list[Block]):
    for top in blocks:
        for block in top.walk():
            yield from block.runs


def test_two_meetings_with_their_chairs(demo_db: Database) -> None:
    with demo_db.session() as session:
        meetings = meetings_by_year(session)
        assert sorted(meetings) == [2022, 2024]
        conference, quarterly = meetings[2022], meetings[2024]
        assert conference.date == dt.date(2022, 6, 8)
        assert (conference.kind, conference.format) == (MeetingKind.INDEX_ANALYSIS, MeetingFormat.ONLINE)
        assert quarterly.date == dt.date(2024, 4, 12)
        assert (quarterly.kind, quarterly.format) == (MeetingKind.QUARTERLY, MeetingFormat.HYBRID)
        for meeting in meetings.values():
            assert meeting.chair.full_name == "Hồ Tiến Thiệu"
        assert conference.chair_title == "Chủ tịch UBND tỉnh"
        assert quarterly.chair_title == "Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo cải cách hành chính tỉnh"
        assert [(s.count, s.label) for s in quarterly.sites] == [
            (11, "huyện, thành phố"), (200, "xã, phường, thị trấn"),
        ]
        assert {s.level for s in conference.sites} == {"province", "district", "commune"}
        assert [r.presenter for r in conference.reports] == [
            "Lãnh đạo Sở Nội vụ",
            "Báo cáo viên Viện Nghiên cứu khoa học hành chính - Học viện Hành chính Quốc gia",
        ]
        attending = {a.agency.name for a in conference.attendees if a.agency}
        assert {"Báo Lạng Sơn", "Ban Pháp chế HĐND tỉnh", "Hội Cựu chiến binh tỉnh"} <= attending
        assert any(a.person and a.person.full_name == "Dương Xuân Huyên" for a in quarterly.attendees)


def test_2024_conclusion_has_three_headings_and_addressee_groups(demo_db: Database) -> None:
    with demo_db.session() as session:
        blocks = load_body(meetings_by_year(session)[2024].conclusion)
    assert [b.kind for b in blocks] == [BlockKind.HEADING] * 3
    assert labels(blocks) == ["1.", "2.", "3."]
    assert blocks[0].text == "Một số kết quả nổi bật đạt được trong quý I năm 2024"
    assert blocks[1].text == "Tồn tại, hạn chế, khó khăn"
    assert all(child.kind == BlockKind.PARAGRAPH for child in blocks[0].children + blocks[1].children)
    groups = blocks[2].children
    assert labels(groups) == ["a)", "b)", "c)"]
    assert [g.text for g in groups] == [
        "Thủ trưởng các Sở, Ban, ngành, Chủ tịch UBND các huyện, thành phố",
        "Sở Tài chính, Sở Kế hoạch và Đầu tư",
        "Chủ tịch UBND các huyện, thành phố",
    ]
    assert [[c.kind for c in g.children] for g in groups] == [
        [BlockKind.BULLET] * 2, [BlockKind.PARAGRAPH], [BlockKind.BULLET] * 4,
    ]


def test_2022_conclusion_formatting_and_numbered_items(demo_db: Database) -> None:
    with demo_db.session() as session:
        blocks = load_body(meetings_by_year(session)[2022].conclusion)
    runs = list(all_runs(blocks))
    responsibility = [r for r in runs if "Trách nhiệm thuộc về cơ quan chủ trì là" in r.text]
    assert len(responsibility) == 5 and all(r.bold and r.italic for r in responsibility)
    assert any("Trách nhiệm thuộc về cơ quan chủ trì là Sở Nội vụ" in r.text for r in responsibility)
    assert any(r.bold and not r.italic and "30/6/2022" in r.text for r in runs)
    assert any(r.italic and not r.bold and r.text == "(đánh giá qua điều tra xã hội học)" for r in runs)
    items = [b for b in blocks if b.kind == BlockKind.NUMBERED]
    assert labels(items) == ["1.", "2.", "3.", "4.", "5.", "6."]
    assert items[2].children[0].text.startswith("Giao Sở Nội vụ tham mưu")
    assert [c.text[:8] for c in items[4].children] == ["Đề nghị ", "Đề nghị "]
    assert all(c.kind == BlockKind.PARAGRAPH for item in items for c in item.children)
    note = blocks[-1]
    assert note.kind == BlockKind.PARAGRAPH and note.runs[0].italic and "Kèm theo danh sách" in note.text


def test_draft_notices(demo_db: Database) -> None:
    with demo_db.session() as session:
        notices = {n.date_year: n for n in session.scalars(select(Notice))}
        assert sorted(notices) == [2022, 2024]
        for notice in notices.values():
            assert notice.status == DocumentStatus.DRAFT
            assert (notice.number, notice.date_day, notice.symbol, notice.place) == (None, None, "TB-UBND", "Lạng Sơn")
            assert (notice.signing_authority, notice.signer_title) == ("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG")
            assert notice.issuing_body.body_lines == "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN"
            body = load_body(notice.body)
            assert body[-1].text.endswith("thực hiện./.")
            assert notice.meeting is not None
        first, second = notices[2022], notices[2024]
        assert first.date_month == 6 and second.date_month == 4
        assert first.summary.startswith("Kết luận của đồng chí Hồ Tiến Thiệu, Chủ tịch UBND tỉnh tại Hội nghị")
        assert (first.signer_name, first.archive_line) == ("Phạm Hùng Trường", "VT, THNC (LTH)")
        assert (second.signer_name, second.archive_line) == ("Trịnh Tiến Duy", "VT, NC (TPT)")
        assert [r.text for r in first.recipients][:2] == ["Thường trực Tỉnh ủy (B/c)", "Lãnh đạo HĐND tỉnh"]
        assert len(first.recipients) == 10 and len(second.recipients) == 5
        assert [a.title for a in first.attachments] == ["Danh sách các đơn vị yêu cầu kiểm điểm, xử lý"]
        assert load_body(first.attachments[0].body)
        assert any(b.text.startswith("Giao Sở Nội vụ") for top in load_body(first.body) for b in top.walk())


def test_papi_tables_imported(demo_db: Database) -> None:
    with demo_db.session() as session:
        papi = session.scalar(select(IndexDef).where(IndexDef.code == "PAPI"))
        sets = {s.year: s for s in session.scalars(select(ResultSet).where(ResultSet.index_id == papi.id))}
        assert sorted(sets) == list(range(2017, 2025))
        for result_set in sets.values():
            assert result_set.subject_count == len(result_set.results)
            assert result_set.partial == (result_set.subject_count < 63)
            assert all(not r.rank_is_official and r.rank_of == result_set.subject_count for r in result_set.results)
            scores = [r.score for r in result_set.results]
            assert result_set.national_average == pytest.approx(sum(scores) / len(scores), abs=0.005)
        assert (sets[2020].subject_count, sets[2020].partial) == (63, False)
        assert (sets[2021].subject_count, sets[2021].partial) == (60, True)
        assert "Quảng Ninh" in sets[2021].notes


def test_lang_son_papi_ranks(demo_db: Database) -> None:
    with demo_db.session() as session:
        rows = session.execute(
            select(ResultSet.year, Result.rank)
            .join(Result.result_set).join(ResultSet.index).join(Result.province)
            .where(IndexDef.code == "PAPI", Province.name == "Lạng Sơn")
        ).all()
    ranks = dict(rows)
    assert (ranks[2020], ranks[2021], ranks[2023]) == (37, 4, 21)


def test_ranks_cited_by_the_2022_notice(demo_db: Database) -> None:
    with demo_db.session() as session:
        rows = session.execute(
            select(IndexDef.code, ResultSet.year, ResultSet.partial, Result.rank, Result.rank_of, Result.score,
                   Result.rank_is_official, Province.name)
            .join(Result.result_set).join(ResultSet.index).join(Result.province)
            .where(IndexDef.code.in_(["PAR INDEX", "SIPAS", "PCI"]), Province.name == "Lạng Sơn")
        ).all()
    assert {(code, year): rank for code, year, _, rank, *_ in rows} == {
        ("PAR INDEX", 2020): 36, ("PAR INDEX", 2021): 23, ("SIPAS", 2020): 39, ("SIPAS", 2021): 31,
        ("PCI", 2020): 49, ("PCI", 2021): 36,
    }
    cited_only = [row for row in rows if (row[0], row[1]) != ("PAR INDEX", 2021)]
    assert all(partial and rank_of == 63 and score is None and official
               for _, _, partial, _, rank_of, score, official, _ in cited_only)
    par_2021 = next(row for row in rows if (row[0], row[1]) == ("PAR INDEX", 2021))
    assert par_2021[5] == 87.11  # 88,58 − 1,47 from the conclusion; the rest of that table is illustrative


def test_tasks_have_leads_sources_and_consistent_status(demo_db: Database) -> None:
    with demo_db.session() as session:
        tasks = session.scalars(select(Task)).all()
        assert len(tasks) >= 10
        for task in tasks:
            assert task.lead_agency is not None
            assert 0 <= len(task.progress) <= 3
            assert (task.completed_on is not None) == (task.status in DONE)
            if task.status == TaskStatus.DONE_LATE:
                assert task.completed_on > task.due_date
            if task.source == TaskSource.CONCLUSION:
                block = session.get(TextBlock, task.source_block_id)
                assert block.body_id == task.meeting.conclusion_id
                assert task.notice.meeting_id == task.meeting_id
            else:
                assert task.source == TaskSource.PLAN and task.plan is not None
        funding = next(t for t in tasks if t.lead_agency.name == "Sở Tài chính" and t.source == TaskSource.CONCLUSION)
        assert [a.name for a in funding.cooperators] == ["Sở Kế hoạch và Đầu tư"]
        assert (funding.deadline_text, funding.due_date) == ("trong Quý III/2024", dt.date(2024, 9, 30))
        city = next(t for t in tasks if t.lead_agency.name == "UBND thành phố Lạng Sơn")
        assert (city.deadline_text, city.due_date, city.status) == (
            "trước ngày 30/6/2022", dt.date(2022, 6, 30), TaskStatus.DONE_LATE,
        )
        home_affairs = {t.deadline_text for t in tasks if t.lead_agency.name == "Sở Nội vụ"}
        assert "Thường xuyên (hằng tháng)" in home_affairs
        assert any(t.plan and t.plan.reference == "04/KH-UBND" for t in tasks)


def test_overdue_and_due_soon_relative_to_today(dated_demo_file: Path) -> None:
    db = open_database(dated_demo_file)
    try:
        with db.session() as session:
            open_tasks = session.scalars(
                select(Task).where(Task.status.not_in(DONE), Task.due_date.is_not(None))
            ).all()
            overdue = [t for t in open_tasks if t.due_date < TODAY]
            due_soon = [t for t in open_tasks if TODAY <= t.due_date <= TODAY + dt.timedelta(days=14)]
            assert overdue and due_soon
            assert all(t.lead_agency.active for t in overdue + due_soon)
    finally:
        db.dispose()


def test_building_on_an_existing_database_is_refused(dated_demo_file: Path) -> None:
    size = dated_demo_file.stat().st_size
    with pytest.raises(CchcError, match="đã có dữ liệu"):
        build_demo_database(dated_demo_file, today=TODAY)
    assert dated_demo_file.stat().st_size == size


def test_catalogue_people_and_settings(demo_db: Database) -> None:
    with demo_db.session() as session:
        districts = session.scalars(select(Agency).where(Agency.kind == AgencyKind.DISTRICT)).all()
        assert len(districts) == 11 and "UBND huyện Đình Lập" in {a.name for a in districts}
        assert session.scalar(select(Agency).where(Agency.name == "Đài Phát thanh và Truyền hình tỉnh"))
        people = {p.full_name: p for p in session.scalars(select(Person))}
        thieu = people["Hồ Tiến Thiệu"]
        assert [p.title for p in thieu.positions] == [
            "Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo cải cách hành chính tỉnh",
        ]
        truong, duy = people["Phạm Hùng Trường"].positions[0], people["Trịnh Tiến Duy"].positions[0]
        assert truong.end_date < duy.start_date
        assert people["Phạm Hùng Trường"].current_title(dt.date(2022, 6, 8)) == "Chánh Văn phòng UBND tỉnh"
        settings = {s.key: s.value for s in session.scalars(select(Setting))}
        assert settings == {"own_province": "Lạng Sơn", "drafter_initials": "LTH", "is_demo": "1"}
        resolution = session.scalar(select(Plan).where(Plan.reference == "60-NQ/TU"))
        assert len(resolution.targets) == 18
        assert sum(t.status in (TargetStatus.MET, TargetStatus.EXCEEDED) for t in resolution.targets) == 10


def test_all_text_is_stored_nfc(demo_db: Database) -> None:
    with demo_db.engine.connect() as conn:
        for table in inspect(demo_db.engine).get_table_names():
            columns = [c["name"] for c in inspect(demo_db.engine).get_columns(table) if isinstance(c["type"], String)]
            for column in columns:
                for (value,) in conn.execute(text(f'SELECT "{column}" FROM "{table}"')):
                    if isinstance(value, str):
                        assert unicodedata.is_normalized("NFC", value), (table, column, value)
    with demo_db.session() as session:
        for block in session.scalars(select(TextBlock)):
            assert all(unicodedata.is_normalized("NFC", run["t"]) for run in block.runs)


def test_demo_package_does_not_import_qt() -> None:
    code = "import sys, cchc_desktop.core.demo; sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_par_index_2021_scenario_reproduces_the_conclusion(demo_db: Database) -> None:
    """The June 2022 conclusion: with 2020's leaders' survey score, 88,58 points and rank 10/63."""
    from cchc_desktop.core.services.analysis import AnalysisService

    analysis = AnalysisService(demo_db)
    result = analysis.scenario("PAR INDEX", 2021, {"9": None})
    assert (result.total_before, result.rank_before) == (87.11, 23)
    assert (result.total_after, result.rank_after, result.rank_of) == (88.58, 10, 63)
    detail = analysis.detail("PAR INDEX", 2021)
    survey = next(item for item in detail if item.node.code == "9")
    assert (survey.lost, survey.change) == (6.19, -1.47)
    agencies = [share.name for share in analysis.lost_by_agency(detail)]
    assert agencies[:2] == ["Sở Nội vụ", "Văn phòng UBND tỉnh"]


def test_a_failed_build_closes_the_database_before_removing_its_files(tmp_path: Path, monkeypatch) -> None:
    """Windows cannot delete a SQLite file (or its -wal, -shm) while a connection holds it (WinError 32); the
    demo is built in a work file beside the target, which is removed and the target never appears."""
    from sqlalchemy.engine import Engine

    import cchc_desktop.core.demo as demo
    from cchc_desktop.store import atomic

    steps: list[str] = []
    dispose = Engine.dispose

    def recorded_dispose(self: Engine, *args, **kwargs) -> None:
        dispose(self, *args, **kwargs)
        steps.append(f"dispose, {self.pool.checkedout()} connections out")

    def failing_populate(session, today) -> None:
        raise RuntimeError("hỏng giữa chừng")

    remove = atomic.remove_files

    def recorded_remove(path: Path) -> None:
        steps.append("remove")
        remove(path)

    monkeypatch.setattr(Engine, "dispose", recorded_dispose)
    monkeypatch.setattr(demo, "populate_demo", failing_populate)
    monkeypatch.setattr(atomic, "remove_files", recorded_remove)
    path = tmp_path / "demo.db"
    with pytest.raises(RuntimeError, match="hỏng giữa chừng"):
        build_demo_database(path, today=TODAY)
    assert steps == ["dispose, 0 connections out", "remove"]
    assert list(tmp_path.iterdir()) == []
