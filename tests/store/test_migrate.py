"""Migrations: a file of the first schema (a fixture) loads, migrates, and saves as current."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from netwerkcheck.engine.network import Network
from netwerkcheck.store import SCHEMA_VERSION, CheckStore
from netwerkcheck.store.migrate import (
    FIRST_SCHEMA,
    MIGRATIONS,
    FutureSchema,
    WrongSchema,
    migrate,
)

FIXTURE = Path(__file__).parent / "fixtures" / "check_v1.json"
V1_ID = "20261101-093000-abc123"


def test_every_old_schema_has_a_step() -> None:
    assert set(MIGRATIONS) == set(range(FIRST_SCHEMA, SCHEMA_VERSION))


def test_v1_fixture_migrates_to_current() -> None:
    data = json.loads(FIXTURE.read_text("utf-8"))
    out = migrate(data)
    assert out["schema_version"] == SCHEMA_VERSION
    assert out["talk_about"] == [] and out["notes"] == {} and out["client"] is None
    assert data["schema_version"] == 1 and "talk_about" not in data  # input untouched


def test_v1_file_loads_through_the_store_and_is_saved_as_current(tmp_path: Path) -> None:
    root = tmp_path / "d"
    with CheckStore(root):
        pass
    target = root / "checks" / f"{V1_ID}.json"
    shutil.copyfile(FIXTURE, target)
    target.chmod(0o600)
    with CheckStore(root) as store:
        [loaded] = store.list()
        assert store.take_notices() == []
        assert loaded.schema_version == SCHEMA_VERSION
        assert loaded.finished and loaded.content_version == "2026.11.0"
        answers = loaded.engine_answers()
        assert answers["bezigheden"] == ("werk", "vrijwilligerswerk")
        assert answers["wat_mis_je"] == "Vaker samen eten met vrienden"
        net = answers["netwerk"]
        assert isinstance(net, Network) and [p.name for p in net.people] == ["Sam", "Oma J."]
        assert target.read_bytes() == FIXTURE.read_bytes()  # loading never rewrites
        store.save(loaded)
    assert json.loads(target.read_text("utf-8"))["schema_version"] == SCHEMA_VERSION
    # the v1 original is kept as the .bak generation
    assert target.with_name(target.name + ".bak").read_bytes() == FIXTURE.read_bytes()


@pytest.mark.parametrize("bad", [[], {"schema_version": "1"}, {"schema_version": 0}, {}])
def test_wrong_schema(bad: object) -> None:
    with pytest.raises(WrongSchema):
        migrate(bad)


def test_future_schema_is_refused() -> None:
    with pytest.raises(FutureSchema):
        migrate({"schema_version": SCHEMA_VERSION + 1})


def test_v2_file_gains_empty_own_marks_and_plan() -> None:
    from netwerkcheck.store.migrate import migrate

    v2 = {
        "schema_version": 2,
        "content_version": "x",
        "client": None,
        "notes": {},
        "talk_about": ["q1"],
    }
    out = migrate(v2)
    assert out["schema_version"] == SCHEMA_VERSION
    assert out["own_marks"] == [] and out["plan"] == [] and out["talk_about"] == ["q1"]
