"""Saving checks on this computer: private folders, atomic JSON files, a lock, migrations.

Never imports Textual. The UI talks to `CheckStore` and shows its `Notice`s; every
failure it must survive arrives as a `StoreError` subclass with a plain message.
"""

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
