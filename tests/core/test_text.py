import unicodedata

import pytest

from cchc_desktop.core.text import collation_key, contains_folded, fold, initials, lower_first, nfc, nfc_or_none

NFD = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731


def test_nfc_composes_decomposed_input_and_trims():
    typed = "Sở Nội vụ"
    pasted = "  " + NFD(typed) + "\n"
    assert pasted.strip() != typed  # really decomposed
    assert nfc(pasted) == typed


def test_nfc_or_none_turns_blank_into_none():
    assert nfc_or_none("   ") is None
    assert nfc_or_none(None) is None
    assert nfc_or_none(" Lạng Sơn ") == "Lạng Sơn"


@pytest.mark.parametrize(
    "text, folded",
    [
        ("Sở Nội vụ", "so noi vu"),
        ("ĐÀI PHÁT THANH", "dai phat thanh"),
        ("Ủy ban Mặt trận Tổ quốc", "uy ban mat tran to quoc"),
        ("Đình Lập", "dinh lap"),
        ("Hoà Bình", "hoa binh"),
        ("Hòa  Bình", "hoa binh"),
    ],
)
def test_fold_strips_marks_case_and_d_stroke(text, folded):
    assert fold(text) == folded
    assert fold(NFD(text)) == folded


def test_contains_folded_matches_every_word_in_any_order():
    assert contains_folded("Sở Kế hoạch và Đầu tư", "dau tu ke hoach")
    assert contains_folded("Sở Kế hoạch và Đầu tư", NFD("Kế hoạch"))
    assert not contains_folded("Sở Kế hoạch và Đầu tư", "tai chinh")


def test_collation_follows_the_vietnamese_alphabet():
    words = ["đá", "dê", "ơn", "ôm", "ong", "ăn", "ân", "an", "ư", "u", "bò"]
    assert sorted(words, key=collation_key) == ["an", "ăn", "ân", "bò", "dê", "đá", "ong", "ôm", "ơn", "u", "ư"]


def test_collation_orders_tones_after_letters():
    assert sorted(["má", "mạ", "mà", "ma", "mã", "mả"], key=collation_key) == ["ma", "mà", "mả", "mã", "má", "mạ"]
    # letters decide before tones: "Giáo dục" comes before "Giao thông" because d < t
    assert sorted(["Sở Giao thông vận tải", "Sở Giáo dục và Đào tạo"], key=collation_key)[0] == "Sở Giáo dục và Đào tạo"


def test_collation_unlike_code_point_order():
    names = ["Văn phòng UBND tỉnh", "Ủy ban nhân dân tỉnh", "Viện Nghiên cứu", "Thanh tra tỉnh", "Đài Phát thanh"]
    assert sorted(names) != sorted(names, key=collation_key)
    assert sorted(names, key=collation_key) == [
        "Đài Phát thanh", "Thanh tra tỉnh", "Ủy ban nhân dân tỉnh", "Văn phòng UBND tỉnh", "Viện Nghiên cứu",
    ]


def test_collation_is_the_same_for_nfd_and_compares_numbers_as_numbers():
    assert collation_key(NFD("Lạng Sơn")) == collation_key("Lạng Sơn")
    assert sorted(["Quý 10", "Quý 2", "Quý 1"], key=collation_key) == ["Quý 1", "Quý 2", "Quý 10"]


def test_shorter_word_sorts_first_and_case_is_last_resort():
    assert sorted(["Sở Tài chính", "Sở Tài"], key=collation_key) == ["Sở Tài", "Sở Tài chính"]
    assert sorted(["UBND", "ubnd"], key=collation_key) == ["ubnd", "UBND"]


def test_initials_for_archive_line():
    assert initials("Lê Thu Hà") == "LTH"
    assert initials(NFD("đỗ văn an")) == "ĐVA"


def test_control_characters_pasted_from_word_are_cleaned():
    assert nfc("Dòng một\x0bdòng hai\u2028dòng ba\x07") == "Dòng một\ndòng hai\ndòng ba"


def test_lower_first_keeps_acronyms():
    assert lower_first("Tình hình thực hiện") == "tình hình thực hiện"
    assert lower_first("UBND tỉnh") == "UBND tỉnh"
    assert lower_first("SIPAS năm 2023") == "SIPAS năm 2023"
