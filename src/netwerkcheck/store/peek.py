"""A quick look at the saved checks for the first screen, without loading the store.

The welcome screen only needs to know: is there an unfinished check of the person's
own to offer, and are there own checks at all (the history button)? Answering that
through CheckStore would import pydantic and the engine before the first paint, so
this module reads the folder with the standard library only: a directory listing,
then the newest few files (by modification time) with `json`.

It is a hint, never the truth: it writes nothing, repairs nothing, takes no lock and
skips whatever it does not like (links, special files, big files, bad JSON, unknown
schemas). The app opens the real store after the first paint and, when the store
says otherwise, shows the welcome screen again with what the store found.

Safety: only regular files are opened, with O_NOFOLLOW and O_NONBLOCK (a link or a
FIFO planted in the folder can neither redirect nor block the read), each read is
capped, and at most MAX_FILES files are read.
"""

from __future__ import annotations

import json
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

# Kept in step with store.record (tests/store/test_peek.py checks both): importing
# record here would import pydantic, which is what this module avoids.
ID_PATTERN = r"^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$"
SCHEMA_VERSION = 3
CHECKS = "checks"
SUFFIX = ".json"
MAX_FILES = 32
MAX_BYTES = 1 << 20  # a saved check is a few kilobytes; a network of 200 people well under this

_ID = re.compile(ID_PATTERN)
_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
_FLAGS |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


@dataclass(frozen=True)
class Unfinished:
    """An unfinished check the welcome screen may offer to continue."""

    id: str
    updated: str
    created: str


@dataclass(frozen=True)
class Peek:
    """What the welcome screen needs before the store is open."""

    unfinished: Unfinished | None = None
    own_checks: bool = False
    """At least one of the person's own checks (not a counsellor's client) was seen."""


def _candidates(checks: Path) -> list[tuple[float, str, str]]:
    """(mtime, id, name) of the regular `<id>.json` files, newest first."""
    found: list[tuple[float, str, str]] = []
    try:
        with os.scandir(checks) as entries:
            for entry in entries:
                name = entry.name
                if not name.endswith(SUFFIX) or name.startswith("."):
                    continue
                check_id = name[: -len(SUFFIX)]
                if not _ID.match(check_id):
                    continue
                try:
                    st = entry.stat(follow_symlinks=False)
                except OSError:
                    continue
                if stat.S_ISREG(st.st_mode):
                    found.append((st.st_mtime, check_id, name))
    except OSError:
        return []
    found.sort(reverse=True)
    return found


def read_json_file(path: Path, limit: int = MAX_BYTES) -> object | None:
    """The decoded JSON of a regular file of at most `limit` bytes, or None.

    Never follows a symbolic link, never blocks on a FIFO or device, never raises.
    """
    try:
        fd = os.open(path, _FLAGS)
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size > limit:
            return None
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = os.read(fd, min(65536, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:  # grew while we read it
                return None
        data: object = json.loads(b"".join(chunks).decode("utf-8"))
        return data
    except (OSError, ValueError, RecursionError):
        return None
    finally:
        os.close(fd)


def _summary(data: object, check_id: str) -> dict[str, object] | None:
    """The fields the peek uses, when `data` looks like a check this app can read."""
    if not isinstance(data, dict):
        return None
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        return None
    if not 1 <= version <= SCHEMA_VERSION or data.get("id") != check_id:
        return None
    finished, client = data.get("finished", False), data.get("client")
    updated, created = data.get("updated"), data.get("created")
    if not isinstance(finished, bool) or not (client is None or isinstance(client, str)):
        return None
    if not isinstance(updated, str) or not isinstance(created, str):
        return None
    return {"finished": finished, "client": client, "updated": updated, "created": created}


def peek(root: Path, max_files: int = MAX_FILES) -> Peek:
    """A quick look in the data folder `root` (not created, not changed).

    The unfinished own check with the latest `updated` among the `max_files` newest
    files, as CheckStore.latest_unfinished would pick it when those files are good.
    """
    best: Unfinished | None = None
    own = False
    for _, check_id, name in _candidates(root / CHECKS)[:max_files]:
        info = _summary(read_json_file(root / CHECKS / name), check_id)
        if info is None or info["client"] is not None:
            continue
        own = True
        if info["finished"]:
            continue
        found = Unfinished(check_id, str(info["updated"]), str(info["created"]))
        if best is None or (found.updated, found.created, found.id) > (
            best.updated,
            best.created,
            best.id,
        ):
            best = found
    return Peek(best, own)
