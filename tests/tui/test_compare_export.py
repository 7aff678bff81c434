"""Compare exports like a check: Ctrl+E, a format, a path; the overview comes first."""

from __future__ import annotations

from pathlib import Path

from netwerkcheck.content.loader import Content
from netwerkcheck.tui.app import NetwerkcheckApp
from netwerkcheck.tui.screens.compare import CompareExportScreen, CompareScreen
from tests.report.test_compare_report import pair


async def test_compare_overview_first_and_export_by_keys(content: Content) -> None:
    then, now = pair(content)
    app = NetwerkcheckApp(content, lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(CompareScreen(then, now, content))
        await pilot.pause()
        overview = app.screen.query_one("#compare-overview")
        assert "Binnenste cirkel: toen 4 mensen, nu 7 mensen" in str(overview.render())
        assert overview.region.y < 24  # on the first screen, before the pictures
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert isinstance(app.screen, CompareExportScreen)
        await pilot.press("down", "enter")  # Markdown
        await pilot.pause()
        assert str(app.screen.query_one("#path").value).endswith(".md")  # type: ignore[attr-defined]
        await pilot.press("tab", "enter")  # the path as offered
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
    written = list(Path.home().glob("netwerkcheck-vergelijking-*.md"))
    assert len(written) == 1
    text = written[0].read_text(encoding="utf-8")
    assert text.index("In het kort") < text.index("Antwoorden die anders zijn")
    assert (written[0].stat().st_mode & 0o777) == 0o600
