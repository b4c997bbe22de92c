"""Errors the user is shown: Vietnamese messages naming the field and the value."""

from __future__ import annotations

from dataclasses import dataclass, field


class CchcError(Exception):
    """Base of every error that carries a message meant for the user (in Vietnamese)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(CchcError):
    """A value a user typed or imported is not acceptable."""

    def __init__(self, field: str, value: object, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.value = value


class NotFoundError(CchcError):
    """A record that was asked for does not exist (any more)."""


class ConflictError(CchcError):
    """The change would break a rule that involves other records (e.g. deleting an agency that has tasks)."""


class DatabaseError(CchcError):
    """The database file cannot be used: not SQLite, damaged, or from a newer version of the program."""


class Cancelled(CchcError):
    """The user pressed "Hủy" while long work ran; raised from its progress callback, so the work's transaction
    rolls back and nothing is changed."""

    def __init__(self, message: str = "Đã hủy.") -> None:
        super().__init__(message)


@dataclass
class RowProblem:
    """One rejected row of an import."""

    row: int
    column: str
    reason: str

    def __str__(self) -> str:
        return f"Dòng {self.row}, cột “{self.column}”: {self.reason}"


@dataclass
class ImportRejected(CchcError):
    """An import that was not applied because some rows are wrong. Nothing was changed."""

    problems: list[RowProblem] = field(default_factory=list)

    def __post_init__(self) -> None:
        count = len(self.problems)
        lines = "\n".join(str(p) for p in self.problems[:50])
        more = f"\n… và {count - 50} lỗi khác." if count > 50 else ""
        super().__init__(f"Không nhập được: {count} lỗi, dữ liệu chưa thay đổi.\n{lines}{more}")
