"""Every size from tiny to large: either the check is usable (the navigation row is
fully on screen) or the app says plainly to make the window larger. Never a crash."""

from __future__ import annotations

import pytest
from textual.widgets import Button, Static

from netwerkcheck.content.loader import Content
from netwerkcheck.tui.app import MIN_HEIGHT, MIN_WIDTH, NetwerkcheckApp
from netwerkcheck.tui.screens.results import ResultsScreen
from tests.tui.helpers import walk_to_results


def _fully_visible(app: NetwerkcheckApp, button: Button) -> bool:
    region = button.region
    screen = app.screen.region
    return region.width > 0 and screen.contains_region(region)


@pytest.mark.parametrize("size", [(40, 12), (60, 20), (80, 24), (160, 50)])
async def test_sizes(content: Content, size: tuple[int, int]) -> None:
    app = NetwerkcheckApp(content, lang="nl", save=False)
    width, height = size
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        small = width < MIN_WIDTH or height < MIN_HEIGHT
        notice = app.screen.query_one(".too-small", Static)
        assert notice.display is small
        if small:
            assert "te klein" in str(notice.render())
            await pilot.resize_terminal(80, 24)
            await pilot.pause()
        await walk_to_results(pilot, app)
        assert isinstance(app.screen, ResultsScreen)
        if not small:
            for button in app.screen.query("#nav Button").results(Button):
                assert _fully_visible(app, button), button.id
