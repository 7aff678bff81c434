"""Small dialogs: why a suggestion is shown, and the one yes/no dialog (asking before
something is removed, and before stopping the check)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from netwerkcheck.i18n import t
from netwerkcheck.tui.bindings import translate_bindings
from netwerkcheck.tui.widgets.scroll_body import ScrollBody


class WhyScreen(ModalScreen[None]):
    """The answers that led to one suggestion, in the person's own words."""

    BINDINGS = [Binding("escape", "close", "key.close")]

    def __init__(self, title: str, lines: list[str]) -> None:
        super().__init__()
        translate_bindings(self)
        self.title_text = title
        self.lines = lines

    def compose(self) -> ComposeResult:
        yield TooSmallNotice()
        with Vertical(classes="dialog"):
            yield Static(t("why.title"), classes="dialog-title", markup=False)
            with ScrollBody(classes="dialog-body"):
                yield Static(t("why.intro", title=self.title_text), markup=False)
                for line in self.lines:
                    yield Static(f"• {line}", markup=False, classes="why-line")
            with Horizontal(classes="buttons"):
                yield Button(t("key.close"), id="close", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#close", Button).focus()

    @on(Button.Pressed, "#close")
    def action_close(self) -> None:
        self.dismiss(None)


class ConfirmScreen(ModalScreen[bool]):
    """The one yes/no dialog: asks before something is removed, thrown away or stopped.
    The safe choice ('Nee, bewaren') has focus, so a stray Enter keeps everything;
    Escape is the same as no. Dismissed with True for yes."""

    BINDINGS = [Binding("escape", "no", "answers.clear_no")]

    def __init__(self, title: str, body: str, yes: str, no: str) -> None:
        super().__init__()
        translate_bindings(self)
        self.title_text = title
        self.body = body
        self.yes = yes
        self.no = no

    def compose(self) -> ComposeResult:
        yield TooSmallNotice()
        with Vertical(classes="dialog"):
            yield Static(self.title_text, classes="dialog-title", markup=False)
            with ScrollBody(classes="dialog-body"):
                yield Static(self.body, markup=False, id="confirm-body")
            with Horizontal(classes="buttons"):
                yield Button(self.no, id="no", variant="primary")
                yield Button(self.yes, id="yes", variant="error")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    @on(Button.Pressed, "#no")
    def action_no(self) -> None:
        self.dismiss(False)

    @on(Button.Pressed, "#yes")
    def yes_pressed(self) -> None:
        self.dismiss(True)


class QuitScreen(ConfirmScreen):
    """Asks before stopping; says plainly whether answers are kept."""

    def __init__(self, saving: bool, finished: bool = False) -> None:
        """`finished`: the check is done, so 'later verder gaan' would be wrong; it is
        kept to look at again (said only when it is saved)."""
        if not saving:
            body = "quit.body_unsaved"
        else:
            body = "quit.body_finished" if finished else "quit.body_saved"
        super().__init__(
            t("quit.title"),
            t(body),
            yes=t("quit.yes"),
            no=t("quit.no"),
        )
        self.saving = saving


class TooSmallNotice(Static):
    """Shown instead of clipped buttons when the terminal is below the minimum size.

    Every screen carries one; the app's `-too-small` class hides all else (app.tcss).
    """

    def __init__(self) -> None:
        from netwerkcheck.tui.app import MIN_HEIGHT, MIN_WIDTH

        super().__init__(
            t("size.too_small", w=MIN_WIDTH, h=MIN_HEIGHT), markup=False, classes="too-small"
        )
