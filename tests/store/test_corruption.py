"""Corruption matrix: a bad file is set aside (bytes unchanged), the .bak is used, the
person is told, and the store goes on. Truncation offsets are chosen by hypothesis."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netwerkcheck.store import CheckStore, NotFound
from netwerkcheck.store.repo import BadFile, parse_record
from tests.store.helpers import files, record

GOOD = record("goed", check_id="c1").to_json_bytes()


def _aside(checks: Path, tag: str = ".corrupt-") -> list[Path]:
    return [p for p in checks.iterdir() if tag in p.name]


def _variants() -> dict[str, bytes]:
    data = json.loads(GOOD)
    future = dict(data, schema_version=99)
    wrong = {"hello": "world"}
    bad_answer = dict(data, answers={"q": {"people": "nope"}})
    return {
        "empty": b"",
        "whitespace": b"  \n",
        "truncated": GOOD[: len(GOOD) // 2],
        "bad_utf8": GOOD.replace(b"goed", b"g\xff\xfeed"),
        "nul_bytes": b"\x00" * 64,
        "not_an_object": b"[1, 2, 3]",
        "wrong_schema": json.dumps(wrong).encode(),
        "schema_not_int": json.dumps(dict(data, schema_version="2")).encode(),
        "schema_zero": json.dumps(dict(data, schema_version=0)).encode(),
        "bad_answer": json.dumps(bad_answer).encode(),
        "future_version": json.dumps(future).encode(),
    }


@pytest.mark.parametrize("kind", list(_variants()))
@pytest.mark.parametrize("with_bak", [False, True])
def test_bad_file_is_set_aside_unchanged(tmp_path: Path, kind: str, with_bak: bool) -> None:
    bad = _variants()[kind]
    root = tmp_path / "d"
    checks = root / "checks"
    with CheckStore(root):
        pass
    (checks / "c1.json").write_bytes(bad)
    if with_bak:
        (checks / "c1.json.bak").write_bytes(GOOD)
    with CheckStore(root) as store:
        records = store.list()
        notices = store.take_notices()
    tag = ".newer-" if kind == "future_version" else ".corrupt-"
    aside = _aside(checks, tag)
    assert len(aside) == 1 and aside[0].read_bytes() == bad
    assert notices and all(n.message("nl") and n.message("en") for n in notices)
    text = " ".join(n.message("en") for n in notices)
    assert "c1.json" in text and aside[0].name in text
    assert "goed" not in text  # never the answers
    if with_bak:
        assert [r.id for r in records] == ["c1"]
        assert (checks / "c1.json").read_bytes() == GOOD  # restored from .bak
        assert "previous saved version" in text
    else:
        assert records == []
        assert "c1.json" not in files(checks)


def test_load_uses_bak_and_save_never_overwrites_a_bad_file(tmp_path: Path) -> None:
    root = tmp_path / "d"
    checks = root / "checks"
    with CheckStore(root) as store:
        store.save(record("goed", check_id="c1"))
        (checks / "c1.json").write_bytes(b"{broken")
        (checks / "c1.json.bak").unlink(missing_ok=True)
        with pytest.raises(NotFound):
            store.load("c1")
        (checks / "c2.json").write_bytes(b"{also broken")
        store.save(record("nieuw", check_id="c2"))
        assert [p.read_bytes() for p in _aside(checks) if p.name.startswith("c2")] == [
            b"{also broken"
        ]
        assert store.load("c2").engine_answers()["wat_mis_je"] == "nieuw"


def test_a_folder_in_place_of_a_file_does_not_crash(tmp_path: Path) -> None:
    root = tmp_path / "d"
    with CheckStore(root):
        pass
    (root / "checks" / "c1.json").mkdir()
    with CheckStore(root) as store:
        assert store.list() == []
        assert store.take_notices()


def test_future_file_keeps_its_hash_and_is_never_written(tmp_path: Path) -> None:
    root = tmp_path / "d"
    future = _variants()["future_version"]
    with CheckStore(root):
        pass
    (root / "checks" / "c1.json").write_bytes(future)
    with CheckStore(root) as store:
        store.list()
        store.save(record("nu", check_id="c1"))
    aside = _aside(root / "checks", ".newer-")
    assert [p.read_bytes() for p in aside] == [future]


@settings(
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(cut=st.integers(min_value=0, max_value=len(GOOD) - 1))
def test_truncated_at_any_offset(cut: int) -> None:
    data = GOOD[:cut]
    if data.strip() == GOOD.strip():
        return  # only trailing whitespace was cut: still the same, valid file
    with pytest.raises(BadFile):
        parse_record(data)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "d"
        with CheckStore(root):
            pass
        (root / "checks" / "c1.json").write_bytes(data)
        (root / "checks" / "c1.json.bak").write_bytes(GOOD)
        with CheckStore(root) as store:
            assert store.load("c1").engine_answers()["wat_mis_je"] == "goed"
        aside = _aside(root / "checks")
        assert len(aside) == 1 and aside[0].read_bytes() == data


@settings(deadline=None)
@given(raw=st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_parser_only_ever_gives_a_record_or_bad_file(raw: bytes) -> None:
    try:
        parse_record(raw)
    except BadFile as bad:
        assert bad.reason in {"empty", "not_utf8", "not_json", "wrong_schema", "future"}


@settings(deadline=None)
@given(pos=st.integers(min_value=0, max_value=len(GOOD) - 1), byte=st.integers(0, 255))
def test_flipped_byte_is_a_record_or_bad_file(pos: int, byte: int) -> None:
    raw = GOOD[:pos] + bytes([byte]) + GOOD[pos + 1 :]
    try:
        parsed = parse_record(raw)
    except BadFile as bad:
        assert bad.reason in {"empty", "not_utf8", "not_json", "wrong_schema", "future"}
        return
    # still a valid file (e.g. a space became a tab): a record, and what it says is
    # stored again as a file that reads back the same
    assert parse_record(parsed.to_json_bytes()) == parsed
    if raw == GOOD:
        assert parsed == parse_record(GOOD)


def test_a_control_character_in_a_file_is_read_as_it_would_be_saved() -> None:
    """Found by the flipped-byte test: a DEL in `created` was kept on reading and dropped
    on saving, so a record read back after a save was another record."""
    data = json.loads(GOOD)
    data["created"] = data["created"][:4] + "\x7f" + data["created"][4:]
    parsed = parse_record(json.dumps(data).encode())
    assert "\x7f" not in parsed.created
    assert parse_record(parsed.to_json_bytes()) == parsed
