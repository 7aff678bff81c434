"""Clients are the distinct pseudonyms on saved checks; deleting one removes only theirs."""

from __future__ import annotations

from pathlib import Path

from netwerkcheck.store import CheckStore, new_record
from netwerkcheck.store.clients import (
    clean_pseudonym,
    client_records,
    delete_client,
    find_client,
    list_clients,
)


def test_clients_are_listed_apart_and_deleted_in_one_step(tmp_path: Path) -> None:
    with CheckStore(tmp_path) as store:
        a1 = store.save(new_record("1", client="Merel"))
        a2 = store.save(new_record("1", client="merel "))
        b = store.save(new_record("1", client="Vink"))
        own = store.save(new_record("1"))
        names = sorted(c.name.strip().casefold() for c in list_clients(store))
        assert names == ["merel", "vink"]
        assert {r.id for r in client_records(store, "MEREL")} == {a1.id, a2.id}
        assert find_client(store, "Koolmees") is None
        assert delete_client(store, "Merel") == 2
        left = {r.id for r in store.list()}
        assert left == {b.id, own.id}


def test_clean_pseudonym() -> None:
    assert clean_pseudonym("  A\x1b[31m  B\n ") == "A B"  # the sequence goes whole (#17)
    assert len(clean_pseudonym("x" * 100)) == 60
