"""First start: the demo offer on an empty database, asked once and remembered in the database."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from cchc_desktop.core.errors import CchcError
from cchc_desktop.store.db import Database, open_database
from cchc_desktop.store.models import Setting, Task
from cchc_desktop.ui.first_start import DEMO_OFFERED, DEMO_QUESTION, offer_demo

from .conftest import FakePrompter


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch, qapp: object) -> list[Path]:
    """Replace the demo builder with one that makes a small non-empty database; lists the paths it built.

    ``qapp``: the offer shows a wait cursor, which needs the Qt application to exist.
    """
    built: list[Path] = []

    def build_demo_database(path: Path, *, today: object = None) -> None:
        demo = open_database(path)
        with demo.session() as session:
            session.add(Task(title="Nhiệm vụ mẫu", lead_agency_id=1))
        demo.dispose()
        built.append(path)

    fake = types.ModuleType("cchc_desktop.core.demo")
    fake.build_demo_database = build_demo_database  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "cchc_desktop.core.demo", fake)
    return built


def demo_offered(db: Database) -> bool:
    with db.session() as session:
        return session.get(Setting, DEMO_OFFERED) is not None


def test_declining_keeps_the_empty_database_and_is_not_asked_again(
    db: Database, prompter: FakePrompter, tmp_path: Path
) -> None:
    prompter.answers.append(False)
    assert offer_demo(db, prompter, tmp_path / "demo.db") is db
    assert prompter.questions == [DEMO_QUESTION]
    assert demo_offered(db)
    assert offer_demo(db, prompter, tmp_path / "demo.db") is db
    assert len(prompter.questions) == 1


def test_accepting_builds_and_opens_the_demo(
    db: Database, prompter: FakePrompter, tmp_path: Path, builds: list[Path]
) -> None:
    target = tmp_path / "du-lieu" / "demo.db"
    target.parent.mkdir()
    prompter.answers.append(True)
    demo = offer_demo(db, prompter, target)
    try:
        assert builds == [target]
        assert demo.path == target and not demo.is_empty()
        assert demo_offered(db)
    finally:
        demo.dispose()


def test_existing_demo_is_opened_without_rebuilding(
    db: Database, prompter: FakePrompter, tmp_path: Path, builds: list[Path]
) -> None:
    target = tmp_path / "demo.db"
    existing = open_database(target)
    with existing.session() as session:
        session.add(Task(title="Nhiệm vụ đã có", lead_agency_id=1))
    existing.dispose()
    prompter.answers.append(True)
    demo = offer_demo(db, prompter, target)
    try:
        assert demo.path == target and builds == []
    finally:
        demo.dispose()


def test_failed_build_keeps_the_current_database(
    db: Database, prompter: FakePrompter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(path: Path, *, today: object = None) -> None:
        raise CchcError("Không tạo được dữ liệu mẫu.")

    fake = types.ModuleType("cchc_desktop.core.demo")
    fake.build_demo_database = refuse  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "cchc_desktop.core.demo", fake)
    prompter.answers.append(True)
    assert offer_demo(db, prompter, tmp_path / "demo.db") is db
    assert prompter.errors == ["Không tạo được dữ liệu mẫu."]
    assert demo_offered(db)


def test_database_with_data_is_not_offered_the_demo(db: Database, prompter: FakePrompter, tmp_path: Path) -> None:
    with db.session() as session:
        session.add(Task(title="Nhiệm vụ thật", lead_agency_id=1))
    assert offer_demo(db, prompter, tmp_path / "demo.db") is db
    assert prompter.questions == [] and not demo_offered(db)
