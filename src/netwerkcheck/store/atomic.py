"""Write a file so that it is either the old version or the new one, never half.

The pattern of pip, git and atomicwrites: a temp file in the same folder, write,
fsync, os.replace over the target, then fsync the folder so the new name survives
a power cut. Any OSError becomes SaveError; the temp file is always removed.
A temp file left by a process killed mid-write is swept by `remove_stale_temps`.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
import time
from pathlib import Path

from netwerkcheck.store.errors import FileExists, NotAFile, SaveError
from netwerkcheck.store.paths import FILE_MODE, is_check_file

TEMP_SUFFIX = ".tmp"
BAK_SUFFIX = ".bak"


def temp_prefix(target: Path) -> str:
    return f".{target.name}."


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _replace(src: str, dst: Path) -> None:
    """os.replace; on Windows retried for about a second while a virus scanner
    holds the file open (as pip does)."""
    if sys.platform != "win32":
        os.replace(src, dst)
        return
    for _ in range(20):  # pragma: no cover - Windows only
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            time.sleep(0.05)
    os.replace(src, dst)  # pragma: no cover


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable. Best effort: some file systems refuse
    fsync on a folder, and by now the new file is already in place."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        try:
            os.close(fd)
        except OSError:
            pass


def _write_temp(target: Path, data: bytes) -> str:
    """Write `data` to a new temp file (mode 0600) beside `target`, fsync and close it,
    and return its path. On any OSError the temp file is removed and the error raised."""
    fd, tmp = tempfile.mkstemp(prefix=temp_prefix(target), suffix=TEMP_SUFFIX, dir=target.parent)
    try:
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, FILE_MODE)  # mkstemp already uses 0600; say it anyway
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)  # a failed close still frees the descriptor: never close it twice
    except BaseException:
        _unlink_quietly(tmp)
        raise
    return tmp


def _unlink_quietly(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def atomic_write(target: Path, data: bytes) -> None:
    """Replace `target` with `data` atomically; the file gets mode 0600.

    Raises SaveError (never a bare OSError); on failure `target` is unchanged and
    no temp file is left behind.
    """
    try:
        tmp = _write_temp(target, data)
        try:
            _replace(tmp, target)
        except BaseException:
            _unlink_quietly(tmp)
            raise
    except OSError as exc:
        raise SaveError.from_oserror(exc) from None
    fsync_dir(target.parent)


def write_with_backup(target: Path, data: bytes, previous: bytes | None) -> None:
    """Keep `previous` (the current good contents) as `<target>.bak`, then write.

    The .bak is written first, atomically too, so at every moment the target holds
    the old or the new version and the .bak holds a good older one.
    """
    if previous is not None and previous != data:
        bak = target.with_name(target.name + BAK_SUFFIX)
        try:
            same = bak.read_bytes() == previous
        except OSError:
            same = False
        if not same:
            atomic_write(bak, previous)
    atomic_write(target, data)


def remove_stale_temps(folder: Path) -> int:
    """Delete temp files left by a write that was killed halfway. Call this only
    while holding the store lock, so no other writer is using them."""
    removed = 0
    try:
        names = os.listdir(folder)
    except OSError:
        return 0
    for name in names:
        if name.endswith(TEMP_SUFFIX) and is_check_file(name):
            try:
                if stat.S_ISREG(os.lstat(folder / name).st_mode):
                    os.unlink(folder / name)
                    removed += 1
            except OSError:
                pass
    return removed


def write_new_file(target: Path, data: bytes, *, replace: bool = False) -> Path:
    """Write `data` as a regular file at `target` (mode 0600), safely for a path a person
    typed: what exports and handouts use.

    - A FIFO, device, socket or folder there (or a symlink to one, or a dangling
      symlink) is refused with NotAFile: writing would block, reach a device, or
      replace something that is not a file.
    - An existing file is refused with FileExists unless `replace=True` (then it is
      replaced atomically; through a symlink, the file it points at is).
    - A new file is linked into place without replacing anything, so a file that
      appears meanwhile is never overwritten.
    Returns the path written. Raises SaveError subclasses, never OSError.
    """
    target = Path(target)
    try:
        st = os.lstat(target)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise SaveError.from_oserror(exc) from None
    if st is not None:
        if stat.S_ISLNK(st.st_mode):
            try:
                st = os.stat(target)
            except OSError:
                raise NotAFile(name=str(target)) from None
            if stat.S_ISREG(st.st_mode):
                target = Path(os.path.realpath(target))
        if not stat.S_ISREG(st.st_mode):
            raise NotAFile(name=str(target))
        if not replace:
            raise FileExists(name=str(target))
        atomic_write(target, data)
        return target
    _write_no_replace(target, data)
    return target


def _write_no_replace(target: Path, data: bytes) -> None:
    """Like atomic_write, but the last step is a hard link that fails when the name is
    taken (atomic no-clobber); where links are not supported, a checked replace."""
    try:
        tmp = _write_temp(target, data)
        try:
            try:
                os.link(tmp, target)
            except FileExistsError:
                raise FileExists(name=str(target)) from None
            except OSError:  # no hard links here (FAT, some network drives)
                if os.path.lexists(target):
                    raise FileExists(name=str(target)) from None
                _replace(tmp, target)
            else:
                _unlink_quietly(tmp)  # the file now has its own name; drop the temp one
        except BaseException:
            if os.path.lexists(tmp):
                _unlink_quietly(tmp)
            raise
    except OSError as exc:
        raise SaveError.from_oserror(exc) from None
    fsync_dir(target.parent)
