"""Earlier checks: view one (its results, read-only), export it, delete it, compare two,
or forget everything.

Only the person's own checks are listed (no client): on a shared office computer the
checks of counsellor sessions, and their pseudonyms, stay in counsellor mode, which
lists them per client in its picker.

The screen sits on top of the screen it was opened from (welcome or results); Back
returns there. It reads the app's store and never writes a check: the only changes
it makes are deleting, each after a confirmation.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Button, SelectionList, Static

from netwerkcheck.i18n import get_lang, t
from netwerkcheck.store import CheckRecord, CheckStore, SaveError, StoreError, paths
from netwerkcheck.store.clients import own_checks
from netwerkcheck.tui.appref import netwerkcheck_app
from netwerkcheck.tui.bindings import translate_bindings
from netwerkcheck.tui.screens.modals import ConfirmScreen, TooSmallNotice
from netwerkcheck.tui.widgets.footer import Footer
from netwerkcheck.tui.widgets.marks import MarkedSelectionList

if TYPE_CHECKING:
    from netwerkcheck.tui.app import NetwerkcheckApp


def check_date(record: CheckRecord) -> str:
    """When the check was last changed, in local time: '2026-03-01 14:05'."""
    try:
        return datetime.fromisoformat(record.updated).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return record.updated[:16]


def store_error_text(exc: StoreError) -> str:
    """A short reason for a failed delete: the disk's reason, or the store's message."""
    if isinstance(exc, SaveError):
        return t(f"store.reason.{exc.reason}")
    return exc.message(get_lang())


def app_store(app: NetwerkcheckApp) -> CheckStore | None:
    """The app's open store, opened now if saving is on and something was saved
    before. None when saving is off or nothing was ever saved: a first run that
    only looks at the history writes nothing."""
    if not app.saving:
        return None
    if app.store is not None:
        return app.store
    data_dir = app.data_dir or paths.data_dir()
    if not data_dir.exists():
        return None
    if not app.open_store():
        return None
    return app.store


class HistoryList(MarkedSelectionList):
    """The saved checks. Space marks one for comparing (at most two stay marked);
    Enter opens the highlighted one."""

    BINDINGS = [Binding("enter", "open_highlighted", "hist.key.view", show=False)]

    class Open(Message):
        def __init__(self, check_id: str) -> None:
            super().__init__()
            self.check_id = check_id

    def action_open_highlighted(self) -> None:
        if self.highlighted is not None:
            value = self.get_option_at_index(self.highlighted).value
            self.post_message(self.Open(value))


class HistoryScreen(Screen[None]):
    app = netwerkcheck_app()
    BINDINGS = [
        Binding("ctrl+b", "back", "key.back", id="history-back"),
        Binding("escape", "back", "key.back", show=False),
        Binding("ctrl+r", "compare", "hist.key.compare", id="history-compare"),
        Binding("ctrl+e", "export", "key.export", id="history-export"),
        Binding("ctrl+d", "delete", "hist.key.delete", id="history-delete"),
        Binding("delete", "delete", "hist.key.delete", show=False),
        Binding("ctrl+f", "forget", "hist.key.forget", id="history-forget"),
    ]

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self)
        self.records: list[CheckRecord] = []
        self._marked: list[str] = []  # in the order they were marked

    # --- building -------------------------------------------------------------------------

    def _load(self) -> str | None:
        """Fill `records`; return a message to show instead of a list, or None."""
        self.records = []
        if not self.app.saving:
            return t("hist.saving_off")
        store = app_store(self.app)
        if store is None:
            return t("hist.nothing")
        try:
            everything = store.list()
        except StoreError as exc:
            return exc.message(get_lang())
        self.records = own_checks(everything)
        for notice in store.take_notices():
            self.notify(notice.message(get_lang()), severity="warning", timeout=20, markup=False)
        if self.records:
            return None
        return t("hist.nothing_own" if everything else "hist.nothing")

    def _row(self, record: CheckRecord) -> Text:
        state = t("history.finished" if record.finished else "history.unfinished")
        from netwerkcheck.report.plan import history_facts

        facts = history_facts(record, self.app.content_if_loaded, get_lang())
        # No content version here ('inhoud 2026.11.0' is jargon to the person, seen in a
        # walk): comparing two checks says in words when the questions changed between
        # them, and exports and `netwerkcheck history` keep the version.
        state = " · ".join([state, *facts])
        row = t("hist.row", date=check_date(record), state=state)
        autosave = self.app.autosave_if_loaded
        if autosave is not None and autosave.saving and autosave.record.id == record.id:
            row += "  " + t("hist.row_open")
        return Text(row)  # plain Text: a pseudonym is never read as markup

    def compose(self) -> ComposeResult:
        message = self._load()
        self._marked = [m for m in self._marked if any(r.id == m for r in self.records)]
        yield TooSmallNotice()
        with Vertical(id="history-body"):
            yield Static(t("hist.title"), id="history-title", markup=False)
            if message is not None:
                yield Static(message, markup=False, classes="prose", id="history-message")
            else:
                yield Static(t("hist.intro"), markup=False, classes="prose")
                yield HistoryList(
                    *[(self._row(r), r.id, r.id in self._marked) for r in self.records],
                    id="history-list",
                )
        with Horizontal(classes="buttons", id="nav"):
            if self.records:
                yield Button(t("hist.key.view"), id="view", variant="primary", compact=True)
                yield Button(t("hist.key.compare"), id="compare", compact=True)
                yield Button(t("key.export"), id="export", compact=True)
                yield Button(t("hist.key.delete"), id="delete", compact=True)
            yield Button(t("hist.key.forget"), id="forget", compact=True)
            yield Button(f"← {t('key.back')}", id="back", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        self._focus_first()

    def _focus_first(self) -> None:
        lists = self.query(HistoryList)
        if lists:
            lists.first().focus()
        else:
            self.query_one("#back", Button).focus()

    async def _reload(self) -> None:
        await self.recompose()
        self._focus_first()

    # --- which check ----------------------------------------------------------------------

    def _highlighted(self) -> CheckRecord | None:
        lists = self.query(HistoryList)
        if not lists or lists.first().highlighted is None:
            return None
        widget = lists.first()
        assert widget.highlighted is not None
        check_id = widget.get_option_at_index(widget.highlighted).value
        return self._record(check_id)

    def _record(self, check_id: str) -> CheckRecord | None:
        return next((r for r in self.records if r.id == check_id), None)

    @on(SelectionList.SelectionToggled, "#history-list")
    def _toggled(self, event: SelectionList.SelectionToggled[str]) -> None:
        value = event.selection.value
        if value in event.selection_list.selected:
            self._marked.append(value)
            while len(self._marked) > 2:  # keep the two marked last
                event.selection_list.deselect(self._marked.pop(0))
        elif value in self._marked:
            self._marked.remove(value)

    # --- actions --------------------------------------------------------------------------

    @on(HistoryList.Open)
    def _open(self, event: HistoryList.Open) -> None:
        record = self._record(event.check_id)
        if record is not None:
            self.app.call_later(self.app.open_saved, record)

    @on(Button.Pressed, "#view")
    def view(self) -> None:
        record = self._highlighted()
        if record is not None:
            self.app.call_later(self.app.open_saved, record)

    @on(Button.Pressed, "#compare")
    def action_compare(self) -> None:
        chosen = [r for r in (self._record(i) for i in self._marked) if r is not None]
        if len(chosen) != 2:
            self.notify(t("hist.pick_two"), markup=False, timeout=8)
            return
        from netwerkcheck.tui.screens.compare import CompareScreen

        then, now = sorted(chosen, key=lambda r: (r.updated, r.created, r.id))
        self.app.push_screen(CompareScreen(then, now, self.app.content))

    @on(Button.Pressed, "#export")
    def action_export(self) -> None:
        record = self._highlighted()
        if record is None:
            return
        from netwerkcheck.tui.screens.export import ExportScreen

        def done(path: object) -> None:
            if path is not None:
                self.notify(t("export.saved_to", path=str(path)), markup=False, timeout=15)

        self.app.push_screen(ExportScreen(record, self.app.content), done)

    @on(Button.Pressed, "#delete")
    def action_delete(self) -> None:
        record = self._highlighted()
        if record is None:
            return

        async def done(yes: bool | None) -> None:
            if yes:
                await self._delete(record)

        self.app.push_screen(
            ConfirmScreen(
                t("hist.delete.title"),
                t("hist.delete.body", date=check_date(record)),
                yes=t("hist.delete.yes"),
                no=t("hist.delete.no"),
            ),
            done,
        )

    async def _delete(self, record: CheckRecord) -> None:
        app = self.app
        store = app_store(app)
        if store is None:
            return
        try:
            store.delete(record.id)
        except StoreError as exc:
            self.notify(
                t("hist.delete_failed", reason=store_error_text(exc)),
                severity="error",
                timeout=15,
                markup=False,
            )
            return
        self.notify(t("hist.deleted", date=check_date(record)), markup=False, timeout=8)
        autosave = app.autosave_if_loaded
        if autosave is not None and autosave.record.id == record.id and autosave.store:
            autosave.store = None  # do not bring it back with the next answer
            self.notify(t("hist.deleted_open"), markup=False, timeout=15)
        resumable = app.resumable
        if resumable is not None and resumable.id == record.id:
            app.resumable = store.latest_unfinished()
        await self._reload()

    @on(Button.Pressed, "#forget")
    def action_forget(self) -> None:
        from netwerkcheck.tui.screens.forget import ForgetScreen

        self.app.push_screen(ForgetScreen())

    @on(Button.Pressed, "#back")
    def action_back(self) -> None:
        self.app.call_later(back_from_history, self.app)


async def back_from_history(app: NetwerkcheckApp) -> None:
    """Close the history and show the welcome screen below it again with what is
    saved now (its resume line and buttons depend on it)."""
    from netwerkcheck.tui.screens.welcome import WelcomeScreen

    await app.pop_screen()
    screen = app.screen
    if isinstance(screen, WelcomeScreen):
        await screen.recompose()
        first = screen.query("#resume") or screen.query("#start")
        if first:
            first.first().focus()
