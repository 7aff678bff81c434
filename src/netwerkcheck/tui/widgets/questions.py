"""One widget per question type. Each offers `value()` and posts `AnswerChanged`.

Option labels come from content and are shown as plain text, never as markup.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.text import Text as RichText
from textual import on
from textual.message import Message
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Input, RadioButton, RadioSet, SelectionList
from textual.widgets.option_list import OptionDoesNotExist
from textual.widgets.selection_list import Selection

from netwerkcheck.content import models as m
from netwerkcheck.engine.answers import AnswerValue
from netwerkcheck.i18n import Lang, t


class AnswerChanged(Message):
    """The person changed the answer on screen; `chosen` is True for a definite pick."""

    def __init__(self, value: AnswerValue | None, chosen: bool = False) -> None:
        super().__init__()
        self.value = value
        self.chosen = chosen


class MarkedRadioButton(RadioButton):
    """A radio button whose state shows as a mark, not by colour alone."""

    BUTTON_INNER = " "

    def watch_value(self) -> None:
        self.BUTTON_INNER = "●" if self.value else " "
        super().watch_value()


class MarkedSelectionList(SelectionList[str]):
    """A selection list whose ticks show as a mark, not by colour alone."""

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        segments = list(strip)
        if len(segments) < 2:
            return strip
        try:
            selection = self.get_option_at_index(self.scroll_offset.y + y)
        except OptionDoesNotExist:
            return strip
        mark = "✓" if selection.value in self._selected else " "
        segments[1] = Segment(mark, segments[1].style)
        return Strip(segments, strip.cell_length)


class ChoiceAnswer(RadioSet):
    """Single choice and agreement scale: arrows move, Enter or Space picks."""

    def __init__(
        self, question: m.SingleQuestion | m.ScaleQuestion, lang: Lang, value: AnswerValue | None
    ) -> None:
        self.question = question
        buttons = [
            MarkedRadioButton(
                RichText(o.label.get(lang)), value=(o.value == value), id=f"opt-{o.value}"
            )
            for o in question.options
        ]
        super().__init__(*buttons, id="answer")

    def value(self) -> AnswerValue | None:
        index = self.pressed_index
        return self.question.options[index].value if index >= 0 else None

    @on(RadioSet.Changed)
    def _changed(self, event: RadioSet.Changed) -> None:
        event.stop()
        self.post_message(AnswerChanged(self.value(), chosen=True))


class MultiAnswer(MarkedSelectionList):
    """Multiple choice. An 'exclusive' option (like 'none of these') clears the others."""

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

    def value(self) -> AnswerValue | None:
        picked = set(self.selected)
        ordered = tuple(o.value for o in self.question.options if o.value in picked)
        return ordered or None

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
        self.post_message(AnswerChanged(self.value()))


class TextAnswer(Input):
    """Short free text; the length limit is also enforced by the content model."""

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
        self.post_message(AnswerChanged(self.value_now()))

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(AnswerChanged(self.value_now(), chosen=True))


def answer_widget(question: m.Question, lang: Lang, value: AnswerValue | None) -> Widget:
    """The widget that asks `question`, showing `value` if it was answered before."""
    if isinstance(question, m.SingleQuestion | m.ScaleQuestion):
        return ChoiceAnswer(question, lang, value)
    if isinstance(question, m.MultiQuestion):
        return MultiAnswer(question, lang, value)
    if isinstance(question, m.TextQuestion):
        return TextAnswer(question, lang, value)
    from netwerkcheck.tui.widgets.network_editor import NetworkEditor

    return NetworkEditor(
        question, lang, value if not isinstance(value, str | tuple) else None, id="answer"
    )


def current_value(widget: Widget) -> AnswerValue | None:
    if isinstance(widget, TextAnswer):
        return widget.value_now()
    if isinstance(widget, ChoiceAnswer | MultiAnswer):
        return widget.value()
    value: AnswerValue | None = getattr(widget, "value", None)
    return value
