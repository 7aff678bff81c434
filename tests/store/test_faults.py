"""Fault injection: every os call of a save fails in turn; what was saved stays intact.

Like SQLite's I/O error tests: fail the n-th call of os.open / write / fsync /
replace / close with ENOSPC (then EROFS, EACCES), for n = 1, 2, ... until the
save gets through. After each failure: SaveError with a plain message, the old
file byte-identical, no temp file left, and the store still loads the old state.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from netwerkcheck.store import CheckStore, SaveError
from netwerkcheck.store.atomic import atomic_write
from tests.store.helpers import record, temp_files

FUNCS = ["open", "write", "fsync", "replace", "close", "fchmod"]


def _failing(real: Callable[..., Any], n: int, err: int, calls: list[int]) -> Callable[..., Any]:
    def fake(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        if calls[0] == n:
            raise OSError(err, os.strerror(err))
        return real(*args, **kwargs)

    return fake


@pytest.mark.parametrize("func", FUNCS)
@pytest.mark.parametrize("err", [errno.ENOSPC, errno.EROFS, errno.EACCES])
def test_save_fails_at_every_step_and_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, func: str, err: int
) -> None:
    checks = tmp_path / "d" / "checks"
    with CheckStore(tmp_path / "d") as store:
        old = store.save(record("oud"))
        store.save(record("ouder", check_id=old.id))  # so a .bak exists too
        path = checks / f"{old.id}.json"
        old_bytes = path.read_bytes()
        new = record("nieuw", check_id=old.id)
        failures = 0
        for n in range(1, 50):
            calls = [0]
            with monkeypatch.context() as mp:
                mp.setattr(os, func, _failing(getattr(os, func), n, err, calls))
                try:
                    store.save(new)
                except SaveError as exc:
                    failures += 1
                    message = exc.message()
                    assert "nieuw" not in message and message.strip()
                    fault = True
                else:
                    fault = False
            assert temp_files(checks) == []
            if fault:
                assert path.read_bytes() == old_bytes, (func, n)
                assert store.load(old.id).engine_answers()["wat_mis_je"] == "ouder"
                continue
            if calls[0] < n:  # the save got through without reaching call n
                break
            # call n failed but only after the new file was in place (the folder fsync)
            assert store.load(old.id).engine_answers()["wat_mis_je"] == "nieuw"
            path.write_bytes(old_bytes)
        else:  # pragma: no cover
            pytest.fail("the save never got through")
        assert store.load(old.id).engine_answers()["wat_mis_je"] == "nieuw"
    if func in ("open", "write", "fsync", "replace"):
        assert failures >= 1  # the injection really hit the save


def test_save_error_messages_are_plain(tmp_path: Path) -> None:
    assert "vol" in SaveError.from_oserror(OSError(errno.ENOSPC, "x")).message("nl")
    assert "read-only" in SaveError.from_oserror(OSError(errno.EROFS, "x")).message("en")
    assert "permission" in SaveError.from_oserror(OSError(errno.EACCES, "x")).message("en")


def test_atomic_write_into_missing_folder_raises_save_error(tmp_path: Path) -> None:
    with pytest.raises(SaveError):
        atomic_write(tmp_path / "missing" / "f.json", b"{}")


def test_store_keeps_going_after_a_failed_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with CheckStore(tmp_path / "d") as store:
        with monkeypatch.context() as mp:

            def full(*a: Any, **k: Any) -> Any:
                raise OSError(errno.ENOSPC, "full")

            mp.setattr(os, "write", full)
            with pytest.raises(SaveError):
                store.save(record())
        saved = store.save(record())  # space again: saving simply works
        assert store.load(saved.id) == saved
