"""Counsellor mode's question and results screens: the person's screens
(tui/screens/question.py and results.py) with what a conversation adds. The app shows
these instead of the person's while it is in counsellor mode (NetwerkcheckApp.
question_screen / results_screen); the person's screens know nothing of them.

- On each question: 'Cliënt: <pseudonym>' next to the theme, the theme's conversation
  prompts and the 'to talk about' mark below the question, Ctrl+T (to talk about; it
  takes the key of the person's own mark) and F4 (notes on the theme).
- On the results of the check in hand: the client's pseudonym at the top, the tools
  (handout, notes, scale when switched on, another client), the session's notes and
  the questions marked 'to talk about'; F5, F4 and F8.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalGroup
from textual.widgets import Button, Static

from netwerkcheck.cleantext import clean
from netwerkcheck.content import models as m
from netwerkcheck.engine.session import CheckSession
from netwerkcheck.i18n import get_lang, t
from netwerkcheck.tui.counsellor.session import (
    SESSION_NOTES,
    client_label,
    note_lines,
    note_title,
    question_extras,
    set_note,
    talk_about_lines,
    toggle_talk_about,
)
from netwerkcheck.tui.screens.question import QuestionScreen
from netwerkcheck.tui.screens.results import ResultsScreen
from netwerkcheck.tui.widgets.scroll_body import ScrollBody


class CounsellorQuestionScreen(QuestionScreen):
    BINDINGS = [
        Binding("ctrl+t", "talk_about", "counsellor.key_talk", id="talk", priority=True),
        Binding("f4", "notes", "counsellor.key_notes", id="notes", priority=True),
    ]

    def __init__(self, session: CheckSession) -> None:
        super().__init__(session)
        # The footer: the map key after the counsellor's keys (as the person's keys come
        # first, then what is only there sometimes).
        keys = self._bindings.key_to_bindings
        keys["ctrl+g"] = keys.pop("ctrl+g")

    def compose_below_question(self) -> ComposeResult:
        # The prompts stay in sight below the question (issue 13).
        yield ScrollBody(id="counsellor-panel")

    def title_of(self, theme: m.Theme) -> str:
        return super().title_of(theme) + "   ·   " + client_label(self.app)

    async def show_below_question(self, theme: m.Theme, question: m.Question) -> None:
        panel = self.query_one("#counsellor-panel", ScrollBody)
        await panel.remove_children()
        await panel.mount_all(question_extras(self.app, theme, question))
        panel.scroll_home(animate=False)

    def action_talk_about(self) -> None:
        question = self.session.question
        if question is None:
            return
        marked = toggle_talk_about(self.app, question.id)
        self.query_one("#talk-mark", Static).display = marked

    def action_notes(self) -> None:
        from netwerkcheck.tui.counsellor.notes import NotesScreen

        question = self.session.question
        if question is None:
            return
        self._store_widget_value()
        app = self.app
        key = self.session.content.question_theme[question.id]

        def done(text: str | None) -> None:
            if text is not None:
                set_note(app, key, text)

        title = note_title(self.session.content, key, get_lang())
        self.app.push_screen(NotesScreen(title, app.autosave.record.notes.get(key, "")), done)


class CounsellorResultsScreen(ResultsScreen):
    """The results of the session in hand (an earlier check is shown on the person's
    read-only ResultsScreen)."""

    BINDINGS = [
        Binding("f5", "handout", "counsellor.key_handout", id="handout"),
        Binding("f4", "notes", "counsellor.key_notes", id="notes"),
        Binding("f8", "scale", "counsellor.key_scale", id="scale"),
    ]

    def compose_top(self) -> ComposeResult:
        yield Static(client_label(self.app), id="client-in-hand", markup=False)

    def compose_after_intro(self) -> ComposeResult:
        """The tools, the session's notes, and the questions marked 'to talk about'."""
        with Horizontal(classes="buttons", id="counsellor-tools"):
            yield Button(t("counsellor.key_handout"), id="handout", compact=True)
            yield Button(t("counsellor.key_notes"), id="notes", compact=True)
            if self.app.settings.scales_enabled:
                yield Button(t("counsellor.key_scale"), id="scale", compact=True)
            yield Button(t("counsellor.switch_client"), id="switch-client", compact=True)
        yield Static(t("counsellor.session_notes"), classes="kind-title", markup=False)
        # A group (as tall as its notes): a Vertical took one line (1fr) in the
        # scrolling results, so only each note's heading showed.
        with VerticalGroup(id="session-notes"):
            yield from self._note_widgets()
        yield Static(t("counsellor.to_talk_about"), classes="kind-title", markup=False)
        lines = talk_about_lines(self.session.content, self.record, get_lang())
        if not lines:
            yield Static(t("counsellor.nothing_to_talk_about"), markup=False, classes="muted")
        for question, answer in lines:
            yield Static(f"★ {question}\n  → {clean(answer)}", markup=False, classes="talk-about")

    def _note_widgets(self) -> list[Static]:
        """Every note of the session, readable here (themes and the session's own)."""
        notes = note_lines(self.session.content, self.record, get_lang())
        if not notes:
            return [Static(t("counsellor.no_notes"), markup=False, classes="muted")]
        return [
            Static(f"{title}\n{text}", markup=False, classes="session-note")
            for title, text in notes
        ]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "scale":
            return self.app.settings.scales_enabled
        return super().check_action(action, parameters)

    @on(Button.Pressed, "#handout")
    def action_handout(self) -> None:
        from netwerkcheck.tui.counsellor.handout_dialog import HandoutScreen

        def done(path: object) -> None:
            if path is not None:
                self.notify(t("counsellor.handout_saved", path=str(path)), markup=False, timeout=15)

        self.app.push_screen(HandoutScreen(self.record, self.session.content), done)

    @on(Button.Pressed, "#notes")
    def action_notes(self) -> None:
        from netwerkcheck.tui.counsellor.notes import NotesScreen

        app = self.app

        async def done(text: str | None) -> None:
            if text is not None:
                set_note(app, SESSION_NOTES, text)
                box = self.query_one("#session-notes", VerticalGroup)
                await box.remove_children()
                await box.mount_all(self._note_widgets())

        title = note_title(self.session.content, SESSION_NOTES, get_lang())
        text = self.record.notes.get(SESSION_NOTES, "")
        self.app.push_screen(NotesScreen(title, text), done)

    @on(Button.Pressed, "#scale")
    def action_scale(self) -> None:
        from netwerkcheck.tui.counsellor.scale import ScaleScreen

        if self.app.settings.scales_enabled:
            self.app.push_screen(ScaleScreen(self.session.content.scales))

    @on(Button.Pressed, "#switch-client")
    def switch_client(self) -> None:
        self.app.call_later(self.app.action_switch_client)
