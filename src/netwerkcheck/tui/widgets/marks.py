"""Choice widgets whose state shows as a mark (●, ✓), not by colour alone.

Textual's radio buttons, checkboxes and selection lists draw the same glyph for
on and off and let colour tell them apart; with NO_COLOR, a colour-blind reader or
a screen reader, that says nothing. These show a mark only when chosen.
"""

from __future__ import annotations

from rich.segment import Segment
from textual.strip import Strip
from textual.widgets import Checkbox, RadioButton, SelectionList
from textual.widgets.option_list import OptionDoesNotExist


class MarkedRadioButton(RadioButton):
    BUTTON_INNER = " "

    def watch_value(self) -> None:
        self.BUTTON_INNER = "●" if self.value else " "
        super().watch_value()


class MarkedCheckbox(Checkbox):
    BUTTON_INNER = " "

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
