"""Every size from tiny to large: either the check is usable (the navigation row is
fully on screen) or the app says plainly to make the window larger. Never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Button, RadioButton, SelectionList, Static

from netwerkcheck.content.loader import Content, load_content
from netwerkcheck.i18n import Lang
from netwerkcheck.tui.app import MIN_HEIGHT, MIN_WIDTH, NetwerkcheckApp
from netwerkcheck.tui.screens.export import ExportScreen
from netwerkcheck.tui.screens.help import HelpScreen
from netwerkcheck.tui.screens.modals import ConfirmScreen, QuitScreen, WhyScreen
from netwerkcheck.tui.screens.question import QuestionScreen
from netwerkcheck.tui.screens.results import ResultsScreen
from netwerkcheck.tui.widgets.network_editor import PersonForm
from tests.tui.helpers import small_content, walk_to_results


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


# --- on arrival, at every size the README promises ------------------------------------

LAYOUT = Path(__file__).parent.parent / "fixtures" / "content_layout"
SIZES = [(60, 18), (60, 20), (80, 24), (120, 40), (160, 50)]
_LAYOUT_CONTENT: list[Content] = []


def _layout_content() -> Content:
    """Small content with a theme intro, a question with twelve options and a hint, a
    multiple-choice question with nine, and the network question."""
    if not _LAYOUT_CONTENT:
        _LAYOUT_CONTENT.append(load_content(LAYOUT))
    return _LAYOUT_CONTENT[0]


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


def _buttons_in_view(screen: Screen[object]) -> None:
    buttons = [b for b in screen.query(Button) if b.display and not b.disabled]
    assert buttons, type(screen).__name__
    for button in buttons:
        assert in_view(button), (type(screen).__name__, button.id, button.region)


async def _start(pilot: Pilot[None], app: NetwerkcheckApp, counsellor: bool) -> None:
    if counsellor:
        from tests.tui.test_counsellor import _passphrase

        await _passphrase(pilot, app)  # then the picker, where 'zonder opslaan' has focus
    await pilot.pause()
    await pilot.press("enter")  # 'Beginnen', or in counsellor mode 'zonder opslaan'
    await pilot.pause()
    assert isinstance(app.screen, QuestionScreen)


def _question_in_view(app: NetwerkcheckApp) -> None:
    screen = app.screen
    assert isinstance(screen, QuestionScreen)
    where = (screen.session.question.id if screen.session.question else None, app.size)
    assert in_view(screen.query_one("#question-text")), where
    assert in_view(screen.query_one("#next")), where
    assert in_view(screen.query_one("#back")), where
    options = [*screen.query(RadioButton)] or [*screen.query(SelectionList)]
    if options:
        assert in_view(options[0]) or isinstance(options[0], SelectionList), where


@pytest.mark.parametrize("counsellor", [False, True], ids=["person", "counsellor"])
@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
async def test_question_and_buttons_in_view_on_arrival(
    size: tuple[int, int], lang: Lang, counsellor: bool
) -> None:
    app = NetwerkcheckApp(_layout_content(), lang=lang, save=False, counsellor=counsellor)
    async with app.run_test(size=size) as pilot:
        await _start(pilot, app, counsellor)
        # twelve options, a theme intro and a hint; then nine to tick; then the network
        for qid in ("veel_keuzes", "veel_kruisjes", "netwerk"):
            screen = app.screen
            assert isinstance(screen, QuestionScreen)
            assert screen.session.question is not None
            assert screen.session.question.id == qid
            _question_in_view(app)
            if qid == "netwerk":
                await pilot.press("a")
                await pilot.pause()
                assert isinstance(app.screen, PersonForm)
                _buttons_in_view(app.screen)
                await pilot.press("escape")
                await pilot.pause()
                if lang == "nl":  # skipping a list with someone in it asks first
                    await pilot.press("a", *"Bo", "enter", "space", "ctrl+s")
                    await pilot.pause()
                    await pilot.press("ctrl+o")
                    await pilot.pause()
                    assert isinstance(app.screen, ConfirmScreen)
                    _buttons_in_view(app.screen)
                    await pilot.press("escape")
                    await pilot.pause()
            else:
                await pilot.press("ctrl+o")
                await pilot.pause()
        # the dialogs any question can open
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, QuitScreen)
        _buttons_in_view(app.screen)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        _buttons_in_view(app.screen)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
async def test_results_dialogs_buttons_in_view(size: tuple[int, int], lang: Lang) -> None:
    app = NetwerkcheckApp(small_content(), lang=lang, save=False)
    async with app.run_test(size=size) as pilot:
        await walk_to_results(pilot, app)
        assert isinstance(app.screen, ResultsScreen)
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        _buttons_in_view(app.screen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        why = app.screen.query(".why").first(Button)
        why.press()
        await pilot.pause()
        assert isinstance(app.screen, WhyScreen)
        _buttons_in_view(app.screen)
