"""The first screen: what this check is and is not, privacy, duration, language."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Static

from netwerkcheck.i18n import get_lang, set_lang, t
from netwerkcheck.tui.bindings import translate_bindings
from netwerkcheck.tui.screens.modals import TooSmallNotice


class WelcomeScreen(Screen[None]):
    BINDINGS = [Binding("ctrl+n", "start", "key.start", id="start")]
    AUTO_FOCUS = "#start"

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self)

    def compose(self) -> ComposeResult:
        save = getattr(self.app, "saving", False)
        yield TooSmallNotice()
        with VerticalScroll(id="welcome-body"):
            yield Static(t("welcome.title"), id="welcome-title", markup=False)
            yield Static(t("welcome.body"), markup=False, classes="prose")
            yield Static(
                t("welcome.privacy_save" if save else "welcome.privacy_nosave"),
                markup=False,
                classes="prose privacy",
            )
            yield Static(t("welcome.keys"), markup=False, classes="prose muted")
        with Horizontal(classes="buttons"):
            yield Button(t("key.start"), id="start", variant="primary")
            yield Button(t("key.language"), id="language")
        yield Footer()

    @on(Button.Pressed, "#start")
    def action_start(self) -> None:
        self.app.call_later(self.app.begin_check)  # type: ignore[attr-defined]

    @on(Button.Pressed, "#language")
    async def switch_language(self) -> None:
        lang = set_lang("en" if get_lang() == "nl" else "nl")
        self.app.lang = lang  # type: ignore[attr-defined]
        self._bindings = self._merged_bindings.copy() if self._merged_bindings else self._bindings
        translate_bindings(self)
        await self.recompose()
        self.query_one("#language", Button).focus()
        self.refresh_bindings()
