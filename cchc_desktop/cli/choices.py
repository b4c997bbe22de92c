"""Options whose value is one of a :class:`~cchc_desktop.core.enums.LabelledEnum`: Vietnamese label or English value.

``--status "hoan thanh"``, ``--status "Hoàn thành chậm"`` and ``--status done`` all work: the label is compared
folded (no marks, any case), the stored English value exactly or folded with spaces for underscores.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TypeVar

from ..core.enums import LabelledEnum
from ..core.text import fold

__all__ = ["labelled_choice", "labels_help"]

E = TypeVar("E", bound=LabelledEnum)


def labelled_choice(enum: type[E]) -> Callable[[str], E]:
    """An argparse ``type`` turning a label or value of ``enum`` into the member (Vietnamese error otherwise)."""

    def convert(text: str) -> E:
        wanted = text.strip()
        try:
            return enum.from_label(wanted)
        except KeyError:
            pass
        as_value = fold(wanted).replace(" ", "_").replace("-", "_")
        for member in enum:
            if member.value == as_value:
                return member
        raise argparse.ArgumentTypeError("chọn một trong: " + "; ".join(member.label for member in enum))

    convert.__name__ = enum.__name__
    return convert


def labels_help(what: str, enum: type[LabelledEnum]) -> str:
    """``what`` followed by the labels users may type, e.g. "tình trạng: Chưa thực hiện; …"."""
    labels = "; ".join(member.label for member in enum)
    return f"{what}: {labels} (viết có dấu hoặc không dấu)".replace("%", "%%")  # argparse formats help with %
