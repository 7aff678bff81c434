"""Saving checks on this computer: private folders, atomic JSON files, a lock, migrations.

Never imports Textual. The UI talks to `CheckStore` and shows its `Notice`s; every
failure it must survive arrives as a `StoreError` subclass with a plain message.

Start-up speed: importing this package is free. The names below are loaded on first
use (PEP 562), so `from netwerkcheck.store import paths` or `store.peek` (what the
first screen needs) never pulls in pydantic and the engine; `from netwerkcheck.store
import CheckStore` loads them as before.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from netwerkcheck.store.autosave import AutoSave
    from netwerkcheck.store.errors import (
        NotFound,
        Notice,
        SaveError,
        StoreClosed,
        StoreError,
        StoreLocked,
    )
    from netwerkcheck.store.record import (
        SCHEMA_VERSION,
        CheckRecord,
        engine_answers,
        new_record,
        stored_answers,
    )
    from netwerkcheck.store.repo import CheckStore

_WHERE = {
    "AutoSave": "autosave",
    "NotFound": "errors",
    "Notice": "errors",
    "SaveError": "errors",
    "StoreClosed": "errors",
    "StoreError": "errors",
    "StoreLocked": "errors",
    "SCHEMA_VERSION": "record",
    "CheckRecord": "record",
    "engine_answers": "record",
    "new_record": "record",
    "stored_answers": "record",
    "CheckStore": "repo",
}


def __getattr__(name: str) -> object:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{where}"), name)
    globals()[name] = value  # the next use is a plain lookup
    return value


__all__ = [
    "SCHEMA_VERSION",
    "AutoSave",
    "CheckRecord",
    "CheckStore",
    "NotFound",
    "Notice",
    "SaveError",
    "StoreClosed",
    "StoreError",
    "StoreLocked",
    "engine_answers",
    "new_record",
    "stored_answers",
]
