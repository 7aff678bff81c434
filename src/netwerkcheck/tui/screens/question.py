"""The question screen: one question at a time, with Back, Skip and Next always visible.

Enter is taken by the answer widgets (RadioSet, Input, buttons), so Next, Back and
Skip are buttons plus free Ctrl keys, shown in the footer. What a key means for the
answer (keep on Enter, ask before skip removes one) is decided by the session core.

This is the person's screen; counsellor mode adds its keys and panel in a subclass
(tui/counsellor/screens.py) through the hooks at the end.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Button, ProgressBar, Static

from netwerkcheck.content import models as m
from netwerkcheck.engine.answers import AnswerValue
from netwerkcheck.engine.explain import answer_text, clear_question
from netwerkcheck.engine.network import Relation
from netwerkcheck.engine.relations import RelationOption, offered_relations
from netwerkcheck.engine.session import CheckSession, Move, is_empty
from netwerkcheck.i18n import get_lang, t
from netwerkcheck.tui.appref import netwerkcheck_app
from netwerkcheck.tui.bindings import CONTRAST_UNLISTED, translate_bindings
from netwerkcheck.tui.screens.modals import ConfirmScreen, TooSmallNotice
from netwerkcheck.tui.settle import Settling
from netwerkcheck.tui.text import prose
from netwerkcheck.tui.widgets.footer import Footer
from netwerkcheck.tui.widgets.network_editor import NetworkEditor
from netwerkcheck.tui.widgets.questions import AnswerChanged, answer_widget, current_value
from netwerkcheck.tui.widgets.scroll_body import ScrollBody


class QuestionScreen(Settling, Screen[None]):
    app = netwerkcheck_app()
    # Focus is given only once the question is painted (see `_arrive`), so a key pressed
    # during the change reaches the new question's widget after it is seen, or nothing.
    AUTO_FOCUS = None
    BINDINGS = [
        CONTRAST_UNLISTED,
        Binding("ctrl+n", "next", "key.next", id="next", priority=True),
        Binding("ctrl+b", "back", "key.back", id="back", priority=True),
        # Escape goes back, as on every other screen that is not a dialog (it did
        # nothing here, seen in a walk); the answers stay, and at the first question it
        # says so and how to stop.
        Binding("escape", "back(True)", "key.back", id="escape-back", show=False),
        Binding("ctrl+o", "skip", "key.skip", id="skip", priority=True),
        # marks 'hier wil ik over praten' (named on the results; not in this footer,
        # which has no room left at 80 columns)
        Binding(
            "ctrl+t",
            "own_mark",
            "plan.key.mark_short",
            id="own-mark",
            priority=True,
            show=False,
            tooltip="plan.key.mark_long",
        ),
        # the network question: the map full screen
        Binding("ctrl+g", "big_map", "plan.key.map", id="big-map", priority=True),
    ]

    def __init__(self, session: CheckSession) -> None:
        super().__init__()
        translate_bindings(self)
        self.session = session
        # Not settled from the moment the question changes until the new one is on
        # screen: keys pressed meanwhile pick nothing (tui/settle.py), and Enter, Next,
        # Back and Skip do nothing (answer widgets ask `settled` too).
        self.unsettle()

    def compose(self) -> ComposeResult:
        yield TooSmallNotice()
        with Vertical(id="question-top"):
            yield Static("", id="theme-title", markup=False)
            with Horizontal(id="progress-row"):
                yield Static("", id="progress-text", markup=False)
                yield ProgressBar(id="progress", show_eta=False, show_percentage=False)
                # Help stays visible even when the footer runs out of room.
                yield Static(t("question.help_hint"), id="help-hint", markup=False)
        # The question stays in view above its answer; a long answer scrolls below it.
        with Vertical(id="question-body"):
            yield ScrollBody(id="question-head")
            yield ScrollBody(id="question-answer")
        yield from self.compose_below_question()
        with Horizontal(classes="buttons", id="nav"):
            yield Button(f"← {t('key.back')}", id="back", compact=True)
            yield Button(t("key.skip"), id="skip", compact=True)
            yield Button(f"{t('key.next')} →", id="next", variant="primary", compact=True)
        yield Footer()

    async def on_mount(self) -> None:
        await self.show_current()

    async def show_current(self) -> None:
        question = self.session.question
        if question is None:
            return
        self.unsettle()
        # One frame for the whole change: no frame shows the old question emptied or
        # the new one half built (a frame costs about as much as the change itself).
        with self.app.batch_update():
            self.set_focus(None)
            widget, text = await self._replace_question(question)
        self.call_after_refresh(self._arrive, widget, text)

    async def _replace_question(self, question: m.Question) -> tuple[Widget, Widget]:
        """The old question's parts out and the new one's in; returns its answer widget
        and its text (focus and scroll wait for the first frame, see `_arrive`)."""
        lang = get_lang()
        theme = self.session.theme_of(question.id)
        where = self.session.progress()
        self.query_one("#theme-title", Static).update(self.title_of(theme))
        self.query_one("#progress-text", Static).update(
            t("answers.progress", n=where.theme, total=where.themes)
        )
        self.query_one("#progress", ProgressBar).update(total=100, progress=100 * where.fraction)
        self.query_one("#back", Button).disabled = self.session.is_first()
        parts: list[Widget] = []
        first_of_theme = self._first_of_theme(question)
        if first_of_theme and theme.intro is not None:
            parts.append(Static(prose(theme.intro.get(lang)), classes="theme-intro", markup=False))
        text = Static(prose(question.text.get(lang)), id="question-text", markup=False)
        parts.append(text)
        # The line on how to answer (or on the answer kept) right under the question, the
        # hint after it: a low window shows the question and that line together.
        saved = self.session.answer_for(question.id)
        how = self._how(question, saved)
        if how:
            parts.append(Static(how, classes="how muted", markup=False, id="how"))
        if question.hint is not None:
            parts.append(Static(prose(question.hint.get(lang)), classes="hint", markup=False))
        widget = answer_widget(
            question,
            lang,
            saved,
            self.app.earlier_network,
            self._offered,
            relations=self._relations,
        )
        head = self.query_one("#question-head", ScrollBody)
        body = self.query_one("#question-answer", ScrollBody)
        await self.query("#question-head > *, #question-answer > *").remove()
        await head.mount_all(parts)
        await body.mount_all([widget])
        await self.show_below_question(theme, question)
        body.scroll_home(animate=False)
        return widget, text

    def _offered(self) -> None:
        """The earlier check's network is offered once: taken or not, it goes."""
        self.app.earlier_network = None

    def _arrive(self, widget: Widget, text: Widget) -> None:
        """The new question is painted: give its answer widget focus and take keys again."""
        if not widget.is_attached:
            return  # the question changed again meanwhile
        self._fit_head(text)
        # Hidden parts are skipped: the network question's empty table is hidden, and
        # the focus sat on it, where no key did anything and nothing looked focused
        # (seen in a walk); now 'Toevoegen' has it.
        focusable = [w for w in (widget, *widget.query("*")) if w.focusable and w.display]
        if focusable:
            focusable[0].focus(scroll_visible=False)
        self.settle()

    def _fit_head(self, text: Widget) -> None:
        """On a low screen the question stays whole at the top of its head, and a theme's
        intro above it is shown whole or not at all. Scrolling to the question alone
        left the intro cut mid-sentence at 60x18 ('erom wat jij fijn vindt.') when
        there was too little below the question to scroll the intro out."""
        head = self.query_one("#question-head", ScrollBody)
        if head.max_scroll_y == 0:
            return
        intro = head.query(".theme-intro")
        text_box = text.virtual_region_with_margin
        if not intro:
            head.scroll_to_widget(text, animate=False, top=True)
        elif text_box.bottom <= head.scrollable_content_region.height:
            head.scroll_home(animate=False)  # intro and question both whole; hints below
        elif head.max_scroll_y >= text_box.y:
            head.scroll_to_widget(text, animate=False, top=True)  # the intro out of view
        else:
            intro.first().display = False  # it would be cut: the question comes first
            head.scroll_home(animate=False)

    def _first_of_theme(self, question: m.Question) -> bool:
        content = self.session.content
        theme_id = content.question_theme[question.id]
        return (
            next(q.id for q in content.questions if content.question_theme[q.id] == theme_id)
            == question.id
        )

    @staticmethod
    def _how(question: m.Question, saved: AnswerValue | None) -> str:
        lang = get_lang()
        if saved is not None and not isinstance(question, m.NetworkQuestion):
            answer = answer_text(question, saved, lang)
            if isinstance(question, m.MultiQuestion):
                return t("answers.kept_multi", answer=answer)
            if isinstance(question, m.TextQuestion):
                return t("answers.kept_text")
            return t("answers.kept_choice", answer=answer)
        if isinstance(question, m.SingleQuestion | m.ScaleQuestion):
            return t("question.how_single")
        if isinstance(question, m.MultiQuestion):
            return t("question.how_multi")
        if isinstance(question, m.TextQuestion):
            return t("question.how_text")
        return ""

    def _relations(self, keep: Relation | None) -> tuple[RelationOption, ...]:
        """The relation choices content offers for the answers so far (network question)."""
        return offered_relations(self.session.content, self.session.answers, get_lang(), keep)

    def _answer_widget(self) -> Widget | None:
        found = self.query("#answer")
        return found.first() if found else None

    @on(AnswerChanged)
    async def record(self, event: AnswerChanged) -> None:
        if event.qid != self.session.current:
            return  # from a question that is no longer on screen
        if not event.chosen:
            self.session.answer(event.value)
            if not isinstance(self.session.question, m.TextQuestion):
                # A pick or a tick is an answer; typed text is one only when the person
                # goes on: help opening mid-word took the next keys (the rest of the
                # sentence and the Enter) and could read half a word ('want to die' of
                # 'want to diet').
                self.app.offer_help_after_answer()
                self._say_how()  # a tick after 'nothing chosen yet' must not leave it said
            return
        if not self.settled:
            return
        move = self.session.enter(event.value)
        if move is Move.STAYED:
            self.app.offer_help_after_answer()
            # The pick is shown and named; the focus stays in the list, so the arrows
            # can still correct it (it used to jump to Next, and Up, Enter then went on
            # with the first pick), and Enter on it again goes on. Enter with nothing
            # chosen says how to choose (a fresh list has no option under the cursor).
            self._say_how(nothing_chosen=is_empty(event.value))
            return
        await self._go(move)

    def _say_how(self, nothing_chosen: bool = False) -> None:
        """The line under the question names the answer as it is now."""
        question = self.session.question
        found = self.query("#how")
        if question is not None and found:
            saved = self.session.answer_for(question.id)
            how = found.first(Static)
            if nothing_chosen and saved is None:
                # a text field has no options to go to with the arrows
                typed = isinstance(question, m.TextQuestion)
                how.update(t("question.nothing_typed" if typed else "question.nothing_chosen"))
                # In a low window the line sat below the fold of the question's head (at
                # 60x18 the Enter seemed to do nothing); scrolled to alone, it left the
                # question out of view ('Hoe oud ben je?', seen in tmux). The question
                # comes to the top, the line right under it.
                self.call_after_refresh(self._question_and_how_in_view, how)
            else:
                how.update(self._how(question, saved))

    def _question_and_how_in_view(self, how: Widget) -> None:
        if not how.is_attached:
            return  # the question changed meanwhile
        head = self.query_one("#question-head", ScrollBody)
        if head.max_scroll_y > 0:  # the head scrolls: the question at its top, the line next
            head.scroll_to_widget(self.query_one("#question-text"), animate=False, top=True)

    @on(NetworkEditor.Changed)
    def record_network(self, event: NetworkEditor.Changed) -> None:
        question = self.session.question
        asked = event.editor.question
        if isinstance(question, m.NetworkQuestion) and (asked is None or asked.id == question.id):
            self.session.set_answer(question.id, event.network)

    def _store_widget_value(self) -> None:
        """A last look at the widget before moving: what it shows is saved. An empty
        widget never clears an answer here (removing one is asked for, see skip)."""
        widget = self._answer_widget()
        question = self.session.question
        if widget is not None and question is not None:
            value = current_value(widget)
            if value is not None and value != self.session.answer_for(question.id):
                self.session.set_answer(question.id, value)

    async def _go(self, move: Move) -> None:
        """Show where a step of the session core led, then any help the answers call
        for on top of it: help pushed before the step was covered by the next
        question, or replaced with the overview by its switch."""
        app = self.app
        if move is Move.MOVED:
            await self.show_current()
            app.offer_help_after_answer()
        elif move in (Move.FINISHED, Move.OVERVIEW):
            self.unsettle()
            self.set_focus(None)

            async def overview_then_help() -> None:
                await app.show_overview()
                app.offer_help_after_answer()

            app.call_later(overview_then_help)
        else:
            app.offer_help_after_answer()

    @on(Button.Pressed, "#next")
    async def action_next(self) -> None:
        if not self.settled:
            return
        self._store_widget_value()
        await self._go(self.session.next())

    @on(Button.Pressed, "#back")
    async def action_back(self, escape: bool = False) -> None:
        if not self.settled:
            return
        self._store_widget_value()
        if self.session.back() is not None:
            await self.show_current()
        elif escape:
            self.notify(t("question.first_escape"), markup=False)
        self.app.offer_help_after_answer()  # words typed before going back count too

    @on(Button.Pressed, "#skip")
    async def action_skip(self) -> None:
        if not self.settled:
            return
        # No last look at the widget here: an empty network list shown on screen is not
        # an answer until Next says so, and skip must not invent one to ask about.
        move = self.session.skip()
        if move is not Move.CONFIRM:
            await self._go(move)
            return
        question = self.session.question
        saved = self.session.answer_for(self.session.current or "")
        if question is None or saved is None:
            return
        lang = get_lang()

        async def done(remove: bool | None) -> None:
            if remove and self.session.current == question.id:
                await self._go(self.session.skip(confirmed=True))
            else:
                self.notify(t("answers.clear_kept"), markup=False)

        self.app.push_screen(
            ConfirmScreen(
                t("answers.clear_title"),
                clear_question(question, saved, lang),
                t("answers.clear_yes"),
                t("answers.clear_no"),
            ),
            done,
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "big_map":
            return isinstance(self.session.question, m.NetworkQuestion)
        return True

    def action_own_mark(self) -> None:
        """Mark (or unmark) this question 'hier wil ik over praten'; saved at once."""
        from netwerkcheck.report.plan import toggle_mark

        question = self.session.question
        if question is None:
            return
        autosave = self.app.autosave
        marked = toggle_mark(autosave.record, question.id)
        autosave.save()
        self.notify(t("plan.marked") if marked else t("plan.unmarked"), markup=False, timeout=4)

    def action_big_map(self) -> None:
        from netwerkcheck.engine.network import Network
        from netwerkcheck.tui.screens.network_view import NetworkViewScreen

        question = self.session.question
        if not isinstance(question, m.NetworkQuestion):
            return
        self._store_widget_value()
        value = self.session.answer_for(question.id)
        self.app.push_screen(NetworkViewScreen(value if isinstance(value, Network) else Network()))

    # --- what another mode adds (tui/counsellor/screens.py) ---------------------------------

    def compose_below_question(self) -> ComposeResult:
        """Between the question and the buttons: nothing in a person's own check."""
        yield from ()

    def title_of(self, theme: m.Theme) -> str:
        """The line above the question: the theme's title."""
        return theme.title.get(get_lang())

    async def show_below_question(self, theme: m.Theme, question: m.Question) -> None:
        """The question is shown: fill what `compose_below_question` made."""
