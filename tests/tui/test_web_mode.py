"""The app under `netwerkcheck serve` (Textual's web driver): files become downloads in the
browser instead of paths on disk, and the welcome screen points screen-reader users to
plain mode. Here the web driver is stood in for by `App.is_web`; tests/serve drives the
real thing in a browser."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, Static

from netwerkcheck.i18n import t
from netwerkcheck.tui.app import NetwerkcheckApp
from netwerkcheck.tui.screens.export import ExportScreen
from netwerkcheck.tui.screens.results import ResultsScreen
from tests.tui.helpers import small_content, walk_to_results


@pytest.fixture
def web(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Pretend to run in the browser; record what would be delivered."""
    delivered: list[dict[str, Any]] = []

    def deliver_text(self: NetwerkcheckApp, file: Any, **kwargs: Any) -> str:
        delivered.append({"text": file.read(), **kwargs})
        return "key"

    monkeypatch.setattr(NetwerkcheckApp, "is_web", property(lambda self: True))
    monkeypatch.setattr(NetwerkcheckApp, "deliver_text", deliver_text)
    return delivered


async def test_export_is_a_download_without_a_path(web: list[dict[str, Any]]) -> None:
    app = NetwerkcheckApp(small_content(), lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await walk_to_results(pilot, app)
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        assert not app.screen.query(Input), "no path to type in the browser"
        shown = " ".join(str(s.render()) for s in app.screen.query(Static))
        assert t("serve.download_hint") in shown
        await pilot.press("down", "enter")  # Markdown
        await pilot.press("tab", "enter")  # 'Downloaden'
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
    assert len(web) == 1
    assert web[0]["save_filename"].startswith("netwerkcheck-")
    assert web[0]["save_filename"].endswith(".md")
    assert web[0]["mime_type"] == "text/markdown"
    assert web[0]["text"].startswith("# ")
    assert not any(Path.home().rglob("netwerkcheck-*")), "nothing written on this computer"


async def test_welcome_in_the_browser_recommends_plain_mode_for_screen_readers(
    web: list[dict[str, Any]],
) -> None:
    app = NetwerkcheckApp(small_content(), lang="en", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        note = app.screen.query_one("#serve-plain", Static)
        assert "netwerkcheck --plain" in str(note.render())
        assert note.region.height > 0


async def test_welcome_in_the_terminal_has_no_browser_note() -> None:
    app = NetwerkcheckApp(small_content(), lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not app.screen.query("#serve-plain")
