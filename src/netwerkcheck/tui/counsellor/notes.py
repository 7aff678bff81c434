"""The counsellor's private notes for one theme or for the whole session.

Kept on the session's record (saved with it when saving is on); they go into the
client's handout only when the counsellor ticks 'include notes' there.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static, TextArea

from netwerkcheck.i18n import t
from netwerkcheck.tui.bindings import translate_bindings
from netwerkcheck.tui.screens.modals import TooSmallNotice


class NotesScreen(ModalScreen[str | None]):
    """Dismisses with the text to keep, or None when cancelled."""

    BINDINGS = [
        Binding("ctrl+s", "keep", "counsellor.save", priority=True),
        Binding("escape", "cancel", "counsellor.cancel"),
    ]

    def __init__(self, title: str, text: str) -> None:
        super().__init__()
        translate_bindings(self)
        self.title_text = title
        self.text = text

    def compose(self) -> ComposeResult:
        yield TooSmallNotice()
        with Vertical(classes="dialog", id="notes-dialog"):
            yield Static(self.title_text, classes="dialog-title", markup=False)
            yield Static(t("counsellor.notes_private"), markup=False, classes="muted")
            yield TextArea(self.text, id="notes-text", soft_wrap=True, show_line_numbers=False)
            with Horizontal(classes="buttons"):
                yield Button(t("counsellor.save"), id="keep", variant="primary", compact=True)
                yield Button(t("counsellor.cancel"), id="cancel", compact=True)

    def on_mount(self) -> None:
        area = self.query_one("#notes-text", TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    @on(Button.Pressed, "#keep")
    def action_keep(self) -> None:
        self.dismiss(self.query_one("#notes-text", TextArea).text)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
