"""Printing rows as an aligned table, CSV or JSON; writing output files atomically with Vietnamese errors."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from ..core.atomic_files import write_bytes_atomic
from ..core.os_errors import writing_file

__all__ = ["FORMATS", "print_rows", "write_bytes_atomic", "writing_file"]

FORMATS = ("table", "csv", "json")


def print_rows(headers: Sequence[str], rows: Sequence[Sequence[object]], fmt: str = "table",
               keys: Sequence[str] | None = None, out: TextIO | None = None) -> None:
    """``headers`` label the table and CSV columns; ``keys`` name the JSON fields (default: headers)."""
    out = out or sys.stdout
    cells = [["" if value is None else str(value) for value in row] for row in rows]
    if fmt == "json":
        names = list(keys or headers)
        records = [dict(zip(names, row, strict=True)) for row in rows]
        json.dump(records, out, ensure_ascii=False, indent=2, default=str)
        out.write("\n")
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(headers)
        writer.writerows(cells)
    else:
        widths = [max([len(h)] + [len(row[i]) for row in cells]) for i, h in enumerate(headers)]
        line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()
        out.write(line + "\n" + "  ".join("-" * w for w in widths) + "\n")
        for row in cells:
            out.write("  ".join(value.ljust(w) for value, w in zip(row, widths, strict=True)).rstrip() + "\n")

