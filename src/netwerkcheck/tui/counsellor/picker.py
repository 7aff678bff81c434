"""Counsellor mode starts here: pick a client, make a new one (a pseudonym, never a
real name), or work without saving (the default while no client has been saved).

Reached only through the passphrase (tui/counsellor/lock.py). Each client's checks
are kept apart by the `client` field of the record, sealed in the vault
(store/vault.py). Choosing a client opens their timeline (timeline.py); exporting and
deleting one client's data are one button (or key) each. The picker opens on
'without saving' until a client has been saved, then on the new-client field, so a
stray Enter never opens anyone's data. Letters typed while the focus is elsewhere go
to the new-client field: a counsellor who types a pseudonym and presses Enter makes
that client (the letters never vanish, and never start a session without saving).
"""

from __future__ import annotations

import asyncio
import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content as Text
from textual.screen import Screen
from textual.widgets import Button, Input, OptionList, Static
from textual.widgets.option_list import Option

from netwerkcheck.cleantext import one_line
from netwerkcheck.i18n import get_lang, t
from netwerkcheck.store import paths
from netwerkcheck.tui.app import NetwerkcheckApp
from netwerkcheck.tui.appref import netwerkcheck_app
from netwerkcheck.tui.bindings import translate_bindings
from netwerkcheck.tui.counsellor.lock import passphrase_screen
from netwerkcheck.tui.screens.modals import ConfirmScreen, TooSmallNotice
from netwerkcheck.tui.widgets.footer import Footer
from netwerkcheck.tui.widgets.scroll_body import ScrollBody

if TYPE_CHECKING:
    from netwerkcheck.store import CheckRecord
    from netwerkcheck.store.clients import Client

# Start-up speed: this is counsellor mode's first screen, so it imports neither the store
# (pydantic) nor the report at module level; the client list is read after the first paint.
PSEUDONYM_MAX = 60  # as store.clients.PSEUDONYM_MAX (a test keeps them the same)


async def open_picker(app: NetwerkcheckApp) -> None:
    """The welcome screen's 'Counsellor' choice: the passphrase first, always."""
    app.counsellor = True
    if app.store is not None:  # the person's folder: counsellor mode uses its own
        app.store.close()
        app.store = None
    app.resumable = None
    app.refresh_bindings()
    await app.switch_screen(passphrase_screen(app))


async def start_session(
    app: NetwerkcheckApp, client: str | None, record: CheckRecord | None = None
) -> None:
    """Begin (or continue) a check with `client`; None means without saving. A new
    `record` that is not saved yet (a check started from last time's network) is
    saved at once, so the client's timeline shows it."""
    app.counsellor = True
    app.client = client
    if client is None:
        app.set_saving(False)
    else:
        app.set_saving(True)
        app.open_store()
    app.resumable = record
    await app.begin_check(resume=record is not None)
    fresh = record is None or (
        app.store is not None and record.id not in app.store.ids() and not record.finished
    )
    if client is not None and fresh:
        app.autosave.save()  # the new client (or check) is listed from now on
    if record is not None and record.finished:
        app.session.current = None
        app.session.finished = True
        await app.show_results()


def from_last_network(app: NetwerkcheckApp, client: Client) -> CheckRecord:
    """A new check for this client that starts with the network of their latest check
    that has one (the person's own answers are not copied, only the people)."""
    from netwerkcheck.engine.flow import network_question_id
    from netwerkcheck.engine.network import Network
    from netwerkcheck.store import new_record

    record = new_record(app.content.version, app.lang, client=client.name)
    net_q = network_question_id(app.content)
    if net_q is None:
        return record
    for earlier in client.records:
        value = earlier.answers.get(net_q)
        if isinstance(value, Network) and value.people:
            record.answers = {net_q: value}
            break
    return record


class ClientPickerScreen(Screen[None]):
    app = netwerkcheck_app()
    BINDINGS = [
        Binding("ctrl+n", "new_client", "counsellor.create", id="new-client"),
        Binding("ctrl+e", "export_client", "counsellor.export_short", id="export-client"),
        Binding("ctrl+d", "delete_client", "counsellor.delete_short", id="delete-client"),
        Binding("f7", "settings", "counsellor.settings", id="counsellor-settings"),
    ]

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self)
        self.clients: list[Client] = []
        self._listing = False  # the client list comes after the first paint

    def _has_saved(self) -> bool:
        # Nothing is written before a client is made: open the vault only if it exists.
        app = self.app
        return app.save_allowed and paths.vault_header(app.data_dir or paths.data_dir()).exists()

    def _load_clients(self) -> None:
        from netwerkcheck.store import StoreError
        from netwerkcheck.store.clients import list_clients

        app = self.app
        self.clients = []
        if self._has_saved() and app.open_store() and app.store is not None:
            try:
                self.clients = list_clients(app.store)
            except StoreError as exc:
                self.notify(exc.message(get_lang()), severity="warning", markup=False)
            # A sealed file that was changed is set aside (never read as garbage): say so.
            for notice in app.store.take_notices():
                self.notify(
                    notice.message(get_lang()), severity="warning", timeout=20, markup=False
                )

    def compose(self) -> ComposeResult:
        app = self.app
        # With the store open (pydantic loaded) the list is read at once; on the first
        # screen of counsellor mode it is read right after the first paint.
        self._listing = app.store is None and self._has_saved()
        if not self._listing:
            self._load_clients()
        yield TooSmallNotice()
        with ScrollBody(id="picker-body"):
            yield Static(t("counsellor.choose_client"), id="picker-title", markup=False)
            yield Static(t("counsellor.picker_intro"), markup=False, classes="prose")
            with Horizontal(classes="buttons"):
                yield Button(t("counsellor.without_saving"), id="nosave", compact=True)
                yield Button(t("counsellor.settings"), id="settings", compact=True)
            yield Static(t("counsellor.without_saving_hint"), markup=False, classes="prose muted")
            if not app.save_allowed:
                yield Static(t("counsellor.no_saving_here"), markup=False, classes="prose")
            else:
                yield Static(t("counsellor.pseudonym_hint"), markup=False, classes="privacy")
                with Horizontal(id="new-client-row"):
                    yield Input(
                        placeholder=t("counsellor.pseudonym_label"),
                        max_length=PSEUDONYM_MAX,
                        id="pseudonym",
                        # Letters typed elsewhere are added at its end (on_key): focusing
                        # it must not select what is there, or the next letter replaces it.
                        select_on_focus=False,
                    )
                    yield Button(t("counsellor.create"), id="create", compact=True)
                yield Static("", id="picker-error", markup=False)
                yield Static(t("counsellor.client_list"), classes="kind-title", markup=False)
                if self._listing:
                    yield Static(t("counsellor.looking_for_clients"), markup=False, classes="muted")
                elif self.clients:
                    yield OptionList(
                        *[
                            Option(Text(self._row(c)), id=str(i))
                            for i, c in enumerate(self.clients)
                        ],
                        id="clients",
                    )
                    with Horizontal(classes="buttons", id="client-actions"):
                        yield Button(
                            t("counsellor.open_client"), id="open", variant="primary", compact=True
                        )
                        yield Button(t("counsellor.new_check"), id="new-check", compact=True)
                        yield Button(t("counsellor.export_short"), id="export", compact=True)
                        yield Button(
                            t("counsellor.delete_short"), id="delete", variant="error", compact=True
                        )
                else:
                    yield Static(t("counsellor.no_clients"), markup=False, classes="muted")
        yield Footer()

    @staticmethod
    def _row(client: Client) -> str:
        unfinished = t("counsellor.client_row_unfinished") if client.unfinished else ""
        return t(
            "counsellor.client_row",
            name=one_line(client.name),  # never raw to the terminal (#17)
            count=len(client.records),
            date=client.latest.updated[:10],
            unfinished=unfinished,
        )

    def on_mount(self) -> None:
        self._focus_default()
        self.refresh_bindings()  # the client keys, once the list is known
        if self._listing and not self.app.exit_after_first_paint:
            self.call_after_refresh(self._list_after_first_paint)

    async def _list_after_first_paint(self) -> None:
        # Import the store off the event loop (the content loads in a thread meanwhile).
        await asyncio.to_thread(importlib.import_module, "netwerkcheck.store.clients")
        if not self.is_attached:
            return
        self._load_clients()
        self._listing = False
        # Keep what was typed and where the focus was (the list takes it only from the
        # default place), and show the list.
        typed = self.query("#pseudonym")
        value = typed.first(Input).value if typed else ""
        where = self.focused.id if self.focused is not None else None
        await self.recompose()
        if value:
            self.query_one("#pseudonym", Input).value = value
        if where in (None, "nosave") or not self.query(f"#{where}"):
            self._focus_default()
        else:
            self.query_one(f"#{where}").focus()
        self.refresh_bindings()

    def on_key(self, event: events.Key) -> None:
        """A letter typed outside the pseudonym field goes into it, at its end. Not a
        space: it starts no pseudonym, and elsewhere it may press something."""
        if not event.is_printable or event.character is None or event.character.isspace():
            return
        field = self._pseudonym_field()
        if field is None or self.focused is field:
            return
        event.stop()
        event.prevent_default()
        self._type_into(field, event.character)

    def on_paste(self, event: events.Paste) -> None:
        """Pasted text outside the pseudonym field goes into it too (its first line)."""
        field = self._pseudonym_field()
        lines = event.text.splitlines()
        if field is None or self.focused is field or not lines or not lines[0].strip():
            return
        event.stop()
        self._type_into(field, lines[0])

    def _pseudonym_field(self) -> Input | None:
        found = self.query("#pseudonym")
        return found.first(Input) if found else None

    @staticmethod
    def _type_into(field: Input, text: str) -> None:
        field.focus()
        field.cursor_position = len(field.value)  # after what is there: nothing selected
        field.insert_text_at_cursor(text)

    def _focus_default(self) -> None:
        # Without saving is the default until a client has been saved; after that the
        # new-client field, so a stray Enter never opens anyone's data.
        found = (self.query("#pseudonym") if self.clients else None) or self.query("#nosave")
        found.first().focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("export_client", "delete_client"):
            return bool(self.clients)
        if action == "new_client":
            return self.app.save_allowed
        return True

    def _selected(self) -> Client | None:
        found = self.query("#clients")
        if not found or not self.clients:
            return None
        index = found.first(OptionList).highlighted
        return self.clients[index] if index is not None and index < len(self.clients) else None

    def _start(self, client: str | None, record: CheckRecord | None = None) -> None:
        app = self.app
        app.call_later(start_session, app, client, record)

    # --- actions ------------------------------------------------------------------------

    @on(Button.Pressed, "#nosave")
    def without_saving(self) -> None:
        self._start(None)

    def action_new_client(self) -> None:
        found = self.query("#pseudonym")
        if found:
            found.first().focus()

    @on(Input.Submitted, "#pseudonym")
    @on(Button.Pressed, "#create")
    def create(self) -> None:
        from netwerkcheck.store.clients import clean_pseudonym, find_client

        app = self.app
        name = clean_pseudonym(self.query_one("#pseudonym", Input).value)
        error = self.query_one("#picker-error", Static)
        if not name:
            error.update(t("counsellor.pseudonym_empty"))
            return
        if app.store is not None and find_client(app.store, name) is not None:
            error.update(t("counsellor.pseudonym_taken"))
            return
        self._start(name)

    @on(OptionList.OptionSelected, "#clients")
    @on(Button.Pressed, "#open")
    def open_client(self) -> None:
        """The client's timeline: their checks, to open, compare or go on from."""
        from netwerkcheck.tui.counsellor.timeline import ClientScreen

        client = self._selected()
        if client is None:
            return
        self.app.call_later(self.app.switch_screen, ClientScreen(client))

    @on(Button.Pressed, "#settings")
    def action_settings(self) -> None:
        from netwerkcheck.tui.counsellor.settings import SettingsScreen

        self.app.push_screen(SettingsScreen())

    @on(Button.Pressed, "#new-check")
    def new_check(self) -> None:
        client = self._selected()
        if client is not None:
            self._start(client.name)

    @on(Button.Pressed, "#export")
    async def action_export_client(self) -> None:
        await self.app._loaded.wait()  # the export needs the content
        client = self._selected()
        if client is None:
            return

        def done(path: Path | None) -> None:
            if path is not None:
                self.notify(
                    t("counsellor.client_exported", path=str(path)), markup=False, timeout=15
                )

        from netwerkcheck.tui.counsellor.client_export import ClientExportScreen

        self.app.push_screen(ClientExportScreen(client, self.app), done)

    @on(Button.Pressed, "#delete")
    def action_delete_client(self) -> None:
        client = self._selected()
        if client is None:
            return

        async def done(yes: bool | None) -> None:
            if yes:
                await self._delete(client)

        self.app.push_screen(
            ConfirmScreen(
                t("counsellor.delete_client"),
                t("counsellor.delete_client_confirm", client=one_line(client.name)),
                t("counsellor.delete_yes"),
                t("counsellor.delete_no"),
            ),
            done,
        )

    async def _delete(self, client: Client) -> None:
        from netwerkcheck.store import AutoSave, StoreError
        from netwerkcheck.store.clients import delete_client

        app = self.app
        await app._loaded.wait()  # the session on hand exists once the content is loaded
        if app.store is None:
            return
        try:
            delete_client(app.store, client.name)
        except StoreError as exc:
            self.notify(exc.message(get_lang()), severity="error", markup=False, timeout=15)
            return
        if app.autosave.record.client is not None and app.autosave.record.client == client.name:
            # The session on hand belonged to this client: never write it back.
            app.autosave = AutoSave(None, app.autosave.record.model_copy(update={"client": None}))
            app.session.on_change = app.autosave
        self.notify(t("counsellor.client_deleted", client=one_line(client.name)), markup=False)
        await self.recompose()
        self._focus_default()
