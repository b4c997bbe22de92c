"""argparse errors of the ``cchc`` command read in Vietnamese."""

from __future__ import annotations

import argparse

import pytest

from cchc_desktop.cli import build_parser
from cchc_desktop.cli.parser import VietnameseArgumentParser, translate_message


def error_of(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args(list(argv))
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("Cách dùng: cchc")
    return err.splitlines()[-1]


def test_unknown_command_lists_the_commands(capsys):
    line = error_of(capsys, "xyz")
    assert line.startswith("Lỗi: giá trị “xyz” không hợp lệ cho LỆNH; chọn một trong: db, demo, agencies")
    assert "settings" in line


def test_missing_required_options(capsys):
    assert error_of(capsys, "results", "show") == "Lỗi: thiếu tham số bắt buộc: --index, --year"
    assert error_of(capsys, "tasks") == "Lỗi: thiếu tham số bắt buộc: LỆNH"


def test_unrecognized_arguments(capsys):
    assert error_of(capsys, "agencies", "list", "--bogus", "x") == "Lỗi: không hiểu tham số: --bogus x"


def test_option_without_its_value(capsys):
    assert error_of(capsys, "tasks", "list", "--agency") == "Lỗi: tham số --agency cần một giá trị"


def test_bad_number_and_bad_choice(capsys):
    assert error_of(capsys, "results", "show", "--index", "PCI", "--year", "hai nghìn") == \
        "Lỗi: giá trị “hai nghìn” của --year phải là một số nguyên"
    assert error_of(capsys, "agencies", "list", "--format", "xml") == \
        "Lỗi: giá trị “xml” không hợp lệ cho --format; chọn một trong: table, csv, json"


def test_labelled_option_refusal_lists_the_vietnamese_labels(capsys):
    assert error_of(capsys, "tasks", "list", "--status", "xong") == (
        "Lỗi: giá trị “xong” không hợp lệ cho --status; "
        "chọn một trong: Chưa thực hiện; Đang thực hiện; Hoàn thành; Hoàn thành chậm"
    )


def test_no_english_in_help(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["tasks", "list", "--help"])
    out = capsys.readouterr().out
    assert "tùy chọn:" in out and "options:" not in out and "usage" not in out
    assert "Hoàn thành chậm" in out and "TÌNH_TRẠNG" in out


@pytest.mark.parametrize(("english", "vietnamese"), [
    ("argument --x: expected at least one argument", "tham số --x cần ít nhất một giá trị"),
    ("argument --x: expected at most one argument", "tham số --x nhận nhiều nhất một giá trị"),
    ("argument --x: expected 2 arguments", "tham số --x cần 2 giá trị"),
    ("argument --x: not allowed with argument --y", "không dùng --x cùng với --y"),
    ("argument --x: ignored explicit argument 'a'", "tham số --x không nhận giá trị “a”"),
    ("argument --n: invalid float value: 'z'", "giá trị “z” của --n phải là một số"),
    ("argument K: invalid choice: 'q' (choose from 'a', 'b')", "giá trị “q” không hợp lệ cho K; chọn một trong: a, b"),
    ("one of the arguments --a --b is required", "cần một trong các tham số: --a --b"),
    ("ambiguous option: --fo could match --foo, --for", "tùy chọn “--fo” chưa rõ, có thể là: --foo, --for"),
    ("something new in Python 3.99", "something new in Python 3.99"),
])
def test_translate_message_templates(english, vietnamese):
    assert translate_message(english) == vietnamese


def test_mutually_exclusive_and_float(capsys):
    parser = VietnameseArgumentParser(prog="thu")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--a", action="store_true")
    group.add_argument("--b", type=float)
    for argv, expected in (
        ([], "Lỗi: cần một trong các tham số: --a --b"),
        (["--a", "--b", "1"], "Lỗi: không dùng --b cùng với --a"),
        (["--b", "một"], "Lỗi: giá trị “một” của --b phải là một số"),
    ):
        with pytest.raises(SystemExit):
            parser.parse_args(argv)
        assert capsys.readouterr().err.splitlines()[-1] == expected


def test_type_error_message_from_an_argument_type_error(capsys):
    def even(text: str) -> int:
        if int(text) % 2:
            raise argparse.ArgumentTypeError("cần số chẵn")
        return int(text)

    parser = VietnameseArgumentParser(prog="thu")
    parser.add_argument("--n", type=even)
    assert parser.parse_args(["--n", "4"]).n == 4
    with pytest.raises(SystemExit):
        parser.parse_args(["--n", "3"])
    assert capsys.readouterr().err.splitlines()[-1] == "Lỗi: giá trị “3” không hợp lệ cho --n; cần số chẵn"
