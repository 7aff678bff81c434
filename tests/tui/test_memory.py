"""What leaves the screen leaves memory: old footer keys and old questions' widgets
are freed (each one kept alive made every full pass of the garbage collector slower,
hundreds of milliseconds per step late in a check)."""

from __future__ import annotations

import gc
import weakref

from textual.widget import Widget

from netwerkcheck.tui.app import NetwerkcheckApp
from netwerkcheck.tui.screens.help import HelpScreen
from netwerkcheck.tui.screens.question import QuestionScreen
from tests.tui.helpers import small_content


def _kept_after_leaving(refs: list[weakref.ref[Widget]]) -> list[str]:
    gc.collect()
    kept = [w for w in (r() for r in refs) if w is not None and not w.is_attached]
    return sorted({type(w).__name__ for w in kept})


async def test_widgets_of_earlier_questions_and_footers_are_freed() -> None:
    app = NetwerkcheckApp(small_content(), lang="nl", save=False)
    refs: list[weakref.ref[Widget]] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter")  # Beginnen
        await pilot.pause()
        for _ in range(4):
            if isinstance(app.screen, HelpScreen):
                await pilot.press("escape")
                await pilot.pause()
            assert isinstance(app.screen, QuestionScreen)
            refs += [weakref.ref(w) for w in app.screen.walk_children(Widget)]
            await pilot.press("down", "enter")  # an answer; Enter goes on
            await pilot.pause()
            await app.keys_handled()
        assert len(refs) > 60  # the widgets of four questions and their footers
        assert _kept_after_leaving(refs) == []
