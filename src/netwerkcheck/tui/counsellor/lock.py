"""The counsellor's passphrase: set on first use, asked at the start of counsellor mode,
and the only way to lift the lock.

- First use: the passphrase is typed twice, and the screen says plainly that a
  forgotten passphrase means the data cannot be read. It is first use whenever no
  counsellor data is on disk: a session without saving writes nothing, not even the
  passphrase (the vault's header is written with the first client), so the next
  start asks for a new one, and says why.
- Start: the passphrase opens the vault (store/vault.py); until then no client,
  pseudonym or note is read from disk.
- Lock (F9, or by itself after the idle time set in the settings): a full screen, not
  a dialog, so nothing below shows through; Esc, Enter and F9 do nothing but ask for
  the passphrase. A wrong passphrase gets a calm message after a short delay (longer
  at each try), never a traceback.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from textual import on
from textual.app import ComposeResult
from textual.containers import Center, Horizontal
from textual.screen import Screen
from textual.widgets import Button, Input, Static

from netwerkcheck.i18n import t
from netwerkcheck.tui.appref import netwerkcheck_app
from netwerkcheck.tui.bindings import translate_bindings
from netwerkcheck.tui.screens.modals import TooSmallNotice
from netwerkcheck.tui.widgets.footer import Footer
from netwerkcheck.tui.widgets.scroll_body import ScrollBody

LOCK_KEY = "f9"
MIN_LENGTH = 8
WRONG_DELAY = 1.0
"""Seconds to wait before saying a passphrase is wrong (doubling, at most 8 s)."""
MAX_DELAY = 8.0

Mode = Literal["create", "open", "lock"]

if TYPE_CHECKING:
    from netwerkcheck.tui.app import NetwerkcheckApp


def passphrase_screen(app: NetwerkcheckApp) -> PassphraseScreen:
    """The way into counsellor mode: set a passphrase on first use, else give it.
    (Light: the first screen of counsellor mode loads no store, pydantic or crypto.)"""
    from netwerkcheck.store import paths

    root = app.data_dir or paths.data_dir()
    try:
        exists = paths.vault_header(root).is_file()
    except OSError:
        exists = True  # cannot tell: ask for the passphrase rather than make a new one
    return PassphraseScreen("open" if exists else "create", saving=app.save_allowed)


def _delay(tries: int) -> float:
    return min(WRONG_DELAY * (2 ** max(tries - 1, 0)), MAX_DELAY) if WRONG_DELAY > 0 else 0.0


class PassphraseScreen(Screen[None]):
    FIRST_SCREEN = True  # styled by first.tcss alone (tui/app.py: load_full_css)
    """`create`: a new passphrase (typed twice); `open`: the passphrase of the vault on
    disk; `lock`: the passphrase of the vault in hand, to lift the lock (dismisses)."""

    app = netwerkcheck_app()

    def __init__(self, mode: Mode, saving: bool = True) -> None:
        super().__init__()
        translate_bindings(self)
        self.mode: Mode = mode
        self.saving = saving
        self.tries = 0
        self.busy = False

    def compose(self) -> ComposeResult:
        yield TooSmallNotice()
        with ScrollBody(id="lock-body"):
            if self.mode == "create":
                yield Static(t("vault.create_title"), id="lock-title", markup=False)
                # With saving on, the intro says why a new passphrase is asked: no
                # header on disk means nothing was ever kept here (a session without
                # saving keeps nothing, not even its passphrase).
                intro = "vault.create_intro" if self.saving else "vault.create_session_intro"
                yield Static(
                    t(intro, min=MIN_LENGTH), markup=False, classes="prose", id="create-intro"
                )
                yield Static(
                    t("vault.forgotten_warning"),
                    markup=False,
                    classes="prose privacy",
                    id="forgotten-warning",
                )
            elif self.mode == "open":
                yield Static(t("vault.unlock_title"), id="lock-title", markup=False)
                yield Static(t("vault.unlock_intro"), markup=False, classes="prose")
            else:
                yield Static(t("counsellor.locked_title"), id="lock-title", markup=False)
                yield Static(t("vault.locked_intro"), markup=False, classes="prose")
            with Center():
                yield Input(
                    password=True,
                    placeholder=t("vault.passphrase"),
                    id="passphrase",
                    max_length=200,
                )
            if self.mode == "create":
                with Center():
                    yield Input(
                        password=True,
                        placeholder=t("vault.passphrase_again"),
                        id="passphrase-again",
                        max_length=200,
                    )
            yield Static("", id="passphrase-message", markup=False)
            with Center(), Horizontal(classes="buttons"):
                label = "vault.set" if self.mode == "create" else "vault.open"
                if self.mode == "lock":
                    label = "counsellor.unlock"
                yield Button(t(label), id="passphrase-ok", variant="primary", compact=True)
                if self.mode != "lock":
                    yield Button(t("vault.back"), id="passphrase-back", compact=True)
        yield Footer()

    AUTO_FOCUS = "#passphrase"

    def on_mount(self) -> None:
        # At once, so the first key typed after the lock comes up is not lost.
        self.set_focus(self.query_one("#passphrase", Input))

    def _say(self, msg_id: str, **values: object) -> None:
        message = self.query_one("#passphrase-message", Static)
        message.update(t(msg_id, **values))
        message.scroll_visible(animate=False)

    @on(Input.Submitted, "#passphrase")
    async def first_field(self) -> None:
        if self.mode == "create":
            self.query_one("#passphrase-again", Input).focus()
        else:
            await self.submit()

    @on(Input.Submitted, "#passphrase-again")
    @on(Button.Pressed, "#passphrase-ok")
    async def submit(self) -> None:
        if self.busy:
            return
        field = self.query_one("#passphrase", Input)
        text = field.value
        if self.mode == "create":
            await self._create(text)
            return
        if not text:
            return
        self.busy = True
        self._say("vault.checking")
        ok = await self._check(text)
        if not ok:
            self.tries += 1
            await asyncio.sleep(_delay(self.tries))
            field.value = ""
            self.busy = False
            if self.is_attached:
                self._say("vault.wrong")
                field.focus()
            return
        self.busy = False
        field.value = ""
        await self._passed()

    async def _check(self, text: str) -> bool:
        from netwerkcheck.store.vault import Vault, VaultDamaged, WrongPassphrase

        app = self.app
        if self.mode == "lock":
            vault = app.vault
            return vault is not None and await asyncio.to_thread(vault.verify, text)
        try:
            opened = await asyncio.to_thread(Vault.open, self._data_dir(), text)
        except WrongPassphrase:
            return False
        except VaultDamaged:
            from netwerkcheck.store.vault import header_path

            self._say("vault.damaged", path=str(header_path(self._data_dir())))
            return False
        app.vault = opened
        return True

    def _data_dir(self) -> Path:
        from netwerkcheck.store import paths

        return self.app.data_dir or paths.data_dir()

    async def _create(self, text: str) -> None:
        from netwerkcheck.store.vault import Vault

        again = self.query_one("#passphrase-again", Input)
        if len(text) < MIN_LENGTH:
            self._say("vault.too_short", min=MIN_LENGTH)
            self.query_one("#passphrase", Input).focus()
            return
        if text != again.value:
            again.value = ""
            self._say("vault.not_same")
            again.focus()
            return
        self.busy = True
        self._say("vault.checking")
        self.app.vault = await asyncio.to_thread(Vault.create, text)
        self.busy = False
        await self._passed()

    async def _passed(self) -> None:
        app = self.app
        if self.mode == "lock":
            app.locked = False
            app.touch()
            self.dismiss(None)
            return
        # Not awaited here: switching away from this screen inside its own handler
        # would wait for itself.
        app.call_later(app.counsellor_ready)

    @on(Button.Pressed, "#passphrase-back")
    def back(self) -> None:
        app = self.app
        app.call_later(app.leave_counsellor)


class LockScreen(PassphraseScreen):
    """The lock: only the passphrase lifts it."""

    def __init__(self) -> None:
        super().__init__("lock")
