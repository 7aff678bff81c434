"""AutoSave: each change of a check session is saved; failures never raise."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest

from netwerkcheck.content.loader import Content
from netwerkcheck.engine.session import CheckSession
from netwerkcheck.store import CheckStore, StoreError, new_record
from netwerkcheck.store.autosave import AutoSave


def test_every_answer_is_saved_and_a_check_resumes(tmp_path: Path, small: Content) -> None:
    root = tmp_path / "d"
    with CheckStore(root) as store:
        saver = AutoSave(store, new_record(small.version))
        session = CheckSession(small, on_change=saver)
        session.set_answer("woonsituatie", "alleen")
        session.advance()
        session.set_answer("bezigheden", ("werk",))
        session.skip(confirmed=True)  # removing an answer by skipping is confirmed
    with CheckStore(root) as store:
        resumed = store.latest_unfinished()
    assert resumed is not None
    # skip clears the answer of the question skipped
    assert resumed.engine_answers() == {"woonsituatie": "alleen"}
    assert resumed.skipped == ["bezigheden"]
    assert resumed.current == "netwerk"
    again = CheckSession(
        small,
        answers=resumed.engine_answers(),
        skipped=set(resumed.skipped),
        current=resumed.current,
    )
    assert again.current == "netwerk" and again.answers["woonsituatie"] == "alleen"


def test_failed_save_is_reported_once_and_retried(
    tmp_path: Path, small: Content, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[StoreError] = []
    with CheckStore(tmp_path / "d") as store:
        saver = AutoSave(store, new_record(small.version), on_error=errors.append)
        session = CheckSession(small, on_change=saver)
        with monkeypatch.context() as mp:

            def full(*a: Any, **k: Any) -> Any:
                raise OSError(errno.ENOSPC, "full")

            mp.setattr(os, "write", full)
            session.set_answer("woonsituatie", "alleen")
            session.advance()
        assert len(errors) == 1 and saver.error is not None
        assert saver.record.engine_answers() == {"woonsituatie": "alleen"}  # kept in memory
        session.set_answer("bezigheden", ("werk",))
        assert saver.error is None
        assert store.load(saver.record.id).engine_answers()["bezigheden"] == ("werk",)


def test_no_store_means_nothing_written(tmp_path: Path, small: Content) -> None:
    saver = AutoSave(None, new_record(small.version))
    session = CheckSession(small, on_change=saver)
    session.set_answer("woonsituatie", "alleen")
    assert not saver.saving and saver.record.answers == {"woonsituatie": "alleen"}
    assert not (tmp_path / "home" / "data").exists()
