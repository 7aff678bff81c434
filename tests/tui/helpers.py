"""Driving the app by keys, as a person would."""

from __future__ import annotations

import copy
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from textual import events
from textual.pilot import Pilot
from textual.widget import Widget

from netwerkcheck.content import models as m
from netwerkcheck.content.loader import Content, load_content
from netwerkcheck.tui.app import NetwerkcheckApp
from netwerkcheck.tui.screens.overview import OverviewScreen
from netwerkcheck.tui.screens.question import QuestionScreen
from netwerkcheck.tui.screens.results import ResultsScreen

FIXTURE = Path(__file__).parent.parent / "fixtures" / "content_small"


@cache
def _loaded_small() -> Content:
    return load_content(FIXTURE)


def small_content() -> Content:
    """The small fixture content (five questions), loaded once per worker; a shallow copy
    each time, so a test that sets a field does not change it for the next one."""
    return copy.copy(_loaded_small())


async def answer_current(pilot: Pilot[None], question: m.Question) -> None:
    """Give some answer to the question on screen using keys only."""
    # A fresh list has no option under the cursor: the first Down is the first option.
    if isinstance(question, m.SingleQuestion | m.ScaleQuestion):
        await pilot.press("down", "down", "enter")  # the second option
    elif isinstance(question, m.MultiQuestion):
        await pilot.press("down", "enter")  # the first option ticked
    elif isinstance(question, m.TextQuestion):
        # Pasted into the field once it has the focus: a Pilot key press per letter made
        # each walk wait for the app some thirteen times more. Typing into a question
        # is what test_results_help and test_keyorder test, key by key.
        for _ in range(50):
            focused = pilot.app.focused
            if focused is not None and focused.id == "answer":
                break
            await pilot.pause()
        else:
            raise AssertionError(f"the answer field of {question.id} never had the focus")
        pilot.app.post_message(events.Paste("mijn antwoord"))
    await pilot.press("ctrl+n")
    await pilot.pause()


async def walk_to_results(
    pilot: Pilot[None],
    app: NetwerkcheckApp,
    limit: int = 80,
    start_key: str = "enter",
    on_screen: Callable[[], None] | None = None,
) -> list[str]:
    """From the welcome screen, answer every question until the results show.
    `on_screen` is called on every screen on the way (each question, the overview, the
    results), once it is shown."""
    await pilot.press(start_key)  # Enter: 'Beginnen' has focus on the welcome screen
    await pilot.pause()
    asked: list[str] = []
    for _ in range(limit):
        screen = app.screen
        if on_screen is not None:
            on_screen()
        if isinstance(screen, ResultsScreen):
            return asked
        if isinstance(screen, OverviewScreen):
            # the answers overview comes before the results; Ctrl+N goes on to them
            await pilot.press("ctrl+n")
            await pilot.pause()
            continue
        assert isinstance(screen, QuestionScreen)
        question = screen.session.question
        assert question is not None
        asked.append(question.id)
        await answer_current(pilot, question)
    raise AssertionError("the check did not end")


async def type_fast(pilot: Pilot[Any], *keys: str) -> None:
    """Send every key at once, as a fast typist, a paste or a script does (no pause
    between keys: unlike `pilot.press`, which waits after each key), then wait until the
    app has handled them all."""
    from textual import events

    from netwerkcheck.tui.keyorder import KeyOrder

    app = pilot.app
    driver = app._driver
    assert driver is not None
    for key in keys:
        key = "space" if key == " " else key
        assert len(key) > 1 or key.isalnum(), "name punctuation keys (e.g. 'full_stop')"
        char = key if len(key) == 1 else " " if key == "space" else None
        event = events.Key(key, char)
        event.set_sender(app)
        driver.send_message(event)
    await pilot.pause()
    assert isinstance(app, KeyOrder)
    await app.keys_handled()
    await pilot.pause()


def in_view(widget: Widget) -> bool:
    """On screen and not scrolled out of any scrolling container around it."""
    region = widget.region
    if region.area == 0 or not widget.screen.region.contains_region(region):
        return False
    return all(
        ancestor.region.contains_region(region)
        for ancestor in widget.ancestors
        if isinstance(ancestor, Widget) and ancestor.is_scrollable
    )
