"""``cchc tasks list`` and ``cchc meetings list`` filters: Vietnamese labels, folded agency names."""

from __future__ import annotations

import argparse
import json

import pytest

from cchc_desktop.cli.choices import labelled_choice
from cchc_desktop.cli.tasks import _filter
from cchc_desktop.core.enums import MeetingKind, TaskSource, TaskStatus
from cchc_desktop.core.errors import CchcError
from cchc_desktop.core.services.agencies import AgencyService

from .run import cchc


@pytest.mark.parametrize(("typed", "member"), [
    ("hoan thanh", TaskStatus.DONE), ("Hoàn thành chậm", TaskStatus.DONE_LATE),
    ("HOÀN THÀNH CHẬM", TaskStatus.DONE_LATE),
    ("done", TaskStatus.DONE), ("not_started", TaskStatus.NOT_STARTED), ("not started", TaskStatus.NOT_STARTED),
    ("chua thuc hien", TaskStatus.NOT_STARTED),
])
def test_status_labels_and_values(typed, member):
    assert labelled_choice(TaskStatus)(typed) is member


def test_source_and_kind_labels():
    assert labelled_choice(TaskSource)("ke hoach, nghi quyet") is TaskSource.PLAN
    assert labelled_choice(TaskSource)("direct") is TaskSource.DIRECT
    assert labelled_choice(MeetingKind)("hop so ket quy") is MeetingKind.QUARTERLY
    assert labelled_choice(MeetingKind)("quarterly") is MeetingKind.QUARTERLY
    with pytest.raises(argparse.ArgumentTypeError, match="Họp sơ kết quý; Hội nghị tổng kết năm"):
        labelled_choice(MeetingKind)("họp quý")


def test_list_by_vietnamese_status_source_and_kind(demo):
    def tasks(*options: str) -> list[dict]:
        result = cchc("tasks", "list", "--db", demo, "--format", "json", *options)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    done = tasks("--status", "hoan thanh")
    assert done and {row["status"] for row in done} == {"done"}
    assert done == tasks("--status", "done")
    late = tasks("--status", "Hoàn thành chậm")
    assert late and {row["status_label"] for row in late} == {"Hoàn thành chậm"}
    plan = tasks("--source", "Kế hoạch, nghị quyết")
    assert plan and {row["source"] for row in plan} == {"plan"} and plan == tasks("--source", "plan")
    result = cchc("meetings", "list", "--db", demo, "--format", "json", "--kind", "hop so ket quy")
    assert result.returncode == 0, result.stderr
    assert [row["kind"] for row in json.loads(result.stdout)] == ["Họp sơ kết quý"]
    english = cchc("meetings", "list", "--db", demo, "--format", "json", "--kind", "quarterly")
    assert english.stdout == result.stdout


def _namespace(agency: str) -> argparse.Namespace:
    return argparse.Namespace(agency=agency, search="", status=None, source=None, due_from=None, due_to=None,
                              overdue=False)


@pytest.mark.parametrize("written", ["UBND tỉnh", "ubnd tinh", "Ủy ban nhân dân tỉnh", "uy ban nhan dan tinh", "UBND"])
def test_agency_matches_name_short_name_or_code_folded(db, written):
    province_committee = next(a for a in AgencyService(db).list() if a.name == "Ủy ban nhân dân tỉnh")
    assert _filter(db, _namespace(written)).agency_id == province_committee.id


def test_agency_still_refuses_an_ambiguous_fragment(db):
    with pytest.raises(CchcError, match="khớp với nhiều cơ quan"):
        _filter(db, _namespace("sở"))
    with pytest.raises(CchcError, match="Không có cơ quan nào khớp"):
        _filter(db, _namespace("Sở Vũ trụ"))
