"""The question screen: one question at a time, with Back, Skip and Next always visible.

Enter is taken by the answer widgets (RadioSet, Input, buttons), so Next, Back and
Skip are buttons plus free Ctrl keys, shown in the footer.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Button, Footer, ProgressBar, Static

from netwerkcheck.content import models as m
from netwerkcheck.engine.session import CheckSession
from netwerkcheck.i18n import get_lang, t
from netwerkcheck.tui.bindings import translate_bindings
from netwerkcheck.tui.screens.modals import TooSmallNotice
from netwerkcheck.tui.text import prose
from netwerkcheck.tui.widgets.network_editor import NetworkEditor
from netwerkcheck.tui.widgets.questions import AnswerChanged, answer_widget, current_value


class QuestionScreen(Screen[None]):
    BINDINGS = [
        Binding("ctrl+n", "next", "key.next", id="next", priority=True),
        Binding("ctrl+b", "back", "key.back", id="back", priority=True),
        Binding("ctrl+o", "skip", "key.skip", id="skip", priority=True),
        # counsellor mode only (check_action hides them in a person's own check)
        Binding("ctrl+t", "talk_about", "counsellor.key_talk", id="talk", priority=True),
        Binding("f4", "notes", "counsellor.key_notes", id="notes", priority=True),
    ]

    def __init__(self, session: CheckSession) -> None:
        super().__init__()
        translate_bindings(self)
        self.session = session

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
            yield VerticalScroll(id="question-head")
            yield VerticalScroll(id="question-answer")
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
        lang = get_lang()
        theme = self.session.theme_of(question.id)
        n, total = self.session.progress()
        self.query_one("#theme-title", Static).update(
            t("question.theme", title=theme.title.get(lang))
        )
        self.query_one("#progress-text", Static).update(t("question.progress", n=n, total=total))
        self.query_one("#progress", ProgressBar).update(total=total, progress=n - 1)
        self.query_one("#back", Button).disabled = self.session.is_first()
        head = self.query_one("#question-head", VerticalScroll)
        body = self.query_one("#question-answer", VerticalScroll)
        await head.remove_children()
        await body.remove_children()
        parts: list[Widget] = []
        first_of_theme = self._first_of_theme(question)
        if first_of_theme and theme.intro is not None:
            parts.append(Static(prose(theme.intro.get(lang)), classes="theme-intro", markup=False))
        text = Static(prose(question.text.get(lang)), id="question-text", markup=False)
        parts.append(text)
        if question.hint is not None:
            parts.append(Static(prose(question.hint.get(lang)), classes="hint", markup=False))
        how = self._how(question)
        if how:
            parts.append(Static(how, classes="how muted", markup=False))
        widget = answer_widget(question, lang, self.session.answer_for(question.id))
        below: list[Widget] = [widget]
        if getattr(self.app, "counsellor", False):
            from netwerkcheck.tui.counsellor.session import napp, question_extras

            below.extend(question_extras(napp(self), theme, question))
        await head.mount_all(parts)
        await body.mount_all(below)
        body.scroll_home(animate=False)
        # On a low screen a theme's intro may scroll away, never the question itself.
        self.call_after_refresh(head.scroll_to_widget, text, animate=False, top=True)
        focusable = [w for w in (widget, *widget.query("*")) if w.focusable]
        if focusable:
            focusable[0].focus(scroll_visible=False)

    def _first_of_theme(self, question: m.Question) -> bool:
        content = self.session.content
        theme_id = content.question_theme[question.id]
        return (
            next(q.id for q in content.questions if content.question_theme[q.id] == theme_id)
            == question.id
        )

    @staticmethod
    def _how(question: m.Question) -> str:
        if isinstance(question, m.SingleQuestion | m.ScaleQuestion):
            return t("question.how_single")
        if isinstance(question, m.MultiQuestion):
            return t("question.how_multi")
        if isinstance(question, m.TextQuestion):
            return t("question.how_text")
        return ""

    def _answer_widget(self) -> Widget | None:
        found = self.query("#answer")
        return found.first() if found else None

    @on(AnswerChanged)
    def record(self, event: AnswerChanged) -> None:
        question = self.session.question
        if question is None:
            return
        self.session.set_answer(question.id, event.value)
        if event.chosen:
            self.query_one("#next", Button).focus()
        self.app.offer_help_after_answer()  # type: ignore[attr-defined]

    @on(NetworkEditor.Changed)
    def record_network(self, event: NetworkEditor.Changed) -> None:
        question = self.session.question
        if question is not None:
            self.session.set_answer(question.id, event.network)

    def _store_widget_value(self) -> None:
        widget = self._answer_widget()
        question = self.session.question
        if widget is not None and question is not None:
            value = current_value(widget)
            if value != self.session.answer_for(question.id):
                self.session.set_answer(question.id, value)

    @on(Button.Pressed, "#next")
    async def action_next(self) -> None:
        self._store_widget_value()
        if self.session.advance() is None:
            self.app.call_later(self.app.show_results)  # type: ignore[attr-defined]
            return
        await self.show_current()

    @on(Button.Pressed, "#back")
    async def action_back(self) -> None:
        self._store_widget_value()
        if self.session.back() is not None:
            await self.show_current()

    # --- counsellor mode ------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("talk_about", "notes"):
            return bool(getattr(self.app, "counsellor", False))
        return True

    def action_talk_about(self) -> None:
        from netwerkcheck.tui.counsellor.session import napp, toggle_talk_about

        question = self.session.question
        if question is None or not getattr(self.app, "counsellor", False):
            return
        marked = toggle_talk_about(napp(self), question.id)
        self.query_one("#talk-mark", Static).update(t("counsellor.talk_marked") if marked else "")

    def action_notes(self) -> None:
        from netwerkcheck.tui.counsellor.notes import NotesScreen
        from netwerkcheck.tui.counsellor.session import napp, note_title, set_note

        question = self.session.question
        if question is None or not getattr(self.app, "counsellor", False):
            return
        self._store_widget_value()
        app = napp(self)
        key = self.session.content.question_theme[question.id]

        def done(text: str | None) -> None:
            if text is not None:
                set_note(app, key, text)

        title = note_title(self.session.content, key, get_lang())
        self.app.push_screen(NotesScreen(title, app.autosave.record.notes.get(key, "")), done)

    @on(Button.Pressed, "#skip")
    async def action_skip(self) -> None:
        if self.session.skip() is None:
            self.app.call_later(self.app.show_results)  # type: ignore[attr-defined]
            return
        await self.show_current()
