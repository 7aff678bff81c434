"""The footer of keys: Textual's Footer, made cheap to rebuild and freed when it is.

Textual's Footer rebuilds its keys whenever the keys that apply change (every question,
every focus move), and it binds each key it makes to the footer's `compact` setting:
each new key is first styled compact, then not (two passes of the stylesheet per key),
and Textual keeps every binding, with the key and all it holds, until `compact` next
changes. In netwerkcheck `compact` never changes, so this footer makes its keys in
their final style without binding them, and only rebuilds when the keys it would show
differ from the keys it shows. Before, the footer was a quarter of the time of a step,
and the keys of old footers stayed in memory (tests/tui/test_memory.py).

netwerkcheck has no key groups and no command palette (App.ENABLE_COMMAND_PALETTE is
off), so neither is drawn here.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.events import Resize
from textual.widgets import Footer as TextualFooter
from textual.widgets import Static
from textual.widgets._footer import FooterKey

# What one key shows: key, how it is written, its words, its action, whether it works.
KeyShown = tuple[str, str, str, str, bool, str]


ALWAYS_IN_SIGHT = ("app.request_quit", "app.show_help", "request_quit", "show_help")
"""Stopping and help stay at the footer's right edge, whatever the window's width; the
screen's own keys fill the room before them (and its buttons say the same things)."""


class Footer(TextualFooter):
    DEFAULT_CSS = """
    Footer .footer-gap {
        width: 1fr;
    }
    """

    _shown: list[KeyShown] | None = None  # what the keys on screen show

    def _keys_shown(self) -> list[KeyShown]:
        """The keys that apply now, one per action, in the order Textual gives them."""
        if not self._bindings_ready:
            return []
        shown: dict[str, KeyShown] = {}
        for _node, binding, enabled, tooltip in self.screen.active_bindings.values():
            if binding.show and binding.action not in shown:
                shown[binding.action] = (
                    binding.key,
                    self.app.get_key_display(binding),
                    binding.description,
                    binding.action,
                    enabled,
                    tooltip,
                )
        return list(shown.values())

    def compose(self) -> ComposeResult:
        """The screen's keys, a gap, then stopping and help at the right edge. Keys with
        no room are made hidden from the start (the footer's width is known from its
        last layout), so fitting them costs no layout of its own."""
        self._shown = self._keys_shown()
        keys: list[FooterKey] = []
        always: list[FooterKey] = []
        for key, display, description, action, enabled, tooltip in self._shown:
            footer_key = FooterKey(
                key, display, description, action, disabled=not enabled, tooltip=tooltip
            )
            # Its final style from the start: not compact, and not bound to the footer.
            footer_key.set_reactive(FooterKey.compact, self.compact)
            footer_key.set_class(self.compact, "-compact", update=False)
            (always if action in ALWAYS_IN_SIGHT else keys).append(footer_key)
        self._fit(keys, always, self.size.width)
        yield from keys
        yield Static(classes="footer-gap")
        yield from always

    async def recompose(self) -> None:
        """Rebuild only when the keys to show changed (a focus move often changes none)."""
        if self.is_attached and self._keys_shown() == self._shown:
            return
        await super().recompose()

    def on_resize(self, event: Resize) -> None:
        keys = list(self.query_children(FooterKey).results(FooterKey))
        always = [k for k in keys if k.action in ALWAYS_IN_SIGHT]
        self._fit([k for k in keys if k not in always], always, event.size.width)

    def _fit(self, keys: list[FooterKey], always: list[FooterKey], width: int) -> None:
        """Show the screen's keys that fit whole before stopping and help; leave out the
        rest rather than show half a key ("Ctr"). Width 0: not laid out yet, all shown."""
        if width <= 0:
            return
        room = width - sum(self._width(k) for k in always)
        for key in keys:
            needed = self._width(key)
            fits = needed <= room
            if key.display != fits:
                key.display = fits
            if fits:
                room -= needed

    def _width(self, key: FooterKey) -> int:
        """The cells a key takes, from its words and the footer's padding (first.tcss
        leaves Textual's: a space either side of the key, one after the words)."""
        words = cell_len(key.key_display) + cell_len(key.description)
        if self.compact:
            return words + (2 if key.description else 1)
        return words + (3 if key.description else 2)
