"""Choice widgets whose state shows as a mark (●, ✓), not by colour alone.

Textual's radio buttons, checkboxes and selection lists draw the same glyph for
on and off and let colour tell them apart; with NO_COLOR, a colour-blind reader or
a screen reader, that says nothing. These show a mark only when chosen.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.css.styles import RulesMap
from textual.geometry import Size
from textual.message import Message
from textual.strip import Strip
from textual.widgets import Checkbox, OptionList, RadioButton, SelectionList
from textual.widgets._toggle_button import ToggleButton
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
    """A selection list whose options wrap instead of ending in "…" (an option such as
    "So hard that I sometimes do not want to go on living" must be read whole, also at
    60 columns), with the mark drawn in the box of a chosen option.

    Textual's SelectionList draws one line per option; here the box is drawn on an
    option's first line and its further lines are indented under the words."""

    DEFAULT_CSS = """
    MarkedSelectionList {
        text-wrap: wrap;
        text-overflow: fold;
    }
    """

    MARK = "✓"
    """Drawn in the box of a chosen option."""

    def action_cursor_up(self) -> None:
        """Up stops at the first option. Textual's list wraps round: one Up on a fresh
        'Hoe voel je je?' landed on its last option, 'Zo zwaar dat ik soms niet meer wil
        leven', and Enter saved it (seen in a walk, by someone pressing Up to reach the
        top)."""
        self._step(-1)

    def action_cursor_down(self) -> None:
        """Down stops at the last option (no wrapping round to the first)."""
        self._step(1)

    def _step(self, direction: int) -> None:
        # with nothing highlighted yet, either arrow starts at the first option (Up
        # started at the last)
        if self.highlighted is None:
            index, direction = 0, 1
        else:
            index = self.highlighted + direction
        while 0 <= index < self.option_count:
            if not self.get_option_at_index(index).disabled:
                self.highlighted = index
                return
            index += direction

    def start_without_cursor(self) -> None:
        """Unless an option is chosen already, none is under the cursor until an arrow key
        is pressed. Textual puts the cursor on the first option, so a stray Enter on a
        fresh 'Hoe oud ben je?' answered 'Jonger dan 18 jaar' for a widow of 78 (seen in
        a walk), and a child's helpline came with it. Either arrow then starts at the
        first option."""
        if not self.selected:
            self.highlighted = None

    class NothingUnderCursor(Message):
        """Enter or Space with no option under the cursor: nothing was picked or ticked
        (the screen says how to choose)."""

        def __init__(self, choices: MarkedSelectionList) -> None:
            super().__init__()
            self.choices = choices

        @property
        def control(self) -> MarkedSelectionList:
            return self.choices

    def nothing_under_cursor(self) -> None:
        """Enter or Space with no option under the cursor: nothing is picked or ticked."""
        self.post_message(self.NothingUnderCursor(self))

    def action_select(self) -> None:
        if self.highlighted is None:
            self.nothing_under_cursor()
            return
        super().action_select()

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        # the words wrap at the width beside the box, as the lines are made
        return super().get_content_height(
            container, viewport, width - self._get_left_gutter_width()
        )

    def render_line(self, y: int) -> Strip:
        line = OptionList.render_line(self, y)  # the words, without Textual's box
        try:
            index, offset = self._lines[self.scroll_offset.y + y]
            selection = self.get_option_at_index(index)
        except (IndexError, OptionDoesNotExist):
            return line
        underlying = next(iter(line)).style if line.cell_length else None
        underlying = underlying or self.rich_style
        meta = Style(meta={"option": index})  # a click anywhere on the option picks it
        if offset:
            indent = " " * self._get_left_gutter_width()
            return Strip([Segment(indent, underlying + meta), *line])
        component = "selection-list--button"
        if selection.value in self._selected:
            component += "-selected"
        if self.highlighted == index:
            component += "-highlighted"
        button = self.get_component_rich_style(component)
        side = Style.from_color(button.bgcolor, underlying.bgcolor)
        mark = self.MARK if selection.value in self._selected else " "
        return Strip(
            [
                Segment(ToggleButton.BUTTON_LEFT, side + meta),
                Segment(mark, button + meta),
                Segment(ToggleButton.BUTTON_RIGHT, side + meta),
                Segment(" ", underlying),
                *line,
            ]
        )


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
            # a str label is shown as written, never read as markup (labels come from
            # content and from the person)
            *[Selection(_plain(label), value, value == chosen) for label, value in options],
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
        if not self.may_pick():
            return
        if self.highlighted is None:
            self.nothing_under_cursor()
            return
        index = self.highlighted
        changed = index != self._chosen
        if changed:
            self._chosen = index
            with self.prevent(SelectionList.SelectedChanged, SelectionList.SelectionToggled):
                self.deselect_all()
                self.select(self._choices[index])
        self.post_message(self.Picked(self, self._choices[index], changed))


def _plain(label: Text | str) -> Text:
    return Text(label) if isinstance(label, str) else label
