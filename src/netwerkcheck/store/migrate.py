"""Chained migrations: a file of schema N is brought to N+1, N+2... one step at a time.

Each step is a pure function on the decoded JSON (like nbformat's converters), so
an old file never needs code that knows every past format at once. A file from a
newer app (schema above SCHEMA_VERSION) is never touched, and we never write one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from netwerkcheck.store.record import SCHEMA_VERSION

Data = dict[str, Any]
FIRST_SCHEMA = 1


class WrongSchema(ValueError):
    """Not a check file we know (no usable schema_version)."""


class FutureSchema(ValueError):
    """Written by a newer netwerkcheck; left as it is."""

    def __init__(self, version: int) -> None:
        super().__init__(version)
        self.version = version


def _v1_to_v2(data: Data) -> Data:
    """v2 adds the counsellor fields, empty for checks made before them."""
    out = dict(data)
    out.setdefault("client", None)
    out.setdefault("notes", {})
    out.setdefault("talk_about", [])
    out["schema_version"] = 2
    return out


def _v2_to_v3(data: Data) -> Data:
    """v3 adds the person's own marks and plan, empty for checks made before them."""
    out = dict(data)
    out.setdefault("own_marks", [])
    out.setdefault("plan", [])
    out["schema_version"] = 3
    return out


# MIGRATIONS[n] turns schema n into schema n + 1.
MIGRATIONS: dict[int, Callable[[Data], Data]] = {
    1: _v1_to_v2,
    2: _v2_to_v3,
}


def schema_of(data: object) -> int:
    if not isinstance(data, dict):
        raise WrongSchema("not an object")
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < FIRST_SCHEMA:
        raise WrongSchema("schema_version")
    return version


def migrate(data: object) -> Data:
    """Bring decoded JSON up to SCHEMA_VERSION (a new dict; the input is not changed)."""
    version = schema_of(data)
    if version > SCHEMA_VERSION:
        raise FutureSchema(version)
    assert isinstance(data, dict)
    out: Data = dict(data)
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:  # pragma: no cover - guarded by a test over the registry
            raise WrongSchema(f"no migration from {version}")
        out = step(out)
        version = schema_of(out)
    return out
