"""The index catalogue: listing with scales and stored years, editing the scale safely, facts of a year's table."""

from __future__ import annotations

import pytest

from cchc_desktop.core.errors import ValidationError
from cchc_desktop.core.services.criteria import CriteriaService
from cchc_desktop.core.services.index_catalogue import SCALE_MAX, SCALE_MIN, IndexCatalogueService, IndexEdit
from cchc_desktop.store.db import Database


def test_catalogue_lists_every_index_with_its_scale(db: Database) -> None:
    infos = IndexCatalogueService(db).list()
    assert [i.code for i in infos] == ["PAR INDEX", "SIPAS", "PAPI", "PCI", "DTI", "766"]
    papi = infos[2]
    assert (papi.scale_label, papi.publisher, papi.grouping_label) == (
        "0–80 điểm", "CECODES, UNDP và các đối tác", "4 nhóm theo tứ phân vị")
    assert infos[0].scale_label == "0–100 %" and infos[0].version_count == 3
    assert infos[4].scale_label == "0–1"
    assert papi.years == () and papi.years_label == "chưa có"


def test_years_and_table_facts_on_the_demo(demo_db: Database) -> None:
    catalogue = IndexCatalogueService(demo_db)
    papi = catalogue.get("papi")
    assert papi.years == tuple(range(2017, 2025)) and papi.years_label == "2017–2024 (8 năm)"
    assert catalogue.get("PCI").years_label == "2020, 2021"
    info = catalogue.table_info("PAPI", 2021)
    assert info is not None
    assert (info.subject_count, info.with_data, info.universe, info.partial) == (60, 60, 63, True)
    assert info.coverage == "Bảng chưa đủ: 60/63 tỉnh có số liệu"
    assert "Thiếu số liệu: Quảng Ninh, Bắc Giang, Bắc Ninh" in info.notes
    full = catalogue.table_info("PAR INDEX", 2021)
    assert full is not None and not full.partial and full.coverage == ""
    assert catalogue.table_info("PAPI", 2030) is None


def test_scale_edit_keeps_stored_scores_inside(demo_db: Database) -> None:
    catalogue = IndexCatalogueService(demo_db)
    with pytest.raises(ValidationError) as error:
        catalogue.update("PAPI", IndexEdit(0, 40, "điểm"))
    assert error.value.field == SCALE_MAX
    assert str(error.value) == "Đã lưu điểm 48,81, cao hơn điểm cao nhất mới (40)."
    with pytest.raises(ValidationError) as error:
        catalogue.update("PAPI", IndexEdit(35, 80, "điểm"))
    assert error.value.field == SCALE_MIN
    with pytest.raises(ValidationError, match="phải lớn hơn điểm thấp nhất"):
        catalogue.update("PAPI", IndexEdit(80, 80))
    assert catalogue.get("PAPI").scale_label == "0–80 điểm"

    catalogue.update("PAPI", IndexEdit(0, 80, " điểm ", "  Ghi chú mới\u0300 "))
    info = catalogue.get("PAPI")
    assert (info.unit, info.notes) == ("điểm", "Ghi chú mới\u0300".replace("i\u0300", "ì"))


def test_scored_nodes_are_reported_by_year(demo_db: Database) -> None:
    criteria = CriteriaService(demo_db)
    version = criteria.version_for_year("PAR INDEX", 2021)
    assert version is not None
    scored = IndexCatalogueService(demo_db).scored_years(version.id)
    by_code = {node.code: node.id for root in criteria.tree(version.id) for node in root.walk()}
    assert scored[by_code["1.1"]] == (2020, 2021)  # the demo keeps both years' scores on this tree
    assert by_code["1"] not in scored  # fields carry no score of their own in the demo
    empty = criteria.version_for_year("PAR INDEX", 2023)
    assert empty is not None and IndexCatalogueService(demo_db).scored_years(empty.id) == {}
