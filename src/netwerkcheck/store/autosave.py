"""Save every answer as it is given: glue between a check session and the store.

Pass an AutoSave as CheckSession's `on_change`. Each change updates the record
(kept in memory even when saving is off or failing, so nothing on screen is lost
and it can still be exported) and saves it. A failed save never raises: it is
kept in `error`, `on_error` is called once per run of failures, and the next
change simply tries again (the disk may have room by then).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Protocol

from netwerkcheck.engine.answers import AnswerValue
from netwerkcheck.store.errors import SaveError, StoreError
from netwerkcheck.store.record import CheckRecord
from netwerkcheck.store.repo import CheckStore


class SessionLike(Protocol):
    """What AutoSave reads of engine.session.CheckSession."""

    @property
    def answers(self) -> Mapping[str, AnswerValue]: ...
    @property
    def skipped(self) -> Iterable[str]: ...
    @property
    def current(self) -> str | None: ...
    @property
    def finished(self) -> bool: ...


class AutoSave:
    def __init__(
        self,
        store: CheckStore | None,
        record: CheckRecord,
        on_error: Callable[[StoreError], None] | None = None,
    ) -> None:
        """`store` None means do-not-save: the record is only kept in memory."""
        self.store = store
        self.record = record
        self.on_error = on_error
        self.error: StoreError | None = None

    @property
    def saving(self) -> bool:
        return self.store is not None and self.store.is_open

    def __call__(self, session: SessionLike) -> None:
        self.record = self.record.with_answers(
            session.answers,
            current=session.current,
            skipped=sorted(session.skipped),
            finished=session.finished,
        )
        self.save()

    def save(self) -> bool:
        """Save the current record now; True when it is on disk."""
        if self.store is None:
            return False
        try:
            self.record = self.store.save(self.record)
        except (SaveError, StoreError) as exc:
            first = self.error is None
            self.error = exc
            if first and self.on_error is not None:
                self.on_error(exc)
            return False
        self.error = None
        return True
