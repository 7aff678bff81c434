"""NetworkMap: the text picture of the network (report/netmap.py), coloured by theme.

The drawing itself is shared with the exports; this widget only picks colours from the
theme through component classes. Every name already carries its letter code, so the
colours add to the meaning but never carry it alone. Names go in as plain text runs,
never as markup.
"""

from __future__ import annotations

from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual.geometry import Region
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget

from netwerkcheck.engine.network import RELATIONS, Network
from netwerkcheck.i18n import Lang
from netwerkcheck.report.netmap import TextMap, label, numbering, text_map


class NetworkMap(Widget):
    """Three circles around "Ik/Me" with the people in them, and a legend.

    `network` is reactive: assign a new Network and the picture is redrawn to the
    widget's size. `picture` is the last TextMap drawn (for tests and screen readers).
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "network-map--ring",
        "network-map--me",
        "network-map--more",
        "network-map--legend",
        *(f"network-map--{kind}" for kind in RELATIONS),
    }

    DEFAULT_CSS = """
    NetworkMap {
        width: 1fr;
        height: 1fr;
        min-height: 6;
    }
    NetworkMap > .network-map--ring { color: $text-muted; }
    NetworkMap > .network-map--me { color: $text; text-style: bold; }
    NetworkMap > .network-map--more { color: $text; text-style: italic; }
    NetworkMap > .network-map--legend { color: $text; }
    NetworkMap > .network-map--partner { color: $text-accent; text-style: bold; }
    NetworkMap > .network-map--family { color: $text-primary; }
    NetworkMap > .network-map--friend { color: $text-success; }
    NetworkMap > .network-map--neighbour { color: $text-warning; }
    NetworkMap > .network-map--colleague { color: $text-secondary; }
    NetworkMap > .network-map--school { color: $text-secondary; text-style: italic; }
    NetworkMap > .network-map--club { color: $text-error; }
    NetworkMap > .network-map--professional { color: $text; text-style: underline; }
    """

    network: reactive[Network] = reactive(Network, layout=False)

    def __init__(
        self,
        network: Network | None = None,
        lang: Lang | None = None,
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
        numbered: bool = False,
    ) -> None:
        """`numbered`: when a name would be cut or a person only counted ("+3 meer"),
        draw everyone as letter and number instead (see report.netmap.numbering), for a
        view that lists the names beside the map. `numbers_used` then says so."""
        super().__init__(name=name, id=id, classes=classes)
        self.lang: Lang | None = lang
        self.picture: TextMap | None = None
        self.numbered = numbered
        self.numbers_used = False
        # Textual renders a widget more than once for one look (layout passes, refreshes);
        # laying out a big network takes long, so the last picture is kept per input.
        self._drawn_for: tuple[Network, int, int, Lang | None, bool] | None = None
        self._styles: dict[str | None, Style] = {}
        self._styles_for: Style | None = None
        self._base: Style | None = None
        if network is not None:
            self.set_reactive(NetworkMap.network, network)

    def _whole(self, picture: TextMap) -> bool:
        """Everyone placed with their full name."""
        if picture.summarised:
            return False
        return all(
            shown == label(self.network, i, self.lang)
            for i, (_r, _c, shown) in picture.placed.items()
        )

    def _picture(self) -> TextMap | None:
        """The picture for the current network and size: drawn once per input."""
        width, height = self.content_size.width, self.content_size.height
        if width <= 0 or height <= 0:
            return None
        key = (self.network, width, height, self.lang, self.numbered)
        picture = self.picture
        if picture is None or self._drawn_for is None or self._drawn_for != key:
            picture = text_map(self.network, width, height, self.lang)
            self.numbers_used = False
            if self.numbered and not self._whole(picture):
                picture = text_map(self.network, width, height, self.lang, numbering(self.network))
                self.numbers_used = True
            self.picture, self._drawn_for = picture, key
        return picture

    def _style(self, hint: str | None, base: Style) -> Style:
        """The colour of one kind of run on the widget's own style `base`, looked up
        once per theme (the widget's style changes with it)."""
        if self._styles_for != base:
            self._styles, self._styles_for = {}, base
        style = self._styles.get(hint)
        if style is None:
            style = base
            if hint is not None:
                style = base + self.get_component_rich_style(f"network-map--{hint}", partial=True)
            self._styles[hint] = style
        return style

    def render_line(self, y: int) -> Strip:
        """One row of the picture as styled runs (Textual's line API). Turning the whole
        picture into one Rich Text and letting Textual split it again took about four
        times as long as drawing it (seen in the results screen's first frame)."""
        picture = self._picture()
        width = self.content_size.width
        base = self._base or self.rich_style
        if picture is None or y >= picture.height:
            return Strip.blank(width, base)
        segments = [Segment(chunk, self._style(hint, base)) for chunk, hint in picture.runs(y)]
        return Strip(segments).crop_extend(0, width, base)

    def render_lines(self, crop: Region) -> list[Strip]:
        # the widget's style is worked out from every ancestor: once per drawing, not
        # once per row
        self._base = self.rich_style
        try:
            return super().render_lines(crop)
        finally:
            self._base = None
