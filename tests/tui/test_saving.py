"""Saving in the app: every answer at once, resume, no-save writes nothing, export."""

from __future__ import annotations

import os
from pathlib import Path

from netwerkcheck.store import CheckStore
from netwerkcheck.store.paths import data_dir
from netwerkcheck.tui.app import NetwerkcheckApp
from netwerkcheck.tui.screens.export import ExportScreen
from netwerkcheck.tui.screens.question import QuestionScreen
from netwerkcheck.tui.screens.results import ResultsScreen
from tests.tui.helpers import small_content, walk_to_results

# Saving is the same for any content: the small fixture (five questions) keeps it quick.


async def test_each_answer_is_saved_and_the_check_resumes() -> None:
    content = small_content()
    app = NetwerkcheckApp(content, lang="nl", save=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")  # Beginnen
        await pilot.pause()
        await pilot.press("down", "enter")  # pick who you live with: saved at once
        await pilot.pause()
        await pilot.press("ctrl+n", "down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        where = app.screen.session.current
    # The app is gone (as if the terminal closed); what was given is on disk.
    with CheckStore() as store:
        saved = store.latest_unfinished()
        assert saved is not None
        assert set(saved.answers) >= {"woonsituatie", "bezigheden"}
        assert saved.current == where
    again = NetwerkcheckApp(content, lang="nl", save=True)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert again.resumable is not None
        await pilot.press("enter")  # 'Verder gaan' has focus
        await pilot.pause()
        assert isinstance(again.screen, QuestionScreen)
        assert again.screen.session.current == where
        assert again.screen.session.answers["woonsituatie"] == saved.answers["woonsituatie"]


async def test_no_save_writes_nothing() -> None:
    app = NetwerkcheckApp(small_content(), lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await walk_to_results(pilot, app)
    assert not data_dir().exists()


async def test_unticking_save_on_the_welcome_screen_writes_nothing() -> None:
    app = NetwerkcheckApp(small_content(), lang="nl", save=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.click("#save-choice")
        await pilot.pause()
        assert app.saving is False
        await walk_to_results(pilot, app, start_key="ctrl+n")
    assert not data_dir().exists()


async def test_export_from_results(tmp_path: Path) -> None:
    app = NetwerkcheckApp(small_content(), lang="en", save=False)
    target = tmp_path / "my-check.html"
    async with app.run_test(size=(80, 24)) as pilot:
        await walk_to_results(pilot, app)
        assert isinstance(app.screen, ResultsScreen)
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        field = app.screen.query_one("#path")
        field.focus()
        await pilot.press("ctrl+a", "ctrl+k", *str(target), "enter")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
    html = target.read_text(encoding="utf-8")
    assert "<html" in html.lower() and "http://" not in html
    assert os.stat(target).st_mode & 0o777 == 0o600
