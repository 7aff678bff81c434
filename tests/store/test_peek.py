"""store.peek: the first screen's quick, read-only look at the saved checks."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from netwerkcheck.store import CheckStore, new_record, record
from netwerkcheck.store import peek as peek_module
from netwerkcheck.store.peek import Peek, peek


def _save(store: CheckStore, *, finished: bool, client: str | None = None) -> str:
    saved = store.save(new_record("1", client=client).model_copy(update={"finished": finished}))
    return saved.id


def test_kept_in_step_with_the_record() -> None:
    assert peek_module.ID_PATTERN == record.ID_PATTERN
    assert peek_module.SCHEMA_VERSION == record.SCHEMA_VERSION


def test_nothing_saved(tmp_path: Path) -> None:
    assert peek(tmp_path / "none") == Peek(None, False)
    assert not (tmp_path / "none").exists()  # never creates the folder


def test_finds_the_same_unfinished_check_as_the_store(tmp_path: Path) -> None:
    with CheckStore(tmp_path) as store:
        _save(store, finished=True)
        _save(store, finished=False)
        newest = _save(store, finished=False)
        _save(store, finished=False, client="Vlinder")  # a client's: never offered here
        _save(store, finished=True)
        expected = store.latest_unfinished()
    found = peek(tmp_path)
    assert expected is not None and found.unfinished is not None
    assert found.unfinished.id == expected.id == newest
    assert found.unfinished.updated == expected.updated
    assert found.own_checks


def test_only_client_checks(tmp_path: Path) -> None:
    with CheckStore(tmp_path) as store:
        _save(store, finished=False, client="Vlinder")
    assert peek(tmp_path) == Peek(None, False)


def test_skips_what_it_cannot_trust(tmp_path: Path) -> None:
    with CheckStore(tmp_path) as store:
        good = _save(store, finished=False)
    checks = tmp_path / "checks"
    (checks / "20990101-000000-aaaaaa.json").write_text("{not json")
    (checks / "20990101-000000-bbbbbb.json").write_bytes(b"\xff\xfe")
    future = {"schema_version": 99, "id": "20990101-000000-cccccc", "finished": False}
    (checks / "20990101-000000-cccccc.json").write_text(json.dumps(future))
    big = checks / "20990101-000000-dddddd.json"
    big.write_bytes(b" " * (peek_module.MAX_BYTES + 1))
    (checks / "20990101-000000-eeeeee.json").write_text("[" * 100_000)  # deep nesting
    wrong_id = json.loads((checks / f"{good}.json").read_text())
    (checks / "20990101-000000-ffffff.json").write_text(json.dumps(wrong_id))
    found = peek(tmp_path)
    assert found.unfinished is not None and found.unfinished.id == good


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")
def test_never_follows_links_nor_blocks_on_a_fifo(tmp_path: Path) -> None:
    outside = tmp_path / "outside.json"
    with CheckStore(tmp_path / "data") as store:
        good = _save(store, finished=False)
    checks = tmp_path / "data" / "checks"
    text = (checks / f"{good}.json").read_text()
    outside.write_text(text.replace(good, "20990101-000000-aaaaaa"))
    os.symlink(outside, checks / "20990101-000000-aaaaaa.json")
    os.mkfifo(checks / "20990101-000000-bbbbbb.json")
    assert peek_module.read_json_file(checks / "20990101-000000-aaaaaa.json") is None
    assert peek_module.read_json_file(checks / "20990101-000000-bbbbbb.json") is None
    found = peek(tmp_path / "data")
    assert found.unfinished is not None and found.unfinished.id == good


def test_reads_at_most_a_few_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with CheckStore(tmp_path) as store:
        for _ in range(5):
            _save(store, finished=True)
    opened: list[object] = []
    real = peek_module.read_json_file

    def reading(path: Path) -> Any:
        opened.append(path)
        return real(path)

    monkeypatch.setattr(peek_module, "read_json_file", reading)
    peek(tmp_path, max_files=3)
    assert len(opened) == 3
