"""Clients in counsellor mode: the distinct pseudonyms on saved checks.

A client is not a separate file: it is the `client` field of the checks made with
them, so the record format stays the same and deleting a client is deleting their
checks. A pseudonym is matched without regard to case or extra spaces, so 'AB' and
' ab ' never become two clients by accident.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from netwerkcheck.store.record import CheckRecord
from netwerkcheck.store.repo import CheckStore

PSEUDONYM_MAX = 60


@dataclass(frozen=True)
class Client:
    """One client as the picker lists them: newest check first in `records`."""

    name: str
    records: tuple[CheckRecord, ...]

    @property
    def latest(self) -> CheckRecord:
        return self.records[0]

    @property
    def unfinished(self) -> CheckRecord | None:
        return next((r for r in self.records if not r.finished), None)


@dataclass(frozen=True)
class ClientChecks:
    """How much of counsellor mode is saved, without any pseudonym: what the person's
    own history and 'forget everything' may say about it."""

    checks: int
    clients: int


def own_checks(records: Iterable[CheckRecord]) -> list[CheckRecord]:
    """The person's own checks (no client), in the given order. The person's history
    shows only these: a client's checks stay in counsellor mode."""
    return [r for r in records if r.client is None]


def count_client_checks(records: Iterable[CheckRecord]) -> ClientChecks:
    """How many counsellor-session checks there are, and of how many clients."""
    names = [clean_pseudonym(r.client).casefold() for r in records if r.client is not None]
    return ClientChecks(len(names), len(set(names)))


def clean_pseudonym(text: str) -> str:
    """The pseudonym as it is kept: one line, no control characters, single spaces."""
    kept = "".join(ch for ch in text if not unicodedata.category(ch).startswith("C"))
    return " ".join(kept.split())[:PSEUDONYM_MAX]


def same_client(a: str, b: str) -> bool:
    return clean_pseudonym(a).casefold() == clean_pseudonym(b).casefold()


def list_clients(store: CheckStore) -> list[Client]:
    """Every client with saved checks, the most recently active first."""
    by_name: dict[str, list[CheckRecord]] = {}
    names: dict[str, str] = {}
    for record in store.list():  # newest first
        if record.client is None:
            continue
        key = clean_pseudonym(record.client).casefold()
        names.setdefault(key, record.client)
        by_name.setdefault(key, []).append(record)
    return [Client(names[k], tuple(v)) for k, v in by_name.items()]


def find_client(store: CheckStore, name: str) -> Client | None:
    return next((c for c in list_clients(store) if same_client(c.name, name)), None)


def client_records(store: CheckStore, name: str) -> list[CheckRecord]:
    """The checks of one client, newest first (never another client's)."""
    found = find_client(store, name)
    return list(found.records) if found is not None else []


def delete_client(store: CheckStore, name: str) -> int:
    """Delete every check of one client in one step; returns how many were removed.
    Raises SaveError (plain message) when a file cannot be removed."""
    records = client_records(store, name)
    for record in records:
        store.delete(record.id)
    return len(records)


def move_client_checks(own: CheckStore, vault: CheckStore) -> int:
    """Move client checks written by an older version (plain JSON in the person's
    folder) into the counsellor's vault: saved sealed first, then removed from the
    person's folder. The person's own checks are not touched. Returns how many moved."""
    moved = 0
    for record in own.list():
        if record.client is None:
            continue
        vault.save(record)
        own.delete(record.id)
        moved += 1
    return moved
