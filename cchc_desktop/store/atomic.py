"""All-or-nothing changes of a whole SQLite file: creation, schema upgrade and restore from a backup.

SQLite runs most DDL in transactions, but Alembic's batch mode rebuilds a table in several statements and a
killed process (a power cut on an office PC) can leave ``_alembic_tmp_*`` tables behind. So a file is never
changed in place:

- **creation** builds and fills ``.NAME.<pid>.creating`` beside the target and moves it into place
  (``os.replace``) only when complete;
- **upgrade** takes a consistent snapshot while holding SQLite's write lock (WAL checkpointed and empty), writes
  the backup (named by the file's SHA-256, so the same state is never backed up twice), upgrades a copy
  ``.NAME.<pid>.upgrading``, verifies it (``integrity_check``, foreign keys, schema head) and replaces the
  original only if nobody wrote to it meanwhile; the original's ``-wal``/``-shm`` are gone by then (the last
  connection closed after a truncating checkpoint);
- **restore** keeps a copy of the current file (``…-truoc-khoi-phuc-…``) and then replaces it the same way.

A kill at any moment leaves either the old file or the new one; a leftover work file is removed on the next try.
Files that an older version left half-changed are recognised by :func:`interrupted_reason`.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..core.errors import DatabaseError
from ..core.os_errors import display_path
from . import migrate

BACKUP_FOLDER = "backups"
WORK_KINDS = ("creating", "upgrading", "restoring")


def work_file(path: Path, kind: str) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}.{kind}")


def leftover_work_files(path: Path) -> list[Path]:
    """Work files an interrupted creation, upgrade or restore of ``path`` left beside it."""
    found: list[Path] = []
    for kind in WORK_KINDS:
        found.extend(path.parent.glob(f".{_glob_escape(path.name)}.*.{kind}"))
    return sorted(found)


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def remove_files(path: Path) -> None:
    """``path`` and SQLite's companion files; errors ignored (what matters is reported by the caller)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        except OSError:
            pass


def clear_leftovers(path: Path) -> None:
    for leftover in leftover_work_files(path):
        remove_files(leftover)


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows has no directory handles to flush; NTFS journals the rename itself
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def finalise(path: Path) -> None:
    """Fold the WAL into the file (journal mode DELETE: one self-contained file) and flush it to the disk."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode = DELETE").fetchall()
    finally:
        conn.close()
    _fsync_file(path)


def move_into_place(work: Path, target: Path) -> None:
    """Replace ``target`` by the complete file ``work`` (atomic rename), dropping ``target``'s stale journals."""
    for suffix in ("-wal", "-shm", "-journal"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    os.replace(work, target)
    _fsync_folder(target.parent)


@contextmanager
def quiesced(path: Path) -> Iterator[None]:
    """Hold SQLite's write lock on ``path`` with the WAL checkpointed into the file and empty, so that the main
    file's bytes are the whole committed state and nobody can change them meanwhile."""
    from .db import BUSY_TIMEOUT_S

    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        conn.execute("BEGIN IMMEDIATE")
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            conn.execute("ROLLBACK")
            raise sqlite3.OperationalError("database is locked")
        try:
            yield
        finally:
            conn.execute("ROLLBACK")
    finally:
        conn.close()


# -- backups -------------------------------------------------------------------------------------------------
def backups_folder(path: Path) -> Path:
    return path.parent / BACKUP_FOLDER


def snapshot_backup(path: Path, label: str, digest: str) -> Path:
    """A byte copy of the quiesced ``path`` in the backups folder, named by its content hash: the same state is
    written once (an existing backup with that hash is reused after checking its content)."""
    folder = backups_folder(path)
    folder.mkdir(parents=True, exist_ok=True)
    destination = folder / f"{path.stem}-{label}-{digest[:12]}.db"
    if destination.exists() and file_hash(destination) == digest:
        return destination
    _copy_into_place(path, destination, digest)
    return destination


def _copy_into_place(source: Path, destination: Path, digest: str | None = None) -> None:
    """Copy ``source`` to a ``.partial`` file beside ``destination`` (checked against ``digest`` when given),
    flush it to disk and rename it over ``destination``; nothing is left behind on failure."""
    partial = destination.with_name(f".{destination.name}.partial")
    try:
        shutil.copyfile(source, partial)
        if digest is not None and file_hash(partial) != digest:
            raise DatabaseError(f"Bản sao lưu “{display_path(destination)}” không khớp với tệp gốc; hãy thử lại.")
        _fsync_file(partial)
        os.replace(partial, destination)
    finally:
        partial.unlink(missing_ok=True)


def latest_backup(path: Path) -> Path | None:
    folder = backups_folder(path)
    if not folder.is_dir():
        return None
    candidates = [p for p in folder.glob(f"{_glob_escape(path.stem)}-*.db") if p.is_file()]
    return max(candidates, key=lambda p: p.stat().st_mtime_ns, default=None)


# -- interrupted attempts ------------------------------------------------------------------------------------
class InterruptedChangeError(DatabaseError):
    """The file was left half-changed by an interrupted upgrade or creation; ``backup`` is the one to restore."""

    def __init__(self, message: str, path: Path, backup: Path | None) -> None:
        super().__init__(message)
        self.path = path
        self.backup = backup


def check_interrupted(path: Path, tables: tuple[str, ...], revision: str | None) -> None:
    """Raise :class:`InterruptedChangeError` for a file an interrupted change left half-done."""
    reason = interrupted_reason(path, tables, revision)
    if reason:
        raise InterruptedChangeError(reason, path, latest_backup(path))


def interrupted_reason(path: Path, tables: tuple[str, ...], revision: str | None) -> str | None:
    """A Vietnamese explanation when ``path`` was left half-changed by an interrupted upgrade or creation (of an
    earlier version, which changed files in place), naming the backup to restore; None for a sound file."""
    from .models import Base

    ours = set(Base.metadata.tables) | {"alembic_version"}
    half_upgraded = any(name.startswith("_alembic_tmp_") for name in tables)
    half_created = revision is None and bool(tables) and set(tables) <= ours
    if not (half_upgraded or half_created):
        return None
    what = "nâng cấp" if half_upgraded else "tạo"
    backup = latest_backup(path)
    if half_created and backup is None:
        return (f"Lần tạo tệp “{display_path(path)}” trước đây đã bị ngắt giữa chừng (ví dụ mất điện), tệp chưa có "
                "dữ liệu nào của bạn. Chương trình không sửa gì vào tệp; hãy xóa tệp này rồi mở lại để tạo mới.")
    if backup is None:
        step = (f"Không thấy bản sao lưu nào trong thư mục “{display_path(backups_folder(path))}”; hãy khôi phục bản "
                "sao lưu gần nhất bạn có: cchc db restore BẢN_SAO_LƯU --db "
                f"\"{display_path(path)}\", hoặc trong cửa sổ: Tệp → Khôi phục từ bản sao lưu…")
    else:
        step = (f"Hãy khôi phục bản sao lưu “{display_path(backup)}” bằng lệnh: "
                f"cchc db restore \"{display_path(backup)}\" --db \"{display_path(path)}\", "
                "hoặc trong cửa sổ: Tệp → Khôi phục từ bản sao lưu…")
    return (f"Lần {what} cơ sở dữ liệu “{display_path(path)}” trước đây đã bị ngắt giữa chừng (ví dụ mất điện), "
            f"nên tệp còn dở dang và không mở được; chương trình không sửa gì vào tệp. {step}")


# -- upgrade -------------------------------------------------------------------------------------------------
def upgrade_file(path: Path, current: str) -> Path:
    """Upgrade the file ``path`` from revision ``current`` to the head all at once; returns the backup made (or
    reused) first. On any failure the original is exactly as before and the work copy is removed."""
    clear_leftovers(path)
    work = work_file(path, "upgrading")
    try:
        with quiesced(path):
            digest = file_hash(path)
            backup = snapshot_backup(path, f"truoc-nang-cap-{current}", digest)
            shutil.copyfile(path, work)
            shutil.copymode(path, work)
        _upgrade_copy(work)
        verify(work)
        finalise(work)
        with quiesced(path):
            if file_hash(path) != digest:
                raise DatabaseError(f"Có người vừa ghi vào cơ sở dữ liệu “{display_path(path)}” trong lúc nâng cấp; "
                                    "tệp chưa thay đổi. Hãy đóng CCHC Desktop trên các máy khác rồi thử lại.")
        move_into_place(work, path)
    except BaseException:
        remove_files(work)
        raise
    return backup


def _upgrade_copy(work: Path) -> None:
    from .db import make_engine

    engine = make_engine(f"sqlite:///{work}")
    try:
        migrate.upgrade(engine, None)
    finally:
        engine.dispose()


def verify(path: Path) -> None:
    """Refuse (DatabaseError) a file that fails ``integrity_check``, has broken links or is not at the head."""
    conn = sqlite3.connect(path)
    try:
        check = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        leftovers = conn.execute("SELECT count(*) FROM sqlite_master WHERE name LIKE '\\_alembic\\_tmp\\_%' "
                                 "ESCAPE '\\'").fetchone()[0]
    finally:
        conn.close()
    if check != ["ok"] or broken or leftovers or not revision or revision[0] != migrate.head_revision():
        raise DatabaseError("Bản nâng cấp không vượt qua kiểm tra toàn vẹn nên không được dùng; tệp gốc chưa thay "
                            "đổi. Hãy báo cho người quản trị.")


# -- restore -------------------------------------------------------------------------------------------------
def restore_file(backup: Path, target: Path) -> Path | None:
    """Replace ``target`` by a copy of ``backup`` after checking the backup; returns the copy of ``target``'s
    previous content kept in the backups folder (None when there was no target). The caller closes every
    connection to ``target`` first (Windows cannot replace an open file)."""
    from .db import inspect_sqlite_file

    backup, target = Path(backup), Path(target)
    if not backup.is_file():
        raise DatabaseError(f"Không có tệp sao lưu “{display_path(backup)}”.")
    if target.exists() and os.path.samefile(backup, target):
        raise DatabaseError("Tệp sao lưu phải khác tệp cơ sở dữ liệu cần khôi phục.")
    companions = [backup.with_name(backup.name + suffix) for suffix in ("-wal", "-shm")]
    present = [path.exists() for path in companions]
    state = inspect_sqlite_file(backup, full=True)
    for path, was_there in zip(companions, present, strict=True):
        # reading a WAL-mode file leaves an empty -wal/-shm beside it: the backup folder stays as it was
        if not was_there and path.exists() and (path.name.endswith("-shm") or path.stat().st_size == 0):
            path.unlink(missing_ok=True)
    if state.integrity or state.broken_links or state.revision is None \
            or any(name.startswith("_alembic_tmp_") for name in state.tables):
        raise DatabaseError(f"Tệp sao lưu “{display_path(backup)}” không dùng được (không qua kiểm tra toàn vẹn hoặc "
                            "không phải cơ sở dữ liệu CCHC Desktop); hãy chọn bản sao lưu khác. Dữ liệu chưa thay đổi.")
    if state.revision != migrate.head_revision() and state.revision not in migrate.known_revisions():
        raise DatabaseError(migrate.newer_message(state.revision))
    clear_leftovers(target)
    kept = _keep_current(target) if target.exists() and target.stat().st_size > 0 else None
    work = work_file(target, "restoring")
    try:
        shutil.copyfile(backup, work)
        _fsync_file(work)
        move_into_place(work, target)
    except BaseException:
        remove_files(work)
        raise
    return kept


def _keep_current(target: Path) -> Path:
    """A byte copy of ``target`` (and of its -wal, which may hold its last commits) before it is replaced."""
    wal = target.with_name(target.name + "-wal")
    digest = hashlib.sha256(bytes.fromhex(file_hash(target)))
    if wal.exists() and wal.stat().st_size:
        digest.update(bytes.fromhex(file_hash(wal)))
    folder = backups_folder(target)
    folder.mkdir(parents=True, exist_ok=True)
    kept = folder / f"{target.stem}-truoc-khoi-phuc-{digest.hexdigest()[:12]}.db"
    if not kept.exists():
        if wal.exists() and wal.stat().st_size:
            shutil.copyfile(wal, kept.with_name(kept.name + "-wal"))
        _copy_into_place(target, kept)
    return kept
