import pytest

from cchc_desktop.core.errors import ConflictError, ValidationError
from cchc_desktop.core.services.issuing_bodies import IssuingBodyService
from cchc_desktop.core.services.recipients import LineInput, RecipientGroupService, clean_line


def test_groups_keep_their_order_and_clean_pasted_lines(db):
    groups = RecipientGroupService(db)
    group_id = groups.save("Báo cáo cấp trên", [LineInput("- Thường trực Tỉnh ủy (B/c);"), LineInput(""),
                                                LineInput("Lãnh đạo HĐND tỉnh")])
    assert [line.text for line in groups.lines(group_id)] == ["Thường trực Tỉnh ủy (B/c)", "Lãnh đạo HĐND tỉnh"]
    groups.save("Báo cáo cấp trên", [LineInput("Lãnh đạo HĐND tỉnh"), LineInput("Thường trực Tỉnh ủy (B/c)")], group_id)
    assert [line.text for line in groups.lines(group_id)] == ["Lãnh đạo HĐND tỉnh", "Thường trực Tỉnh ủy (B/c)"]
    assert [(row.name, row.line_count) for row in groups.list()] == [("Báo cáo cấp trên", 2)]


def test_group_names_are_unique_and_groups_need_lines(db):
    groups = RecipientGroupService(db)
    groups.save("Các sở", [LineInput("Các sở, ban, ngành")])
    with pytest.raises(ConflictError, match="Đã có nhóm"):
        groups.save("CÁC SỞ", [LineInput("x")])
    with pytest.raises(ValidationError, match="ít nhất một dòng"):
        groups.save("Trống", [LineInput("  ")])
    assert clean_line("– UBND các huyện, thành phố;") == "UBND các huyện, thành phố"


def test_demo_issuing_bodies(demo_db):
    bodies = IssuingBodyService(demo_db).list()
    ubnd = next(b for b in bodies if b.symbol == "UBND")
    assert ubnd.body_lines == ["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN"] and ubnd.notice_symbol == "TB-UBND"
    signature = (ubnd.signing_authority, ubnd.signer_title, ubnd.default_signer)
    assert signature == ("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Trịnh Tiến Duy")
