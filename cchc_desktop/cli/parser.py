"""argparse speaking Vietnamese: headings, help flag, usage prefix and every error message.

Why not translate through gettext: argparse builds its messages with ``argparse._``, a module-global alias of
``gettext.gettext``. Replacing it (or installing a catalogue for it) would change the messages of every parser in
the process — pytest's, a library's — and depends on private names that move between Python releases. Instead
:class:`VietnameseArgumentParser` keeps the change inside the subclass:

* the messages that name a value are written here from the start: :meth:`~VietnameseArgumentParser._check_value`
  (a value outside ``choices``, including an unknown sub-command) and
  :meth:`~VietnameseArgumentParser._get_value` (a value the ``type`` function refused: ``int``, ``float`` or a
  function of ours raising :class:`argparse.ArgumentTypeError` with a Vietnamese reason) raise
  :class:`VietnameseArgumentError`, whose text is printed as it is;
* the few fixed English sentences argparse still produces itself (missing required arguments, unrecognised
  arguments, an option without its value, ambiguous or conflicting options) are matched in :meth:`error` by
  :func:`translate_message` against the English templates and rewritten; a sentence no template matches (a
  future Python release) is shown unchanged rather than lost.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from typing import NoReturn, TypeAlias

__all__ = ["VietnameseArgumentParser", "VietnameseArgumentError", "translate_message", "action_name"]

_TYPE_NAMES = {"int": "một số nguyên", "float": "một số"}


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        super().add_usage(usage, actions, groups, "Cách dùng: " if prefix is None else prefix)


class VietnameseArgumentError(argparse.ArgumentError):
    """An argument error whose message is already a complete Vietnamese sentence (no "argument X:" prefix)."""

    def __str__(self) -> str:
        return self.message


def action_name(action: argparse.Action | None) -> str:
    """How the user wrote (or should write) the argument: ``--status``, ``-o/--out``, ``LỆNH``."""
    if action is None:
        return ""
    if action.option_strings:
        return "/".join(action.option_strings)
    if action.metavar not in (None, argparse.SUPPRESS):
        metavar = action.metavar
        return "/".join(metavar) if isinstance(metavar, tuple) else str(metavar)
    return str(action.dest)


def _expected(count: str) -> Callable[[re.Match[str], str], str]:
    return lambda m, name: f"tham số {name} cần {count}"


# Messages that come with "argument NAME: " in front; each rewrites the part after the prefix.
_ARGUMENT_MESSAGES: list[tuple[re.Pattern[str], Callable[[re.Match[str], str], str]]] = [
    (re.compile(r"expected one argument"), _expected("một giá trị")),
    (re.compile(r"expected at most one argument"), lambda m, name: f"tham số {name} nhận nhiều nhất một giá trị"),
    (re.compile(r"expected at least one argument"), _expected("ít nhất một giá trị")),
    (re.compile(r"expected (?P<n>\d+) arguments?"), lambda m, name: f"tham số {name} cần {m['n']} giá trị"),
    (re.compile(r"not allowed with argument (?P<other>.+)"),
     lambda m, name: f"không dùng {name} cùng với {m['other']}"),
    (re.compile(r"ignored explicit argument (?P<value>.+)"),
     lambda m, name: f"tham số {name} không nhận giá trị {_quoted(m['value'])}"),
    (re.compile(r"invalid (?P<type>\w+) value: (?P<value>.+)"),
     lambda m, name: f"giá trị {_quoted(m['value'])} của {name} phải là {_TYPE_NAMES.get(m['type'], m['type'])}"),
    (re.compile(r"invalid choice: (?P<value>.+?) \(choose from (?P<choices>.+)\)"),
     lambda m, name: f"giá trị {_quoted(m['value'])} không hợp lệ cho {name}; chọn một trong: "
                     f"{_unquote_list(m['choices'])}"),
]

# Whole messages (no argument prefix).
_MESSAGES: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"the following arguments are required: (?P<names>.+)"),
     lambda m: f"thiếu tham số bắt buộc: {m['names']}"),
    (re.compile(r"one of the arguments (?P<names>.+) is required"),
     lambda m: f"cần một trong các tham số: {m['names']}"),
    (re.compile(r"unrecognized arguments: (?P<args>.+)"), lambda m: f"không hiểu tham số: {m['args']}"),
    (re.compile(r"ambiguous option: (?P<option>\S+) could match (?P<matches>.+)"),
     lambda m: f"tùy chọn “{m['option']}” chưa rõ, có thể là: {m['matches']}"),
    (re.compile(r"unexpected option string: (?P<option>.+)"), lambda m: f"tùy chọn không đúng chỗ: {m['option']}"),
    (re.compile(r"unknown parser (?P<value>.+?) \(choices: (?P<choices>.+)\)"),
     lambda m: f"không có lệnh {_quoted(m['value'])}; chọn một trong: {_unquote_list(m['choices'])}"),
]

_PREFIX_RE = re.compile(r"argument (?P<name>.+?): (?P<rest>.+)", re.DOTALL)


def _quoted(value: str) -> str:
    """``'x'`` (a repr) or ``x`` as “x”."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
    return f"“{value}”"


def _unquote_list(choices: str) -> str:
    return ", ".join(_quoted(item)[1:-1] for item in choices.split(", "))


def translate_message(message: str) -> str:
    """The Vietnamese form of an argparse error message; messages no template knows are returned unchanged."""
    for pattern, whole in _MESSAGES:
        match = pattern.fullmatch(message)
        if match:
            return whole(match)
    prefixed = _PREFIX_RE.fullmatch(message)
    if prefixed:
        name, rest = prefixed["name"], prefixed["rest"]
        for pattern, translate in _ARGUMENT_MESSAGES:
            match = pattern.fullmatch(rest)
            if match:
                return translate(match, name)
        return f"{name}: {rest}"
    return message


class VietnameseArgumentParser(argparse.ArgumentParser):
    """argparse with Vietnamese headings, help flag and error messages (see the module's documentation)."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        add_help = kwargs.pop("add_help", True)
        parents = kwargs.pop("parents", [])
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "lệnh"
        self._optionals.title = "tùy chọn"
        for parent in parents:
            self._add_container_actions(parent)
            if parent._defaults:
                self._defaults.update(parent._defaults)
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help="hiện hướng dẫn này")

    def _check_value(self, action: argparse.Action, value: object) -> None:
        if action.choices is not None and value not in action.choices:
            choices = ", ".join(str(choice) for choice in action.choices)
            raise VietnameseArgumentError(
                action, f"giá trị “{value}” không hợp lệ cho {action_name(action)}; chọn một trong: {choices}"
            )

    def _get_value(self, action: argparse.Action, arg_string: str) -> object:
        type_func = self._registry_get("type", action.type, action.type)
        if not callable(type_func):
            return super()._get_value(action, arg_string)  # argparse's own message for a programming error
        try:
            return type_func(arg_string)
        except argparse.ArgumentTypeError as err:
            raise VietnameseArgumentError(
                action, f"giá trị “{arg_string}” không hợp lệ cho {action_name(action)}; {err}"
            ) from None
        except (TypeError, ValueError):
            type_name = getattr(type_func, "__name__", "")
            expected = _TYPE_NAMES.get(type_name)
            text = (f"giá trị “{arg_string}” của {action_name(action)} phải là {expected}" if expected
                    else f"giá trị “{arg_string}” không hợp lệ cho {action_name(action)}")
            raise VietnameseArgumentError(action, text) from None

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"Lỗi: {translate_message(message)}\n")


#: What each command module's ``register(sub, common)`` receives to add its subcommands.
Subcommands: TypeAlias = "argparse._SubParsersAction[VietnameseArgumentParser]"
