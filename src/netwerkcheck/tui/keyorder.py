"""Keys are handled one at a time, each after the one before has had its effect.

Textual hands a key to whatever has focus at the moment the key is read. When keys
come faster than the screen changes (a quick typist, a paste through the terminal, a
script), a key typed right after `a` (add someone) reaches the dialog before its name
field has focus and is lost, and a key typed right after Enter may reach the option
that had focus before. People type ahead; the app must keep up.

`KeyOrder` is mixed into the App: when a key arrives while the previous one is still
having its effect (a dialog opening, focus moving), it waits in a queue, and is handed
on only once every screen and widget has dealt with what the previous key started.
At a person's pace nothing waits; the queue only fills under bursts.
"""

from __future__ import annotations

import asyncio
from collections import deque
from typing import TYPE_CHECKING, Any, TypeVar

from textual import events
from textual.app import App

from netwerkcheck.tui.settle import Settling

if TYPE_CHECKING:
    from textual.message_pump import MessagePump

ReturnType = TypeVar("ReturnType")

ROUNDS = 8
"""At most this many rounds of 'let every widget finish its messages' per key."""
ROUND_TIMEOUT = 0.5
"""Seconds to wait for one round; a widget that does not answer never blocks the keys."""
SETTLE_LIMIT = 3.0
"""Seconds a key waits at most for a screen that is still building (see tui/settle.py)."""
SETTLE_POLL = 0.01


class KeyOrder(App[ReturnType]):
    """App mixin (subclass it instead of App): keys in order, each after the last settled."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held_keys: deque[events.Key] = deque()
        self._released: set[int] = set()
        self._keys_busy = False
        self._keys_idle = asyncio.Event()
        self._keys_idle.set()

    async def keys_handled(self) -> None:
        """Wait until every key typed so far has been handed on and has settled."""
        await self._keys_idle.wait()

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded:
            if id(event) in self._released:
                self._released.discard(id(event))
            elif self._keys_busy:
                self._held_keys.append(event)
                return
            else:
                self._keys_busy = True
                self._keys_idle.clear()
                self.run_worker(self._hand_on_keys(), name="key-order", exit_on_error=False)
        await super().on_event(event)

    async def _hand_on_keys(self) -> None:
        """Wait for the key just handled to settle, then release the next held key.
        Held keys are always handed on, even if waiting fails."""
        try:
            await self._settle_safely()
            while self._held_keys:
                key = self._held_keys.popleft()
                self._released.add(id(key))
                self.post_message(key)
                await self._settle_safely()
        finally:
            while self._held_keys:  # cancelled (the app is closing): hand on the rest
                key = self._held_keys.popleft()
                self._released.add(id(key))
                self.post_message(key)
            self._keys_busy = False
            self._keys_idle.set()

    async def _settle_safely(self) -> None:
        try:
            await self._settle()
        except Exception:  # a widget that went away mid-round: go on with the keys
            return

    def _pumps(self) -> list[MessagePump]:
        pumps: list[MessagePump] = [self]
        for screen in self.screen_stack:
            pumps.extend(screen.walk_children(with_self=True))
        return pumps

    async def _settle(self) -> None:
        """Let every screen and widget finish what the last key started, and wait
        for a screen that is still building to say it is ready.

        Message queues alone do not tell: a screen that gives focus "after the next
        refresh" holds that callback outside any queue, so under load a letter typed
        after Ctrl+N was handed on while nothing had focus yet, and was lost."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + SETTLE_LIMIT
        await self._drain()
        while self._screen_building() and loop.time() < deadline:
            await asyncio.sleep(SETTLE_POLL)
            await self._drain()

    async def _drain(self) -> None:
        """Round by round, let every screen and widget finish what is in its queue,
        until a round starts with nothing queued anywhere."""
        for _ in range(ROUNDS):
            waiting = [p for p in self._pumps() if _has_work(p)]
            if not waiting and not self._pending_screen():
                return
            focused = self.focused
            await self._round([self, *waiting, *([focused] if focused else [])])

    def _screen_building(self) -> bool:
        """The screen on top is a settling screen (tui/settle.py) not yet shown as it is."""
        try:
            screen = self.screen
        except Exception:  # no screen yet
            return False
        return isinstance(screen, Settling) and not screen.settled

    def _pending_screen(self) -> bool:
        """A screen that is pushed but not yet shown (composing, mounting)."""
        try:
            return not self.screen.is_mounted
        except Exception:
            return False

    async def _round(self, pumps: list[MessagePump]) -> None:
        loop = asyncio.get_running_loop()
        futures: list[asyncio.Future[None]] = []
        for pump in pumps:
            future: asyncio.Future[None] = loop.create_future()

            def done(f: asyncio.Future[None] = future) -> None:
                if not f.done():
                    f.set_result(None)

            if pump.call_later(done):
                futures.append(future)
        if futures:
            await asyncio.wait(futures, timeout=ROUND_TIMEOUT)


def _has_work(pump: MessagePump) -> bool:
    """Has `pump` messages queued that can change where the next key goes? A queue
    holding only timer ticks (the screen's repaint, a cursor's blink) has not."""
    if not pump.message_queue_size:
        return False
    queued = getattr(pump._message_queue, "values", None)
    if queued is None:
        return True
    return any(not isinstance(message, events.Timer) for message in list(queued))
