"""One client's timeline: every check, newest first. Open any (an unfinished one goes
on where it stopped), compare any two (the person's compare screen), or start a new
check from the network of last time.

The list opens with nothing acted on: Enter or Space only marks a row for comparing;
opening is the button (or Ctrl+O), so a stray key never opens a check.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content as Text
from textual.screen import Screen
from textual.widgets import Button, SelectionList, Static

from netwerkcheck.i18n import t
from netwerkcheck.store import CheckRecord
from netwerkcheck.store.clients import Client, find_client
from netwerkcheck.tui.appref import netwerkcheck_app
from netwerkcheck.tui.bindings import translate_bindings
from netwerkcheck.tui.screens.modals import TooSmallNotice
from netwerkcheck.tui.widgets.footer import Footer
from netwerkcheck.tui.widgets.marks import MarkedSelectionList
from netwerkcheck.tui.widgets.scroll_body import ScrollBody


class ClientScreen(Screen[None]):
    app = netwerkcheck_app()
    BINDINGS = [
        Binding("ctrl+o", "open_check", "counsellor.timeline_open", id="timeline-open"),
        Binding("ctrl+r", "compare", "counsellor.timeline_compare", id="timeline-compare"),
        Binding("ctrl+n", "from_last", "counsellor.new_check", id="timeline-new"),
        Binding("escape", "back", "counsellor.timeline_back", id="timeline-back"),
    ]

    def __init__(self, client: Client) -> None:
        super().__init__()
        translate_bindings(self)
        self.client = client
        self._marked: list[str] = []

    @property
    def records(self) -> tuple[CheckRecord, ...]:
        return self.client.records

    def _row(self, record: CheckRecord) -> Text:
        from netwerkcheck.tui.screens.history import check_date

        state = t("history.finished" if record.finished else "history.unfinished")
        return Text(f"{check_date(record)}  ({state})")

    def compose(self) -> ComposeResult:
        yield TooSmallNotice()
        with ScrollBody(id="timeline-body"):
            yield Static(
                t("counsellor.timeline_title", name=self.client.name),
                id="timeline-title",
                markup=False,
            )
            yield Static(t("counsellor.timeline_compare_hint"), markup=False, classes="muted")
            yield Static(t("counsellor.timeline_from_last"), markup=False, classes="muted")
            yield MarkedSelectionList(
                *[(self._row(r), r.id, False) for r in self.records], id="timeline"
            )
        with Horizontal(classes="buttons", id="nav"):
            yield Button(t("counsellor.timeline_open"), id="timeline-open", compact=True)
            yield Button(t("counsellor.timeline_compare"), id="timeline-compare", compact=True)
            yield Button(
                t("counsellor.new_check"), id="timeline-new", variant="primary", compact=True
            )
            yield Button(f"← {t('key.back')}", id="timeline-back", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = t("counsellor.client_in_hand", name=self.client.name)
        self.query_one("#timeline", SelectionList).focus()

    def _highlighted(self) -> CheckRecord | None:
        widget = self.query_one("#timeline", SelectionList)
        if widget.highlighted is None:
            return None
        value = widget.get_option_at_index(widget.highlighted).value
        return next((r for r in self.records if r.id == value), None)

    @on(SelectionList.SelectionToggled, "#timeline")
    def _toggled(self, event: SelectionList.SelectionToggled[str]) -> None:
        value = event.selection.value
        if value in event.selection_list.selected:
            self._marked.append(value)
            while len(self._marked) > 2:
                event.selection_list.deselect(self._marked.pop(0))
        elif value in self._marked:
            self._marked.remove(value)

    @on(Button.Pressed, "#timeline-open")
    def action_open_check(self) -> None:
        from netwerkcheck.tui.counsellor.picker import start_session

        record = self._highlighted()
        if record is not None:
            app = self.app
            app.call_later(start_session, app, self.client.name, record)

    @on(Button.Pressed, "#timeline-compare")
    def action_compare(self) -> None:
        from netwerkcheck.tui.screens.compare import CompareScreen

        chosen = [r for r in self.records if r.id in self._marked]
        if len(chosen) != 2:
            self.notify(t("counsellor.timeline_pick_two"), markup=False, timeout=8)
            return
        then, now = sorted(chosen, key=lambda r: (r.updated, r.created, r.id))
        self.app.push_screen(CompareScreen(then, now, self.app.content))

    @on(Button.Pressed, "#timeline-new")
    def action_from_last(self) -> None:
        from netwerkcheck.tui.counsellor.picker import from_last_network, start_session

        app = self.app
        found = find_client(app.store, self.client.name) if app.store is not None else None
        record = from_last_network(app, found or self.client)
        app.call_later(start_session, app, self.client.name, record)

    @on(Button.Pressed, "#timeline-back")
    def action_back(self) -> None:
        from netwerkcheck.tui.counsellor.picker import ClientPickerScreen

        self.app.call_later(self.app.switch_screen, ClientPickerScreen())
