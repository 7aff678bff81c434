"""The first screen: what this check is and is not, privacy, duration, language,
whether to keep answers, and (when there is one) the unfinished check to continue."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Checkbox, Footer, Static

from netwerkcheck.i18n import get_lang, set_lang, t
from netwerkcheck.store.clients import own_checks
from netwerkcheck.tui.bindings import translate_bindings
from netwerkcheck.tui.screens.modals import TooSmallNotice
from netwerkcheck.tui.widgets.marks import MarkedCheckbox


class WelcomeScreen(Screen[None]):
    offers_history = True  # F3 opens earlier checks from here
    BINDINGS = [Binding("ctrl+n", "start", "key.start", id="start")]

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self)

    def compose(self) -> ComposeResult:
        app = self.app
        saving: bool = getattr(app, "saving", False)
        allowed: bool = getattr(app, "save_allowed", False)
        resumable = getattr(app, "resumable", None) if saving else None
        yield TooSmallNotice()
        with VerticalScroll(id="welcome-body"):
            yield Static(t("welcome.title"), id="welcome-title", markup=False)
            if resumable is not None:
                yield Static(
                    t("welcome.resume", date=resumable.updated[:10]),
                    markup=False,
                    classes="prose resume",
                )
            yield Static(t("welcome.body"), markup=False, classes="prose")
            yield Static(
                t("welcome.privacy_save" if saving else "welcome.privacy_nosave"),
                markup=False,
                classes="prose privacy",
                id="privacy",
            )
            if allowed:
                yield MarkedCheckbox(t("welcome.save_choice"), saving, id="save-choice")
            yield Static(t("welcome.keys"), markup=False, classes="prose muted")
            if app.is_web:  # `netwerkcheck serve`: plain mode is the way for screen readers
                yield Static(
                    t("serve.welcome_plain"), markup=False, classes="prose", id="serve-plain"
                )
        with Horizontal(classes="buttons", id="welcome-nav"):
            if resumable is not None:
                yield Button(t("key.resume"), id="resume", variant="primary", compact=True)
                yield Button(t("key.new_check"), id="start", compact=True)
            else:
                yield Button(t("key.start"), id="start", variant="primary", compact=True)
            yield Button(t("key.language"), id="language", compact=True)
            yield Button(t("counsellor.welcome_button"), id="counsellor", compact=True)
            store = getattr(app, "store", None)
            # Only the person's own checks: counsellor sessions stay in counsellor mode.
            if saving and store is not None and store.ids() and own_checks(store.list()):
                yield Button(t("hist.key.open"), id="history", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        self._focus_first()

    def _focus_first(self) -> None:
        first = self.query("#resume") or self.query("#start")
        first.first().focus()

    async def recompose(self) -> None:
        """Rebuilt (the unfinished check came in with the content): keep a button
        focused, so Enter still starts or continues."""
        await super().recompose()
        if self.focused is None:
            self._focus_first()

    @on(Checkbox.Changed, "#save-choice")
    async def choose_saving(self, event: Checkbox.Changed) -> None:
        self.app.set_saving(event.value)  # type: ignore[attr-defined]
        if event.value:
            self.app.open_store()  # type: ignore[attr-defined]
        await self.recompose()
        self.query_one("#save-choice").focus()

    @on(Button.Pressed, "#start")
    def action_start(self) -> None:
        self.app.call_later(self.app.begin_check)  # type: ignore[attr-defined]

    @on(Button.Pressed, "#resume")
    def resume(self) -> None:
        self.app.call_later(self.app.begin_check, True)  # type: ignore[attr-defined]

    @on(Button.Pressed, "#counsellor")
    def counsellor_mode(self) -> None:
        from netwerkcheck.tui.counsellor.picker import open_picker

        self.app.call_later(open_picker, self.app)

    @on(Button.Pressed, "#history")
    def open_history(self) -> None:
        self.app.action_show_history()  # type: ignore[attr-defined]

    @on(Button.Pressed, "#language")
    async def switch_language(self) -> None:
        lang = set_lang("en" if get_lang() == "nl" else "nl")
        self.app.lang = lang  # type: ignore[attr-defined]
        self._bindings = self._merged_bindings.copy() if self._merged_bindings else self._bindings
        translate_bindings(self)
        await self.recompose()
        self.query_one("#language", Button).focus()
        self.refresh_bindings()
