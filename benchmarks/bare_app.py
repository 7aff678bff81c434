"""The yardstick for start-up time: a bare Textual app that shows one Static.

It exits right after its first screen is drawn (call_after_refresh(exit)), exactly as
netwerkcheck does with NETWERKCHECK_EXIT_AFTER_FIRST_PAINT=1, so benchmarks/startup.py
can time both from process start to first screen. Run by hand: python benchmarks/bare_app.py
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Static


class BareApp(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("Netwerkcheck")

    def on_mount(self) -> None:
        self.call_after_refresh(self.exit)


if __name__ == "__main__":
    BareApp().run()
