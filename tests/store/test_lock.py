"""A second netwerkcheck on the same folder is told so and writes nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from netwerkcheck.store import CheckStore, StoreLocked
from tests.store.helpers import record


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_second_store_in_this_process_is_locked_out(tmp_path: Path) -> None:
    root = tmp_path / "d"
    with CheckStore(root) as first:
        first.save(record())
        before = _snapshot(root)
        with pytest.raises(StoreLocked) as info:
            CheckStore(root)
        assert "al open" in info.value.message("nl")
        assert "already open" in info.value.message("en")
        assert _snapshot(root) == before
    with CheckStore(root) as again:  # released on close
        assert len(again.list()) == 1


CHILD = """
import sys
from pathlib import Path
from netwerkcheck.store import CheckStore, StoreLocked
try:
    CheckStore(Path(sys.argv[1]))
except StoreLocked:
    print("LOCKED")
else:
    print("GOT IT")
"""


def test_second_process_is_locked_out(tmp_path: Path) -> None:
    root = tmp_path / "d"
    with CheckStore(root) as first:
        first.save(record())
        before = _snapshot(root)
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(root)], capture_output=True, text=True, timeout=60
        )
        assert out.stdout.strip() == "LOCKED", out.stderr
        assert _snapshot(root) == before
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(root)], capture_output=True, text=True, timeout=60
    )
    assert out.stdout.strip() == "GOT IT"
