import datetime as dt

import pytest

from cchc_desktop.core.body import Block, Run, labels, normalise_runs, plain, plain_text
from cchc_desktop.core.deadlines import Deadline
from cchc_desktop.core.enums import BlockKind as K
from cchc_desktop.core.enums import DeadlineKind, Recurrence
from cchc_desktop.core.errors import ValidationError
from cchc_desktop.core.services.bodies import load_body, save_body
from cchc_desktop.store.models import TextBody


def test_lettered_points_follow_the_vietnamese_alphabet():
    from cchc_desktop.core.body import letter_label

    assert [letter_label(i) for i in range(1, 9)] == ["a)", "b)", "c)", "d)", "đ)", "e)", "g)", "h)"]


def test_control_characters_from_word_become_spaces_in_runs():
    assert normalise_runs([Run("dòng một\x0bdòng hai\x01")]) == [Run("dòng một dòng hai")]


def test_deadline_words_as_notices_write_them():
    from cchc_desktop.core.deadlines import parse_deadline

    assert parse_deadline("trước Quý III/2024").due_date == dt.date(2024, 9, 30)
    assert parse_deadline("trước ngày 30 tháng 6 năm 2022").describe() == "trước ngày 30/6/2022"
    assert parse_deadline("tháng 3/2024").describe() == "trong tháng 3/2024"


def test_labels_number_headings_and_items_together_and_letter_points():
    blocks = [Block(K.PARAGRAPH), Block(K.HEADING), Block(K.NUMBERED), Block(K.LETTERED), Block(K.LETTERED),
              Block(K.BULLET), Block(K.NUMBERED, label="5.")]
    assert labels(blocks) == ["", "1.", "2.", "a)", "b)", "-", "5."]


def test_normalise_runs_merges_same_formatting_and_composes_nfd():
    import unicodedata

    runs = [Run(unicodedata.normalize("NFD", " Sở ")), Run("Nội vụ "), Run("trước ngày 30/6/2022.", bold=True), Run("")]
    assert normalise_runs(runs) == [Run("Sở Nội vụ "), Run("trước ngày 30/6/2022.", bold=True)]


def test_body_round_trips_through_the_store_keeping_block_ids(db):
    blocks = [
        Block(K.HEADING, plain("Phương hướng, nhiệm vụ")),
        Block(K.NUMBERED, plain("Nhiệm vụ"), [
            Block(K.LETTERED, plain("Sở Tài chính"), [
                Block(K.BULLET, [Run("Rà soát "), Run("trong Quý III/2024", bold=True)]),
            ]),
        ]),
    ]
    with db.session() as session:
        body = TextBody()
        session.add(body)
        session.flush()
        save_body(session, body, blocks)
        body_id = body.id
    bullet_id = blocks[1].children[0].children[0].id
    assert bullet_id is not None
    with db.session() as session:
        loaded = load_body(session.get(TextBody, body_id))
    assert plain_text(loaded) == "1. Phương hướng, nhiệm vụ\n2. Nhiệm vụ\na) Sở Tài chính\n- Rà soát trong Quý III/2024"
    assert loaded[1].children[0].children[0].runs[1] == Run("trong Quý III/2024", bold=True)
    # editing keeps the ids of blocks that stay, so tasks stay linked to their item
    loaded[0].runs = plain("Phương hướng")
    del loaded[1].children[0].children[0].runs[1]
    with db.session() as session:
        body = session.get(TextBody, body_id)
        save_body(session, body, loaded)
    with db.session() as session:
        again = load_body(session.get(TextBody, body_id))
    assert again[1].children[0].children[0].id == bullet_id
    assert again[0].text == "Phương hướng"


@pytest.mark.parametrize(
    "deadline, due, words",
    [
        (Deadline(DeadlineKind.BEFORE, date=dt.date(2022, 6, 30)), dt.date(2022, 6, 30), "trước ngày 30/6/2022"),
        (Deadline(DeadlineKind.QUARTER, year=2024, quarter=3), dt.date(2024, 9, 30), "trong Quý III/2024"),
        (Deadline(DeadlineKind.QUARTER, year=2024, quarter=1), dt.date(2024, 3, 31), "trong Quý I/2024"),
        (Deadline(DeadlineKind.MONTH, year=2024, month=2), dt.date(2024, 2, 29), "trong tháng 02/2024"),
        (Deadline(DeadlineKind.RECURRING, recurrence=Recurrence.MONTHLY), None, "Thường xuyên (hằng tháng)"),
        (Deadline(), None, "Không có thời hạn"),
    ],
)
def test_deadline_shapes_and_due_dates(deadline, due, words):
    assert deadline.due_date == due
    assert deadline.describe() == words


def test_quarter_deadline_needs_a_real_quarter():
    with pytest.raises(ValidationError, match="quý"):
        Deadline(DeadlineKind.QUARTER, year=2024, quarter=5)
