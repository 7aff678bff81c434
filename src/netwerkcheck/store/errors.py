"""Errors and notices of the store, all with plain-language messages.

Messages never contain answers: only ids, file names and the kind of problem, so
they are safe to show, log or paste into a bug report.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass, field

from netwerkcheck.i18n import Lang, t


@dataclass(frozen=True)
class Notice:
    """Something the person should know about their saved data (shown by the UI).

    `key` is an i18n id; `values` fill its placeholders. Use `message()` to get the
    text in the current (or a given) language. `reason` (a store.bad.* id) fills
    the {why} placeholder of notices about a bad file.
    """

    key: str
    values: dict[str, str] = field(default_factory=dict)
    reason: str | None = None

    def message(self, lang: Lang | None = None) -> str:
        values = dict(self.values)
        if self.reason is not None:
            values["why"] = t(f"store.bad.{self.reason}", lang)
        return t(self.key, lang, **values)

    def __str__(self) -> str:
        return self.message()


class StoreError(Exception):
    """Base of every store problem. `message()` gives the plain text for the person."""

    key = "store.err.generic"

    def __init__(self, **values: str) -> None:
        super().__init__(self.key)
        self.values = values

    def message(self, lang: Lang | None = None) -> str:
        return t(self.key, lang, **self.values)

    def __str__(self) -> str:
        return self.message()


class SaveError(StoreError):
    """Writing failed (disk full, read-only folder, no permission...). What was on
    disk before is unchanged; the caller keeps going without saving."""

    key = "store.err.save"

    def __init__(self, reason: str = "other", errno_: int | None = None) -> None:
        super().__init__()
        self.reason = reason
        self.errno = errno_

    def message(self, lang: Lang | None = None) -> str:
        return t(self.key, lang, reason=t(f"store.reason.{self.reason}", lang))

    @classmethod
    def from_oserror(cls, exc: OSError) -> SaveError:
        return cls(reason_for(exc), exc.errno)


class FileExists(StoreError):
    """A file is already there and the caller did not ask to replace it (values: name)."""

    key = "store.err.exists"


class NotAFile(StoreError):
    """The path is a FIFO, device, socket, folder or a link to one (values: name):
    netwerkcheck writes only regular files."""

    key = "store.err.not_a_file"


class StoreLocked(StoreError):
    """Another netwerkcheck is using the same data folder; this one must not write."""

    key = "store.err.locked"


class StoreClosed(StoreError):
    """The store was closed (or everything was forgotten); open a new one to save."""

    key = "store.err.closed"


class NotFound(StoreError):
    """No saved check with this id."""

    key = "store.err.not_found"

    def __init__(self, check_id: str) -> None:
        super().__init__(id=check_id)


def reason_for(exc: OSError) -> str:
    """A short reason id (for store.reason.*) for an OS error."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return "disk_full"
    if exc.errno == errno.EROFS:
        return "read_only"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "no_permission"
    return "other"
