"""A disk that fills up in the middle of a write, for the tests of atomic exports."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest


class _FillingFile:
    """A binary file that accepts ``room`` bytes (really written), then fails as a full disk does."""

    def __init__(self, file, room: int) -> None:  # type: ignore[no-untyped-def]
        self._file, self._room = file, room

    def write(self, data) -> int:  # type: ignore[no-untyped-def]
        data = bytes(data)
        if len(data) > self._room:
            self._file.write(data[: self._room])
            self._file.flush()
            self._room = 0
            raise OSError(errno.ENOSPC, "No space left on device")
        self._room -= len(data)
        return self._file.write(data)

    def __enter__(self):  # type: ignore[no-untyped-def]
        return self

    def __exit__(self, *exc: object) -> None:
        self._file.close()

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self._file, name)


def fill_disk_after(monkeypatch: pytest.MonkeyPatch, room: int = 200) -> None:
    """From now on every file opened for binary writing (``open``, ``Path.write_bytes``, ``os.fdopen`` and zipfile
    all go through ``io.open``) fails after ``room`` bytes, whichever way the code under test opens it."""
    import builtins
    import io

    def filling(real):  # type: ignore[no-untyped-def]
        def opener(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
            opened = real(file, mode, *args, **kwargs)
            return _FillingFile(opened, room) if "b" in mode and ("w" in mode or "x" in mode) else opened
        return opener

    monkeypatch.setattr(io, "open", filling(io.open))
    monkeypatch.setattr(builtins, "open", filling(builtins.open))


def folder_listing(folder: Path) -> list[str]:
    """Every name in ``folder``, hidden ones included (a leftover ``.x.partial-…`` shows here)."""
    return sorted(os.listdir(folder))
