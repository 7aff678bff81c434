"""CheckStore: the saved checks in one private folder, one JSON file per check.

Promises (each has a test in tests/store):
- Only one netwerkcheck at a time may use the folder: an flock on the data folder's
  own descriptor (released by the kernel when a process dies, so never stale; no
  lock file that deleting would bypass). A second instance gets StoreLocked and
  writes nothing. `read_only=True` reads without the lock (a backup, a read-only
  copy) and never changes anything.
- A check file is read only when it is a regular file (O_NOFOLLOW, O_NONBLOCK,
  fstat), of at most MAX_CHECK_BYTES; a FIFO, device, link or a file too big or
  too deeply nested to parse is set aside like a corrupt one.
- A file that cannot be read as a check (empty, cut off, not UTF-8, not JSON, not
  our schema, from a newer app) is renamed aside with its bytes unchanged, never
  overwritten; its `.bak` is used when that is good; the person is told (notices).
- A failed save raises SaveError with a plain message; what was on disk stays.
- Listing again is cheap: every file is still opened and read as above, but bytes
  already parsed (the same digest) are not decoded and parsed again; a file whose
  bytes changed in any way is read as it is now (tests/store/test_reread.py).
"""

from __future__ import annotations

import builtins
import hashlib
import json
import os
import re
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from pydantic import ValidationError

from netwerkcheck.store import paths
from netwerkcheck.store.atomic import (
    BAK_SUFFIX,
    atomic_write,
    remove_stale_temps,
    write_with_backup,
)
from netwerkcheck.store.errors import (
    NotFound,
    Notice,
    SaveError,
    StoreClosed,
    StoreLocked,
)
from netwerkcheck.store.migrate import FutureSchema, WrongSchema, migrate
from netwerkcheck.store.record import (
    ID_PATTERN,
    SCHEMA_VERSION,
    CheckRecord,
    cleaned_data,
    now_iso,
)

SUFFIX = ".json"
CORRUPT_TAG = ".corrupt-"
NEWER_TAG = ".newer-"

MAX_CHECK_BYTES = 4 * 1024 * 1024
"""A check file larger than this (4 MiB) is not read but set aside: a real check with
a large network is well under 100 KB, and reading must not run out of memory."""


def read_check_bytes(path: Path) -> bytes:
    """The bytes of a check file: only a regular file (never through a symlink, never
    blocking on a FIFO), at most MAX_CHECK_BYTES (paths.read_regular). Raises
    BadFile("not_a_file" or "too_big"), FileNotFoundError, or another OSError."""
    try:
        return paths.read_regular(path, MAX_CHECK_BYTES)
    except paths.NotRegular:
        raise BadFile("not_a_file") from None
    except paths.TooLarge:
        raise BadFile("too_big") from None


class _FolderLock:
    """An exclusive, non-blocking flock on the data folder's own descriptor.

    Deleting a file cannot undo it, and the kernel drops it when the process ends.
    `still_ours()` tells whether the folder at the path is still the locked one (it
    was not removed and made again under us). Where flock does not exist (Windows)
    a lock file is used, as before.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self._fd: int | None = None
        self._file: object | None = None
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows
            from filelock import FileLock, Timeout

            lock = FileLock(str(paths.lock_path(root)), timeout=0, mode=paths.FILE_MODE)
            try:
                lock.acquire()
            except Timeout:
                raise StoreLocked() from None
            self._file = lock
            return
        fd = os.open(root, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | os.O_CLOEXEC)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise StoreLocked() from None
        except OSError:
            os.close(fd)
            raise
        self._fd = fd

    def still_ours(self) -> bool:
        if self._fd is None:
            return True
        try:
            here, held = os.stat(self.root), os.fstat(self._fd)
        except OSError:
            return False
        return (here.st_dev, here.st_ino) == (held.st_dev, held.st_ino)

    def release(self) -> None:
        if self._fd is not None:
            try:
                os.close(self._fd)  # closing the descriptor drops the flock
            except OSError:
                pass
            self._fd = None
        if self._file is not None:  # pragma: no cover - Windows
            self._file.release()  # type: ignore[attr-defined]
            self._file = None


class BadFile(Exception):
    """A file that is not a check we can use; `reason` is a store.bad.* id."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def parse_record(raw: bytes) -> CheckRecord:
    """Bytes of a check file to a current-schema record, or BadFile(reason).

    Error texts of json and pydantic are dropped on purpose: they can quote the
    document (JSONDecodeError.doc holds all of it).
    """
    return record_from_data(parse_data(raw))


def parse_data(raw: bytes) -> Any:
    """Bytes of a check file to its current-schema data with every string cleaned
    (what `record_from_data` validates), or BadFile(reason)."""
    if len(raw) > MAX_CHECK_BYTES:
        raise BadFile("too_big")
    if not raw.strip():
        raise BadFile("empty")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BadFile("not_utf8") from None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError, MemoryError):  # [[[[... nests past the stack
        raise BadFile("not_json") from None
    try:
        current = migrate(data)
    except FutureSchema:
        raise BadFile("future") from None
    except (WrongSchema, RecursionError, MemoryError):
        raise BadFile("wrong_schema") from None
    try:
        return cleaned_data(current)
    except (RecursionError, MemoryError):
        raise BadFile("wrong_schema") from None


def record_from_data(data: Any) -> CheckRecord:
    """Cleaned current-schema data (parse_data) to a new record, or BadFile. The record
    shares nothing mutable with `data`: pydantic builds its own dicts and lists."""
    try:
        return CheckRecord.model_validate(data)
    except (ValidationError, RecursionError, MemoryError):
        raise BadFile("wrong_schema") from None


def _digest(raw: bytes) -> bytes:
    return hashlib.blake2b(raw, digest_size=16).digest()


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S")


class CheckStore:
    """The saved checks. Open it once at start; it holds the lock until close().

    Use `notices` (or `take_notices()`) after opening and after each call to tell
    the person what was repaired or set aside.

    Subclasses may seal the files (store/vault.py): `suffix`, `_encode`, `_decode`.
    """

    suffix = SUFFIX
    area = ""
    """Where this store's folder is inside the data folder (paths.OWN_FILES' folders)."""

    def __init__(self, data_dir: Path | None = None, *, read_only: bool = False) -> None:
        self.root = data_dir if data_dir is not None else paths.data_dir()
        self.checks = paths.checks_dir(self.root)
        self.notices: list[Notice] = []
        self.read_only = read_only
        self._lock: _FolderLock | None = None
        self._open = False
        self._parsed: dict[str, tuple[bytes, Any]] = {}
        """File name to (digest of its bytes, its parse_data) for the files read well:
        a file read again with the same bytes is not decoded, parsed and cleaned again
        (the history lists every check that opening the store listed a moment ago).
        Every read still opens the file as before; only the bytes decide."""
        if read_only:
            self._open = True
            self.notices.append(Notice("store.notice.read_only", {"path": str(self.root)}))
            return
        try:
            paths.make_private_dir(self.root)
        except OSError as exc:
            raise SaveError.from_oserror(exc) from None
        try:
            self._lock = _FolderLock(self.root)
        except OSError as exc:
            raise SaveError.from_oserror(exc) from None
        self._open = True
        try:
            paths.make_private_dir(self.checks)
        except OSError as exc:
            self.close()
            raise SaveError.from_oserror(exc) from None
        swept = paths.repair_permissions(self.root, self.area)
        if swept.changed:
            self.notices.append(Notice("store.notice.repaired", {"count": str(swept.changed)}))
        remove_stale_temps(self.checks)

    @classmethod
    def for_reading(cls, data_dir: Path | None = None) -> CheckStore:
        """Open to list and export: normally (with the lock), or, when the folder cannot
        be written (a read-only copy, a backup), read-only without the lock; then a
        notice says nothing can be saved there."""
        try:
            return cls(data_dir)
        except SaveError as exc:
            if exc.reason not in ("read_only", "no_permission"):
                raise
        return cls(data_dir, read_only=True)

    # --- lifetime -------------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._open

    def close(self) -> None:
        """Release the lock. Safe to call twice."""
        self._parsed.clear()
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        self._open = False

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _require_open(self) -> None:
        if not self._open:
            raise StoreClosed()

    def _require_writable(self) -> None:
        self._require_open()
        if self.read_only:
            raise SaveError("read_only")
        if self._lock is not None and not self._lock.still_ours():
            # the data folder was removed or replaced under us: never write into another
            raise SaveError("other")

    def take_notices(self) -> builtins.list[Notice]:
        """The notices so far, and forget them (so each is shown once)."""
        out, self.notices = self.notices, []
        return out

    # --- files ----------------------------------------------------------------------------

    def path_for(self, check_id: str) -> Path:
        if not re.match(ID_PATTERN, check_id):
            raise NotFound(check_id)
        return self.checks / f"{check_id}{self.suffix}"

    def _encode(self, path: Path, data: bytes) -> bytes:
        """The bytes written for a check's JSON (as they are here)."""
        return data

    def _decode(self, path: Path, raw: bytes) -> bytes:
        """A file's bytes back to the check's JSON; BadFile when that cannot be done."""
        return raw

    @staticmethod
    def _bak(path: Path) -> Path:
        return path.with_name(path.name + BAK_SUFFIX)

    def _set_aside(self, path: Path, reason: str) -> None:
        """Rename a bad file out of the way (bytes unchanged) and tell the person.
        Read-only: only tell."""
        if self.read_only:
            self.notices.append(Notice("store.notice.unreadable", {"name": path.name}))
            return
        tag = NEWER_TAG if reason == "future" else CORRUPT_TAG
        base = f"{path.name}{tag}{_stamp()}"
        target = path.with_name(base)
        n = 1
        while os.path.lexists(target):
            n += 1
            target = path.with_name(f"{base}-{n}")
        try:
            os.rename(path, target)
        except OSError:
            self.notices.append(Notice("store.notice.unreadable", {"name": path.name}))
            return
        self.notices.append(
            Notice(
                f"store.notice.set_aside_{'newer' if reason == 'future' else 'bad'}",
                {"name": path.name, "aside": target.name},
                reason=reason,
            )
        )

    def _read(self, path: Path) -> tuple[CheckRecord | None, bytes | None, str | None]:
        """(record, raw bytes, None) or (None, raw-or-None, reason); never raises."""
        try:
            raw = read_check_bytes(path)
        except FileNotFoundError:
            return None, None, "missing"
        except BadFile as bad:
            return None, None, bad.reason
        except OSError:
            return None, None, "unreadable"
        digest = _digest(raw)
        known = self._parsed.get(path.name)
        if known is not None and known[0] == digest:
            # the same bytes as last time: only the validation, for a record of its own
            try:
                return record_from_data(known[1]), raw, None
            except BadFile:
                del self._parsed[path.name]
        try:
            data = parse_data(self._decode(path, raw))
            record = record_from_data(data)
        except BadFile as bad:
            return None, raw, bad.reason
        self._parsed[path.name] = (digest, data)
        return record, raw, None

    def _load_path(self, path: Path) -> CheckRecord | None:
        """Load one check, falling back to its .bak; set bad files aside."""
        record, _, reason = self._read(path)
        if record is not None:
            return record
        if reason == "unreadable":
            self.notices.append(Notice("store.notice.unreadable", {"name": path.name}))
            return None
        if reason != "missing":
            self._set_aside(path, reason or "wrong_schema")
        bak = self._bak(path)
        bak_record, bak_raw, bak_reason = self._read(bak)
        if bak_record is None or bak_raw is None:
            if bak_reason not in ("missing", None):
                if bak_reason == "unreadable":
                    self.notices.append(Notice("store.notice.unreadable", {"name": bak.name}))
                else:
                    self._set_aside(bak, bak_reason)
            return None
        if self.read_only or os.path.lexists(path):  # not moved aside: leave both alone
            return bak_record
        try:
            atomic_write(path, bak_raw)
        except SaveError:
            pass  # still usable from the .bak; the next save tries again
        self.notices.append(Notice("store.notice.restored", {"name": path.name}))
        return bak_record

    # --- the API the UI uses --------------------------------------------------------------

    def save(self, record: CheckRecord) -> CheckRecord:
        """Write the check (stamping `updated`) and return what was written.

        Raises SaveError (plain message, old file intact) or StoreClosed. A file of
        the same id that is not a good check is set aside first, never overwritten.
        """
        self._require_writable()
        if record.schema_version != SCHEMA_VERSION:
            # never write a file with a schema this app does not know
            raise SaveError("other")
        path = self.path_for(record.id)
        saved = record.model_copy(update={"updated": now_iso()})
        data = self._encode(path, saved.to_json_bytes())
        current, raw, reason = self._read(path)
        previous: bytes | None = raw if current is not None else None
        if reason == "unreadable":  # cannot tell what is in it: leave it alone
            raise SaveError("other")
        if current is None and reason != "missing":
            self._set_aside(path, reason or "wrong_schema")
            if os.path.lexists(path):
                raise SaveError("other")
        write_with_backup(path, data, previous)  # raises SaveError, never OSError
        return saved

    def load(self, check_id: str) -> CheckRecord:
        """The check with this id (from its .bak if the file itself is bad)."""
        self._require_open()
        record = self._load_path(self.path_for(check_id))
        if record is None:
            raise NotFound(check_id)
        return record

    def ids(self) -> builtins.list[str]:
        """Ids of the checks on disk (from file names; also a lone .bak)."""
        try:
            names = os.listdir(self.checks)
        except OSError:
            return []
        found: set[str] = set()
        for name in names:
            if name.startswith("."):
                continue
            if name.endswith(self.suffix):
                found.add(name[: -len(self.suffix)])
            elif name.endswith(self.suffix + BAK_SUFFIX):
                found.add(name[: -len(self.suffix + BAK_SUFFIX)])
        return sorted(i for i in found if re.match(ID_PATTERN, i))

    def list(self) -> builtins.list[CheckRecord]:
        """All saved checks, newest first. Bad files are set aside and reported."""
        self._require_open()
        ids = self.ids()
        present = set(ids)
        self._parsed = {k: v for k, v in self._parsed.items() if k.split(".", 1)[0] in present}
        records = [r for r in (self._load_path(self.path_for(i)) for i in ids) if r]
        records.sort(key=lambda r: (r.updated, r.created, r.id), reverse=True)
        return records

    def latest_unfinished(self) -> CheckRecord | None:
        """The person's own most recently changed check that was not finished (to offer
        resuming). A check made in counsellor mode (with a client) is never offered here:
        on a shared computer it is not the person's to see."""
        return next((r for r in self.list() if not r.finished and r.client is None), None)

    def delete(self, check_id: str) -> None:
        """Remove one check: its file, its .bak and any copy set aside (only names
        netwerkcheck makes; a file someone put there with a similar name stays)."""
        self._require_writable()
        path = self.path_for(check_id)
        try:
            names = os.listdir(self.checks)
        except OSError as exc:
            raise SaveError.from_oserror(exc) from None
        prefix = path.name
        for name in names:
            if not paths.is_check_file(name):
                continue
            if name == prefix or name.startswith(prefix + ".") or name.startswith(f".{prefix}."):
                try:
                    os.unlink(self.checks / name)
                except FileNotFoundError:
                    pass
                except OSError as exc:
                    raise SaveError.from_oserror(exc) from None

    def forget_all(self) -> int:
        """Delete every saved check (files, .bak, set-aside copies, temp files), the
        old lock file, the checks folder and the data folder when nothing else is in them.

        Only what netwerkcheck made is touched (paths.OWN_FILES, directly in its own
        folders, never through a symlink): if NETWERKCHECK_DATA_DIR points at a folder
        with other files, those stay, and a notice says how many ('not touched: N').
        Returns how many files were removed. Closes the store; open a new CheckStore
        to save again. Copies the person exported elsewhere, disk backups and what an
        SSD keeps internally are out of reach: the UI says so (i18n store.forget.limits).
        """
        self._require_writable()
        swept = paths.remove_own_files(self.root, self.area)
        if swept.foreign:
            self.notices.append(Notice("store.notice.foreign", {"count": str(len(swept.foreign))}))
        if swept.failed is not None:
            raise SaveError.from_oserror(swept.failed)
        self.close()
        try:
            os.rmdir(self.root)  # only when empty: never someone else's files
        except OSError:
            pass
        return swept.changed
