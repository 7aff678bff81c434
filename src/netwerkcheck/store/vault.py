"""The counsellor's vault: client checks, their notes and the counsellor's settings,
encrypted at rest with a key derived from the counsellor's passphrase.

Only well-known building blocks from `cryptography`, nothing hand-rolled:
- key derivation: Argon2id (RFC 9106) where the installed OpenSSL offers it, else
  scrypt (RFC 7914). The parameters and the random salt are kept in a small header
  file (`vault.json`), so they can be raised later without losing older data.
- encryption: AES-256-GCM with a fresh 96-bit random nonce per write. The file's
  label (the check id, or 'settings') is the associated data, so a file moved to
  another name is detected like any other change: the GCM tag does not match.

The header also holds one sealed check value. Its associated data is the header's
own key-derivation parameters, so a wrong passphrase and a header whose parameters
were lowered are both refused the same way, before any client file is read.

A forgotten passphrase means the data cannot be read: there is no back door.

Files (all under `<data dir>/counsellor/`, folders 0700, files 0600):
- `vault.json`: the header (format, cipher, KDF name, parameters, salt, check value);
- `settings.enc`: the counsellor's settings, sealed;
- `checks/<id>.json.enc` (+ `.bak`, and `.corrupt-<time>` copies set aside): one
  sealed client check each;
- `netwerkcheck.lock`: the lock of this folder (a second instance gets StoreLocked).
"""

from __future__ import annotations

import base64
import hmac
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from cryptography.exceptions import InvalidTag, UnsupportedAlgorithm
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from pydantic import BaseModel, ConfigDict, Field, StrictBool, ValidationError

from netwerkcheck.store import paths
from netwerkcheck.store.atomic import atomic_write
from netwerkcheck.store.errors import SaveError
from netwerkcheck.store.repo import BadFile, CheckStore

VAULT_DIR = paths.VAULT_DIR
HEADER_NAME = paths.VAULT_HEADER
SETTINGS_NAME = "settings.enc"
ENC_SUFFIX = ".json.enc"
FORMAT = "netwerkcheck-vault"
FORMAT_VERSION = 1
CIPHER = "AES-256-GCM"
MAGIC = b"NCV1"
NONCE_BYTES = 12
KEY_BYTES = 32
SALT_BYTES = 16
HEADER_MAX = 64 * 1024
SETTINGS_MAX = 64 * 1024
_CHECK_PLAIN = b"netwerkcheck counsellor vault"

KdfName = Literal["argon2id", "scrypt"]


class VaultError(Exception):
    """Something about the vault the counsellor must be told (plain message by id)."""

    msg_id = "vault.error"


class WrongPassphrase(VaultError):
    msg_id = "vault.wrong"


class VaultDamaged(VaultError):
    """The header cannot be read: without it nothing in the vault can be opened."""

    msg_id = "vault.damaged"


class Tampered(Exception):
    """A sealed blob whose tag does not match: changed, cut off or not ours."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not text")
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class KdfParams:
    """How the key is made from the passphrase; stored in the header as it is."""

    name: KdfName
    salt: bytes
    # Argon2id (RFC 9106): passes, lanes, memory in KiB
    iterations: int = 3
    lanes: int = 4
    memory_kib: int = 64 * 1024
    # scrypt (RFC 7914): cost n (a power of two), block size r, parallelism p
    n: int = 2**15
    r: int = 8
    p: int = 1

    def to_json(self) -> dict[str, Any]:
        base: dict[str, Any] = {"name": self.name, "salt": _b64(self.salt)}
        if self.name == "argon2id":
            base |= {
                "iterations": self.iterations,
                "lanes": self.lanes,
                "memory_kib": self.memory_kib,
            }
        else:
            base |= {"n": self.n, "r": self.r, "p": self.p}
        return base

    @classmethod
    def from_json(cls, data: object) -> KdfParams:
        if not isinstance(data, dict):
            raise ValueError("kdf")
        name = data.get("name")
        salt = _unb64(data.get("salt"))
        if len(salt) < SALT_BYTES:
            raise ValueError("salt")

        def num(key: str, low: int, high: int) -> int:
            value = data.get(key)
            if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
                raise ValueError(key)
            return value

        if name == "argon2id":
            return cls(
                "argon2id",
                salt,
                iterations=num("iterations", 1, 64),
                lanes=num("lanes", 1, 64),
                memory_kib=num("memory_kib", 8, 4 * 1024 * 1024),
            )
        if name == "scrypt":
            n = num("n", 2, 2**24)
            if n & (n - 1):
                raise ValueError("n")
            return cls("scrypt", salt, n=n, r=num("r", 1, 64), p=num("p", 1, 64))
        raise ValueError("name")

    def aad(self) -> bytes:
        """The parameters as associated data for the header's check value."""
        return json.dumps(self.to_json(), sort_keys=True, separators=(",", ":")).encode("ascii")

    def derive(self, passphrase: str) -> bytes:
        secret = passphrase.encode("utf-8")
        if self.name == "argon2id":
            from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

            return Argon2id(
                salt=self.salt,
                length=KEY_BYTES,
                iterations=self.iterations,
                lanes=self.lanes,
                memory_cost=self.memory_kib,
            ).derive(secret)
        return Scrypt(salt=self.salt, length=KEY_BYTES, n=self.n, r=self.r, p=self.p).derive(secret)


@dataclass
class KdfDefaults:
    """The parameters new vaults get (tests lower them to stay fast)."""

    argon2: dict[str, int] = field(
        default_factory=lambda: {"iterations": 3, "lanes": 4, "memory_kib": 64 * 1024}
    )
    scrypt: dict[str, int] = field(default_factory=lambda: {"n": 2**15, "r": 8, "p": 1})


DEFAULTS = KdfDefaults()


def argon2_available() -> bool:
    try:
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        Argon2id(salt=b"\0" * SALT_BYTES, length=KEY_BYTES, iterations=1, lanes=1, memory_cost=8)
    except (ImportError, UnsupportedAlgorithm):
        return False
    return True


def new_params(name: KdfName | None = None) -> KdfParams:
    salt = os.urandom(SALT_BYTES)
    if name is None:
        name = "argon2id" if argon2_available() else "scrypt"
    if name == "argon2id":
        return KdfParams("argon2id", salt, **DEFAULTS.argon2)
    return KdfParams("scrypt", salt, **DEFAULTS.scrypt)


def vault_dir(data_dir: Path) -> Path:
    return data_dir / VAULT_DIR


def header_path(data_dir: Path) -> Path:
    return paths.vault_header(data_dir)


def vault_exists(data_dir: Path | None = None) -> bool:
    """Has a counsellor set a passphrase on this computer (is there a header)?"""
    root = data_dir if data_dir is not None else paths.data_dir()
    try:
        return header_path(root).is_file()
    except OSError:
        return True  # cannot tell: ask for the passphrase rather than make a new one


class Vault:
    """The key in memory, and sealing/unsealing with it. Make one with `create` (a new
    passphrase, nothing written yet) or `open` (the header on disk)."""

    def __init__(self, params: KdfParams, key: bytes, check: bytes | None = None) -> None:
        self.params = params
        self._aead = AESGCM(key)
        self._key = key
        self.check = check if check is not None else self._seal(_CHECK_PLAIN, params.aad())

    # --- making and opening -----------------------------------------------------------

    @classmethod
    def create(cls, passphrase: str, params: KdfParams | None = None) -> Vault:
        params = params or new_params()
        return cls(params, params.derive(passphrase))

    @classmethod
    def read_header(cls, data_dir: Path) -> tuple[KdfParams, bytes]:
        path = header_path(data_dir)
        try:
            with open(path, "rb") as handle:
                raw = handle.read(HEADER_MAX + 1)
        except OSError:
            raise VaultDamaged() from None
        if len(raw) > HEADER_MAX:
            raise VaultDamaged()
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise ValueError("format")
            if data.get("version") != FORMAT_VERSION or data.get("cipher") != CIPHER:
                raise ValueError("version")
            return KdfParams.from_json(data.get("kdf")), _unb64(data.get("check"))
        except (ValueError, UnicodeDecodeError):
            raise VaultDamaged() from None

    @classmethod
    def open(cls, data_dir: Path, passphrase: str) -> Vault:
        """The vault of this data folder, or WrongPassphrase / VaultDamaged."""
        params, check = cls.read_header(data_dir)
        try:
            key = params.derive(passphrase)
        except (ValueError, UnsupportedAlgorithm, MemoryError):
            raise VaultDamaged() from None
        vault = cls(params, key, check)
        try:
            if vault._unseal(check, params.aad()) != _CHECK_PLAIN:
                raise WrongPassphrase()
        except Tampered:
            raise WrongPassphrase() from None
        return vault

    def header_bytes(self) -> bytes:
        data = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "cipher": CIPHER,
            "kdf": self.params.to_json(),
            "check": _b64(self.check),
        }
        return (json.dumps(data, indent=2) + "\n").encode("ascii")

    def write_header(self, data_dir: Path) -> None:
        """Write the header (atomically, 0600). Raises SaveError."""
        folder = vault_dir(data_dir)
        try:
            paths.make_private_dir(folder)
        except OSError as exc:
            raise SaveError.from_oserror(exc) from None
        atomic_write(header_path(data_dir), self.header_bytes())

    def verify(self, passphrase: str) -> bool:
        """Is this the passphrase of this vault? (Derives the key again: slow on purpose.)"""
        try:
            key = self.params.derive(passphrase)
        except (ValueError, UnsupportedAlgorithm, MemoryError):
            return False
        return hmac.compare_digest(key, self._key)

    # --- sealing ----------------------------------------------------------------------

    def _seal(self, data: bytes, aad: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return MAGIC + nonce + self._aead.encrypt(nonce, data, aad)

    def _unseal(self, blob: bytes, aad: bytes) -> bytes:
        if len(blob) < len(MAGIC) + NONCE_BYTES + 16 or not blob.startswith(MAGIC):
            raise Tampered()
        nonce = blob[len(MAGIC) : len(MAGIC) + NONCE_BYTES]
        try:
            return self._aead.decrypt(nonce, blob[len(MAGIC) + NONCE_BYTES :], aad)
        except InvalidTag:
            raise Tampered() from None

    def seal(self, data: bytes, label: str) -> bytes:
        return self._seal(data, b"netwerkcheck:" + label.encode("utf-8"))

    def unseal(self, blob: bytes, label: str) -> bytes:
        """The plain bytes, or Tampered when the blob was changed or is not this label's."""
        return self._unseal(blob, b"netwerkcheck:" + label.encode("utf-8"))


class CounsellorSettings(BaseModel):
    """What the counsellor sets in counsellor mode (kept sealed in the vault)."""

    model_config = ConfigDict(extra="ignore", hide_input_in_errors=True)

    scales_enabled: StrictBool = False
    """The conversation aid (a validated scale) is off until the counsellor enables it."""
    idle_minutes: float = Field(default=5, gt=0, le=240)
    """The screen locks itself after this long without a key or a mouse click."""


IDLE_MINUTES_CHOICES = (1, 2, 5, 10, 15, 30)


class VaultStore(CheckStore):
    """The client checks, sealed with the vault's key. Same API as CheckStore (so
    AutoSave, list_clients and delete_client work on it); a file whose tag does not
    match is set aside (quarantined) and reported, never decrypted into garbage."""

    suffix = ENC_SUFFIX

    def __init__(self, data_dir: Path | None, vault: Vault) -> None:
        self.vault = vault
        self.data_dir = data_dir if data_dir is not None else paths.data_dir()
        super().__init__(vault_dir(self.data_dir))
        if not header_path(self.data_dir).exists():
            try:
                vault.write_header(self.data_dir)
            except SaveError:
                self.close()
                raise

    @staticmethod
    def _label(path: Path) -> str:
        return path.name.split(".", 1)[0]  # the check id (ids hold no dots)

    def _encode(self, path: Path, data: bytes) -> bytes:
        return self.vault.seal(data, self._label(path))

    def _decode(self, path: Path, raw: bytes) -> bytes:
        try:
            return self.vault.unseal(raw, self._label(path))
        except Tampered:
            raise BadFile("tampered") from None

    # --- settings ---------------------------------------------------------------------

    @property
    def settings_path(self) -> Path:
        return self.root / SETTINGS_NAME

    def load_settings(self) -> CounsellorSettings:
        """The saved settings; the defaults when there are none or they do not open."""
        try:
            with open(self.settings_path, "rb") as handle:
                raw = handle.read(SETTINGS_MAX + 1)
            data = json.loads(self.vault.unseal(raw, "settings").decode("utf-8"))
            return CounsellorSettings.model_validate(data)
        except (OSError, Tampered, ValueError, ValidationError):
            return CounsellorSettings()

    def save_settings(self, settings: CounsellorSettings) -> None:
        """Raises SaveError (plain message)."""
        self._require_open()
        data = settings.model_dump_json().encode("utf-8")
        atomic_write(self.settings_path, self.vault.seal(data, "settings"))

    # --- removing it all --------------------------------------------------------------

    def forget_all(self) -> int:
        """Delete every client check, the settings and the header (so the passphrase is
        gone too), then the vault folder when nothing else is in it."""
        self._require_open()
        removed = 0
        for path in (self.settings_path, header_path(self.data_dir)):
            try:
                os.unlink(path)
                removed += 1
            except FileNotFoundError:
                pass
            except OSError as exc:
                raise SaveError.from_oserror(exc) from None
        return removed + super().forget_all()
