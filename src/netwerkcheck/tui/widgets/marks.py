"""Choice widgets whose state shows as a mark (●, ✓), not by colour alone.

Textual's radio buttons, checkboxes and selection lists draw the same glyph for
on and off and let colour tell them apart; with NO_COLOR, a colour-blind reader or
a screen reader, that says nothing. These show a mark only when chosen.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from rich.segment import Segment
from rich.text import Text
from textual.binding import Binding
from textual.css.styles import RulesMap
from textual.geometry import Size
from textual.message import Message
from textual.strip import Strip
from textual.widgets import Checkbox, RadioButton, SelectionList
from textual.widgets.option_list import OptionDoesNotExist
from textual.widgets.selection_list import Selection


class MarkedRadioButton(RadioButton):
    BUTTON_INNER = " "

    def watch_value(self) -> None:
        self.BUTTON_INNER = "●" if self.value else " "
        super().watch_value()


class MarkedCheckbox(Checkbox):
    """A checkbox whose words may wrap (first.tcss lets them): Textual counts one line
    for every toggle, so a long sentence in a narrow dialog was cut off."""

    BUTTON_INNER = " "

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        # as Textual's OptionList asks Content for its height
        return self.render().get_height(cast(RulesMap, self.styles), width)

    def watch_value(self) -> None:
        self.BUTTON_INNER = "✓" if self.value else " "
        super().watch_value()


class MarkedSelectionList(SelectionList[str]):
    MARK = "✓"
    """Drawn in the box of a chosen option."""

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        segments = list(strip)
        if len(segments) < 2:
            return strip
        try:
            selection = self.get_option_at_index(self.scroll_offset.y + y)
        except OptionDoesNotExist:
            return strip
        mark = self.MARK if selection.value in self._selected else " "
        segments[1] = Segment(mark, segments[1].style)
        return Strip(segments, strip.cell_length)


class OneChoice(MarkedSelectionList):
    """Choose one: arrows move, Enter or Space picks; the option picked carries a dot
    (●), where a ticked box (✓) is for choosing several.

    One list widget, not a radio button per option: a list of twelve options was
    thirteen widgets to build, style and lay out each time it appeared (every question,
    every time the person dialog opened), and that was most of the time it took."""

    MARK = "●"
    BINDINGS = [Binding("enter", "select", show=False)]

    class Picked(Message):
        """Enter, Space or a click on an option: `value` is picked now; `changed` is
        False when it already was."""

        def __init__(self, choice: OneChoice, value: str, changed: bool) -> None:
            super().__init__()
            self.choice = choice
            self.value = value
            self.changed = changed

        @property
        def control(self) -> OneChoice:
            return self.choice

    def __init__(
        self,
        options: Sequence[tuple[Text | str, str]],
        chosen: str | None = None,
        *,
        id: str | None = None,
        name: str | None = None,
    ) -> None:
        super().__init__(
            *[Selection(label, value, value == chosen) for label, value in options],
            id=id,
            name=name,
        )
        self._choices = [value for _label, value in options]
        self._chosen = self._choices.index(chosen) if chosen in self._choices else None

    def on_mount(self) -> None:
        # The cursor starts on the option picked (after SelectionList's own mount).
        if self._chosen is not None:
            self.call_next(self._cursor_on_chosen)

    def _cursor_on_chosen(self) -> None:
        self.highlighted = self._chosen

    @property
    def chosen(self) -> str | None:
        """The value picked, or None."""
        return None if self._chosen is None else self._choices[self._chosen]

    @property
    def pressed_index(self) -> int:
        """The index of the option picked, or -1 (as Textual's RadioSet says it)."""
        return -1 if self._chosen is None else self._chosen

    def may_pick(self) -> bool:
        """Whether a key may pick now (a question on its way in says no)."""
        return True

    def action_select(self) -> None:
        if not self.may_pick() or self.highlighted is None:
            return
        index = self.highlighted
        changed = index != self._chosen
        if changed:
            self._chosen = index
            with self.prevent(SelectionList.SelectedChanged, SelectionList.SelectionToggled):
                self.deselect_all()
                self.select(self._choices[index])
        self.post_message(self.Picked(self, self._choices[index], changed))
