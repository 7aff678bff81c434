"""Help: who to contact, reachable by F1 from every screen, and shown at once when an
answer points to deep distress. It never ends or blocks the check: one key closes it."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from netwerkcheck.content.help_models import Contact, HelpContent
from netwerkcheck.engine.help import HelpHit, contact_lines
from netwerkcheck.i18n import get_lang, t
from netwerkcheck.tui.bindings import translate_bindings
from netwerkcheck.tui.screens.modals import TooSmallNotice
from netwerkcheck.tui.text import prose
from netwerkcheck.tui.widgets.scroll_body import ScrollBody


def _contact_widgets(contacts: list[Contact]) -> list[Static]:
    lang = get_lang()
    return [
        Static("\n".join(contact_lines(c, lang)), markup=False, classes="contact") for c in contacts
    ]


class HelpScreen(ModalScreen[None]):
    """All helplines, in the editor's order; urgent hits (if any) on top with their message."""

    BINDINGS = [
        Binding("escape", "close", "help.back_to_check"),
        Binding("f1", "close", "help.back_to_check", show=False),
        # The arrows and Page keys read on while 'back to the check' has the focus: the
        # help for a young person (De Kindertelefoon) can sit below the fold, and it
        # took Tab first, which nothing said (seen in a walk at 60x18).
        *(
            Binding(key, f"read('{key}')", show=False)
            for key in ("down", "up", "pagedown", "pageup", "home", "end")
        ),
    ]

    def __init__(
        self,
        help_content: HelpContent,
        hits: list[HelpHit] | None = None,
        always: list[Contact] | None = None,
        keys: list[tuple[str, str]] | None = None,
    ) -> None:
        """`always`: the help screen's contacts for this person (engine.help.always_for,
        filtered by age); without it, every contact in the editor's order. `keys`: what
        the keys of the screen below do (F1 only; help that an answer brings stays on
        the help alone)."""
        super().__init__(id="help-screen")
        translate_bindings(self)
        self.help_content = help_content
        self.hits = hits or []
        self.always = always if always is not None else help_content.always_contacts()
        self.keys = keys or []

    def compose(self) -> ComposeResult:
        lang = get_lang()
        yield TooSmallNotice()
        with Vertical(classes="dialog help-dialog"):
            yield Static(t("help.title"), classes="dialog-title", markup=False)
            with ScrollBody(classes="help-body"):
                shown: list[str] = []
                for hit in self.hits:
                    yield Static(
                        hit.rule.message.get(lang).strip(),
                        markup=False,
                        classes=f"help-message {hit.level}",
                    )
                    contacts = [c for c in hit.contacts if c.id not in shown]
                    shown += [c.id for c in contacts]
                    yield from _contact_widgets(contacts)
                if not self.hits:
                    # one paragraph, wrapped by the terminal: the editor's line breaks
                    # cut a sentence in two at 60 columns (seen in a walk)
                    yield Static(
                        prose(self.help_content.intro.get(lang)), markup=False, classes="prose"
                    )
                    yield from _contact_widgets(self.always)
                if self.keys:
                    yield Static(t("help.keys_title"), markup=False, classes="help-keys-title")
                    yield Static(
                        "\n".join(f"{key}  {what}" for key, what in self.keys),
                        markup=False,
                        classes="help-keys",
                    )
                # the one key the footer names only on the welcome screen
                yield Static(t("help.contrast_key"), markup=False, classes="prose help-keys")
            with Horizontal(classes="buttons"):
                yield Button(t("help.back_to_check"), id="close", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#close", Button).focus()

    def action_read(self, key: str) -> None:
        body = self.query_one(".help-body", ScrollBody)
        move = {
            "down": body.scroll_down,
            "up": body.scroll_up,
            "pagedown": body.scroll_page_down,
            "pageup": body.scroll_page_up,
            "home": body.scroll_home,
            "end": body.scroll_end,
        }[key]
        move(animate=False)

    @on(Button.Pressed, "#close")
    def action_close(self) -> None:
        self.dismiss(None)
