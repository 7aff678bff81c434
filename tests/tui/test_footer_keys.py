"""Footer keys are written for people ("Ctrl+N Volgende", "F1 Hulp"), in both languages."""

from __future__ import annotations

import pytest
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from netwerkcheck.i18n import Lang
from netwerkcheck.tui.app import NetwerkcheckApp
from netwerkcheck.tui.bindings import key_display
from netwerkcheck.tui.screens.question import QuestionScreen
from tests.tui.helpers import small_content


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
