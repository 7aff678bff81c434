"""Folders 0700 and files 0600 whatever the umask; wrong modes repaired at start."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from netwerkcheck.report.export import write_export
from netwerkcheck.store import CheckStore
from tests.store.helpers import record

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")


def _mode(p: Path) -> int:
    return stat.S_IMODE(p.lstat().st_mode)


@pytest.fixture
def umask_000() -> Iterator[None]:
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def test_new_folders_and_files_are_private_under_umask_000(tmp_path: Path, umask_000: None) -> None:
    root = tmp_path / "a" / "b" / "netwerkcheck"
    with CheckStore(root) as store:
        saved = store.save(record())
        store.save(saved)
    assert _mode(tmp_path / "a") == 0o700  # missing parents too (as XDG asks)
    for folder in (root, root / "checks"):
        assert _mode(folder) == 0o700, folder
    names = sorted(p.name for p in (root / "checks").iterdir())
    assert names == [f"{saved.id}.json", f"{saved.id}.json.bak"]
    for p in [*(root / "checks").iterdir(), root / "netwerkcheck.lock"]:
        if p.exists():
            assert _mode(p) == 0o600, p


def test_export_file_is_private_under_umask_000(tmp_path: Path, umask_000: None) -> None:
    out = write_export(tmp_path / "export.html", "<p>x</p>")
    assert _mode(out) == 0o600


def test_loose_modes_are_repaired_and_reported(tmp_path: Path) -> None:
    root = tmp_path / "d"
    with CheckStore(root) as store:
        saved = store.save(record())
    os.chmod(root, 0o755)
    os.chmod(root / "checks", 0o777)
    os.chmod(root / "checks" / f"{saved.id}.json", 0o644)
    with CheckStore(root) as store:
        notices = store.take_notices()
    assert _mode(root) == 0o700 and _mode(root / "checks") == 0o700
    assert _mode(root / "checks" / f"{saved.id}.json") == 0o600
    assert len(notices) == 1 and "3" in notices[0].message("en")


def test_nothing_to_repair_means_no_notice(tmp_path: Path) -> None:
    with CheckStore(tmp_path / "d"):
        pass
    with CheckStore(tmp_path / "d") as store:
        assert store.take_notices() == []
