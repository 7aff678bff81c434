"""The results: a handful of suggestions grouped by kind, each with 'why you see this'.

This is the person's screen; counsellor mode adds its tools in a subclass
(tui/counsellor/screens.py) through the two compose hooks."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Button, Static

from netwerkcheck.cleantext import clean
from netwerkcheck.engine.explain import reason_lines, summary_lines_with_ids
from netwerkcheck.engine.flow import network_question_id
from netwerkcheck.engine.help import results_help
from netwerkcheck.engine.network import Network
from netwerkcheck.engine.session import CheckSession
from netwerkcheck.engine.suggest import Chosen
from netwerkcheck.i18n import get_lang, t
from netwerkcheck.report.plan import (
    MAX_PLAN,
    in_plan,
    plan_step,
    remove_plan_item,
    set_plan_item,
    suggestion_mark,
    suggestion_title,
    toggle_mark,
)
from netwerkcheck.store import CheckRecord
from netwerkcheck.tui.appref import netwerkcheck_app
from netwerkcheck.tui.bindings import CONTRAST_UNLISTED, translate_bindings
from netwerkcheck.tui.screens.modals import TooSmallNotice, WhyScreen
from netwerkcheck.tui.text import prose
from netwerkcheck.tui.widgets.footer import Footer
from netwerkcheck.tui.widgets.help_block import HelpBlock
from netwerkcheck.tui.widgets.plan import (
    REMOVE,
    MarkableLine,
    PlanPart,
    PlanStepScreen,
    SuggestionCard,
    markable_of,
    show_status,
    status_text,
)
from netwerkcheck.tui.widgets.scroll_body import ScrollBody


class ResultsScreen(Screen[None]):
    app = netwerkcheck_app()

    @property
    def offers_history(self) -> bool:
        """F3 (earlier checks) from the results of the check in hand, not of a saved one."""
        return self.saved is None

    # Back and export are buttons at the bottom of the results ("← Terug", "Exporteren"):
    # the footer leaves them out, so at 80 columns it keeps room for the keys that only
    # it names (M, P, Ctrl+A) and for F1.
    BINDINGS = [
        CONTRAST_UNLISTED,
        Binding("ctrl+b", "back", "key.back", id="back", priority=True, show=False),
        Binding("ctrl+e", "export", "key.export", id="export", show=False),
        # the person's own marks and plan: on a focused card or answer (not on an earlier
        # check, which is read-only)
        Binding("m", "mark", "plan.key.mark_short", id="plan-mark"),
        Binding("p", "try", "plan.key.try_short", id="plan-try"),
        # named under the map ("Ctrl+G: ..."), so the footer keeps room for F1
        Binding("ctrl+g", "big_map", "plan.key.map", id="big-map", show=False),
        Binding("ctrl+a", "answers", "overview.key", id="answers"),
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
        yield from self.compose_top()
        with ScrollBody(id="results-body"):
            yield Static(t("results.title"), id="results-title", markup=False)
            if self.saved is not None:
                from netwerkcheck.tui.screens.history import check_date

                yield Static(
                    t("hist.viewing", date=check_date(self.saved)),
                    markup=False,
                    classes="prose viewing",
                )
            yield Static(t("results.intro"), markup=False, classes="prose")
            if hits := results_help(self.session.content, self.session.answers):
                yield HelpBlock(hits, lang)
            if self.selection.contented:
                yield Static(t("results.contented"), markup=False, classes="prose contented")
            yield from self.compose_after_intro()
            yield from self._network_part()
            yield from self._summary_part()
            if not self.selection.chosen:
                yield Static(t(self.selection.none_text_id), markup=False, classes="prose")
            for kind, items in self.selection.by_kind():
                yield Static(t(f"results.kind.{kind}"), classes="kind-title", markup=False)
                for chosen in items:
                    s = chosen.suggestion
                    with SuggestionCard(s.id, classes=f"suggestion kind-{kind}"):
                        yield Static(s.title.get(lang), classes="suggestion-title", markup=False)
                        status = Static(classes="plan-status", markup=False)
                        show_status(status, status_text(self.record, suggestion_mark(s.id), s.id))
                        yield status
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
            yield PlanPart(self.record, self.session.content, read_only=self.saved is not None)
            if self.saved is None:
                yield Static(t("results.done_hint"), markup=False, classes="muted")
            help_content = self.session.content.help
            if help_content is not None and not hits:
                pointer = f"{help_content.closing.get(lang).strip()} {t('help.pointer_key_app')}"
                yield Static(pointer, markup=False, classes="closing")
        with Horizontal(classes="buttons", id="nav"):
            yield Button(f"← {t('key.back')}", id="back", compact=True)
            yield Button(t("key.export"), id="export", compact=True)
            yield Button(t("key.quit"), id="quit", variant="primary", compact=True)
        yield Footer()

    # --- what another mode adds (tui/counsellor/screens.py) ---------------------------------

    def compose_top(self) -> ComposeResult:
        """Above the results, outside their scrolling: nothing in a person's own check."""
        yield from ()

    def compose_after_intro(self) -> ComposeResult:
        """After the introduction, before the network: nothing in a person's own check."""
        yield from ()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "answers":
            return self.saved is None
        if action in ("mark", "try"):
            # named in the footer only where they apply: on a card or an answer (the
            # footer has no room for every key at 80 columns)
            target = markable_of(self.focused)
            if self.saved is not None or target is None:
                return False
            return action == "mark" or target.suggestion_id is not None
        if action == "big_map":
            return self._network() is not None
        return True

    # --- the person's own marks and plan ---------------------------------------------------

    @property
    def record(self) -> CheckRecord:
        """The check shown: the saved one, or the one in hand (kept by autosave)."""
        if self.saved is not None:
            return self.saved
        return self.app.autosave.record

    def _changed(self) -> None:
        """Save the marks and plan at once, like an answer, and redraw them."""
        self.app.autosave.save()
        record = self.record
        for card in self.query(SuggestionCard):
            for status in card.query(".plan-status").results(Static):
                show_status(status, status_text(record, card.mark_id, card.suggestion_id))
        for line in self.query(MarkableLine):
            line.show(record)
        self.query_one(PlanPart).refresh_from(record)

    def on_descendant_focus(self) -> None:
        self.refresh_bindings()

    def on_descendant_blur(self) -> None:
        self.refresh_bindings()

    def action_mark(self) -> None:
        target = markable_of(self.focused)
        if self.saved is not None or target is None:
            self.notify(t("plan.hint"), markup=False, timeout=8)
            return
        toggle_mark(self.record, target.mark_id)
        self._changed()

    def action_try(self) -> None:
        target = markable_of(self.focused)
        if self.saved is not None or target is None or target.suggestion_id is None:
            self.notify(t("plan.hint"), markup=False, timeout=8)
            return
        sid = target.suggestion_id
        record = self.record
        chosen = in_plan(record, sid)
        if not chosen and len(record.plan) >= MAX_PLAN:
            self.notify(t("plan.full"), markup=False, timeout=10)
            return
        title = suggestion_title(self.session.content, sid, get_lang())

        def done(step: str | None) -> None:
            if step is None:
                return
            if step == REMOVE:
                remove_plan_item(self.record, sid)
                self.notify(t("plan.removed", title=title), markup=False, timeout=6)
            else:
                set_plan_item(self.record, sid, step)
            self._changed()

        self.app.push_screen(PlanStepScreen(title, plan_step(record, sid), chosen), done)

    def _network(self) -> Network | None:
        net_q = network_question_id(self.session.content)
        value = self.session.answers.get(net_q) if net_q else None
        return value if isinstance(value, Network) else None

    def action_big_map(self) -> None:
        network = self._network()
        if network is not None:
            from netwerkcheck.tui.screens.network_view import NetworkViewScreen

            self.app.push_screen(NetworkViewScreen(network))

    def _network_part(self) -> ComposeResult:
        net_q = network_question_id(self.session.content)
        value = self.session.answers.get(net_q) if net_q else None
        if isinstance(value, Network):
            from netwerkcheck.tui.widgets.network_map import NetworkMap

            yield Static(t("results.network"), classes="kind-title", markup=False)
            if not value.people:
                # no empty rings: a short, warm word instead
                yield Static(t("net.empty_warm"), markup=False, classes="prose", id="results-empty")
                return
            yield NetworkMap(value, get_lang(), id="results-map")
            yield Static(t("map.open_hint"), markup=False, classes="muted")

    def _summary_part(self) -> ComposeResult:
        lang = get_lang()
        lines = summary_lines_with_ids(self.session.content, self.session.answers, lang)
        if lines:
            yield Static(t("results.you_said"), classes="kind-title", markup=False)
            for qid, question, answer in lines:
                line = MarkableLine(f"{question}\n  → {clean(answer)}", qid, classes="said")
                line.show(self.record)
                yield line

    def on_mount(self) -> None:
        # Start at the top, so the page reads from its beginning; Tab reaches the buttons.
        body = self.query_one("#results-body", ScrollBody)
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
        self.app.call_later(self.app.back_to_questions)

    def action_answers(self) -> None:
        """Kijk je antwoorden na: every answer, and one key to change one."""
        if self.saved is None:
            self.app.call_later(self.app.show_overview)

    @on(Button.Pressed, "#export")
    def action_export(self) -> None:
        from netwerkcheck.tui.screens.export import ExportScreen

        def done(path: object) -> None:
            if path is not None:
                self.notify(t("export.saved_to", path=str(path)), markup=False, timeout=15)

        record = self.saved or self.app.autosave.record
        self.app.push_screen(ExportScreen(record, self.session.content), done)

    @on(Button.Pressed, "#quit")
    def quit_app(self) -> None:
        self.app.exit()
