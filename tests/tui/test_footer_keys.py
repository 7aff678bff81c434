"""Footer keys are written for people ("Ctrl+N Volgende", "F1 Hulp"), in both languages."""

from __future__ import annotations

import itertools

import pytest
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from netwerkcheck.i18n import Lang
from netwerkcheck.tui.app import NetwerkcheckApp
from netwerkcheck.tui.bindings import key_display
from netwerkcheck.tui.screens.question import QuestionScreen
from tests.tui.helpers import small_content, walk_to_results


def test_key_display() -> None:
    assert key_display("ctrl+n", "nl") == "Ctrl+N"
    assert key_display("f1", "en") == "F1"
    assert key_display("escape", "nl") == "Esc"
    assert key_display("space", "nl") == "Spatie"
    assert key_display("space", "en") == "Space"
    assert key_display("shift+tab", "en") == "Shift+Tab"


@pytest.mark.parametrize(
    ("lang", "wanted"),
    [
        ("nl", ["Ctrl+N Volgende", "Ctrl+B Terug", "F1 Hulp", "Ctrl+Q Stoppen"]),
        ("en", ["Ctrl+N Next", "Ctrl+B Back", "F1 Help"]),
    ],
)
async def test_footer_says_ctrl_n_not_caret(lang: Lang, wanted: list[str]) -> None:
    app = NetwerkcheckApp(small_content(), lang=lang, save=False)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        footer = app.screen.query_one(Footer)
        shown = [" ".join(str(k.render()).split()) for k in footer.query(FooterKey)]
        for label in wanted:
            assert label in shown, shown
        assert not any("^" in s for s in shown), shown


async def test_footer_follows_a_language_switch_on_the_welcome_screen() -> None:
    app = NetwerkcheckApp(small_content(), lang="nl", save=False)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.click("#language")
        await pilot.pause()
        await pilot.click("#start")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        shown = [" ".join(str(k.render()).split()) for k in app.screen.query(FooterKey)]
        assert "F1 Help" in shown and "Ctrl+Q Quit" in shown, shown


def _cut_keys(app: NetwerkcheckApp) -> list[str]:
    """Footer keys that do not fit on the screen (their label is cut off at the edge)."""
    width = app.screen.size.width
    return [
        " ".join(str(k.render()).split())
        for k in app.screen.query(FooterKey)
        if k.region.width == 0 or k.region.right > width
    ]


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_every_footer_key_fits_at_80_columns(lang: Lang) -> None:
    """At 80x24 no footer key is cut off, on any screen of a whole check: Dutch showed
    'F2 Co' on every question and cut 'F1' on the results. F2 (contrast) stays on the
    welcome screen's footer, where a person chooses how the check looks, and in F1 help."""
    app = NetwerkcheckApp(small_content(), lang=lang, save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        welcome = [" ".join(str(k.render()).split()) for k in app.screen.query(FooterKey)]
        assert any(s.startswith("F2 ") for s in welcome), welcome
        cut: list[tuple[str, list[str]]] = [("welcome", _cut_keys(app))]
        await walk_to_results(
            pilot, app, on_screen=lambda: cut.append((type(app.screen).__name__, _cut_keys(app)))
        )
        for _ in range(8):  # the results' focus moves over cards and answers: M, P appear
            await pilot.press("tab")
            cut.append((f"results:{app.focused}", _cut_keys(app)))
        screens = {name for name, _ in cut}
        assert {"QuestionScreen", "ResultsScreen"} <= screens, screens
        assert [(name, keys) for name, keys in cut if keys] == []


async def test_f1_help_names_f2_on_a_question() -> None:
    """The footer names F2 only on the welcome screen; F1 help says it on every screen."""
    from textual.widgets import Static

    from netwerkcheck.tui.screens.help import HelpScreen

    app = NetwerkcheckApp(small_content(), lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        texts = [str(s.render()) for s in app.screen.query(Static)]
        assert any("F2" in text and "contrast" in text for text in texts), texts
        before = app.theme
        await pilot.press("f2")  # and F2 still works there
        await pilot.pause()
        assert app.theme != before


async def test_a_focus_move_that_changes_no_key_leaves_the_footer_alone() -> None:
    """Rebuilding the footer restyles every key; a step used to spend a quarter of its
    time on footers rebuilt with the same keys."""
    app = NetwerkcheckApp(small_content(), lang="nl", save=False)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        footer = app.screen.query_one(Footer)
        before = list(footer.query(FooterKey))
        app.screen.query_one("#next").focus()
        await pilot.pause()
        app.screen.query_one("#skip").focus()
        await pilot.pause()
        after = list(footer.query(FooterKey))
        assert [id(k) for k in after] == [id(k) for k in before]
        assert "Ctrl+N Volgende" in [" ".join(str(k.render()).split()) for k in after]
        assert not any(k.has_class("-compact") for k in after)


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_stopping_and_help_stay_in_sight_in_a_narrow_window(lang: Lang) -> None:
    """At 60x18 the question footer cut 'Ctrl+Q Sto' (and the counsellor's results at
    80 columns 'Ctrl+Q St'): stopping and help now keep the right edge on every screen,
    and a key with no room is left out, never shown in part."""
    stop, help_ = ("Ctrl+Q Stoppen", "F1 Hulp") if lang == "nl" else ("Ctrl+Q Quit", "F1 Help")
    app = NetwerkcheckApp(small_content(), lang=lang, save=False)
    seen: list[tuple[str, list[str]]] = []

    def check() -> None:
        width = app.screen.size.width
        keys = [k for k in app.screen.query(FooterKey) if k.display and k.region.width]
        shown = [" ".join(str(k.render()).split()) for k in keys]
        where = (type(app.screen).__name__, shown)
        assert stop in shown and help_ in shown, where
        for key in keys:
            assert key.region.x >= 0 and key.region.right <= width, where
        regions = sorted(k.region for k in keys)
        for left, right in itertools.pairwise(regions):
            assert not left.overlaps(right), where
        seen.append(where)

    async with app.run_test(size=(60, 18)) as pilot:
        await pilot.pause()
        check()
        await walk_to_results(pilot, app, on_screen=check)
    assert {"QuestionScreen", "ResultsScreen"} <= {name for name, _ in seen}
