"""The meetings table model, its filter proxy, the editable row models and the notice wording — no window."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from cchc_desktop.core.enums import MeetingFormat, MeetingKind
from cchc_desktop.core.services.meetings import AttendeeInput, MeetingService, SiteInput
from cchc_desktop.core.text import collation_key
from cchc_desktop.store.db import Database
from cchc_desktop.ui.models.meeting_filter_proxy import MeetingFilterProxy
from cchc_desktop.ui.models.meeting_rows_model import SitesModel
from cchc_desktop.ui.models.meeting_table_model import HEADERS, SORT_ROLE, Column, MeetingTableModel
from cchc_desktop.ui.pages.meetings.wording import attendance_sentence, attendee_text, sites_sentence

DISPLAY, EDIT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole


def _model(db: Database) -> MeetingTableModel:
    model = MeetingTableModel()
    model.set_rows(MeetingService(db).list())
    return model


def _titles(proxy: MeetingFilterProxy) -> list[str]:
    return [proxy.index(r, Column.DATE).data(DISPLAY) for r in range(proxy.rowCount())]


def test_rows_and_display_values(qapp, demo_db: Database) -> None:
    model = _model(demo_db)
    assert model.rowCount() == 2 and model.columnCount() == len(Column) == 6
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Column] == [
        "Ngày", "Loại", "Tên cuộc họp", "Chủ trì", "Số nhiệm vụ", "Kết luận"
    ]
    assert HEADERS[Column.CONCLUSION] == "Kết luận"
    newest = [model.index(0, c).data(DISPLAY) for c in Column]
    assert newest[Column.DATE] == "12/04/2024"
    assert newest[Column.KIND] == "Họp sơ kết quý"
    assert newest[Column.TITLE].startswith("Cuộc họp sơ kết công tác cải cách hành chính quý I")
    assert newest[Column.CHAIR] == "Hồ Tiến Thiệu, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo cải cách hành chính tỉnh"
    assert newest[Column.TASKS] == "7" and newest[Column.CONCLUSION] == "✓"
    assert model.index(1, Column.DATE).data(DISPLAY) == "08/06/2022"
    assert model.index(1, Column.TASKS).data(DISPLAY) == "5"


def test_sort_roles_compare_dates_numbers_and_vietnamese_text(qapp, demo_db: Database) -> None:
    model = _model(demo_db)
    newer, older = model.index(0, Column.DATE).data(SORT_ROLE), model.index(1, Column.DATE).data(SORT_ROLE)
    assert newer[0] == dt.date(2024, 4, 12).toordinal() and older < newer
    assert model.index(0, Column.TASKS).data(SORT_ROLE) == 7
    assert model.index(0, Column.KIND).data(SORT_ROLE) == collation_key("Họp sơ kết quý")
    proxy = MeetingFilterProxy(model)
    proxy.sort(Column.DATE, Qt.SortOrder.AscendingOrder)
    assert _titles(proxy) == ["08/06/2022", "12/04/2024"]
    proxy.sort(Column.DATE, Qt.SortOrder.DescendingOrder)
    assert _titles(proxy) == ["12/04/2024", "08/06/2022"]
    proxy.sort(Column.KIND, Qt.SortOrder.AscendingOrder)  # "Họp …" before "Hội nghị …": o comes before ô
    assert _titles(proxy) == ["12/04/2024", "08/06/2022"]
    proxy.sort(Column.TASKS, Qt.SortOrder.DescendingOrder)
    assert _titles(proxy) == ["12/04/2024", "08/06/2022"]


def test_folded_search_year_and_kind_filters(qapp, demo_db: Database) -> None:
    proxy = MeetingFilterProxy(_model(demo_db))
    proxy.set_search("so ket quy")
    assert _titles(proxy) == ["12/04/2024"]
    proxy.set_search("PAR INDEX ho tien thieu")
    assert _titles(proxy) == ["08/06/2022"]
    proxy.set_search("")
    proxy.set_year(2022)
    assert _titles(proxy) == ["08/06/2022"]
    proxy.set_year(None)
    proxy.set_kind(MeetingKind.QUARTERLY)
    assert _titles(proxy) == ["12/04/2024"]
    proxy.set_year(2022)
    assert _titles(proxy) == []


def test_sites_model_edits_moves_and_removes(qapp) -> None:
    model = SitesModel()
    model.set_rows([SiteInput("district", 11, "huyện, thành phố"), SiteInput("commune", 0, "xã, phường")])
    assert model.index(0, SitesModel.LEVEL).data(DISPLAY) == "cấp huyện"
    assert model.index(1, SitesModel.COUNT).data(DISPLAY) == "không ghi số"
    assert model.setData(model.index(1, SitesModel.COUNT), 200, EDIT)
    assert model.setData(model.index(1, SitesModel.LABEL), "  xã,  phường, thị trấn ", EDIT)
    assert model.move(1, -1) == 0 and model.move(0, -1) is None
    assert [(s.level, s.count, s.label) for s in model.rows()] == [
        ("commune", 200, "xã, phường, thị trấn"), ("district", 11, "huyện, thành phố")
    ]
    model.remove(0)
    assert model.rowCount() == 1


def test_notice_wording() -> None:
    sites = [SiteInput("district", 11, "huyện, thành phố"), SiteInput("commune", 200, "xã, phường, thị trấn")]
    assert sites_sentence(MeetingFormat.HYBRID, sites) == (
        "Cuộc họp được tổ chức theo hình thức trực tiếp kết hợp trực tuyến, kết nối với điểm cầu 11 huyện, "
        "thành phố và 200 xã, phường, thị trấn."
    )
    assert sites_sentence(MeetingFormat.IN_PERSON, []) == "Cuộc họp được tổ chức theo hình thức trực tiếp."
    assert sites_sentence(MeetingFormat.ONLINE, [SiteInput("commune", 0, "các xã")]).endswith("điểm cầu các xã.")
    person = AttendeeInput("province", person_id=1)
    assert attendee_text(person, "Dương Xuân Huyên", "Phó Chủ tịch Thường trực UBND tỉnh", "") == (
        "đồng chí Dương Xuân Huyên, Phó Chủ tịch Thường trực UBND tỉnh"
    )
    agency = AttendeeInput("province", agency_id=2, text="Đại diện Lãnh đạo")
    assert attendee_text(agency, "", "", "Sở Nội vụ") == "Đại diện Lãnh đạo Sở Nội vụ"
    assert attendance_sentence([("province", "A"), ("commune", "C"), ("province", "B")]) == (
        "Tham dự tại điểm cầu cấp tỉnh có A; B. Tại điểm cầu cấp xã có C."
    )
