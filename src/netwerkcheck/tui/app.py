"""The Textual app: holds the check in progress and moves between screens."""

from __future__ import annotations

import os
from pathlib import Path

from textual.app import App
from textual.binding import Binding
from textual.events import Resize

from netwerkcheck.content.loader import Content
from netwerkcheck.engine.help import help_for, new_hits
from netwerkcheck.engine.session import CheckSession
from netwerkcheck.i18n import Lang, set_lang, t
from netwerkcheck.tui.bindings import translate_bindings
from netwerkcheck.tui.screens.help import HelpScreen
from netwerkcheck.tui.screens.modals import QuitScreen
from netwerkcheck.tui.screens.question import QuestionScreen
from netwerkcheck.tui.screens.results import ResultsScreen
from netwerkcheck.tui.screens.welcome import WelcomeScreen
from netwerkcheck.tui.themes import HIGH_CONTRAST

MIN_WIDTH = 60
MIN_HEIGHT = 18


class NetwerkcheckApp(App[None]):
    CSS_PATH = Path(__file__).with_name("app.tcss")
    TITLE = "netwerkcheck"
    ENABLE_COMMAND_PALETTE = False
    BINDINGS = [
        Binding("ctrl+q", "request_quit", "key.quit", id="quit", priority=True),
        Binding("f1", "show_help", "key.help", id="help", priority=True),
        Binding("f2", "toggle_contrast", "key.contrast", id="contrast"),
    ]

    def __init__(
        self,
        content: Content,
        lang: Lang = "nl",
        save: bool = True,
        high_contrast: bool = False,
    ) -> None:
        super().__init__()
        self.register_theme(HIGH_CONTRAST)
        self._normal_theme = self.theme
        if high_contrast:
            self.theme = HIGH_CONTRAST.name
        translate_bindings(self)
        self.content = content
        self.lang: Lang = set_lang(lang)
        self.saving = save
        self.session = CheckSession(content)
        self.help_shown: set[str] = set()
        self.animation_level = "none"

    def on_mount(self) -> None:
        self.title = t("app.title")
        self.push_screen(WelcomeScreen())
        self._guard_size(self.size.width, self.size.height)
        if os.environ.get("NETWERKCHECK_EXIT_AFTER_FIRST_PAINT"):
            self.call_after_refresh(self.exit)

    # --- navigation ---------------------------------------------------------------------

    async def begin_check(self) -> None:
        await self.switch_screen(QuestionScreen(self.session))

    async def show_results(self) -> None:
        await self.switch_screen(ResultsScreen(self.session))

    async def back_to_questions(self) -> None:
        self.session.back()
        await self.switch_screen(QuestionScreen(self.session))

    def action_request_quit(self) -> None:
        if isinstance(self.screen, QuitScreen):
            return

        def done(stop: bool | None) -> None:
            if stop:
                self.exit()

        self.push_screen(QuitScreen(self.saving), done)

    def action_show_help(self) -> None:
        if self.content.help is None or isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(self.content.help))

    def offer_help_after_answer(self) -> None:
        """Show help at once (calmly, once per rule) when answers point to distress."""
        if self.content.help is None:
            return
        hits = help_for(self.content, self.content.help, self.session.answers)
        fresh = new_hits(hits, self.help_shown)
        if not fresh or isinstance(self.screen, HelpScreen):
            return
        self.help_shown.update(h.id for h in fresh)
        self.push_screen(HelpScreen(self.content.help, fresh))

    def action_toggle_contrast(self) -> None:
        self.theme = self._normal_theme if self.theme == HIGH_CONTRAST.name else HIGH_CONTRAST.name

    # --- size guard ---------------------------------------------------------------------

    def on_resize(self, event: Resize) -> None:
        self._guard_size(event.size.width, event.size.height)

    def _guard_size(self, width: int, height: int) -> None:
        self.set_class(width < MIN_WIDTH or height < MIN_HEIGHT, "-too-small")
