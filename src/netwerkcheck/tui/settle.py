"""Keys pressed while a screen changes pick nothing.

How Textual routes a key: the app first runs its priority bindings, then forwards the
key to the focused widget (or the screen, when nothing has focus); the key bubbles up to
the screen and the app, and only there are the ordinary bindings (Enter on a radio set,
a button or a list) looked up, along the focus chain *at that moment*. A key typed while
the next question is being built is therefore handled after it is on screen, by
whatever has focus by then: a quick third Enter picked the first option of a question
the person had not seen yet.

A screen that mixes in `Settling` calls `unsettle()` when it starts to change and
`settle()` once the new content is painted. Every choosing key (Enter, Space) that was
pressed before that moment (a key event carries the time it was read) is stopped at the
screen, before the app looks up its binding. Keys pressed after it work as always.

Arrow keys and typed letters are let through: they only move the cursor or show text on
the new screen, which the person then sees; dropping them would make the next Enter pick
a different option than the one they were moving to.
"""

from __future__ import annotations

import math

from textual import events
from textual._time import get_time

CHOOSING_KEYS = frozenset({"enter", "space"})


class Settling:
    """Mixed into a Screen (before Screen in the bases)."""

    settled: bool = False
    _settled_at: float = math.inf

    def unsettle(self) -> None:
        self.settled = False
        self._settled_at = math.inf

    def settle(self) -> None:
        self.settled = True
        self._settled_at = get_time()

    def is_stale(self, event: events.Key) -> bool:
        """True for a choosing key pressed before the screen was shown as it is now."""
        return event.key in CHOOSING_KEYS and event.time < self._settled_at

    def on_key(self, event: events.Key) -> None:
        if self.is_stale(event):
            event.stop()
            event.prevent_default()
