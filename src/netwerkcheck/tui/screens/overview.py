"""Kijk je antwoorden na: every question that is asked, with its answer, before the
results and from the results. Enter on a question opens it to change it; when it is
done (and any follow-up it brought up), the person comes back here."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Button, Footer, OptionList, Static
from textual.widgets.option_list import Option

from netwerkcheck.engine.explain import answer_text
from netwerkcheck.engine.session import CheckSession, OverviewLine
from netwerkcheck.i18n import Lang, get_lang, t
from netwerkcheck.tui.appref import netwerkcheck_app
from netwerkcheck.tui.bindings import translate_bindings
from netwerkcheck.tui.screens.modals import TooSmallNotice
from netwerkcheck.tui.settle import Settling
from netwerkcheck.tui.text import prose


def line_answer(line: OverviewLine, lang: Lang) -> str:
    if line.answer is not None:
        return answer_text(line.question, line.answer, lang)
    return t("overview.skipped" if line.skipped else "overview.not_answered", lang)


class AnswerList(OptionList):
    """The questions; Enter opens one. Keys that arrive before the list is shown do nothing."""

    def action_select(self) -> None:
        if getattr(self.screen, "settled", True):
            super().action_select()


class OverviewScreen(Settling, Screen[None]):
    app = netwerkcheck_app()
    AUTO_FOCUS = None
    BINDINGS = [
        Binding("ctrl+n", "results", "overview.to_results", id="results", priority=True),
        Binding("ctrl+b", "back", "key.back", id="back", priority=True),
    ]

    def __init__(self, session: CheckSession, start: str | None = None) -> None:
        """`start`: the question to put the cursor on (the one just changed)."""
        super().__init__()
        translate_bindings(self)
        self.session = session
        self.lines = session.overview()
        self.start = start
        self.unsettle()  # keys pressed before the overview is shown pick nothing

    def compose(self) -> ComposeResult:
        lang = get_lang()
        yield TooSmallNotice()
        with Vertical(id="overview-body"):
            yield Static(t("overview.title"), id="overview-title", markup=False)
            yield Static(t("overview.intro"), markup=False, classes="prose")
            options = []
            for i, line in enumerate(self.lines, start=1):
                prompt = Text(f"{i}. {prose(line.question.text.get(lang))}\n")
                prompt.append(f"   → {line_answer(line, lang)}", style="bold")
                options.append(Option(prompt, id=line.question.id))
            yield AnswerList(*options, id="overview-list")
        with Horizontal(classes="buttons", id="nav"):
            yield Button(f"← {t('key.back')}", id="back", compact=True)
            yield Button(
                f"{t('overview.to_results')} →", id="results", variant="primary", compact=True
            )
        yield Footer()

    def on_mount(self) -> None:
        answers = self.query_one(AnswerList)
        ids = [line.question.id for line in self.lines]
        if self.start in ids:
            answers.highlighted = ids.index(self.start)
        elif ids:
            answers.highlighted = 0
        self.call_after_refresh(self._arrive)

    def _arrive(self) -> None:
        self.query_one(AnswerList).focus()
        self.settle()

    @on(OptionList.OptionSelected, "#overview-list")
    def open_question(self, event: OptionList.OptionSelected) -> None:
        if not self.settled or event.option.id is None:
            return
        if self.session.jump(event.option.id):
            self.unsettle()
            self.app.call_later(self.app.show_question)

    @on(Button.Pressed, "#results")
    def action_results(self) -> None:
        if self.settled:
            self.unsettle()
            self.app.call_later(self.app.show_results)

    @on(Button.Pressed, "#back")
    def action_back(self) -> None:
        if self.settled:
            self.unsettle()
            self.app.call_later(self.app.back_to_questions)
