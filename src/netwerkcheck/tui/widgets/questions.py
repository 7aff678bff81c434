"""One widget per question type. Each offers `value()` and posts `AnswerChanged`.

Returning to a question puts the cursor on the saved option. Enter on the option that
is already chosen posts `AnswerChanged(chosen=True)` with the same value, which the
session core (engine.session.CheckSession.enter) reads as "keep it and move on".

Keys that arrive while the screen is still changing (the screen's `settled` is False)
pick nothing: a quick extra Enter never chooses an option the person has not seen.

Option labels come from content and are shown as plain text, never as markup.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.text import Text as RichText
from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, SelectionList
from textual.widgets.selection_list import Selection

from netwerkcheck.content import models as m
from netwerkcheck.engine.answers import AnswerValue
from netwerkcheck.i18n import Lang, t
from netwerkcheck.tui.widgets.marks import MarkedSelectionList, OneChoice

if TYPE_CHECKING:
    from netwerkcheck.engine.network import Network
    from netwerkcheck.tui.widgets.network_editor import RelationChoices


class AnswerChanged(Message):
    """The person changed the answer to `qid` on screen; `chosen` is True for Enter (a
    definite pick, or Enter on the answer already chosen)."""

    def __init__(self, qid: str, value: AnswerValue | None, chosen: bool = False) -> None:
        super().__init__()
        self.qid = qid
        self.value = value
        self.chosen = chosen


def settled(widget: Widget) -> bool:
    """False while the widget's screen is still changing to a new question."""
    try:
        return bool(getattr(widget.screen, "settled", True))
    except Exception:  # not on a screen (yet): nothing to pick
        return False


class ChoiceAnswer(OneChoice):
    """Single choice and agreement scale: arrows move, Enter or Space picks (see
    OneChoice); Enter on the option already picked keeps the answer."""

    def __init__(
        self, question: m.SingleQuestion | m.ScaleQuestion, lang: Lang, value: AnswerValue | None
    ) -> None:
        self.question = question
        super().__init__(
            [(RichText(o.label.get(lang)), o.value) for o in question.options],
            value if isinstance(value, str) else None,
            id="answer",
        )
        self.start_without_cursor()

    def value(self) -> AnswerValue | None:
        return self.chosen

    def may_pick(self) -> bool:
        return settled(self)

    def nothing_under_cursor(self) -> None:
        # The session core keeps an answer on this Enter, or says nothing is chosen yet.
        self.post_message(AnswerChanged(self.question.id, self.chosen, chosen=True))

    @on(OneChoice.Picked)
    def _picked(self, event: OneChoice.Picked) -> None:
        # A new pick, or the answer already picked kept: the session core decides.
        event.stop()
        self.post_message(AnswerChanged(self.question.id, event.value, chosen=True))


class MultiAnswer(MarkedSelectionList):
    """Multiple choice. An 'exclusive' option (like 'none of these') clears the others.
    Space ticks or unticks; Enter ticks, and on a ticked option keeps the answer."""

    BINDINGS = [Binding("enter", "enter_option", show=False)]

    def __init__(self, question: m.MultiQuestion, lang: Lang, value: AnswerValue | None) -> None:
        self.question = question
        self.lang = lang
        chosen = set(value) if isinstance(value, tuple) else set()
        super().__init__(
            *[
                Selection(RichText(o.label.get(lang)), o.value, o.value in chosen)
                for o in question.options
            ],
            id="answer",
        )
        self._last: set[str] = chosen
        self._first_chosen = next(
            (i for i, o in enumerate(question.options) if o.value in chosen), None
        )
        self.start_without_cursor()

    def on_mount(self) -> None:
        if self._first_chosen is not None:
            self.call_next(self._cursor_on_saved)

    def _cursor_on_saved(self) -> None:
        self.highlighted = self._first_chosen

    def value(self) -> AnswerValue | None:
        picked = set(self.selected)
        ordered = tuple(o.value for o in self.question.options if o.value in picked)
        return ordered or None

    def nothing_under_cursor(self) -> None:
        # The session core keeps an answer on this Enter, or says nothing is chosen yet.
        self.post_message(AnswerChanged(self.question.id, self.value(), chosen=True))

    def action_select(self) -> None:
        if settled(self):
            super().action_select()

    def action_enter_option(self) -> None:
        if not settled(self):
            return
        if self.highlighted is None:
            self.nothing_under_cursor()
            return
        value = self.get_option_at_index(self.highlighted).value
        if value in self.selected:
            # Enter on a ticked option: keep the answer as it is (the screen moves on).
            self.post_message(AnswerChanged(self.question.id, self.value(), chosen=True))
            return
        self.select(value)

    @on(SelectionList.SelectedChanged)
    def _changed(self, event: SelectionList.SelectedChanged[str]) -> None:
        event.stop()
        now = set(self.selected)
        added = now - self._last
        exclusive = set(self.question.exclusive)
        if added & exclusive and len(now) > 1:
            keep = next(iter(added & exclusive))
            self._last = {keep}
            with self.prevent(SelectionList.SelectedChanged):
                for v in now - {keep}:
                    self.deselect(v)
            label = next(o.label.get(self.lang) for o in self.question.options if o.value == keep)
            self.notify(t("question.exclusive_note", label=label), markup=False)
        elif added and now & exclusive and len(now) > 1:
            with self.prevent(SelectionList.SelectedChanged):
                for v in now & exclusive:
                    self.deselect(v)
        self._last = set(self.selected)
        self.post_message(AnswerChanged(self.question.id, self.value()))


class TextAnswer(Input):
    """Short free text; the length limit is also enforced by the content model.
    Enter records the text and moves on; on the saved text it keeps it."""

    def __init__(self, question: m.TextQuestion, lang: Lang, value: AnswerValue | None) -> None:
        self.question = question
        super().__init__(
            value=value if isinstance(value, str) else "",
            placeholder=question.placeholder.get(lang) if question.placeholder else "",
            max_length=question.max_length,
            id="answer",
        )

    def value_now(self) -> AnswerValue | None:
        text = self.value.strip()
        return text or None

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(AnswerChanged(self.question.id, self.value_now()))

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if settled(self):
            self.post_message(AnswerChanged(self.question.id, self.value_now(), chosen=True))


def answer_widget(
    question: m.Question,
    lang: Lang,
    value: AnswerValue | None,
    earlier: Network | None = None,
    offer_done: Callable[[], None] | None = None,
    relations: RelationChoices | None = None,
) -> Widget:
    """The widget that asks `question`, showing `value` if it was answered before.
    A network question offers `earlier` (see NetworkEditor) and the relation choices
    content offers (`relations`)."""
    if isinstance(question, m.SingleQuestion | m.ScaleQuestion):
        return ChoiceAnswer(question, lang, value)
    if isinstance(question, m.MultiQuestion):
        return MultiAnswer(question, lang, value)
    if isinstance(question, m.TextQuestion):
        return TextAnswer(question, lang, value)
    from netwerkcheck.tui.widgets.network_editor import NetworkEditor

    return NetworkEditor(
        question,
        lang,
        value if not isinstance(value, str | tuple) else None,
        relations=relations,
        id="answer",
        earlier=earlier,
        offer_done=offer_done,
    )


def current_value(widget: Widget) -> AnswerValue | None:
    if isinstance(widget, TextAnswer):
        return widget.value_now()
    if isinstance(widget, ChoiceAnswer | MultiAnswer):
        return widget.value()
    value: AnswerValue | None = getattr(widget, "value", None)
    return value
