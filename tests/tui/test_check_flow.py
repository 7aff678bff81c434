"""The whole check by keys alone, in both languages."""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets import Static

from netwerkcheck.content.loader import Content
from netwerkcheck.i18n import Lang
from netwerkcheck.tui.app import NetwerkcheckApp
from netwerkcheck.tui.screens.modals import QuitScreen, WhyScreen
from netwerkcheck.tui.screens.overview import OverviewScreen
from netwerkcheck.tui.screens.question import QuestionScreen
from netwerkcheck.tui.screens.results import ResultsScreen
from netwerkcheck.tui.screens.welcome import WelcomeScreen
from netwerkcheck.tui.widgets.plan import SuggestionCard
from tests.tui.helpers import walk_to_results


def _texts(app: NetwerkcheckApp) -> str:
    return "\n".join(str(w.render()) for w in app.screen.query(Static))


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_complete_check_by_keys_shows_suggestions_with_reasons(
    content: Content, lang: Lang
) -> None:
    app = NetwerkcheckApp(content, lang=lang, save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, WelcomeScreen)
        asked = await walk_to_results(pilot, app)
        assert len(asked) >= 3
        assert isinstance(app.screen, ResultsScreen)
        assert app.screen.selection.chosen, "some suggestion is shown"
        text = _texts(app)
        title = app.screen.selection.chosen[0].suggestion.title.get(lang)
        assert title in text
        # The page starts at the top; Tab goes past the answers under 'Wat je zei' (each
        # can be marked) to the first suggestion; Enter on it opens 'why do I see this?'.
        for _ in range(30):
            await pilot.press("tab")
            await pilot.pause()
            if isinstance(app.screen.focused, SuggestionCard):
                break
        assert isinstance(app.screen.focused, SuggestionCard)
        assert app.screen.focused.suggestion_id == app.screen.selection.chosen[0].suggestion.id
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, WhyScreen)
        why = _texts(app)
        assert ("omdat" in why) if lang == "nl" else ("because" in why)
        assert app.screen.lines and all(line.strip() for line in app.screen.lines)
        await pilot.press("escape")
        assert isinstance(app.screen, ResultsScreen)


async def test_back_and_skip_work_and_keep_answers(content: Content) -> None:
    app = NetwerkcheckApp(content, lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        first = screen.session.current
        await pilot.press("ctrl+o")  # skip
        await pilot.pause()
        assert screen.session.current != first
        assert first in screen.session.skipped
        second = screen.session.current
        await pilot.press("ctrl+b")  # back
        await pilot.pause()
        assert screen.session.current == first
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert screen.session.current == second


async def test_quit_asks_first(content: Content) -> None:
    app = NetwerkcheckApp(content, lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, QuitScreen)
        await pilot.press("enter")  # 'Nee, doorgaan' has focus
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("tab", "enter")  # 'Ja, stoppen'
        await pilot.pause()
    assert app.return_code == 0


async def test_stopping_after_the_results_says_the_check_is_kept_not_continued() -> None:
    """On a finished check the stop dialog said 'Je kunt later verder gaan' (seen in a
    walk): there is nothing left to go on with. It says the check is kept to look at."""
    from tests.tui.helpers import small_content

    app = NetwerkcheckApp(small_content(), lang="nl", save=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await walk_to_results(pilot, app)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, QuitScreen)
        text = _texts(app)
        assert "Je check is bewaard" in text and "Eerdere checks" in text
        assert "verder gaan" not in text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)


async def test_language_switch_on_welcome(content: Content) -> None:
    app = NetwerkcheckApp(content, lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        assert "Welkom" in _texts(app)
        await pilot.press("tab", "enter")  # the 'English' button
        await pilot.pause()
        assert "Welcome" in _texts(app)
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert "Topic 1 of 11" in _texts(app)


async def test_too_small_window_says_so(content: Content) -> None:
    app = NetwerkcheckApp(content, lang="nl", save=False)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        assert "te klein" in _texts(app)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)


async def test_f2_toggles_high_contrast(content: Content) -> None:
    app = NetwerkcheckApp(content, lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        before = app.theme
        await pilot.press("f2")
        assert app.theme == "netwerkcheck-high-contrast"
        await pilot.press("f2")
        assert app.theme == before


async def test_network_answer_is_drawn_on_the_results(monkeypatch: pytest.MonkeyPatch) -> None:
    """...once: drawing a map of many people takes long, and the results used to draw it
    twice, before their scrollbar came and after (the width changed by two)."""
    from netwerkcheck.report.netmap import text_map as draw
    from netwerkcheck.tui.widgets import network_map
    from netwerkcheck.tui.widgets.network_map import NetworkMap
    from tests.plain.fixtures import fixture_content

    drawn: list[tuple[int, int]] = []

    def counted(network: Any, width: int, height: int, *args: Any) -> Any:
        drawn.append((width, height))
        return draw(network, width, height, *args)

    monkeypatch.setattr(network_map, "text_map", counted)

    # the small test content with a network question: fewer questions to skip past
    app = NetwerkcheckApp(fixture_content()[0], lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")  # start
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        while screen.session.current != "netwerk":
            await pilot.press("ctrl+o")
            await pilot.pause()
        await pilot.press("a", *"Ans", "enter", "down", "down", "down", "enter", "ctrl+s")
        await pilot.pause()
        assert "netwerk" in screen.session.answers, "saved as soon as the person is added"
        await pilot.press("ctrl+n")
        await pilot.pause()
        while isinstance(app.screen, QuestionScreen):
            await pilot.press("ctrl+o")
            await pilot.pause()
        assert isinstance(app.screen, OverviewScreen)  # the answers, before the results
        drawn.clear()
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        await pilot.pause()
        picture = app.screen.query_one(NetworkMap).picture
        assert picture is not None
        assert any("Ans" in line for line in picture.lines)
        assert len(drawn) == 1, drawn


async def test_a_bug_shows_no_traceback_and_no_answers(
    content: Content, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NETWERKCHECK_DEBUG", raising=False)
    app = NetwerkcheckApp(content, lang="nl", save=False)
    secret = "mijn geheime antwoord"  # a local that Textual would print
    printed = ""
    with pytest.raises(RuntimeError):  # the test harness re-raises it for pytest
        async with app.run_test(size=(80, 24)):
            try:
                raise RuntimeError(secret)
            except RuntimeError as exc:
                app._handle_exception(exc)
            printed = "\n".join(str(r) for r in app._exit_renderables)
    assert "RuntimeError" in printed
    assert secret not in printed and "Traceback" not in printed
    assert app.return_code == 70


async def test_content_loaded_after_the_first_screen(content: Content) -> None:
    """The welcome screen comes first; Start waits for the content behind it."""
    app = NetwerkcheckApp(lambda: content, lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, WelcomeScreen)
        await pilot.press("enter")
        for _ in range(1200):  # a bound, not a timing: a loaded machine may take long
            await pilot.pause(0.05)
            if isinstance(app.screen, QuestionScreen):
                break
        assert isinstance(app.screen, QuestionScreen)


async def test_invalid_content_found_after_start_stops_with_every_problem() -> None:
    from netwerkcheck.content.problems import ContentError, Problem

    problems = [Problem("content/x.yaml", 3, 5, "kapot"), Problem("content/y.yaml", 1, 1, "ook")]

    def broken() -> Content:
        raise ContentError(problems)

    app = NetwerkcheckApp(broken, lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(1200):  # a bound, not a timing: a loaded machine may take long
            await pilot.pause(0.05)
            if app.content_problems:
                break
    assert app.return_code == 2
    assert app.content_problems == sorted(problems)


@pytest.mark.parametrize("inner", [MemoryError, RecursionError])
async def test_a_failure_while_reporting_a_bug_still_shows_the_plain_message(
    content: Content, monkeypatch: pytest.MonkeyPatch, inner: type[BaseException]
) -> None:
    """#17: MemoryError or RecursionError inside the last-resort handler: still plain."""
    import netwerkcheck.tui.app as app_module

    monkeypatch.delenv("NETWERKCHECK_DEBUG", raising=False)
    app = NetwerkcheckApp(content, lang="nl", save=False)
    printed = ""
    with pytest.raises(MemoryError):  # the test harness re-raises it for pytest
        async with app.run_test(size=(80, 24)):

            def broken_t(*args: object, **kwargs: object) -> str:
                raise inner()

            monkeypatch.setattr(app_module, "t", broken_t)
            try:
                raise MemoryError("mijn geheime antwoord")
            except MemoryError as exc:
                app._handle_exception(exc)
            printed = "\n".join(str(r) for r in app._exit_renderables)
    assert "niet had mogen gebeuren" in printed and "should not have happened" in printed
    assert "geheime" not in printed and "Traceback" not in printed
    assert app.return_code == 70
