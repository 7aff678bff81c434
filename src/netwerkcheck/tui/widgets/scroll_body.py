"""A page that scrolls and takes the focus: its focus restyles itself, not all it holds.

Textual restyles a widget and everything inside it whenever its focus changes, in case a
rule styles what is inside by the focus of what holds it (`X:focus Y`). No rule does that
for a scrolling page here: `tests/tui/test_scroll_body.py` reads every rule of the app
and of every widget to check it, and checks on the results that a full restyle after a
focus move changes nothing. On the results (some sixty widgets) the page takes the focus
when it opens and gives it up at the first Tab; each of those restyled all of them, about
a tenth of opening the results and most of a Tab there.
"""

from __future__ import annotations

from textual.containers import VerticalScroll


class ScrollBody(VerticalScroll):
    """VerticalScroll whose focus and blur restyle only itself (and its scrollbars)."""

    def watch_has_focus(self, _has_focus: bool) -> None:
        self.app.stylesheet.update_nodes([self], animate=True)
