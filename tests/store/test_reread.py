"""Listing again: a file whose bytes did not change is not parsed again, and everything
else the store promises still holds (a changed file is read as it is now, a file that
went bad is set aside and told, a record handed out is the caller's own)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from netwerkcheck.store import CheckStore
from netwerkcheck.store import repo as repo_module
from netwerkcheck.store.record import PlanItem
from netwerkcheck.store.record import cleaned_data as record_cleaned_data
from netwerkcheck.store.repo import parse_record
from tests.store.helpers import record


def count_parses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the files the store parses (each parse cleans the file's data once)."""
    calls = [0]
    real = record_cleaned_data

    def counting(data: Any) -> Any:
        calls[0] += 1
        return real(data)

    monkeypatch.setattr(repo_module, "cleaned_data", counting)
    return calls


def check_path(root: Path, check_id: str) -> Path:
    return root / "checks" / f"{check_id}.json"


def test_listing_again_parses_only_what_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "d"
    with CheckStore(root) as store:
        saved = [store.save(record(f"tekst {i}")) for i in range(3)]
        parses = count_parses(monkeypatch)
        first = store.list()
        assert parses[0] == 3
        again = store.list()
        assert parses[0] == 3  # nothing changed: nothing parsed again
        assert again == first
        assert {r.id for r in again} == {r.id for r in saved}
        assert store.latest_unfinished() == first[0]
        assert parses[0] == 3
        changed = store.save(record("anders", check_id=saved[0].id))
        listed = store.list()
        assert parses[0] == 4  # only the check saved again
        assert next(r for r in listed if r.id == changed.id) == changed


def test_a_file_changed_in_place_is_read_as_it_is_now(tmp_path: Path) -> None:
    """Same size, same modification time, other bytes: the bytes decide, not the clock."""
    root = tmp_path / "d"
    with CheckStore(root) as store:
        saved = store.save(record("een"))
        path = check_path(root, saved.id)
        stat = path.stat()
        assert store.list()[0].engine_answers()["wat_mis_je"] == "een"
        path.write_bytes(path.read_bytes().replace(b'"een"', b'"twe"'))
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        assert path.stat().st_size == stat.st_size
        assert store.list()[0].engine_answers()["wat_mis_je"] == "twe"


def test_a_file_that_went_bad_after_a_listing_is_set_aside_and_told(tmp_path: Path) -> None:
    root = tmp_path / "d"
    with CheckStore(root) as store:
        saved = store.save(record("een"))
        other = store.save(record("twee"))
        path = check_path(root, saved.id)
        assert len(store.list()) == 2
        store.take_notices()
        bad = b"x" * path.stat().st_size  # same size: still read again
        path.write_bytes(bad)
        assert [r.id for r in store.list()] == [other.id]
        notices = store.take_notices()
        assert [n.key for n in notices] == ["store.notice.set_aside_bad"]
        aside = [p for p in path.parent.iterdir() if p.name.startswith(path.name + ".corrupt-")]
        assert [p.read_bytes() for p in aside] == [bad]  # bytes unchanged
        assert store.list() == [store.load(other.id)]


def test_a_listed_record_is_the_callers_own(tmp_path: Path) -> None:
    """Changing a record a listing gave out changes neither the file nor the next listing."""
    root = tmp_path / "d"
    with CheckStore(root) as store:
        saved = store.save(record("een"))
        mine = store.list()[0]
        mine.plan = [PlanItem(suggestion="bel_iemand", step="zondag")]
        mine.answers["wat_mis_je"] = "veranderd"
        bezig = mine.answers["bezigheden"]
        assert isinstance(bezig, list)
        bezig.append("anders")
        mine.skipped.append("woonsituatie")
        fresh = parse_record(check_path(root, saved.id).read_bytes())
        assert store.list()[0] == fresh == saved
        assert store.load(saved.id) == saved


def test_a_deleted_check_is_not_listed_and_a_new_file_of_its_id_is_read(tmp_path: Path) -> None:
    root = tmp_path / "d"
    with CheckStore(root) as store:
        saved = store.save(record("een"))
        store.list()
        store.delete(saved.id)
        assert store.list() == []
        again = store.save(record("twee", check_id=saved.id))
        assert store.list() == [again]
