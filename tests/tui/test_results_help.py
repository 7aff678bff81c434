"""The results page repeats the help an answer called for, at the top (issue #11).

Driven by keys on small test content with the shipped help.yaml: after "heel zwaar" the
results start with a help block (113, 0800-0113, 112); a contented person gets no block,
only a calm pointer to F1 at the end.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.widgets import Static

from netwerkcheck.content import models as m
from netwerkcheck.content.loader import Content, load_content
from netwerkcheck.tui.app import NetwerkcheckApp
from netwerkcheck.tui.screens.help import HelpScreen
from netwerkcheck.tui.screens.overview import OverviewScreen
from netwerkcheck.tui.screens.question import QuestionScreen
from netwerkcheck.tui.screens.results import ResultsScreen
from netwerkcheck.tui.widgets.help_block import HelpBlock
from tests.tui.helpers import in_view

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "plain" / "fixture_content"


def _content(tmp_path: Path) -> Content:
    folder = tmp_path / "content"
    shutil.copytree(FIXTURE, folder)
    shutil.copy(ROOT / "content" / "help.yaml", folder / "help.yaml")
    return load_content(folder)


async def _walk(pilot, app: NetwerkcheckApp, choices: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    """Answer every question by keys; `choices` picks a single/scale option by value."""
    await pilot.press("enter")
    await pilot.pause()
    for _ in range(40):
        if isinstance(app.screen, HelpScreen):
            await pilot.press("escape")
            await pilot.pause()
            continue
        if isinstance(app.screen, ResultsScreen):
            return
        if isinstance(app.screen, OverviewScreen):  # the answers overview before the results
            await pilot.press("ctrl+n")
            await pilot.pause()
            continue
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        q = screen.session.question
        assert q is not None
        if isinstance(q, m.SingleQuestion | m.ScaleQuestion) and q.id in choices:
            # picked already when help opened over the question and was closed: the
            # pick stays, the list keeps its cursor, and Ctrl+N goes on
            if screen.session.answers.get(q.id) != choices[q.id]:
                values = [o.value for o in q.options]
                # the first Down is the first option (a fresh list has no cursor yet)
                await pilot.press(*["down"] * (values.index(choices[q.id]) + 1), "enter")
                await pilot.pause()
                assert screen.session.answers.get(q.id) == choices[q.id]
        elif isinstance(q, m.SingleQuestion | m.ScaleQuestion | m.MultiQuestion):
            await pilot.press("down", "enter")  # the first option
        await pilot.press("ctrl+n")
        await pilot.pause()
    raise AssertionError("the check did not end")


def _texts(app: NetwerkcheckApp) -> str:
    return "\n".join(str(w.render()) for w in app.screen.query(Static))


async def test_results_start_with_the_help_after_a_crisis_answer(tmp_path: Path) -> None:
    app = NetwerkcheckApp(_content(tmp_path), lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await _walk(pilot, app, {"leeftijd": "van_30_tot_65", "hoe_gaat_het": "heel_zwaar"})
        assert isinstance(app.screen, ResultsScreen)
        await pilot.pause()
        block = app.screen.query_one(HelpBlock)
        text = "\n".join(str(w.render()) for w in block.query(Static))
        for line in ("113", "0800-0113", "112", "De Luisterlijn"):
            assert line in text, line
        assert "Kindertelefoon" not in text  # an adult: the age filter
        # at the top: visible without scrolling, inside the screen
        assert block.region.y < app.screen.size.height
        assert block.region.height > 0
        # and the calm F1 pointer is not added below it
        assert "Druk op F1 voor Hulp." not in _texts(app)


async def test_no_help_block_for_a_contented_person(tmp_path: Path) -> None:
    app = NetwerkcheckApp(_content(tmp_path), lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        choices = {
            "leeftijd": "vanaf_65",
            "hoe_gaat_het": "goed",
            "tevreden": "helemaal_wel",
            "wens_verandering": "nee",
        }
        await _walk(pilot, app, choices)
        assert isinstance(app.screen, ResultsScreen)
        await pilot.pause()
        assert not app.screen.query(HelpBlock)
        text = _texts(app)
        assert "113" not in text and "zelfdoding" not in text
        assert "Druk op F1 voor Hulp." in text


async def test_the_help_reads_on_with_the_arrows_and_page_keys(tmp_path: Path) -> None:
    """F1 at 60x18: the helplines run below the fold, and 'back to the check' has the
    focus; PageDown and End read on without Tab first (it took Tab, and nothing said so),
    Home goes back up, and the focus stays on the button."""
    from textual.containers import VerticalScroll
    from textual.widgets import Button

    app = NetwerkcheckApp(_content(tmp_path), lang="en", save=False)
    async with app.run_test(size=(60, 18)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, HelpScreen)
        body = screen.query_one(".help-body", VerticalScroll)
        assert body.max_scroll_y > 0  # there is more to read than fits
        close = screen.query_one("#close", Button)
        assert close.has_focus
        await pilot.press("pagedown")
        await pilot.pause()
        assert body.scroll_y > 0
        await pilot.press("end")
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y
        await pilot.press("home")
        await pilot.pause()
        assert body.scroll_y == 0
        assert close.has_focus


async def test_words_typed_in_ones_own_words_bring_help_at_once_and_age_does_not(
    tmp_path: Path,
) -> None:
    """The walk as a 15-year-old: saying 'under 18' opened a help box before any sign of
    distress, and typing 'ik wil er niet meer zijn' in the free-text question brought none.
    Now the age waits for the results, and the typed words bring the crisis help at once,
    for a minor with De Kindertelefoon beside 113 and 112."""
    app = NetwerkcheckApp(_content(tmp_path), lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        helps: list[str] = []
        for _ in range(40):
            screen = app.screen
            if isinstance(screen, HelpScreen | ResultsScreen):
                break
            if isinstance(screen, OverviewScreen):
                await pilot.press("ctrl+n")
                await pilot.pause()
                continue
            assert isinstance(screen, QuestionScreen)
            q = screen.session.question
            assert q is not None
            helps.append(q.id)
            if isinstance(q, m.TextQuestion):
                # at machine pace, words after the phrase, then Enter: help opened
                # mid-sentence took ', echt' and the Enter (seen in tmux)
                await pilot.press(*"Soms wil ik er niet meer zijn, echt", "enter")
                await pilot.pause()
                break
            elif isinstance(q, m.SingleQuestion | m.ScaleQuestion | m.MultiQuestion):
                await pilot.press("down", "enter")  # the first option: onder_18, goed, ...
            await pilot.press("ctrl+n")
            await pilot.pause()
        assert app.session.answers.get("leeftijd") == "onder_18"
        # no help broke in after the age or any chosen answer: it opened after the words
        assert isinstance(app.screen, HelpScreen), helps
        assert helps[-1] == "wat_mis_je"
        # it opened over the overview that follows the last question, not under it
        assert isinstance(app.screen_stack[-2], OverviewScreen)
        text = _texts(app)
        assert "Wat je schreef klinkt alsof het nu heel zwaar voor je is." in text
        for line in ("113", "112", "De Kindertelefoon"):
            assert line in text, line
        assert "De Luisterlijn" not in text  # an adult line, not for a 15-year-old
        assert app.session.answers.get("wat_mis_je") == "Soms wil ik er niet meer zijn, echt"
        await pilot.press("escape")
        await pilot.pause()
        for _ in range(5):
            if isinstance(app.screen, ResultsScreen):
                break
            await pilot.press("ctrl+n")
            await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        await pilot.pause()
        block = app.screen.query_one(HelpBlock)
        text = "\n".join(str(w.render()) for w in block.query(Static))
        assert "113" in text and "De Kindertelefoon" in text
        assert block.region.y < app.screen.size.height


async def test_f1_says_how_to_go_back_skip_and_stop_on_a_question() -> None:
    """F1 listed only helplines: nothing said how to go back, skip or stop, and the keys
    a narrow footer leaves out (Ctrl+O at 60 columns; the counsellor's F4 and F9) were
    nowhere (seen in a walk). The help now lists the screen's keys, in words, and none
    of Textual's own (Tab, Ctrl+C) with their English names."""
    from tests.tui.helpers import small_content
    from tests.tui.test_sizes import _start

    for lang, counsellor, expected in (
        (
            "nl",
            False,
            ["Ctrl+N  Volgende", "Ctrl+B  Terug", "Ctrl+O  Overslaan", "Ctrl+Q  Stoppen"],
        ),
        ("en", True, ["Ctrl+B  Back", "F4  ", "F9  ", "Ctrl+Q  "]),
    ):
        app = NetwerkcheckApp(small_content(), lang=lang, save=False, counsellor=counsellor)
        async with app.run_test(size=(60, 18)) as pilot:
            await _start(pilot, app, counsellor)
            await pilot.press("f1")
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen)
            keys = app.screen.query_one(".help-keys", Static)
            text = str(keys.render())
            for line in expected:
                assert line in text, (lang, line, text)
            for textual_own in ("Focus", "Copy", "Tab"):
                assert textual_own not in text, text
            # read down to them with the arrow keys, as the help says nothing of Tab
            for _ in range(60):
                if in_view(keys):
                    break
                await pilot.press("down")
                await pilot.pause()
            assert in_view(keys), (lang, text, keys.region)


async def test_f1_for_a_minor_names_no_adult_line_and_keeps_sentences_whole(
    tmp_path: Path,
) -> None:
    """F1 for a 15-year-old (en, 60x18): its intro named 'De Luisterlijn is a listening
    line for adults' and broke that sentence in two at the editor's line break (seen in a
    walk). The intro is one paragraph now, and names no line the person cannot use."""
    app = NetwerkcheckApp(_content(tmp_path), lang="en", save=False)
    async with app.run_test(size=(60, 18)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("down", "enter", "ctrl+n")  # the first option: under 18
        await pilot.pause()
        assert app.session.answers.get("leeftijd") == "onder_18"
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = _texts(app)
        assert "De Kindertelefoon" in text and "Luisterlijn" not in text
        intro = app.screen.query(".prose").first(Static)
        assert "\n" not in str(intro.render()), str(intro.render())


async def test_f1_on_the_network_question_names_the_lists_keys() -> None:
    """The network list's own keys (a, n, e, x, u) were only in its hint, which a low
    window cuts; F1 names them too, in words."""
    from tests.tui.test_sizes import _layout_content

    app = NetwerkcheckApp(_layout_content(), lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("ctrl+o", "ctrl+o")  # on to the network question
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert isinstance(app.screen.session.question, m.NetworkQuestion)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one(".help-keys", Static).render())
        for line in ("A  Toevoegen", "X  Weghalen", "Ctrl+B  Terug", "Ctrl+Q  Stoppen"):
            assert line in text, (line, text)
        for textual_own in ("Cursor", "Select", "Page"):
            assert textual_own not in text, text
