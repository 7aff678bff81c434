"""Every size from tiny to large: either the check is usable (the navigation row is
fully on screen) or the app says plainly to make the window larger. Never a crash."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Button, RadioButton, SelectionList, Static

from netwerkcheck.content import models as m
from netwerkcheck.content.loader import Content, load_content
from netwerkcheck.i18n import Lang
from netwerkcheck.tui.app import MIN_HEIGHT, MIN_WIDTH, NetwerkcheckApp
from netwerkcheck.tui.screens.export import ExportScreen
from netwerkcheck.tui.screens.help import HelpScreen
from netwerkcheck.tui.screens.modals import ConfirmScreen, QuitScreen, WhyScreen
from netwerkcheck.tui.screens.overview import OverviewScreen
from netwerkcheck.tui.screens.question import QuestionScreen
from netwerkcheck.tui.screens.results import ResultsScreen
from netwerkcheck.tui.widgets.network_editor import NetworkEditor, PersonForm
from tests.tui.helpers import answer_current, in_view, small_content, walk_to_results
from tests.tui.test_counsellor import _fast_passphrase  # noqa: F401 (autouse: quick key derivation)


def _fully_visible(app: NetwerkcheckApp, button: Button) -> bool:
    region = button.region
    screen = app.screen.region
    return region.width > 0 and screen.contains_region(region)


SIZES_USABLE = [(60, 20), (80, 24), (160, 50)]
TOO_SMALL = (40, 12)


def _notice_shown(app: NetwerkcheckApp) -> bool:
    small = app.size.width < MIN_WIDTH or app.size.height < MIN_HEIGHT
    notice = app.screen.query_one(".too-small", Static)
    assert notice.display is small, app.size
    if small:
        assert "te klein" in str(notice.render())
    return small


async def test_sizes(content: Content) -> None:
    """One walk through the shipped check; every screen on the way is shown at every
    usable size (the answer is given at each size in turn), the results at every size
    with the navigation row fully on screen, and a too-small window says so, also
    halfway. (Was one walk per size: the same screens at the same sizes, four times
    the keys.)"""
    app = NetwerkcheckApp(content, lang="nl", save=False)
    async with app.run_test(size=TOO_SMALL) as pilot:
        await pilot.pause()
        assert _notice_shown(app)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert not _notice_shown(app)
        await pilot.press("enter")  # 'Beginnen'
        await pilot.pause()
        for step in range(80):
            screen = app.screen
            if isinstance(screen, ResultsScreen):
                break
            # every size in turn; the last one of the round (a different one each
            # question) is the size the answer is given at
            turn = SIZES_USABLE[step % 3 :] + SIZES_USABLE[: step % 3]
            for size in turn:
                await pilot.resize_terminal(*size)
                await pilot.pause()
                assert app.screen is screen and not _notice_shown(app), size
            if isinstance(screen, OverviewScreen):
                await pilot.press("ctrl+n")  # on from the answers overview to the results
                await pilot.pause()
                continue
            assert isinstance(screen, QuestionScreen)
            question = screen.session.question
            assert question is not None
            if step == 1:  # halfway: too small says so, and the check is still there
                await pilot.resize_terminal(*TOO_SMALL)
                await pilot.pause()
                assert _notice_shown(app) and app.screen is screen
                await pilot.resize_terminal(*turn[-1])
                await pilot.pause()
            await answer_current(pilot, question)
        assert isinstance(app.screen, ResultsScreen)
        for size in [*SIZES_USABLE, TOO_SMALL]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            if _notice_shown(app):
                continue
            for button in app.screen.query("#nav Button").results(Button):
                assert _fully_visible(app, button), (button.id, size)


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


def _buttons_in_view(screen: Screen[Any]) -> None:
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
    # 'F1: hulp' whole beside the progress bar (at 60 columns it showed 'F1:')
    hint = screen.query_one("#help-hint", Static)
    assert in_view(hint) and hint.region.width >= cell_len(str(hint.render())), where
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
                # with nobody named yet, 'Toevoegen' is in view (at 60x18 it was below
                # the fold, under an empty table)
                assert in_view(screen.query_one("#ne-add")), app.size
                # and it has the focus: the hidden empty table had it, and Enter did
                # nothing (seen in a walk)
                assert screen.query_one("#ne-add").has_focus, app.focused
                await pilot.press("a")
                await pilot.pause()
                assert isinstance(app.screen, PersonForm)
                _buttons_in_view(app.screen)
                await pilot.press("escape")
                await pilot.pause()
                if lang == "nl":  # skipping a list with someone in it asks first
                    await pilot.press("a", *"Bo", "enter", "down", "space", "ctrl+s")
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


async def _laid_out(pilot: Pilot[None], screen: Screen[Any]) -> None:
    """Wait (a bounded number of idle rounds, never a time) until the dialog that just
    opened has been laid out: under load one pause could end before its first layout,
    and a button with no size yet is not 'out of view' (seen once in a loaded run)."""
    for _ in range(50):
        buttons = [b for b in screen.query(Button) if b.display and not b.disabled]
        if buttons and all(b.region.width > 0 for b in buttons):
            return
        await pilot.pause()


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_results_dialogs_buttons_in_view(lang: Lang) -> None:
    """The dialogs of the results open at every size with their buttons in view. One walk
    per language; the window takes each size before the dialogs open, so each dialog
    arrives at that size."""
    app = NetwerkcheckApp(small_content(), lang=lang, save=False)
    async with app.run_test(size=SIZES[0]) as pilot:
        await walk_to_results(pilot, app)
        for size in SIZES:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert isinstance(app.screen, ResultsScreen), size
            await pilot.press("ctrl+e")
            await pilot.pause()
            assert isinstance(app.screen, ExportScreen), size
            await _laid_out(pilot, app.screen)
            _buttons_in_view(app.screen)
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, ResultsScreen), size
            why = app.screen.query(".why").first(Button)
            why.focus()
            await pilot.press("enter")  # by key, as a person opens it
            assert isinstance(app.screen, WhyScreen), size
            await _laid_out(pilot, app.screen)
            _buttons_in_view(app.screen)
            await pilot.press("escape")
            await pilot.pause()


def _whole_or_gone(widget: Widget) -> bool:
    """Shown whole inside its scrolling head, or not at all: never cut mid-paragraph."""
    if not widget.display or widget.region.area == 0:
        return True
    head = next(a for a in widget.ancestors if isinstance(a, Widget) and a.is_scrollable)
    return head.region.contains_region(widget.region) or not head.region.overlaps(widget.region)


SHIPPED = Path(__file__).resolve().parents[2] / "content"


@pytest.mark.parametrize(
    ("size", "lang", "counsellor"),
    [((60, 18), "nl", False), ((80, 24), "en", True)],
    ids=["60x18-nl", "80x24-counsellor-en"],
)
async def test_a_theme_intro_is_never_cut_off_above_its_question(
    size: tuple[int, int], lang: Lang, counsellor: bool
) -> None:
    """Every question of the shipped check, reached by keys: the question whole in view,
    and a theme's intro above it whole or not shown. At 60x18 'Geven en krijgen' opened
    on 'in balans, soms niet.', the end of its intro, with its start scrolled away (seen
    in a walk, also in counsellor mode at 80x24)."""
    app = NetwerkcheckApp(load_content(SHIPPED, lang), lang=lang, save=False, counsellor=counsellor)
    async with app.run_test(size=size) as pilot:
        await _start(pilot, app, counsellor)
        seen: list[str] = []
        while isinstance(app.screen, QuestionScreen):
            screen = app.screen
            question = screen.session.question
            assert question is not None
            if question.id in seen:
                break
            seen.append(question.id)
            assert in_view(screen.query_one("#question-text")), (question.id, size)
            for intro in screen.query(".theme-intro"):
                assert _whole_or_gone(intro), (question.id, size, intro.region)
            await pilot.press("ctrl+o")
            await pilot.pause()
        assert len(seen) >= 15, seen


async def test_the_network_key_hint_is_whole_beside_the_map_at_80x24() -> None:
    """The shipped network question at 80x24 with one person: the editor has nine rows
    under the question, and with three-row buttons the key hint ended at 'x of' (seen
    in a walk). Low, the buttons are one line and the hint is read whole."""
    app = NetwerkcheckApp(load_content(SHIPPED, "nl"), lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await _start(pilot, app, False)
        for _ in range(6):
            screen = app.screen
            assert isinstance(screen, QuestionScreen)
            if isinstance(screen.session.question, m.NetworkQuestion):
                break
            await pilot.press("ctrl+o")
            await pilot.pause()
        await pilot.press("a", *"Anna", "tab", "down", "space", "ctrl+s")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        assert screen.session.answers.get("netwerk") is not None
        assert "-narrow" not in screen.query_one(NetworkEditor).classes  # the map beside
        assert in_view(screen.query_one("#ne-keys"))
