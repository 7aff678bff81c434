"""Counsellor mode is composed in, not tested for: the person's screens carry none of
its keys or panels (they cannot be reached in a person's own check), and counsellor
mode shows its own screens, which add them. Screens reach the app one typed way."""

from __future__ import annotations

import re
from pathlib import Path

from textual.pilot import Pilot

from netwerkcheck.content.loader import Content
from netwerkcheck.tui.app import NetwerkcheckApp
from netwerkcheck.tui.counsellor.notes import NotesScreen
from netwerkcheck.tui.counsellor.screens import CounsellorQuestionScreen, CounsellorResultsScreen
from netwerkcheck.tui.screens.question import QuestionScreen
from netwerkcheck.tui.screens.results import ResultsScreen
from tests.tui.helpers import walk_to_results
from tests.tui.test_counsellor import (
    SIZE,
    _fast_passphrase,  # noqa: F401 (autouse: quick key derivation here too)
    _passphrase,
    _small,
    _to_results,
)

TUI = Path(__file__).parents[2] / "src" / "netwerkcheck" / "tui"
# What counsellor mode adds to a question and to the results (tui/counsellor/screens.py).
COUNSELLOR_ACTIONS = {"talk_about", "notes", "handout", "scale"}
COUNSELLOR_PARTS = (
    "#counsellor-panel",
    "#counsellor-prompts",
    "#counsellor-tools",
    "#client-in-hand",
)


def _enabled_actions(app: NetwerkcheckApp) -> set[str]:
    return {a.binding.action for a in app.active_bindings.values() if a.enabled}


async def _press_and_settle(pilot: Pilot[None], *keys: str) -> None:
    await pilot.press(*keys)
    await pilot.pause()


async def test_a_persons_own_check_reaches_no_counsellor_key_or_panel(content: Content) -> None:
    app = NetwerkcheckApp(_small(content), lang="nl", save=False)
    async with app.run_test(size=SIZE) as pilot:
        await _press_and_settle(pilot, "enter")  # 'Beginnen'
        screen = app.screen
        assert type(screen) is QuestionScreen
        assert not _enabled_actions(app) & COUNSELLOR_ACTIONS
        for part in COUNSELLOR_PARTS:
            assert not screen.query(part)
        question = screen.session.question
        assert question is not None
        # Ctrl+T is the person's own 'hier wil ik over praten' mark; F4 opens nothing.
        await _press_and_settle(pilot, "ctrl+t", "f4")
        assert app.screen is screen
        assert question.id in app.autosave.record.own_marks
        assert app.autosave.record.talk_about == [] and app.autosave.record.notes == {}

    app = NetwerkcheckApp(_small(content), lang="nl", save=False)
    async with app.run_test(size=SIZE) as pilot:
        await walk_to_results(pilot, app)
        results = app.screen
        assert type(results) is ResultsScreen
        assert not _enabled_actions(app) & COUNSELLOR_ACTIONS
        for part in COUNSELLOR_PARTS:
            assert not results.query(part)
        await _press_and_settle(pilot, "f4", "f5", "f8")
        assert app.screen is results


async def test_counsellor_mode_shows_its_own_screens_with_its_keys_and_panels(
    content: Content,
) -> None:
    app = NetwerkcheckApp(_small(content), lang="nl", save=False, counsellor=True)
    async with app.run_test(size=SIZE) as pilot:
        await _passphrase(pilot, app)
        await _press_and_settle(pilot, "enter")  # a session without saving
        screen = app.screen
        assert isinstance(screen, CounsellorQuestionScreen)
        assert {"talk_about", "notes"} <= _enabled_actions(app)
        assert "own_mark" not in _enabled_actions(app)
        panel = screen.query_one("#counsellor-panel")
        assert panel.region.height > 0 and screen.query_one("#counsellor-prompts").region.height > 0
        question = screen.session.question
        assert question is not None
        # Ctrl+T is the counsellor's 'to talk about' mark here, never the person's own.
        await _press_and_settle(pilot, "ctrl+t")
        assert app.autosave.record.talk_about == [question.id]
        assert app.autosave.record.own_marks == []
        await _press_and_settle(pilot, "f4")
        assert isinstance(app.screen, NotesScreen)
        await _press_and_settle(pilot, "escape")
        assert app.screen is screen

        await _to_results(pilot, app)
        results = app.screen
        assert isinstance(results, CounsellorResultsScreen)
        assert {"handout", "notes"} <= _enabled_actions(app)
        assert "scale" not in _enabled_actions(app)  # the scales are off until switched on
        for part in ("#counsellor-tools", "#client-in-hand"):
            assert results.query_one(part).region.height > 0
        await _press_and_settle(pilot, "f4")
        assert isinstance(app.screen, NotesScreen)


def test_the_persons_screens_hold_no_counsellor_test_and_reach_the_app_one_typed_way() -> None:
    """A source check, to keep it so: no `app.counsellor` in the person's screens and
    widgets, no `getattr(self.app, ...)` fallbacks and no `type: ignore` anywhere in tui/."""
    for path in [*(TUI / "screens").glob("*.py"), *(TUI / "widgets").glob("*.py")]:
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"app\.counsellor\b|\"counsellor\", False", source), path.name
    for path in TUI.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "type: ignore" not in source, path
        assert not re.search(r"getattr\((self\.)?app\b", source), path
