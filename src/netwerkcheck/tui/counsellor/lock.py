"""A privacy screen for stepping away: it covers every screen below it.

Not a password: on a shared office computer it keeps a client's answers off the
screen while the counsellor is out of the room. The same key (F9) or the button
takes it away. It is a full screen, not a dialog, so nothing below shows through.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, Vertical
from textual.screen import Screen
from textual.widgets import Button, Footer, Static

from netwerkcheck.i18n import t
from netwerkcheck.tui.bindings import translate_bindings
from netwerkcheck.tui.screens.modals import TooSmallNotice

LOCK_KEY = "f9"


class LockScreen(Screen[None]):
    BINDINGS = [
        Binding(LOCK_KEY, "unlock", "counsellor.unlock", id="unlock"),
        Binding("escape", "unlock", "counsellor.unlock", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self)

    def compose(self) -> ComposeResult:
        yield TooSmallNotice()
        with Vertical(id="lock-body"):
            yield Static(t("counsellor.locked_title"), id="lock-title", markup=False)
            yield Static(t("counsellor.locked", key=LOCK_KEY.upper()), markup=False)
            with Center():
                yield Button(t("counsellor.unlock"), id="unlock", variant="primary", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#unlock", Button).focus()

    @on(Button.Pressed, "#unlock")
    def action_unlock(self) -> None:
        self.dismiss(None)
