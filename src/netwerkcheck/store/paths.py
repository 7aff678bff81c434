"""Where saved checks live, what netwerkcheck made there, and keeping it private.

The data folder is platformdirs' user data dir (XDG_DATA_HOME on Linux), or the
folder named by NETWERKCHECK_DATA_DIR. Folders are 0700 and files 0600 whatever
the umask, and wrong modes are repaired at every start (XDG asks for 0700 too).

NETWERKCHECK_DATA_DIR may point at a folder that holds other things too, so
everything that changes or deletes files (permission repair, forget) touches only
what netwerkcheck made: names matching `OWN_FILES`, directly in the folders named
there, never following a symbolic link (descriptors with O_NOFOLLOW and dir_fd,
scandir without following, lstat). Anything else is left alone and counted, so
the person can be told.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "netwerkcheck"
ENV_DATA_DIR = "NETWERKCHECK_DATA_DIR"
DIR_MODE = 0o700
FILE_MODE = 0o600
CHECKS = "checks"
LOCK_NAME = "netwerkcheck.lock"
"""The lock file of older versions (the lock is now on the data folder itself); still ours."""

# chmod means little on Windows; permissions there come from the profile folder's ACL.
POSIX = os.name == "posix"

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)

# The same characters as store.record.ID_PATTERN (a test keeps the two in step; record
# is not imported here because it pulls in pydantic).
ID_RE = r"[0-9A-Za-z][0-9A-Za-z_-]{0,63}"
_STAMP = r"\d{8}T\d{6}(-\d+)?"


@dataclass(frozen=True)
class OwnFiles:
    """Files netwerkcheck makes: `folder` ("" is the data folder itself) and a full-match
    regular expression for their names."""

    folder: str
    pattern: str

    def matches(self, name: str) -> bool:
        return re.fullmatch(self.pattern, name) is not None


VAULT_DIR = "counsellor"
VAULT_HEADER = "vault.json"
VAULT_SETTINGS = "settings.enc"  # store.vault.SETTINGS_NAME (a test keeps them in step)

_CHECK_FILES = (
    # a check (.json; sealed in the vault: .json.enc), its backup, copies set aside
    # (store.repo CORRUPT_TAG / NEWER_TAG), and temp files of atomic writes
    rf"{ID_RE}\.json(\.enc)?(\.bak)?",
    rf"{ID_RE}\.json(\.enc)?(\.bak)?\.(corrupt|newer)-{_STAMP}",
    rf"\.{ID_RE}\.json(\.enc)?(\.bak)?\.[A-Za-z0-9_]{{1,32}}\.tmp",
)
_VAULT_FILES = (
    re.escape(VAULT_HEADER),
    re.escape(VAULT_SETTINGS),
    rf"\.({re.escape(VAULT_HEADER)}|{re.escape(VAULT_SETTINGS)})\.[A-Za-z0-9_]{{1,32}}\.tmp",
    re.escape(LOCK_NAME),
)

OWN_FILES: list[OwnFiles] = [
    *(OwnFiles(CHECKS, p) for p in _CHECK_FILES),
    OwnFiles("", re.escape(LOCK_NAME)),
    *(OwnFiles(VAULT_DIR, p) for p in _VAULT_FILES),
    *(OwnFiles(f"{VAULT_DIR}/{CHECKS}", p) for p in _CHECK_FILES),
]
"""Every kind of file netwerkcheck makes, by folder (relative to the data folder), in
the one list that forget and permission repair go by. A module that saves something
new adds its entries here, and its folder, when new, to OWN_FOLDERS."""

OWN_FOLDERS: list[str] = [CHECKS, VAULT_DIR, f"{VAULT_DIR}/{CHECKS}"]
"""Folders netwerkcheck makes under the data folder (relative paths)."""

SEPARATE_AREAS: tuple[str, ...] = (VAULT_DIR,)
"""Own folders that are a store of their own (the counsellor's vault, with its own lock):
a sweep of the data folder leaves them to that store (the person's forget keeps the
vault; the vault's forget removes it)."""


def is_check_file(name: str) -> bool:
    """A name of a check file, its backup, a set-aside copy or a temp file."""
    return any(re.fullmatch(p, name) for p in _CHECK_FILES)


def data_dir() -> Path:
    """The folder for all saved data (not created here)."""
    override = os.environ.get(ENV_DATA_DIR, "").strip()
    if override:
        return Path(override).expanduser()
    return user_data_path(APP_NAME, appauthor=False)


def checks_dir(root: Path) -> Path:
    return root / CHECKS


def lock_path(root: Path) -> Path:
    return root / LOCK_NAME


def is_own(folder: str, name: str) -> bool:
    return any(o.folder == folder and o.matches(name) for o in OWN_FILES)


def vault_header(root: Path) -> Path:
    """The counsellor vault's header (store/vault.py): if it exists, a passphrase was
    set on this computer. Here so the first screen can ask without loading the store."""
    return root / VAULT_DIR / VAULT_HEADER


def make_private_dir(path: Path) -> None:
    """Create `path` and any missing parents with mode 0700 (not left to the umask)."""
    missing: list[Path] = []
    here = path
    while not os.path.lexists(here):
        missing.append(here)
        if here.parent == here:
            break
        here = here.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=DIR_MODE)
        except FileExistsError:
            pass
        if POSIX:
            os.chmod(folder, DIR_MODE, follow_symlinks=False)


def open_dir(path: Path | str, dir_fd: int | None = None) -> int:
    """A descriptor of the folder itself; a symbolic link there raises OSError (ELOOP
    or ENOTDIR), so nothing behind a link is ever touched through it."""
    return os.open(path, os.O_RDONLY | _DIRECTORY | _NOFOLLOW | _CLOEXEC, dir_fd=dir_fd)


@contextmanager
def opened_dir(path: Path | str, dir_fd: int | None = None) -> Iterator[int]:
    fd = open_dir(path, dir_fd)
    try:
        yield fd
    finally:
        os.close(fd)


@dataclass
class Sweep:
    """What a walk over the data folder did: files changed, and entries left alone
    because netwerkcheck did not make them (shown as 'not touched: N')."""

    changed: int = 0
    foreign: list[str] = field(default_factory=list)
    failed: OSError | None = None


def _entries(fd: int) -> list[tuple[str, os.stat_result]]:
    out: list[tuple[str, os.stat_result]] = []
    with os.scandir(fd) as it:
        for entry in it:
            try:
                out.append((entry.name, entry.stat(follow_symlinks=False)))
            except OSError:
                continue
    return out


def sweep(root: Path, action: str, area: str = "") -> Sweep:
    """Walk what netwerkcheck made under `root`: "repair" sets modes, "remove" deletes.

    `area` is where `root` is inside the data folder ("" for the data folder itself,
    "counsellor" for the vault's store). Only regular files with our names directly in
    our folders are touched (and the folders themselves); a symlink, a FIFO, a folder
    or a file with another name is left as it is and listed in `foreign`. `root` may be
    a link (the person chose it); everything below it is opened with O_NOFOLLOW
    relative to its parent's descriptor.
    """
    result = Sweep()
    if not POSIX and action == "repair":
        return result
    try:
        root_fd = os.open(root, os.O_RDONLY | _DIRECTORY | _CLOEXEC)
    except OSError:
        return result
    try:
        top_foreign = _sweep_folder(root_fd, area, action, result)
        if action == "repair" and (area or not top_foreign):
            # the data folder itself only when it holds nothing but ours: a folder the
            # person shares with other files (NETWERKCHECK_DATA_DIR) keeps its mode
            _fix_mode(root_fd, DIR_MODE, result)
    finally:
        os.close(root_fd)
    return result


def _sweep_folder(fd: int, folder: str, action: str, result: Sweep) -> int:
    """One of our folders; returns how many entries directly in it are not ours."""
    foreign = 0
    for name, st in _entries(fd):
        where = f"{folder}/{name}" if folder else name
        if where in SEPARATE_AREAS and stat.S_ISDIR(st.st_mode):
            continue  # ours, swept by its own store
        if where in OWN_FOLDERS and stat.S_ISDIR(st.st_mode):
            try:
                with opened_dir(name, fd) as sub:
                    if action == "repair":
                        _fix_mode(sub, DIR_MODE, result)
                    _sweep_folder(sub, where, action, result)
            except OSError as exc:  # replaced by a link or gone since the listing
                result.foreign.append(f"{where}/")
                foreign += 1
                if action == "remove":
                    result.failed = result.failed or exc
                continue
            if action == "remove":
                try:
                    os.rmdir(name, dir_fd=fd)  # only when empty
                except OSError:
                    pass
        elif stat.S_ISREG(st.st_mode) and is_own(folder, name):
            _act(fd, name, action, result)
        else:
            result.foreign.append(where)
            foreign += 1
    return foreign


def _act(dir_fd: int, name: str, action: str, result: Sweep) -> None:
    if action == "remove":
        try:
            os.unlink(name, dir_fd=dir_fd)
            result.changed += 1
        except FileNotFoundError:
            pass
        except OSError as exc:
            result.failed = result.failed or exc
        return
    try:
        fd = os.open(name, os.O_RDONLY | _NOFOLLOW | _NONBLOCK | _CLOEXEC, dir_fd=dir_fd)
    except OSError:
        return
    try:
        if stat.S_ISREG(os.fstat(fd).st_mode):
            _fix_mode(fd, FILE_MODE, result)
    finally:
        os.close(fd)


def _fix_mode(fd: int, want: int, result: Sweep) -> None:
    try:
        if stat.S_IMODE(os.fstat(fd).st_mode) != want:
            os.fchmod(fd, want)
            result.changed += 1
    except OSError:
        pass


class NotRegular(OSError):
    """The path is a FIFO, device, socket, folder or a symbolic link: not read."""


class TooLarge(OSError):
    """The file is larger than the caller's limit: not read."""


READ_FLAGS = os.O_RDONLY | _NOFOLLOW | _NONBLOCK | _CLOEXEC | getattr(os, "O_BINARY", 0)


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes, the one way the store reads
    what it saved (checks, the vault's header and settings, the quick peek).

    Never follows a symbolic link (O_NOFOLLOW), never blocks on a FIFO (O_NONBLOCK;
    fstat then says it is not a regular file), never reads past `limit`. Raises
    NotRegular, TooLarge, FileNotFoundError or another OSError.
    """
    try:
        fd = os.open(path, READ_FLAGS)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.EMLINK, errno.ENXIO, errno.EISDIR):
            raise NotRegular(exc.errno, "not a regular file") from None
        raise
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise NotRegular(errno.EINVAL, "not a regular file")
        if st.st_size > limit:
            raise TooLarge(errno.EFBIG, "too large")
        chunks: list[bytes] = []
        size = 0
        while chunk := os.read(fd, min(1 << 16, limit + 1 - size)):
            size += len(chunk)
            if size > limit:  # grew while it was read
                raise TooLarge(errno.EFBIG, "too large")
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def repair_permissions(root: Path, area: str = "") -> Sweep:
    """Set the data folder and our folders to 0700 and our files to 0600.

    `changed` counts the modes set, `foreign` what was left alone (not ours). Symbolic
    links are never followed; what cannot be changed is left as it is.
    """
    return sweep(root, "repair", area)


def remove_own_files(root: Path, area: str = "") -> Sweep:
    """Delete what netwerkcheck made under `root` (see `sweep`); our folders go when empty."""
    return sweep(root, "remove", area)
