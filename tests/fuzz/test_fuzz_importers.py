"""Fuzzing every importer with generated nasty files (hypothesis, bounded): no traceback, no partial import,
a refusal in Vietnamese naming row and column, and a database byte-for-byte unchanged after a refusal."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .importers import IMPORTERS, run_one
from .nasty import mutations

CASES = [(name, fmt) for name, importer in IMPORTERS.items() for fmt in importer.formats]


@pytest.mark.parametrize("name, fmt", CASES, ids=[f"{n}-{f}" for n, f in CASES])
def test_importer_survives_nasty_files(name, fmt, db, db_path, tmp_path):
    importer = IMPORTERS[name]
    run = importer.prepare(db, tmp_path)

    @settings(max_examples=60, deadline=None, database=None, derandomize=True,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(mutation=st.sampled_from(mutations(fmt)), seed=st.integers(0, 2**32 - 1))
    def check(mutation: str, seed: int) -> None:
        outcome = run_one(importer, run, db_path, tmp_path, fmt, mutation, seed)
        assert outcome.kind in ("ok", "refused"), f"{mutation} (seed {seed}): {outcome.kind}\n{outcome.detail}"

    check()
