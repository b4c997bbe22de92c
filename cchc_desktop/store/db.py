"""Opening a database: URL resolution, SQLite pragmas, safety checks, migrations with a backup first.

A path or ``sqlite:///`` URL is the embedded default; a ``postgresql+psycopg://`` URL opens a shared provincial
server (the driver must be installed separately).
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from .. import APP_NAME
from ..core.errors import ConflictError, DatabaseError
from ..core.os_errors import display_path, os_error_reason
from . import (
    atomic,
    events,  # noqa: F401  (registers the search-column listeners)
    migrate,
    sqlite_errors,
)

SQLITE_HEADER = b"SQLite format 3\x00"
ENV_VAR = "CCHC_DB"
BUSY_TIMEOUT_S = 5.0  # how long to wait for another writer before telling the user the file is locked


def default_database_path() -> Path:
    """The per-user database: ``<user data dir>/cchc.db`` (platformdirs)."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False, ensure_exists=True) / "cchc.db"


def resolve_url(value: str | os.PathLike[str] | None) -> str:
    """Turn ``--db`` (a path or a URL), else ``$CCHC_DB``, else the per-user default into a SQLAlchemy URL."""
    raw = os.fspath(value) if value else os.environ.get(ENV_VAR) or str(default_database_path())
    if "://" in raw:
        return raw
    return f"sqlite:///{Path(raw).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for memory or other servers."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


@dataclass(frozen=True)
class FileState:
    """What a read-only look at a SQLite file found."""

    revision: str | None  # our schema revision, None when the file has no CCHC schema
    tables: tuple[str, ...]  # user tables (not sqlite_*)
    integrity: tuple[str, ...] = ()  # PRAGMA integrity_check lines other than "ok" (full check only)
    broken_links: int = 0  # PRAGMA foreign_key_check rows (full check only)


def inspect_sqlite_file(path: Path, *, full: bool = False) -> FileState:
    """Read a SQLite file without writing anything to it (no WAL switch, no journal): header, quick or full
    integrity check, tables and schema revision. Raises DatabaseError for a file that is not SQLite or is
    damaged."""
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(sqlite_errors.explain(exc, path)) from None
    if header != SQLITE_HEADER:
        raise DatabaseError(f"Tệp “{path}” không phải là cơ sở dữ liệu SQLite của CCHC Desktop.")
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
        try:
            check = [row[0] for row in conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check")]
            tables = tuple(row[0] for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"))
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            broken = len(conn.execute("PRAGMA foreign_key_check").fetchall()) if full else 0
        finally:
            conn.close()
    except sqlite3.Error as exc:
        # Damage only when SQLite says so: a good file on a read-only medium or a locked one is named as such.
        raise DatabaseError(sqlite_errors.explain(exc, path)) from None
    problems = tuple(line for line in check if line != "ok")
    if problems and not full:
        raise DatabaseError(sqlite_errors.message(sqlite_errors.Failure.DAMAGED, path))
    return FileState(revision, tables, problems, broken)


def check_sqlite_file(path: Path) -> FileState | None:
    """Refuse, without writing anything to it, a file that is not a usable CCHC database: not SQLite, damaged,
    another program's SQLite database, or one made by a newer CCHC Desktop. None for a new (empty) file."""
    if not path.exists():
        if not path.parent.exists():
            raise DatabaseError(f"Thư mục “{path.parent}” không tồn tại.")
        return None
    if path.is_dir():
        raise DatabaseError(f"“{path}” là một thư mục, không phải tệp cơ sở dữ liệu.")
    if path.stat().st_size == 0:
        return None
    state = inspect_sqlite_file(path)
    atomic.check_interrupted(path, state.tables, state.revision)
    if state.revision is None and state.tables:
        raise DatabaseError(f"Tệp “{path}” là cơ sở dữ liệu SQLite của chương trình khác, không phải của "
                            "CCHC Desktop; chương trình không mở để tránh làm hỏng tệp.")
    if state.revision not in (None, migrate.head_revision()) and state.revision not in migrate.known_revisions():
        raise DatabaseError(migrate.newer_message(state.revision))
    return state


def _sqlite_pragmas(engine: Engine, *, wal: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        if wal:
            cursor.execute("PRAGMA journal_mode = WAL")
            # FULL: a commit is on the disk before it is reported (NORMAL may lose the last ones on power loss);
            # benchmarks/bench_commit.py measures the cost.
            cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()


def make_engine(url: str) -> Engine:
    """An engine with foreign keys enforced on every SQLite connection, WAL on local files."""
    path = sqlite_path(url)
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"check_same_thread": False})
        _sqlite_pragmas(engine, wal=path is not None)
        return engine
    return create_engine(url, pool_pre_ping=True)


@dataclass
class Database:
    """An open database: the engine, a session factory and where it lives."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    last_backup: Path | None = None

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def display_name(self) -> str:
        path = self.path
        return str(path) if path else make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def session(self, *, immediate: bool = False) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error.

        ``immediate=True`` takes the database's write lock before anything is read (see :func:`begin_write`), so
        a check-then-write (an import's duplicate check and its inserts) cannot interleave with another one.

        Database errors that reach this far become Vietnamese messages: a broken link or duplicate becomes a
        :class:`ConflictError`, a file locked by another user or an unreachable server a :class:`DatabaseError`.
        """
        session = self.sessions()
        try:
            if immediate:
                begin_write(session)
            yield session
            session.commit()
        except IntegrityError as exc:
            session.rollback()
            detail = sqlite_errors.constraint_detail(exc)
            raise ConflictError("Thay đổi trùng hoặc mâu thuẫn với dữ liệu đã có (có thể người khác vừa sửa cùng "
                                f"lúc); dữ liệu chưa thay đổi. Chi tiết: {detail}.") from exc
        except OperationalError as exc:
            session.rollback()
            raise DatabaseError(_operational_message(exc, self.path)) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def is_empty(self) -> bool:
        """True when the database holds no user data yet (no meetings, tasks, notices or results)."""
        from sqlalchemy import select

        from .models import Meeting, Notice, Result, Task

        with self.sessions() as session:  # the tables, not the classes: no mapper configuration (see app.py)
            return all(session.scalar(select(model.__table__.c.id).limit(1)) is None
                       for model in (Meeting, Task, Notice, Result))

    def dispose(self) -> None:
        self.engine.dispose()


def prepare_orm() -> None:
    """Configure every ORM mapper now (about 0,1 s, otherwise paid by the first ORM query). The queries the
    window's first page makes read the tables directly, so the application calls this after that page has
    painted."""
    from sqlalchemy.orm import configure_mappers

    configure_mappers()


WRITE_LOCK_KEY = 0x43434843  # "CCHC": the PostgreSQL advisory lock that serialises check-then-write sessions


def begin_write(session: Session) -> None:
    """Start ``session``'s transaction holding the write lock, waiting (SQLite: ``busy_timeout``) for a writer
    that holds it. SQLite: ``BEGIN IMMEDIATE`` (the driver would otherwise begin lazily at the first write, after
    the reads a duplicate check relies on); PostgreSQL: a transaction-scoped advisory lock, released at commit or
    rollback. Must be the session's first statement."""
    connection = session.connection()
    backend = connection.dialect.name
    if backend == "sqlite":
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    elif backend == "postgresql":
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")


def _operational_message(exc: OperationalError, path: Path | None = None) -> str:
    """Read-only medium, full disk, locked file, damage… each with its own Vietnamese message (no SQLite text)."""
    kind = sqlite_errors.classify(exc, path)
    if kind is sqlite_errors.Failure.LOCKED:
        return "Cơ sở dữ liệu đang bận vì người khác đang ghi; hãy thử lại sau giây lát. Dữ liệu chưa thay đổi."
    return sqlite_errors.message(kind, path)


def open_database(target: str | os.PathLike[str] | None = None, *, upgrade: bool = True, seed: bool = True) -> Database:
    """Open (creating if needed) the database at ``target`` and bring its schema up to date.

    A local file is checked before anything is written to it; when a migration is pending on a file that holds
    data, the file is backed up first. On an empty database the reference data is loaded when ``seed``.
    """
    url = resolve_url(target)
    path = sqlite_path(url)
    backup = None
    if path is not None:
        state = check_sqlite_file(path)
        try:
            if state is None and upgrade:
                create_database(path)  # built beside the target, moved into place only when complete
            elif upgrade and state is not None and state.revision not in (None, migrate.head_revision()):
                backup = atomic.upgrade_file(path, state.revision)  # upgrade a copy, verify, replace
        except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
            raise DatabaseError(_change_failed_message(exc, path, upgrading=state is not None)) from None
    engine = make_engine(url)
    db = Database(url=url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False), last_backup=backup)
    try:
        if upgrade:
            db.last_backup = migrate.upgrade(engine, path) or backup
        elif migrate.current_revision(engine) != migrate.head_revision():
            raise DatabaseError(
                "Cơ sở dữ liệu chưa được nâng cấp lên phiên bản mới nhất. Hãy chạy: cchc db upgrade"
            )
        if seed and upgrade:
            from .reference import load_reference_data

            with db.session() as session:
                load_reference_data(session)
    except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
        engine.dispose()
        raise DatabaseError(sqlite_errors.explain(exc, path)) from exc
    except BaseException:
        engine.dispose()
        raise
    return db


def _change_failed_message(exc: BaseException, path: Path, *, upgrading: bool) -> str:
    kind = sqlite_errors.classify(exc, path)
    if kind is not sqlite_errors.Failure.OTHER:
        return sqlite_errors.message(kind, path)
    if upgrading:
        return (f"Nâng cấp cơ sở dữ liệu “{display_path(path)}” lên phiên bản mới không thành công; tệp vẫn nguyên "
                "như trước khi nâng cấp. Hãy báo cho người quản trị.")
    return (f"Không tạo được cơ sở dữ liệu mới “{display_path(path)}”; không có tệp nào được tạo. "
            "Hãy báo cho người quản trị.")


def create_database(path: Path, populate: Callable[[Database], None] | None = None) -> None:
    """Create a new database file at ``path``: schema, reference data and ``populate``'s records are written to a
    temporary file beside it, which is moved into place only when complete (a kill leaves no half-made file)."""
    work = atomic.work_file(path, "creating")
    atomic.clear_leftovers(path)
    try:
        engine = make_engine(f"sqlite:///{work}")
        db = Database(url=f"sqlite:///{work}", engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))
        try:
            migrate.upgrade(engine, None)
            from .reference import load_reference_data

            with db.session() as session:
                load_reference_data(session)
            if populate is not None:
                populate(db)
        finally:
            engine.dispose()
        atomic.finalise(work)
        if path.exists() and path.stat().st_size > 0:
            raise DatabaseError(f"Tệp “{display_path(path)}” vừa được tạo bởi một chương trình khác; hãy mở lại.")
        atomic.move_into_place(work, path)
    finally:
        atomic.remove_files(work)


def restore_database(backup: Path, target: str | os.PathLike[str] | None = None) -> Path | None:
    """Replace the database file ``target`` by ``backup`` (checked first); returns where the replaced content was
    kept. Close every connection to ``target`` before (the window disposes of its database first)."""
    path = sqlite_path(resolve_url(target))
    if path is None:
        raise DatabaseError("Chỉ khôi phục được cơ sở dữ liệu dạng tệp SQLite; máy chủ PostgreSQL dùng pg_restore.")
    try:
        return atomic.restore_file(Path(backup), path)
    except (sqlite3.Error, OSError) as exc:
        raise DatabaseError(sqlite_errors.explain(exc, path)) from None


def backup_database(db: Database, destination: Path, *, overwrite: bool = True,
                    progress: Callable[[int, int], None] | None = None) -> Path:
    """Copy a live SQLite database to ``destination`` consistently (SQLite online backup API).

    The window's save dialog has already asked before replacing a file, hence ``overwrite`` defaults to True.
    """
    source_path = db.path
    if source_path is None:
        raise DatabaseError("Chỉ sao lưu được cơ sở dữ liệu dạng tệp SQLite; máy chủ PostgreSQL dùng pg_dump.")
    return backup_file(source_path, destination, overwrite=overwrite, progress=progress)


BACKUP_STEP_PAGES = 256  # pages copied between two progress reports (1 MB with 4 KB pages)


def backup_file(source: Path, destination: Path, *, overwrite: bool = False,
                progress: Callable[[int, int], None] | None = None) -> Path:
    """Back up ``source`` to a file (or a timestamped file in a folder). The copy is written beside the target
    and moved into place only when complete, so a failed backup never leaves a half-written file.

    ``progress(pages copied, pages in all)`` is called after each step; an exception it raises (``Cancelled``)
    stops the copy and removes the partial file, leaving ``destination`` as it was.

    Only ``destination`` is ever replaced, never ``source``: the open database file (held open by the window,
    which Windows does not let anyone replace or delete) is only read, through SQLite's online backup API."""
    destination = Path(destination)
    if destination.is_dir():
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        destination = destination / f"{source.stem}-{stamp}.db"
    if _is_database_file(destination, source):
        raise DatabaseError("Tệp sao lưu phải khác tệp đang dùng.")
    if destination.exists() and not overwrite:
        raise DatabaseError(f"Tệp “{destination}” đã có. Hãy chọn tên khác hoặc cho phép ghi đè (--force).")
    partial = destination.with_name(f".{destination.name}.partial")
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        src = sqlite3.connect(str(source))
        try:
            dst = sqlite3.connect(str(partial))
            try:
                if progress is None:
                    src.backup(dst)
                else:
                    report = progress
                    src.backup(dst, pages=BACKUP_STEP_PAGES,
                               progress=lambda _status, remaining, total: report(total - remaining, total))
            finally:
                dst.close()
        finally:
            src.close()
        os.replace(partial, destination)
    except sqlite3.Error as exc:
        _remove_partial(partial)
        raise DatabaseError(f"Không sao lưu được vào “{display_path(destination)}”. "
                            + sqlite_errors.explain(exc, destination)) from None
    except OSError as exc:
        # e.g. the target is open in another program (Windows refuses to replace it) or the folder is read-only
        _remove_partial(partial)
        raise DatabaseError(f"Không sao lưu được vào “{display_path(destination)}”: "
                            f"{os_error_reason(exc, destination)}.") from None
    except BaseException:
        _remove_partial(partial)  # cancelled from ``progress``
        raise
    return destination


def _is_database_file(path: Path, database: Path) -> bool:
    """``path`` is ``database`` or one of SQLite's files beside it (-wal, -shm, -journal), also under another
    spelling (case on Windows, a link): replacing one of these would break the open database."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        companion = database.with_name(database.name + suffix)
        try:
            if path.exists() and companion.exists() and os.path.samefile(path, companion):
                return True
        except OSError:
            pass
    return False


def _remove_partial(partial: Path) -> None:
    try:
        partial.unlink(missing_ok=True)
    except OSError:
        pass  # a leftover ".partial" file is harmless; the error that matters is the one being reported
