"""Lạng Sơn's own catalogue: district units, the media of the time, people and their posts, issuing bodies,
recipient groups and settings."""

from __future__ import annotations

import datetime as dt

from ...store.models import Agency, IssuingBody, Person, Position, RecipientGroup, RecipientLine, Setting
from ..enums import AgencyKind
from .common import DemoContext

DISTRICTS = (
    "UBND thành phố Lạng Sơn", "UBND huyện Tràng Định", "UBND huyện Văn Lãng", "UBND huyện Văn Quan",
    "UBND huyện Bình Gia", "UBND huyện Bắc Sơn", "UBND huyện Hữu Lũng", "UBND huyện Chi Lăng",
    "UBND huyện Cao Lộc", "UBND huyện Lộc Bình", "UBND huyện Đình Lập",
)
DISTRICT_LEVEL_ENDED = dt.date(2025, 7, 1)  # no district level from the reorganisation of 1 July 2025
MEDIA_NOTE = "Hợp nhất thành Báo và Phát thanh, Truyền hình tỉnh."

THIEU, HUYEN, TRUONG, DUY = "Hồ Tiến Thiệu", "Dương Xuân Huyên", "Phạm Hùng Trường", "Trịnh Tiến Duy"

# The notices only show who held which post on 08/6/2022 and 12/4/2024. The dates below are plausible, not
# sourced: the chairman and his standing deputy from the first session of the 2021–2026 People's Council term;
# the change of Chief of Office in mid-2023, with Trường's post ending the day before Duy's begins.
TERM_START = dt.date(2021, 6, 25)
POSTS: dict[str, tuple[str, list[tuple[str, str | None, dt.date, dt.date | None]]]] = {
    THIEU: ("Ủy ban nhân dân tỉnh", [
        ("Chủ tịch UBND tỉnh", "Ủy ban nhân dân tỉnh", TERM_START, None),
        ("Trưởng Ban Chỉ đạo cải cách hành chính tỉnh", None, TERM_START, None),
    ]),
    HUYEN: ("Ủy ban nhân dân tỉnh", [
        ("Phó Chủ tịch Thường trực UBND tỉnh", "Ủy ban nhân dân tỉnh", TERM_START, None),
        ("Phó Trưởng Ban Chỉ đạo cải cách hành chính tỉnh", None, TERM_START, None),
    ]),
    TRUONG: ("Văn phòng UBND tỉnh", [
        ("Chánh Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh", dt.date(2020, 10, 1), dt.date(2023, 6, 30)),
    ]),
    DUY: ("Văn phòng UBND tỉnh", [
        ("Chánh Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh", dt.date(2023, 7, 1), None),
    ]),
}

GROUP_ANALYSIS = "Hội nghị phân tích các chỉ số CCHC"
GROUP_QUARTERLY = "Họp Ban Chỉ đạo CCHC quý"
GROUP_GENERIC = "Lãnh đạo UBND tỉnh và các sở, ngành"
# The groups a clerk uses today, in present-day wording: no district level (nor thị trấn) since 1 July 2025, the
# provincial newspaper and broadcaster merged. Each line as a notice writes it, with the agency it names when it
# names exactly one.
RECIPIENT_GROUPS: dict[str, list[tuple[str, str | None]]] = {
    GROUP_ANALYSIS: [
        ("Thường trực Tỉnh ủy (B/c)", "Thường trực Tỉnh ủy"),
        ("Lãnh đạo HĐND tỉnh", "Hội đồng nhân dân tỉnh"),
        ("UBMT Tổ quốc Việt Nam tỉnh, Hội CCB tỉnh", None),
        ("Chủ tịch, các Phó Chủ tịch UBND tỉnh", None),
        ("Các sở, ban, ngành", None),
        ("UBND các xã, phường", None),
        ("Trung tâm Phục vụ hành chính công tỉnh", "Trung tâm Phục vụ hành chính công tỉnh"),
        ("Báo và Phát thanh, Truyền hình Lạng Sơn", None),
        ("C, PCVP UBND tỉnh, các phòng CV, TH-CB", None),
    ],
    GROUP_QUARTERLY: [
        ("Chủ tịch, các PCT UBND tỉnh", None),
        ("Các Sở, Ban, ngành", None),
        ("UBND các xã, phường", None),
        ("C, PCVP UBND tỉnh, các phòng, đơn vị trực thuộc", None),
    ],
    GROUP_GENERIC: [
        ("Thường trực Tỉnh ủy (B/c)", "Thường trực Tỉnh ủy"),
        ("Chủ tịch, các Phó Chủ tịch UBND tỉnh", None),
        ("Các sở, ban, ngành", None),
        ("C, PCVP UBND tỉnh", None),
    ],
}

# The "Nơi nhận" of the two real notices as they were issued (June 2022 and April 2024, when districts existed):
# the demo's notices keep them word for word, whatever the groups above say today.
RECIPIENTS_2022 = (
    "Thường trực Tỉnh ủy (B/c)", "Lãnh đạo HĐND tỉnh", "UBMT Tổ quốc Việt Nam tỉnh, Hội CCB tỉnh",
    "Chủ tịch, các Phó Chủ tịch UBND tỉnh", "Các sở, ban, ngành", "UBND các huyện, thành phố",
    "Trung tâm Phục vụ hành chính công tỉnh", "Báo Lạng Sơn, Đài Phát thanh và Truyền hình tỉnh",
    "UBND các xã, phường, thị trấn", "C, PCVP UBND tỉnh, các phòng CV, TH-CB",
)
RECIPIENTS_2024 = (
    "Chủ tịch, các PCT UBND tỉnh", "Các Sở, Ban, ngành", "UBND các huyện, thành phố",
    "UBND các xã, phường, thị trấn", "C, PCVP UBND tỉnh, các phòng, đơn vị trực thuộc",
)

SETTINGS = {"own_province": "Lạng Sơn", "drafter_initials": "LTH", "is_demo": "1"}  # is_demo: "Dữ liệu mẫu"


def add_catalogue(ctx: DemoContext) -> None:
    add_agencies(ctx)
    add_people(ctx)
    add_issuing_bodies(ctx)
    add_recipient_groups(ctx)
    ctx.session.add_all(Setting(key=key, value=value) for key, value in SETTINGS.items())


def add_agencies(ctx: DemoContext) -> None:
    districts_active = ctx.today < DISTRICT_LEVEL_ENDED
    district_note = None if districts_active else "Không còn cấp huyện từ 01/7/2025."
    new = [Agency(name=name, kind=AgencyKind.DISTRICT, active=districts_active, notes=district_note)
           for name in DISTRICTS]
    new += [
        Agency(name="Báo Lạng Sơn", kind=AgencyKind.PUBLIC_SERVICE, active=False, notes=MEDIA_NOTE),
        Agency(name="Đài Phát thanh và Truyền hình tỉnh", kind=AgencyKind.PUBLIC_SERVICE, active=False,
               notes=MEDIA_NOTE),
    ]
    ctx.session.add_all(new)
    ctx.session.flush()
    ctx.load_agencies()


def add_people(ctx: DemoContext) -> None:
    for full_name, (agency, posts) in POSTS.items():
        person = Person(full_name=full_name, agency=ctx.agency(agency))
        for order, (title, post_agency, start, end) in enumerate(posts):
            person.positions.append(
                Position(title=title, agency=ctx.agency(post_agency) if post_agency else None,
                         start_date=start, end_date=end, sort_order=order)
            )
        ctx.session.add(person)
        ctx.people[full_name] = person


def add_issuing_bodies(ctx: DemoContext) -> None:
    bodies = [
        IssuingBody(
            name="UBND tỉnh Lạng Sơn", parent_line=None, body_lines="ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN",
            symbol="UBND", place="Lạng Sơn", signing_authority="TL. CHỦ TỊCH", signer_title="CHÁNH VĂN PHÒNG",
            default_signer=ctx.people[DUY], archive_unit="NC", agency=ctx.agency("Ủy ban nhân dân tỉnh"),
        ),
        IssuingBody(
            name="Văn phòng UBND tỉnh", parent_line="UBND TỈNH LẠNG SƠN", body_lines="VĂN PHÒNG", symbol="VP",
            place="Lạng Sơn", signing_authority=None, signer_title="CHÁNH VĂN PHÒNG",
            default_signer=ctx.people[DUY], agency=ctx.agency("Văn phòng UBND tỉnh"),
        ),
    ]
    ctx.session.add_all(bodies)
    ctx.issuing_bodies = {body.name: body for body in bodies}


def add_recipient_groups(ctx: DemoContext) -> None:
    for name, lines in RECIPIENT_GROUPS.items():
        group = RecipientGroup(name=name)
        for position, (text, agency) in enumerate(lines):
            group.lines.append(
                RecipientLine(position=position, text=text, agency=ctx.agency(agency) if agency else None)
            )
        ctx.session.add(group)
        ctx.recipient_groups[name] = group
