"""The results: a handful of suggestions grouped by kind, each with 'why you see this'."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Static

from netwerkcheck.engine.explain import reason_lines, summary_lines
from netwerkcheck.engine.flow import network_question_id
from netwerkcheck.engine.network import Network
from netwerkcheck.engine.session import CheckSession
from netwerkcheck.engine.suggest import Chosen
from netwerkcheck.i18n import get_lang, t
from netwerkcheck.store import CheckRecord
from netwerkcheck.tui.bindings import translate_bindings
from netwerkcheck.tui.screens.modals import TooSmallNotice, WhyScreen
from netwerkcheck.tui.text import prose


class ResultsScreen(Screen[None]):
    BINDINGS = [
        Binding("ctrl+b", "back", "key.back", id="back", priority=True),
        Binding("ctrl+e", "export", "key.export", id="export"),
    ]

    def __init__(self, session: CheckSession, saved: CheckRecord | None = None) -> None:
        """`saved`: an earlier check shown read-only (from the history screen); Back
        then returns there instead of into the questions, and Export uses it."""
        super().__init__()
        translate_bindings(self)
        self.session = session
        self.saved = saved
        self.selection = session.results()
        self._by_button: dict[str, Chosen] = {}

    def compose(self) -> ComposeResult:
        lang = get_lang()
        yield TooSmallNotice()
        with VerticalScroll(id="results-body"):
            yield Static(t("results.title"), id="results-title", markup=False)
            if self.saved is not None:
                from netwerkcheck.tui.screens.history import check_date

                yield Static(
                    t("hist.viewing", date=check_date(self.saved)),
                    markup=False,
                    classes="prose viewing",
                )
            yield Static(t("results.intro"), markup=False, classes="prose")
            if self.selection.contented:
                yield Static(t("results.contented"), markup=False, classes="prose contented")
            yield from self._network_part()
            yield from self._summary_part()
            if not self.selection.chosen:
                yield Static(t("results.none"), markup=False, classes="prose")
            for kind, items in self.selection.by_kind():
                yield Static(t(f"results.kind.{kind}"), classes="kind-title", markup=False)
                for chosen in items:
                    s = chosen.suggestion
                    with Vertical(classes=f"suggestion kind-{kind}"):
                        yield Static(s.title.get(lang), classes="suggestion-title", markup=False)
                        yield Static(
                            prose(s.text.get(lang)), classes="suggestion-text", markup=False
                        )
                        if s.link:
                            yield Static(
                                t("results.link", link=s.link), classes="muted", markup=False
                            )
                        button_id = f"why-{s.id}"
                        self._by_button[button_id] = chosen
                        yield Button(t("results.why"), id=button_id, classes="why", compact=True)
            if self.saved is None:
                yield Static(t("results.done_hint"), markup=False, classes="muted")
            help_content = self.session.content.help
            if help_content is not None:
                yield Static(
                    help_content.closing.get(lang).strip(), markup=False, classes="closing"
                )
        with Horizontal(classes="buttons", id="nav"):
            yield Button(f"← {t('key.back')}", id="back", compact=True)
            yield Button(t("key.export"), id="export", compact=True)
            yield Button(t("key.quit"), id="quit", variant="primary", compact=True)
        yield Footer()

    def _network_part(self) -> ComposeResult:
        net_q = network_question_id(self.session.content)
        value = self.session.answers.get(net_q) if net_q else None
        if isinstance(value, Network):
            from netwerkcheck.tui.widgets.network_map import NetworkMap

            yield Static(t("results.network"), classes="kind-title", markup=False)
            yield NetworkMap(value, get_lang(), id="results-map")

    def _summary_part(self) -> ComposeResult:
        lang = get_lang()
        lines = summary_lines(self.session.content, self.session.answers, lang)
        if lines:
            yield Static(t("results.you_said"), classes="kind-title", markup=False)
            for question, answer in lines:
                yield Static(f"{question}\n  → {answer}", markup=False, classes="said")

    def on_mount(self) -> None:
        # Start at the top, so the page reads from its beginning; Tab reaches the buttons.
        body = self.query_one("#results-body", VerticalScroll)
        body.focus()
        body.scroll_home(animate=False)

    @on(Button.Pressed, ".why")
    def show_why(self, event: Button.Pressed) -> None:
        chosen = self._by_button[event.button.id or ""]
        lang = get_lang()
        lines = reason_lines(self.session.content, chosen.reasons, lang)
        self.app.push_screen(WhyScreen(chosen.suggestion.title.get(lang), lines))

    @on(Button.Pressed, "#back")
    def action_back(self) -> None:
        if self.saved is not None:
            self.app.pop_screen()
            return
        self.app.call_later(self.app.back_to_questions)  # type: ignore[attr-defined]

    @on(Button.Pressed, "#export")
    def action_export(self) -> None:
        from netwerkcheck.tui.screens.export import ExportScreen

        def done(path: object) -> None:
            if path is not None:
                self.notify(t("export.saved_to", path=str(path)), markup=False, timeout=15)

        record = self.saved or self.app.autosave.record  # type: ignore[attr-defined]
        self.app.push_screen(ExportScreen(record, self.session.content), done)

    @on(Button.Pressed, "#quit")
    def quit_app(self) -> None:
        self.app.exit()
