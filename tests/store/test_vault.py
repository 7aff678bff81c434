"""The counsellor's vault: client checks sealed with AES-GCM under a key derived from
the passphrase (Argon2id or scrypt); parameters and salt kept in the header."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from netwerkcheck.engine.network import Network, Person
from netwerkcheck.store import CheckStore, new_record
from netwerkcheck.store.clients import list_clients, move_client_checks
from netwerkcheck.store.vault import (
    DEFAULTS,
    HEADER_NAME,
    CounsellorSettings,
    KdfParams,
    Vault,
    VaultDamaged,
    VaultStore,
    WrongPassphrase,
    header_path,
    new_params,
    vault_dir,
    vault_exists,
)

SENTINEL = "ZWARTE-KAT-7731"
PASS = "paard batterij nietje correct"


@pytest.fixture(autouse=True)
def fast_kdf() -> Iterator[None]:
    """Small KDF parameters, so the tests stay quick (the code path is the same)."""
    old = (dict(DEFAULTS.argon2), dict(DEFAULTS.scrypt))
    DEFAULTS.argon2.update(iterations=1, lanes=1, memory_kib=8 * 1024)
    DEFAULTS.scrypt.update(n=2**10)
    yield
    DEFAULTS.argon2.clear()
    DEFAULTS.argon2.update(old[0])
    DEFAULTS.scrypt.clear()
    DEFAULTS.scrypt.update(old[1])


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def _all_bytes(root: Path) -> bytes:
    return b"".join(p.read_bytes() for p in root.rglob("*") if p.is_file())


def _client_record(name: str = SENTINEL) -> object:
    record = new_record("1", client=f"{name}-naam")
    people = (Person(name=f"{name}-persoon", relation="friend", circle="inner"),)
    record = record.with_answers(
        {"vrij": f"{name}-antwoord", "netwerk": Network(people=people)}, current=None
    )
    record.notes = {"session": f"{name}-notitie"}
    return record


def test_records_on_disk_hold_no_plaintext(data: Path) -> None:
    vault = Vault.create(PASS)
    with VaultStore(data, vault) as store:
        saved = store.save(_client_record())  # type: ignore[arg-type]
        store.save(saved)  # a second save makes a .bak: sealed too
        store.save_settings(CounsellorSettings(scales_enabled=True))
        assert store.load(saved.id).notes == {"session": f"{SENTINEL}-notitie"}
    raw = _all_bytes(data)
    assert raw  # something was written
    for needle in (SENTINEL, f"{SENTINEL}-naam", "notitie", "antwoord", "persoon"):
        assert needle.encode() not in raw
        assert needle.encode("utf-16-le") not in raw
    files = sorted(p.name for p in (vault_dir(data) / "checks").iterdir())
    assert files == [f"{saved.id}.json.enc", f"{saved.id}.json.enc.bak"]
    for p in data.rglob("*"):
        assert os.stat(p).st_mode & 0o777 == (0o700 if p.is_dir() else 0o600)


def test_reopened_with_the_passphrase_and_refused_with_another(data: Path) -> None:
    vault = Vault.create(PASS)
    with VaultStore(data, vault) as store:
        saved = store.save(_client_record())  # type: ignore[arg-type]
    assert vault_exists(data)
    with pytest.raises(WrongPassphrase):
        Vault.open(data, "paard batterij nietje fout")
    with pytest.raises(WrongPassphrase):
        Vault.open(data, "")
    again = Vault.open(data, PASS)
    assert again.verify(PASS) and not again.verify(PASS + " ")
    with VaultStore(data, again) as store:
        assert [c.name for c in list_clients(store)] == [f"{SENTINEL}-naam"]
        assert store.load(saved.id).answers["vrij"] == f"{SENTINEL}-antwoord"


def test_kdf_parameters_and_salt_are_stored_and_can_be_raised(data: Path) -> None:
    with VaultStore(data, Vault.create(PASS)):
        pass
    header = json.loads(header_path(data).read_text())
    kdf = header["kdf"]
    assert header["cipher"] == "AES-256-GCM"
    assert kdf["name"] in ("argon2id", "scrypt") and len(kdf["salt"]) >= 20
    assert {"iterations", "lanes", "memory_kib"} <= set(kdf) or {"n", "r", "p"} <= set(kdf)
    # Another vault with other (raised) parameters opens with what its header says.
    other = data / "other"
    raised = KdfParams("scrypt", os.urandom(16), n=2**11, r=8, p=2)
    with VaultStore(other, Vault.create(PASS, raised)):
        pass
    assert json.loads(header_path(other).read_text())["kdf"]["n"] == 2**11
    assert Vault.open(other, PASS).params == raised
    # Two vaults never share a salt.
    assert new_params().salt != new_params().salt


def test_lowered_parameters_in_the_header_are_refused(data: Path) -> None:
    with VaultStore(data, Vault.create(PASS, new_params("scrypt"))):
        pass
    path = header_path(data)
    header = json.loads(path.read_text())
    header["kdf"]["n"] = 2
    path.write_text(json.dumps(header))
    with pytest.raises(WrongPassphrase):
        Vault.open(data, PASS)


@pytest.mark.parametrize("text", ["", "{", '{"format": "x"}', "[]", "x" * 70000])
def test_a_damaged_header_is_reported_plainly(data: Path, text: str) -> None:
    path = header_path(data)
    path.parent.mkdir(parents=True)
    path.write_text(text)
    with pytest.raises(VaultDamaged):
        Vault.open(data, PASS)


def test_a_tampered_file_is_detected_and_set_aside(data: Path) -> None:
    vault = Vault.create(PASS)
    with VaultStore(data, vault) as store:
        good = store.save(_client_record("GOED"))  # type: ignore[arg-type]
        bad = store.save(_client_record("SLECHT"))  # type: ignore[arg-type]
    path = vault_dir(data) / "checks" / f"{bad.id}.json.enc"
    blob = bytearray(path.read_bytes())
    blob[40] ^= 0x01  # one bit in the ciphertext
    path.write_bytes(bytes(blob))
    with VaultStore(data, vault) as store:
        records = store.list()
        assert [r.id for r in records] == [good.id]
        notices = store.take_notices()
        assert any(n.reason == "tampered" for n in notices)
        assert "SLECHT" not in " ".join(n.message("nl") for n in notices)
    names = os.listdir(vault_dir(data) / "checks")
    aside = [n for n in names if n.startswith(f"{bad.id}.json.enc.corrupt-")]
    assert len(aside) == 1
    assert (vault_dir(data) / "checks" / aside[0]).read_bytes() == bytes(blob)


def test_a_file_moved_to_another_id_does_not_open(data: Path) -> None:
    vault = Vault.create(PASS)
    with VaultStore(data, vault) as store:
        one = store.save(_client_record())  # type: ignore[arg-type]
    checks = vault_dir(data) / "checks"
    os.rename(checks / f"{one.id}.json.enc", checks / "20990101-000000-abcdef.json.enc")
    with VaultStore(data, vault) as store:
        assert store.list() == []


def test_settings_default_and_round_trip(data: Path) -> None:
    vault = Vault.create(PASS)
    with VaultStore(data, vault) as store:
        assert store.load_settings() == CounsellorSettings()
        assert store.load_settings().scales_enabled is False
        store.save_settings(CounsellorSettings(scales_enabled=True, idle_minutes=10))
    with VaultStore(data, Vault.open(data, PASS)) as store:
        assert store.load_settings() == CounsellorSettings(scales_enabled=True, idle_minutes=10)


def test_the_persons_own_checks_stay_as_they_are_and_old_client_checks_move(
    data: Path,
) -> None:
    with CheckStore(data) as own:
        mine = own.save(new_record("1"))
        old = own.save(_client_record())  # type: ignore[arg-type]
        before = own.path_for(mine.id).read_bytes()
    with CheckStore(data) as own, VaultStore(data, Vault.create(PASS)) as store:
        assert move_client_checks(own, store) == 1
        assert [r.id for r in own.list()] == [mine.id]
        assert [r.id for r in store.list()] == [old.id]
        assert own.path_for(mine.id).read_bytes() == before
    assert SENTINEL.encode() not in _all_bytes(data)


def test_forgetting_the_vault_removes_all_of_it_and_nothing_else(data: Path) -> None:
    with CheckStore(data) as own:
        mine = own.save(new_record("1"))
    with VaultStore(data, Vault.create(PASS)) as store:
        store.save(_client_record())  # type: ignore[arg-type]
        store.save_settings(CounsellorSettings())
        store.forget_all()
    assert not vault_dir(data).exists()
    assert not vault_exists(data)
    with CheckStore(data) as own:
        assert [r.id for r in own.list()] == [mine.id]
    # ...and the person's forget leaves the vault alone.
    with VaultStore(data, Vault.create(PASS)) as store:
        store.save(_client_record())  # type: ignore[arg-type]
    with CheckStore(data) as own:
        own.forget_all()
    assert (vault_dir(data) / HEADER_NAME).exists()
