"""The first screen: what this check is and is not, privacy, duration, language,
whether to keep answers, and (when there is one) the unfinished check to continue."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Button, Checkbox, Static

from netwerkcheck.i18n import days_ago, lang_name, next_lang, set_lang, t
from netwerkcheck.tui.appref import netwerkcheck_app
from netwerkcheck.tui.bindings import retranslate_bindings, translate_bindings
from netwerkcheck.tui.screens.modals import ConfirmScreen, TooSmallNotice
from netwerkcheck.tui.widgets.footer import Footer
from netwerkcheck.tui.widgets.marks import MarkedCheckbox
from netwerkcheck.tui.widgets.scroll_body import ScrollBody


class WelcomeScreen(Screen[None]):
    FIRST_SCREEN = True  # styled by first.tcss alone (tui/app.py: load_full_css)
    app = netwerkcheck_app()
    offers_history = True  # F3 opens earlier checks from here
    # Ctrl+N does what the focused first button does: continue an unfinished check, or
    # begin. Starting afresh over an unfinished check is its own button, and asks first.
    BINDINGS = [
        Binding("ctrl+n", "resume", "welcome.resume_button", id="resume"),
        Binding("ctrl+n", "start", "key.start", id="start"),
    ]

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self)
        self._footer_shown = False
        self._leaving = False

    def compose(self) -> ComposeResult:
        app = self.app
        saving = app.saving
        allowed = app.save_allowed
        # Known before the store is open (store.peek): no pydantic before the first paint.
        resumable = app.resume_offer if saving else None
        yield TooSmallNotice()
        with ScrollBody(id="welcome-body"):
            yield Static(t("welcome.title"), id="welcome-title", markup=False)
            if resumable is not None:
                yield Static(
                    t("welcome.resume", when=days_ago(resumable.updated)),
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
                yield Button(
                    t("welcome.resume_button"), id="resume", variant="primary", compact=True
                )
                yield Button(t("welcome.restart_button"), id="restart", compact=True)
            else:
                yield Button(t("key.start"), id="start", variant="primary", compact=True)
            yield Button(lang_name(next_lang()), id="language", compact=True)
            yield Button(t("counsellor.welcome_button"), id="counsellor", compact=True)
            # Only the person's own checks: counsellor sessions stay in counsellor mode.
            if saving and app.has_own_checks:
                yield Button(t("hist.key.open"), id="history", compact=True)
        if self._footer_shown:
            yield Footer()

    def on_mount(self) -> None:
        self._leaving = False
        self._focus_first()
        if not self._footer_shown:
            # The footer follows the first paint (it composes, and recomposes once the
            # focus is set): the welcome text is on screen sooner. Recomposing keeps it.
            self.call_after_refresh(self._show_footer)

    def _show_footer(self) -> None:
        if self.is_attached and not self._footer_shown:
            self._footer_shown = True
            self.mount(Footer())

    def _focus_first(self) -> None:
        first = self.query("#resume") or self.query("#start")
        if first:
            first.first().focus()

    async def recompose(self) -> None:
        """Also when the unfinished check is found after the first paint: 'Verder gaan'
        has focus then, so Enter continues."""
        await super().recompose()
        self._focus_first()
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("resume", "start"):
            return bool(self.query("#resume")) == (action == "resume")
        return True

    def _leave(self) -> bool:
        """True the first time: a quick second Enter must not start a check twice."""
        if self._leaving:
            return False
        self._leaving = True
        return True

    async def show_store_findings(self) -> None:
        """The store has looked (after the first paint) and knows better than the quick
        look the first paint used: show what it found. The focus goes to 'Verder gaan' or
        'Beginnen' as on a first paint, unless the person had moved it elsewhere."""
        where = self.focused.id if self.focused is not None else None
        await self.recompose()
        if where not in (None, "resume", "start") and self.query(f"#{where}"):
            self.query_one(f"#{where}").focus()

    @on(Checkbox.Changed, "#save-choice")
    async def choose_saving(self, event: Checkbox.Changed) -> None:
        self.app.set_saving(event.value)
        if event.value:
            self.app.open_store()
        await self.recompose()
        self.query_one("#save-choice").focus()

    @on(Button.Pressed, "#start")
    def action_start(self) -> None:
        if self._leave():
            self.app.call_later(self.app.begin_check)

    @on(Button.Pressed, "#resume")
    def action_resume(self) -> None:
        if self._leave():
            self.app.call_later(self.app.begin_check, True)

    @on(Button.Pressed, "#restart")
    def restart(self) -> None:
        """Start afresh over an unfinished check: asked first; 'Nee, terug' has focus."""

        def done(yes: bool | None) -> None:
            if yes:
                self.action_start()

        self.app.push_screen(
            ConfirmScreen(
                t("welcome.restart_title"),
                t("welcome.restart_body"),
                t("welcome.restart_yes"),
                t("welcome.restart_no"),
            ),
            done,
        )

    @on(Button.Pressed, "#counsellor")
    def counsellor_mode(self) -> None:
        from netwerkcheck.tui.counsellor.picker import open_picker

        self.app.call_later(open_picker, self.app)

    @on(Button.Pressed, "#history")
    async def open_history(self) -> None:
        await self.app.action_show_history()

    @on(Button.Pressed, "#language")
    async def switch_language(self) -> None:
        lang = set_lang(next_lang())
        self.app.lang = lang
        retranslate_bindings(self)
        retranslate_bindings(self.app)
        await self.recompose()
        self.query_one("#language", Button).focus()
        self.refresh_bindings()
