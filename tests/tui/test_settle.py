"""tui/settle.py: only a choosing key pressed before the screen settled is stopped."""

from __future__ import annotations

from textual import events

from netwerkcheck.tui.settle import Settling


def test_only_choosing_keys_from_before_the_change_are_stale() -> None:
    screen = Settling()
    screen.unsettle()
    early_enter, early_down = events.Key("enter", "\r"), events.Key("down", None)
    assert screen.is_stale(early_enter) and not screen.is_stale(early_down)
    assert screen.is_stale(events.Key("space", " "))
    screen.settle()
    assert screen.is_stale(early_enter)  # pressed before the screen was shown
    assert not screen.is_stale(events.Key("enter", "\r"))  # pressed after: it works
