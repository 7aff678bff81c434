"""Exports write only new regular files (issue #17, case 10).

`write_new_file` (store.atomic) is what every export and handout goes through: a FIFO,
device, folder or a link to one is refused; an existing file is refused unless
replace=True; the CLI asks for --force.
"""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from netwerkcheck.cli import main
from netwerkcheck.store import CheckStore
from netwerkcheck.store.atomic import write_new_file
from netwerkcheck.store.errors import FileExists, NotAFile
from tests.store.helpers import record

posix = pytest.mark.skipif(os.name != "posix", reason="POSIX special files")


def _save() -> str:
    with CheckStore() as store:
        return store.save(record("Vaker bellen")).id


@posix
def test_case10_export_refuses_a_fifo_and_leaves_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    check_id = _save()
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert main(["--lang", "en", "export", check_id, "-o", str(fifo)]) == 1
    assert "not an ordinary file" in capsys.readouterr().err
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert main(["export", check_id, "-o", str(fifo), "--force"]) == 1  # not even forced
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


@posix
@pytest.mark.skipif(not Path("/dev/null").exists(), reason="needs /dev/null")
def test_case10_export_refuses_a_device_and_a_link_to_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    check_id = _save()
    link = tmp_path / "null.md"
    link.symlink_to("/dev/null")
    # only through a link: on the old code, -o /dev/null as root replaced the device itself
    assert main(["export", check_id, "-o", str(link), "--force"]) == 1
    assert "geen gewoon bestand" in capsys.readouterr().err
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode) and link.is_symlink()


def test_case10_export_never_overwrites_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    check_id = _save()
    target = tmp_path / "uit.md"
    target.write_text("van mij")
    assert main(["--lang", "en", "export", check_id, "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert "There is already a file" in err and "--force" in err
    assert target.read_text() == "van mij"
    assert main(["export", check_id, "-o", str(target), "--force"]) == 0
    assert target.read_text("utf-8").startswith("# ")
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_case10_export_refuses_a_folder(tmp_path: Path) -> None:
    check_id = _save()
    assert main(["export", check_id, "-o", str(tmp_path), "--force"]) == 1


def test_write_new_file_makes_a_private_regular_file(tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    path = write_new_file(tmp_path / "a.txt", b"x")
    assert path.read_bytes() == b"x"
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with pytest.raises(FileExists):
        write_new_file(tmp_path / "a.txt", b"y")
    assert path.read_bytes() == b"x"
    write_new_file(tmp_path / "a.txt", b"y", replace=True)
    assert path.read_bytes() == b"y"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]  # no temp file left


@posix
def test_write_new_file_replaces_through_a_link_to_a_regular_file(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text("old")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    with pytest.raises(FileExists):
        write_new_file(link, b"new")
    write_new_file(link, b"new", replace=True)
    assert link.is_symlink() and real.read_bytes() == b"new"
    dangling = tmp_path / "dangling.txt"
    dangling.symlink_to(tmp_path / "nowhere")
    with pytest.raises(NotAFile):
        write_new_file(dangling, b"x")
    assert not (tmp_path / "nowhere").exists()


@posix
def test_write_new_file_on_a_fifo_never_blocks(tmp_path: Path) -> None:
    fifo = tmp_path / "p"
    os.mkfifo(fifo)
    done = threading.Event()
    raised: list[BaseException] = []

    def write() -> None:
        try:
            write_new_file(fifo, b"x", replace=True)
        except BaseException as exc:
            raised.append(exc)
        done.set()

    worker = threading.Thread(target=write, daemon=True)
    worker.start()
    worker.join(60)  # a safety net: a blocking open would never return
    assert done.is_set() and isinstance(raised[0], NotAFile)
