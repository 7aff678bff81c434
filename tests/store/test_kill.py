"""kill -9 in the middle of saving, 50 times: the file always loads and equals a saved state.

A forked child saves the same check over and over (each state numbered); the
parent kills it with SIGKILL after a small random delay. Then a fresh store must
get the lock (no stale lock), sweep the temp file a kill may leave, and load a
state the child really wrote in full.
"""

from __future__ import annotations

import os
import random
import signal
import sys
import time
from pathlib import Path

import pytest

from netwerkcheck.store import CheckRecord, CheckStore
from tests.store.helpers import record, temp_files

pytestmark = pytest.mark.skipif(
    sys.platform == "win32" or not hasattr(os, "fork"), reason="needs fork and SIGKILL"
)

CHECK_ID = "kill-test"


def state(run: int, i: int) -> CheckRecord:
    # the text grows with i, so a torn write would not even have the right length
    return record(f"{run}-{i}-" + "x" * (i % 700), check_id=CHECK_ID)


def _child(root: Path, run: int, ready: int) -> None:
    store = CheckStore(root)
    i = 0
    while True:
        store.save(state(run, i))
        if i == 0:
            os.write(ready, b"1")
        i += 1


def test_sigkill_mid_save_fifty_times(tmp_path: Path) -> None:
    root = tmp_path / "d"
    rng = random.Random(20261128)
    seen_runs = 0
    for run in range(50):
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the child
            try:
                os.close(r)
                _child(root, run, w)
            finally:
                os._exit(0)
        os.close(w)
        assert os.read(r, 1) == b"1"
        os.close(r)
        time.sleep(rng.uniform(0, 0.02))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL

        with CheckStore(root) as store:  # the lock died with the child
            assert temp_files(root / "checks") == []
            loaded = store.load(CHECK_ID)
            text = loaded.engine_answers()["wat_mis_je"]
            assert isinstance(text, str)
            got_run, got_i, _ = text.split("-", 2)
            expected = state(int(got_run), int(got_i))
            assert loaded.model_dump(exclude={"updated", "created"}) == expected.model_dump(
                exclude={"updated", "created"}
            )
            assert int(got_run) == run  # the first save of this run finished before the kill
            seen_runs += 1
            assert store.take_notices() == []  # nothing was ever corrupt
    assert seen_runs == 50
