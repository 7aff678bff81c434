"""Buttons look like buttons, and the one with the focus stands out from every other,
in both themes (a walk read compact buttons as plain text and could not see which
button on the results had the focus: the primary one is blue either way)."""

from __future__ import annotations

import pytest
from textual.widgets import Button

from netwerkcheck.tui.app import NetwerkcheckApp
from tests.tui.helpers import small_content, walk_to_results


def _looks(app: NetwerkcheckApp) -> tuple[object, dict[str, object]]:
    screen_bg = app.screen.styles.background
    return screen_bg, {
        b.id or str(b.label): b.styles.background for b in app.screen.query(Button) if b.display
    }


@pytest.mark.parametrize("contrast", [False, True], ids=["normal", "high-contrast"])
async def test_every_button_has_a_face_and_the_focused_one_its_own(contrast: bool) -> None:
    app = NetwerkcheckApp(small_content(), lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        if contrast:
            await pilot.press("f2")
            await pilot.pause()
        screen_bg, looks = _looks(app)
        assert all(bg != screen_bg for bg in looks.values()), looks  # none reads as text
        await walk_to_results(pilot, app)
        await pilot.pause()
        buttons = [b for b in app.screen.query(Button) if b.display and b.id != "why"]
        assert any(b.variant == "primary" for b in buttons)
        for button in buttons:
            button.focus()
            await pilot.pause()
            others = {b.styles.background for b in buttons if b is not button}
            assert button.styles.background not in others, (button.id, contrast)
            assert "underline" in str(button.styles.text_style), button.id


@pytest.mark.parametrize("contrast", [False, True], ids=["normal", "high-contrast"])
async def test_the_card_or_answer_with_the_focus_stands_out(contrast: bool) -> None:
    """M and P act on the card or answer with the focus, and it could not be seen: the
    card's own focus rule lost to '.suggestion', leaving a faint $boost, and nothing at
    all in high contrast (seen in a walk)."""
    from netwerkcheck.tui.widgets.plan import Markable

    app = NetwerkcheckApp(small_content(), lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        if contrast:
            await pilot.press("f2")
        await walk_to_results(pilot, app)
        await pilot.pause()
        markables = [w for w in app.screen.query("*") if isinstance(w, Markable)]
        assert markables
        for widget in markables:
            resting = widget.styles.background
            widget.focus()
            await pilot.pause()
            assert widget.styles.background != resting, (widget.id, contrast)
            assert widget.styles.background != app.screen.styles.background
