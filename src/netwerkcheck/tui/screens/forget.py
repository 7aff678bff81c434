"""Forget everything, in the app: what is deleted, what cannot be, and a typed word.

Says the same as `netwerkcheck forget` (the store.forget.* strings). Only the exact
word (VERGETEN / FORGET) deletes; anything else deletes nothing and says so. After
deleting, saving is off for the rest of this run and the welcome screen returns.

Everything includes the checks of counsellor sessions (with a client) saved on this
computer: the person's history does not list them, so this screen says plainly how
many go too (counts only, never a pseudonym).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Button, Input, Static

from netwerkcheck.i18n import t
from netwerkcheck.store import CheckStore, StoreError, paths
from netwerkcheck.store.clients import ClientChecks, count_client_checks
from netwerkcheck.tui.appref import netwerkcheck_app
from netwerkcheck.tui.bindings import translate_bindings
from netwerkcheck.tui.screens.history import store_error_text
from netwerkcheck.tui.screens.modals import TooSmallNotice
from netwerkcheck.tui.widgets.footer import Footer
from netwerkcheck.tui.widgets.scroll_body import ScrollBody

if TYPE_CHECKING:
    from netwerkcheck.tui.app import NetwerkcheckApp


class ForgetScreen(Screen[None]):
    app = netwerkcheck_app()
    BINDINGS = [
        Binding("ctrl+b", "back", "key.back", id="forget-back"),
        Binding("escape", "back", "key.back", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self)
        self._own_store: CheckStore | None = None

    # --- the store ------------------------------------------------------------------------

    def _root(self) -> Path:
        return self.app.data_dir or paths.data_dir()

    def _store(self) -> CheckStore | None:
        """The app's store, or (when saving is off this run) one opened just for this.
        None when nothing was ever saved, or the folder is in use elsewhere."""
        store = self.app.store
        if store is not None and store.is_open:
            return store
        if self._own_store is not None and self._own_store.is_open:
            return self._own_store
        if not self._root().exists() or not self.app.save_allowed:
            return None
        try:
            self._own_store = CheckStore(self._root())
        except StoreError:
            return None
        self._own_store.take_notices()
        return self._own_store

    @staticmethod
    def _client_checks(store: CheckStore) -> ClientChecks:
        """How many counsellor-session checks would go too (0 if they cannot be read)."""
        try:
            found = count_client_checks(store.list())
        except StoreError:
            return ClientChecks(0, 0)
        store.take_notices()
        return found

    def _release(self) -> None:
        if self._own_store is not None:
            self._own_store.close()
            self._own_store = None

    # --- screen ---------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        word = t("store.forget.word")
        store = self._store()
        yield TooSmallNotice()
        with ScrollBody(id="forget-body"):
            yield Static(t("fg.title"), id="forget-title", markup=False)
            if store is None:
                yield Static(t("store.forget.nothing"), markup=False, classes="prose")
            else:
                yield Static(
                    t("store.forget.what", count=len(store.ids()), path=str(self._root())),
                    markup=False,
                    classes="prose",
                )
                of_clients = self._client_checks(store)
                if of_clients.checks:
                    yield Static(
                        t(
                            "fg.clients_too",
                            checks=of_clients.checks,
                            clients=of_clients.clients,
                        ),
                        markup=False,
                        classes="prose",
                        id="forget-clients",
                    )
            yield Static(t("store.forget.limits"), markup=False, classes="prose privacy")
            # Counsellor data lives apart, sealed (store/vault.py): never deleted here.
            from netwerkcheck.store.vault import vault_exists

            if vault_exists(self._root()):
                yield Static(
                    t("fg.counsellor_separate"),
                    markup=False,
                    classes="prose",
                    id="forget-counsellor",
                )
            if store is not None:
                yield Static(t("fg.label", word=word), markup=False)
                yield Input(id="forget-word")
                yield Static("", id="forget-error", markup=False)
        with Horizontal(classes="buttons", id="nav"):
            if store is not None:
                yield Button(t("fg.button"), id="forget", variant="error", compact=True)
            yield Button(f"← {t('key.back')}", id="back", variant="primary", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        fields = self.query("#forget-word")
        (fields.first() if fields else self.query_one("#back")).focus()

    def on_unmount(self) -> None:
        self._release()

    @on(Input.Submitted, "#forget-word")
    @on(Button.Pressed, "#forget")
    async def forget(self) -> None:
        word = t("store.forget.word")
        field = self.query_one("#forget-word", Input)
        error = self.query_one("#forget-error", Static)
        if field.value.strip() != word:
            error.update(t("fg.wrong", word=word))
            field.value = ""
            field.focus()
            return
        store = self._store()
        if store is None:
            error.update(t("store.forget.nothing"))
            return
        try:
            store.forget_all()
        except StoreError as exc:
            error.update(t("fg.failed", reason=store_error_text(exc)))
            return
        for notice in store.take_notices():  # what was not netwerkcheck's, left alone
            self.app.notify(notice.message(), severity="warning", timeout=20, markup=False)
        self._release()
        self.app.call_later(after_forget, self.app)

    @on(Button.Pressed, "#back")
    def action_back(self) -> None:
        self.app.pop_screen()


async def after_forget(app: NetwerkcheckApp) -> None:
    """Saving off for this run, nothing left to resume, back to the welcome screen."""
    from netwerkcheck.tui.screens.welcome import WelcomeScreen

    autosave = app.autosave_if_loaded
    if autosave is not None:
        autosave.store = None  # a check still open is kept in memory only
    app.store = None
    app.saving = False
    app.resumable = None
    while len(app.screen_stack) > 2:
        await app.pop_screen()
    await app.switch_screen(WelcomeScreen())
    app.notify(t("fg.done"), markup=False, timeout=20)
