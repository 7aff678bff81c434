"""Files the app did not make, special files and replaced locks (issue #17, cases 1-5, 9, 11).

Each test failed on the code before the fix; the case number of the issue is in its name.
"""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from netwerkcheck.cli import main
from netwerkcheck.store import CheckStore, SaveError, StoreLocked, paths
from netwerkcheck.store.paths import data_dir
from netwerkcheck.store.record import ID_PATTERN
from netwerkcheck.store.repo import MAX_CHECK_BYTES
from tests.store.helpers import record

posix = pytest.mark.skipif(os.name != "posix", reason="POSIX files")
CHECK_NAME = "20260101-000000-abcdef.json"


def _mode(p: Path) -> int:
    return stat.S_IMODE(p.lstat().st_mode)


def test_own_id_pattern_is_the_records() -> None:
    assert f"^{paths.ID_RE}$" == ID_PATTERN


# --- case 1: forget touches only what netwerkcheck made ----------------------------------


def test_case1_forget_leaves_a_subfolder_and_foreign_files(
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = data_dir()
    with CheckStore() as store:
        saved = store.save(record())
    (root / "checks" / "sub").mkdir()
    (root / "checks" / "sub" / "a.py").write_text("t")
    (root / "checks" / "notes.txt").write_text("mine")
    (root / "checks" / f"{saved.id}.json.mine").write_text("mine too")
    assert main(["--lang", "en", "forget", "--confirm", "FORGET"]) == 0
    out = capsys.readouterr().out
    assert (root / "checks" / "sub" / "a.py").read_text() == "t"
    assert sorted(p.name for p in (root / "checks").iterdir()) == [
        f"{saved.id}.json.mine",
        "notes.txt",
        "sub",
    ]
    assert "not touched: 3" in out


def test_case1_forget_in_dutch_says_niet_aangeraakt(capsys: pytest.CaptureFixture[str]) -> None:
    root = data_dir()
    with CheckStore() as store:
        store.save(record())
    (root / "checks" / "a.txt").write_text("x")
    (root / "b.txt").write_text("x")
    assert main(["forget", "--confirm", "VERGETEN"]) == 0
    assert "niet van netwerkcheck, niet aangeraakt: 2 bestand" in capsys.readouterr().out.lower()


@posix
def test_case1_forget_does_not_follow_a_symlinked_checks_folder(tmp_path: Path) -> None:
    photos = tmp_path / "photos"
    photos.mkdir()
    (photos / CHECK_NAME).write_text("{}")  # named like ours, but behind a link
    (photos / "holiday.jpg").write_bytes(b"jpg")
    root = tmp_path / "data"
    root.mkdir()
    (root / "checks").symlink_to(photos)
    store = CheckStore(root)
    store.forget_all()
    assert sorted(p.name for p in photos.iterdir()) == [CHECK_NAME, "holiday.jpg"]
    assert (root / "checks").is_symlink()
    assert "1" in store.take_notices()[0].message("en")


@posix
def test_case1_forget_does_not_follow_a_symlink_named_like_a_check(tmp_path: Path) -> None:
    elsewhere = tmp_path / "precious.json"
    elsewhere.write_text("mine")
    root = tmp_path / "data"
    with CheckStore(root) as store:
        store.save(record())
    (root / "checks" / CHECK_NAME).symlink_to(elsewhere)
    store = CheckStore(root)
    store.take_notices()
    store.forget_all()
    assert elsewhere.read_text() == "mine"
    assert (root / "checks" / CHECK_NAME).is_symlink()


def test_case1_forget_patterns_cover_every_file_the_store_makes(tmp_path: Path) -> None:
    root = tmp_path / "data"
    with CheckStore(root) as store:
        saved = store.save(record())
        store.save(saved)
        (root / "checks" / f"{saved.id}.json").write_bytes(b"{")
        store.list()  # sets it aside as .corrupt-<stamp>, restores from .bak
    made = [p.name for p in (root / "checks").iterdir()]
    assert any(".corrupt-" in n for n in made) and len(made) >= 3
    assert all(paths.is_own(paths.CHECKS, n) for n in made), made
    assert paths.is_own(paths.CHECKS, f".{saved.id}.json.k2j_x9ab.tmp")
    with CheckStore(root) as store:
        store.forget_all()
    assert not root.exists()


# --- case 2: permission repair touches only what netwerkcheck made -----------------------


@posix
def test_case2_repair_leaves_foreign_files_and_links_alone(tmp_path: Path) -> None:
    root = tmp_path / "data"
    with CheckStore(root) as store:
        saved = store.save(record())
    script = root / "run.sh"
    script.write_text("#!/bin/sh\n")
    os.chmod(script, 0o755)
    (root / "checks" / "sub").mkdir(mode=0o755)
    os.chmod(root / "checks" / "sub", 0o755)
    outside = tmp_path / "outside.txt"
    outside.write_text("x")
    os.chmod(outside, 0o644)
    (root / "checks" / CHECK_NAME).symlink_to(outside)
    os.chmod(root / "checks" / f"{saved.id}.json", 0o644)
    with CheckStore(root) as store:
        notices = store.take_notices()
    os.chmod(root, 0o755)
    with CheckStore(root) as store:
        store.take_notices()
    assert _mode(root) == 0o755  # shared with other files: not ours to change
    assert _mode(script) == 0o755
    assert _mode(root / "checks" / "sub") == 0o755
    assert _mode(outside) == 0o644
    assert _mode(root / "checks" / f"{saved.id}.json") == 0o600  # ours: repaired
    assert [n.key for n in notices] == ["store.notice.repaired"]


# --- case 3: special files where a check belongs -----------------------------------------


def _run_history(root: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """`netwerkcheck history` in a child with a 10 s CPU and 512 MB memory limit (a hang or
    a read of /dev/zero ends it), never the real home."""
    code = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_CPU, (10, 10))\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1 << 29, 1 << 29))\n"
        "from netwerkcheck.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    env = {**os.environ, "NETWERKCHECK_DATA_DIR": str(root), "NETWERKCHECK_LANG": "en"}
    return subprocess.run(
        [sys.executable, "-c", code, *extra, "history"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,  # a safety net only: the child blocks without using CPU when it hangs
    )


@posix
def test_case3_a_fifo_named_like_a_check_does_not_hang(tmp_path: Path) -> None:
    root = tmp_path / "f"
    (root / "checks").mkdir(parents=True)
    os.mkfifo(root / "checks" / CHECK_NAME)
    out = _run_history(root)
    assert out.returncode == 0, out.stderr
    assert CHECK_NAME in out.stderr and "set aside" in out.stderr
    assert not (root / "checks" / CHECK_NAME).exists()
    aside = [p for p in (root / "checks").iterdir() if ".corrupt-" in p.name]
    assert len(aside) == 1 and stat.S_ISFIFO(aside[0].lstat().st_mode)
    again = _run_history(root)
    assert again.returncode == 0 and "No checks" in again.stdout


@posix
@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_case3_a_symlink_to_dev_zero_is_not_read(tmp_path: Path) -> None:
    root = tmp_path / "z"
    (root / "checks").mkdir(parents=True)
    (root / "checks" / CHECK_NAME).symlink_to("/dev/zero")
    out = _run_history(root)
    assert out.returncode == 0, out.stderr
    assert "not an ordinary file" in out.stderr
    assert Path("/dev/zero").exists()


def test_case3_a_file_over_the_size_limit_is_set_aside(tmp_path: Path) -> None:
    root = tmp_path / "big"
    with CheckStore(root) as store:
        (root / "checks" / CHECK_NAME).write_bytes(b" " * (MAX_CHECK_BYTES + 1))
        assert store.list() == []
        notices = store.take_notices()
    assert "too large" in notices[0].message("en")


def test_case3_a_folder_named_like_a_check_is_set_aside(tmp_path: Path) -> None:
    root = tmp_path / "dir"
    with CheckStore(root) as store:
        (root / "checks" / CHECK_NAME).mkdir()
        assert store.list() == []
        assert "not an ordinary file" in store.take_notices()[0].message("en")


# --- case 4: deep nesting -----------------------------------------------------------------


def test_case4_deeply_nested_json_is_set_aside(tmp_path: Path) -> None:
    root = tmp_path / "n"
    (root / "checks").mkdir(parents=True)
    (root / "checks" / CHECK_NAME).write_text("[" * 200_000)
    out = _run_history(root)
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr and "RecursionError" not in out.stderr
    assert "set aside" in out.stderr


# --- case 5: told at start ----------------------------------------------------------------


def test_case5_plain_mode_tells_about_a_set_aside_file_at_start(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    from tests.store.conftest import SMALL_CONTENT

    with CheckStore() as store:
        store.save(record())
    (data_dir() / "checks" / CHECK_NAME).write_bytes(b"{kapot")
    monkeypatch.setattr(sys, "stdin", io.StringIO("q\n"))
    main(["--plain", "--content", str(SMALL_CONTENT)])
    out = capsys.readouterr().out
    assert CHECK_NAME in out and "opzij gezet" in out
    assert out.index("opzij gezet") < out.index("Netwerkcheck")  # before the check begins


# --- case 9: the lock is the folder itself -------------------------------------------------


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


def test_case9_deleting_the_lock_file_does_not_let_a_second_writer_in(tmp_path: Path) -> None:
    root = tmp_path / "d"
    with CheckStore(root) as first:
        first.save(record())
        for name in os.listdir(root):
            if not (root / name).is_dir():
                os.unlink(root / name)  # every file in the data folder, the lock file too
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(root)], capture_output=True, text=True, timeout=60
        )
        assert out.stdout.strip() == "LOCKED", out.stderr
        with pytest.raises(StoreLocked):
            CheckStore(root)


@posix
def test_case9_a_folder_replaced_under_a_running_store_is_not_written(tmp_path: Path) -> None:
    root = tmp_path / "d"
    with CheckStore(root) as first:
        saved = first.save(record())
        os.rename(root, tmp_path / "moved")
        with CheckStore(root) as second:  # a new folder at the same path: its own lock
            second.save(record("van de tweede"))
            with pytest.raises(SaveError):
                first.save(saved)


# --- case 11: a read-only copy ------------------------------------------------------------


@posix
@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores modes")
def test_case11_history_lists_a_read_only_copy(tmp_path: Path) -> None:
    root = tmp_path / "backup"
    with CheckStore(root) as store:
        saved = store.save(record())
    os.chmod(root / "checks", 0o500)
    os.chmod(root, 0o500)
    try:
        out = _run_history(root)
    finally:
        os.chmod(root, 0o700)
        os.chmod(root / "checks", 0o700)
    assert out.returncode == 0, out.stderr
    assert saved.id in out.stdout and "nothing can be saved" in out.stderr


def test_case11_read_only_store_reads_without_the_lock_and_changes_nothing(
    tmp_path: Path,
) -> None:
    root = tmp_path / "copy"
    with CheckStore(root) as store:
        saved = store.save(record())
    (root / "checks" / CHECK_NAME).write_bytes(b"{")
    before = sorted(os.listdir(root / "checks"))
    with CheckStore(root) as running:  # even while another instance holds the lock
        reader = CheckStore(root, read_only=True)
        assert [r.id for r in reader.list()] == [saved.id]
        keys = [n.key for n in reader.take_notices()]
        assert keys[0] == "store.notice.read_only" and "store.notice.unreadable" in keys
        with pytest.raises(SaveError):
            reader.save(saved)
        with pytest.raises(SaveError):
            reader.delete(saved.id)
        assert running.is_open
    assert sorted(os.listdir(root / "checks")) == before


def test_case11_for_reading_falls_back_when_the_folder_cannot_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from netwerkcheck.store import paths

    root = tmp_path / "ro"
    with CheckStore(root) as store:
        saved = store.save(record())

    def read_only_fs(*_: object, **__: object) -> None:
        raise OSError(30, "Read-only file system")  # EROFS

    monkeypatch.setattr(paths, "make_private_dir", read_only_fs)  # what repo uses
    with CheckStore.for_reading(root) as reader:
        assert reader.read_only and [r.id for r in reader.list()] == [saved.id]
        assert re.search("nothing can be saved", reader.take_notices()[0].message("en"))


def test_vault_names_are_the_vaults() -> None:
    from netwerkcheck.store import vault

    assert paths.VAULT_SETTINGS == vault.SETTINGS_NAME
    assert paths.VAULT_HEADER == vault.HEADER_NAME
    assert paths.is_own(
        f"{paths.VAULT_DIR}/{paths.CHECKS}", f"20260101-000000-abcdef{vault.ENC_SUFFIX}"
    )
