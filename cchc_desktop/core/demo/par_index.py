"""PAR INDEX 2020–2021 for the demo: a criteria tree with Lạng Sơn's scores, and a 2021 table to rank scenarios.

From the June 2022 notice: the leaders' survey lost 6,19 of 23,5 points in 2021 and fell 1,47 points from 2020;
people rated the province 8,72/10; with 2020's survey score the index would have been 88,58 points, rank 10/63
(so the real 2021 total was 87,11, rank 23/63); the lead agencies of the limitations. Everything else — the
sub-criteria, their maxima and the other provinces' totals — is ILLUSTRATIVE, made so that the analysis views
have something real-looking to show, and is labelled so in the database.
"""

from __future__ import annotations

import random

from sqlalchemy import select

from ...store.models import Criterion, CriterionScore, IndexDef, Province, Result, ResultSet
from ..criteria import level_of, parent_code
from ..enums import SubjectKind
from ..services.province_matcher import ProvinceMatcher
from .catalogue import SETTINGS
from .common import DemoContext

ILLUSTRATIVE = ("Số liệu minh họa của cơ sở dữ liệu mẫu: chỉ các con số nêu trong Thông báo kết luận tháng 6/2022 "
                "là thật; các tiêu chí thành phần, điểm tối đa và điểm của các tỉnh khác được tạo để minh họa.")
OWN_TOTAL_2021 = 87.11

# code, name, max points, lead agency (None: inherited), Lạng Sơn 2020, Lạng Sơn 2021
TREE: list[tuple[str, str, float, str | None, float | None, float | None]] = [
    ("1", "Công tác chỉ đạo, điều hành cải cách hành chính", 9.0, "Sở Nội vụ", None, None),
    ("1.1", "Kế hoạch cải cách hành chính năm", 3.0, None, 2.5, 2.5),
    ("1.2", "Khắc phục tồn tại, hạn chế phát hiện qua kiểm tra cải cách hành chính", 3.0, None, 2.0, 2.75),
    ("1.3", "Tuyên truyền cải cách hành chính", 3.0, None, 2.5, 3.0),
    ("2", "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật tại tỉnh", 7.0, "Sở Tư pháp", None, None),
    ("2.1", "Ban hành văn bản quy phạm pháp luật theo kế hoạch", 4.0, None, 3.5, 4.0),
    ("2.2", "Kiểm tra, rà soát văn bản quy phạm pháp luật", 3.0, None, 2.5, 3.0),
    ("3", "Cải cách thủ tục hành chính", 10.0, "Văn phòng UBND tỉnh", None, None),
    ("3.1", "Công khai kết quả giải quyết thủ tục hành chính trên Cổng dịch vụ công", 4.0, None, 3.0, 3.5),
    ("3.2", "Giải quyết hồ sơ đúng hạn, không trả chậm cho người dân, tổ chức", 6.0, None, 5.0, 5.5),
    ("4", "Cải cách tổ chức bộ máy hành chính nhà nước", 7.0, "Sở Nội vụ", None, None),
    ("4.1", "Cơ cấu phòng chuyên môn thuộc sở, ngành", 3.5, None, 3.0, 3.0),
    ("4.2", "Thực hiện tinh giản biên chế", 3.5, None, 3.0, 3.5),
    ("5", "Cải cách chế độ công vụ", 9.0, "Sở Nội vụ", None, None),
    ("5.1", "Tuyển dụng, nâng ngạch công chức đúng quy định", 3.0, None, 2.5, 2.5),
    ("5.2", "Hoàn thành kế hoạch đào tạo, bồi dưỡng", 3.0, None, 2.5, 3.0),
    ("5.3", "Kỷ luật, kỷ cương hành chính; chuẩn hóa cán bộ cấp xã", 3.0, None, 2.0, 2.3),
    ("6", "Cải cách tài chính công", 8.0, "Sở Tài chính", None, None),
    ("6.1", "Giải ngân kế hoạch đầu tư vốn ngân sách nhà nước", 3.0, None, 2.2, 2.85),
    ("6.2", "Thực hiện kiến nghị sau thanh tra, kiểm toán", 2.5, None, 2.0, 2.3),
    ("6.3", "Đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên", 2.5, None, 2.0, 2.2),
    ("7", "Xây dựng, phát triển Chính quyền điện tử, Chính quyền số", 9.0, "Sở Thông tin và Truyền thông", None, None),
    ("7.1", "Dịch vụ công trực tuyến mức độ 3, 4 tích hợp trên Cổng Dịch vụ công quốc gia", 4.5, None, 3.5, 4.2),
    ("7.2", "Thủ tục hành chính trực tuyến mức độ 3, 4 có phát sinh hồ sơ", 4.5, None, 3.5, 4.25),
    ("8", "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội", 7.5,
     "Sở Kế hoạch và Đầu tư", None, None),
    ("8.1", "Doanh nghiệp thành lập mới trong năm", 3.5, None, 3.0, 3.0),
    ("8.2", "Hoàn thành chỉ tiêu phát triển kinh tế - xã hội do HĐND tỉnh giao", 4.0, None, 3.2, 3.73),
    ("9", "Khảo sát lãnh đạo, quản lý (điều tra xã hội học)", 23.5, "Sở Nội vụ", 18.78, 17.31),
    ("10", "Chỉ số hài lòng của người dân, tổ chức (SIPAS)", 10.0, "Văn phòng UBND tỉnh", 8.10, 8.72),
]


def add_par_index(ctx: DemoContext) -> None:
    index = ctx.session.scalars(select(IndexDef).where(IndexDef.code == "PAR INDEX")).one()
    criteria = _tree(ctx, index)
    own = SETTINGS["own_province"]
    provinces = list(ctx.session.scalars(select(Province)))
    for year, column in ((2020, 4), (2021, 5)):
        result = _own_result(ctx, index, year, own, provinces)
        for row in TREE:
            if row[column] is not None:
                result.criterion_scores.append(CriterionScore(criterion=criteria[row[0]], score=row[column]))
    _illustrative_2021_table(ctx, index, own, provinces)


def _tree(ctx: DemoContext, index: IndexDef) -> dict[str, Criterion]:
    """The demo tree on every version covering 2020–2021 (the catalogue's 2948 and 1149); returns 2021's nodes."""
    by_version: dict[int, dict[str, Criterion]] = {}
    for version in (v for v in index.versions if v.valid_from_year <= 2021 and (v.valid_to_year or 9999) >= 2020):
        version.legal_basis = f"{version.legal_basis or version.name}. {ILLUSTRATIVE}"
        nodes: dict[str, Criterion] = {}
        for position, (code, name, maximum, agency, _, _) in enumerate(TREE):
            nodes[code] = Criterion(
                version=version, code=code, name=name, max_points=maximum, level=level_of(code), position=position,
                lead_agency=ctx.agency(agency) if agency else None, parent=nodes.get(parent_code(code) or ""),
                is_survey=code in ("9", "10"),
            )
        ctx.session.add_all(nodes.values())
        by_version[version.valid_from_year] = nodes
    return by_version[max(year for year in by_version if year <= 2021)]


def _own_result(ctx: DemoContext, index: IndexDef, year: int, own: str, provinces: list[Province]) -> Result:
    province = ProvinceMatcher(provinces, year).match(own)
    result_set = ctx.session.scalars(select(ResultSet).where(ResultSet.index_id == index.id,
                                                             ResultSet.year == year)).first()
    result = next(r for r in result_set.results if r.province_id == province.id)  # type: ignore[union-attr]
    if year == 2021:
        result.score = OWN_TOTAL_2021
    return result


def _illustrative_2021_table(ctx: DemoContext, index: IndexDef, own: str, provinces: list[Province]) -> None:
    """Other provinces' 2021 totals such that 87,11 ranks 23rd and 88,58 would rank 10th."""
    result_set = ctx.session.scalars(select(ResultSet).where(ResultSet.index_id == index.id,
                                                             ResultSet.year == 2021)).one()
    own_province = ProvinceMatcher(provinces, 2021).match(own)
    others = [p for p in provinces if p.exists_in(2021) and p.id != own_province.id]
    random.Random(2021).shuffle(others)
    scores = ([round(91.4 - 0.3 * i, 2) for i in range(9)] + [round(88.5 - 0.1 * i, 2) for i in range(13)]
              + [round(86.9 - 0.2 * i, 2) for i in range(40)])
    for province, score in zip(others, scores, strict=True):
        result_set.results.append(Result(province=province, score=score, rank_of=63, rank_is_official=False))
    ordered = sorted(result_set.results, key=lambda r: -(r.score or 0))
    for rank, result in enumerate(ordered, start=1):
        result.rank = rank
        result.rank_of = 63
    result_set.partial = False
    result_set.national_average = round(sum(r.score for r in ordered) / len(ordered), 2)  # type: ignore[misc]
    result_set.source = ILLUSTRATIVE
    result_set.subject_kind = SubjectKind.PROVINCE
