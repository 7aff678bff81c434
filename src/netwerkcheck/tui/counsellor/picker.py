"""Counsellor mode starts here: pick a client, make a new one (a pseudonym, never a
real name), or work without saving (the default while no client has been saved).

Each client's checks are kept apart by the `client` field of the record. Opening,
exporting and deleting one client's data are one button (or key) each.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content as Text
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from netwerkcheck.i18n import get_lang, t
from netwerkcheck.report.export import render, write_export
from netwerkcheck.store import AutoSave, CheckRecord, StoreError, paths
from netwerkcheck.store.clients import (
    PSEUDONYM_MAX,
    Client,
    clean_pseudonym,
    delete_client,
    find_client,
    list_clients,
)
from netwerkcheck.tui.app import NetwerkcheckApp
from netwerkcheck.tui.bindings import translate_bindings
from netwerkcheck.tui.counsellor.session import napp
from netwerkcheck.tui.screens.modals import TooSmallNotice


async def open_picker(app: App[None]) -> None:
    """The welcome screen's 'Counsellor' choice: counsellor mode from here on."""
    assert isinstance(app, NetwerkcheckApp)
    app.counsellor = True
    app.refresh_bindings()
    await app.switch_screen(ClientPickerScreen())


async def start_session(
    app: NetwerkcheckApp, client: str | None, record: CheckRecord | None = None
) -> None:
    """Begin (or continue) a check with `client`; None means without saving."""
    app.counsellor = True
    app.client = client
    if client is None:
        app.set_saving(False)
    else:
        app.set_saving(True)
        app.open_store()
    app.resumable = record
    await app.begin_check(resume=record is not None)
    if client is not None and record is None:
        app.autosave.save()  # the new client is listed from now on
    if record is not None and record.finished:
        app.session.current = None
        app.session.finished = True
        await app.show_results()


class ClientPickerScreen(Screen[None]):
    BINDINGS = [
        Binding("ctrl+n", "new_client", "counsellor.create", id="new-client"),
        Binding("ctrl+e", "export_client", "counsellor.export_short", id="export-client"),
        Binding("ctrl+d", "delete_client", "counsellor.delete_short", id="delete-client"),
    ]

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self)
        self.clients: list[Client] = []

    def _load_clients(self) -> None:
        app = napp(self)
        self.clients = []
        # Nothing is written before a client is made: open the folder only if it exists.
        exists = (app.data_dir or paths.data_dir()).exists()
        if app.save_allowed and exists and app.open_store() and app.store is not None:
            try:
                self.clients = list_clients(app.store)
            except StoreError as exc:
                self.notify(exc.message(get_lang()), severity="warning", markup=False)

    def compose(self) -> ComposeResult:
        app = napp(self)
        self._load_clients()
        yield TooSmallNotice()
        with VerticalScroll(id="picker-body"):
            yield Static(t("counsellor.choose_client"), id="picker-title", markup=False)
            yield Static(t("counsellor.picker_intro"), markup=False, classes="prose")
            with Horizontal(classes="buttons"):
                yield Button(t("counsellor.without_saving"), id="nosave", compact=True)
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
                    )
                    yield Button(t("counsellor.create"), id="create", compact=True)
                yield Static("", id="picker-error", markup=False)
                yield Static(t("counsellor.client_list"), classes="kind-title", markup=False)
                if self.clients:
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
            name=clean_pseudonym(client.name),  # never raw to the terminal (#17)
            count=len(client.records),
            date=client.latest.updated[:10],
            unfinished=unfinished,
        )

    def on_mount(self) -> None:
        self._focus_default()

    def _focus_default(self) -> None:
        # Without saving is the default until a client has been saved.
        found = self.query("#clients") or self.query("#nosave")
        found.first().focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("export_client", "delete_client"):
            return bool(self.clients)
        if action == "new_client":
            return napp(self).save_allowed
        return True

    def _selected(self) -> Client | None:
        found = self.query("#clients")
        if not found or not self.clients:
            return None
        index = found.first(OptionList).highlighted
        return self.clients[index] if index is not None and index < len(self.clients) else None

    def _start(self, client: str | None, record: CheckRecord | None = None) -> None:
        app = napp(self)
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
        app = napp(self)
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
        client = self._selected()
        if client is None:
            return
        record = client.unfinished or client.latest
        self._start(client.name, record)

    @on(Button.Pressed, "#new-check")
    def new_check(self) -> None:
        client = self._selected()
        if client is not None:
            self._start(client.name)

    @on(Button.Pressed, "#export")
    def action_export_client(self) -> None:
        client = self._selected()
        if client is None:
            return

        def done(path: Path | None) -> None:
            if path is not None:
                self.notify(
                    t("counsellor.client_exported", path=str(path)), markup=False, timeout=15
                )

        self.app.push_screen(ClientExportScreen(client), done)

    @on(Button.Pressed, "#delete")
    def action_delete_client(self) -> None:
        client = self._selected()
        if client is None:
            return

        async def done(yes: bool | None) -> None:
            if yes:
                await self._delete(client)

        self.app.push_screen(DeleteClientScreen(client.name), done)

    async def _delete(self, client: Client) -> None:
        app = napp(self)
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
        self.notify(t("counsellor.client_deleted", client=client.name), markup=False)
        await self.recompose()
        self._focus_default()


class DeleteClientScreen(ModalScreen[bool]):
    BINDINGS = [Binding("escape", "no", "counsellor.delete_no")]

    def __init__(self, client: str) -> None:
        super().__init__()
        translate_bindings(self)
        self.client = client

    def compose(self) -> ComposeResult:
        yield TooSmallNotice()
        with Vertical(classes="dialog"):
            yield Static(t("counsellor.delete_client"), classes="dialog-title", markup=False)
            yield Static(
                t("counsellor.delete_client_confirm", client=clean_pseudonym(self.client)),
                markup=False,
                classes="dialog-body",
            )
            with Horizontal(classes="buttons"):
                yield Button(t("counsellor.delete_no"), id="no", variant="primary")
                yield Button(t("counsellor.delete_yes"), id="yes", variant="error")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    @on(Button.Pressed, "#no")
    def action_no(self) -> None:
        self.dismiss(False)

    @on(Button.Pressed, "#yes")
    def yes(self) -> None:
        self.dismiss(True)


def client_export_text(client: Client, app: NetwerkcheckApp) -> str:
    """All checks of one client as one Markdown file, with the counsellor's notes."""
    lang = get_lang()
    texts = [
        render("md", record, app.content, lang, include_notes=True).rstrip()
        for record in client.records
    ]
    return "\n\n---\n\n".join(texts) + "\n"


def default_client_path(client: str) -> Path:
    safe = re.sub(r"[^0-9A-Za-z_-]+", "-", client).strip("-") or "client"
    return Path.home() / f"netwerkcheck-{safe}-{dt.date.today().isoformat()}.md"


class ClientExportScreen(ModalScreen[Path | None]):
    BINDINGS = [Binding("escape", "cancel", "export.cancel")]

    def __init__(self, client: Client) -> None:
        super().__init__()
        translate_bindings(self)
        self.client = client

    def compose(self) -> ComposeResult:
        yield TooSmallNotice()
        with Vertical(classes="dialog"):
            yield Static(
                t("counsellor.client_export_title", client=clean_pseudonym(self.client.name)),
                classes="dialog-title",
                markup=False,
            )
            yield Static(t("counsellor.client_export_intro"), markup=False, classes="prose")
            yield Static(t("export.path_label"), markup=False)
            yield Input(str(default_client_path(self.client.name)), id="client-path")
            yield Static("", id="client-export-error", markup=False)
            with Horizontal(classes="buttons"):
                yield Button(t("export.save"), id="client-save", variant="primary", compact=True)
                yield Button(t("export.cancel"), id="client-cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#client-path", Input).focus()

    @on(Input.Submitted, "#client-path")
    @on(Button.Pressed, "#client-save")
    def save(self) -> None:
        raw = self.query_one("#client-path", Input).value.strip()
        if not raw:
            return
        try:
            path = write_export(Path(raw), client_export_text(self.client, napp(self)))
        except StoreError as exc:
            self.query_one("#client-export-error", Static).update(exc.message(get_lang()))
            return
        self.dismiss(path)

    @on(Button.Pressed, "#client-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
