"""The counsellor's settings: the conversation aid (scales) on or off, the idle time
after which the screen locks itself, and deleting all counsellor data in one step
(below Bewaren, last in the Tab order, and asked again before it is done).
Kept sealed in the vault (store/vault.py); without saving, for this session only."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalGroup
from textual.screen import ModalScreen
from textual.widgets import Button, RadioSet, Static

from netwerkcheck.i18n import get_lang, t, tn
from netwerkcheck.store import StoreError
from netwerkcheck.store.vault import IDLE_MINUTES_CHOICES, CounsellorSettings, VaultStore
from netwerkcheck.tui.appref import netwerkcheck_app
from netwerkcheck.tui.bindings import translate_bindings
from netwerkcheck.tui.screens.modals import ConfirmScreen, TooSmallNotice
from netwerkcheck.tui.widgets.marks import MarkedCheckbox, MarkedRadioButton
from netwerkcheck.tui.widgets.scroll_body import ScrollBody


class SettingsScreen(ModalScreen[None]):
    app = netwerkcheck_app()
    BINDINGS = [Binding("escape", "cancel", "counsellor.cancel")]

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self)

    def compose(self) -> ComposeResult:
        app = self.app
        current = app.settings
        minutes: list[float] = list(IDLE_MINUTES_CHOICES)
        if current.idle_minutes not in minutes:
            minutes = sorted({*minutes, current.idle_minutes})
        self.minutes = minutes
        yield TooSmallNotice()
        with Vertical(classes="dialog", id="settings-dialog"):
            yield Static(t("counsellor.settings_title"), classes="dialog-title", markup=False)
            # One scrolling body: the settings, Bewaren and Annuleren, and only then,
            # in a section of its own, the wipe. Tab goes in this order (Textual
            # follows the screen's order), so it reaches Bewaren before the wipe; the
            # wipe's long label does not fit in the button row at 60 columns.
            with ScrollBody(classes="dialog-body", id="settings-body"):
                if not app.save_allowed:
                    yield Static(t("counsellor.settings_not_saved"), markup=False, classes="muted")
                yield MarkedCheckbox(
                    t("counsellor.settings_scales"), current.scales_enabled, id="settings-scales"
                )
                yield Static(t("counsellor.settings_idle"), markup=False)
                with RadioSet(id="settings-idle"):
                    for n in minutes:
                        # "1 minuut", "5 minuten" (a fraction, set by hand, takes the plural)
                        count = int(n) if float(n).is_integer() else 2
                        label = tn("counsellor.settings_minutes", count, minutes=f"{n:g}")
                        yield MarkedRadioButton(label, value=n == current.idle_minutes)
                with Horizontal(classes="buttons", id="settings-buttons"):
                    yield Button(
                        t("counsellor.save"), id="settings-save", variant="primary", compact=True
                    )
                    yield Button(t("counsellor.cancel"), id="settings-cancel", compact=True)
                if isinstance(app.store, VaultStore):
                    with VerticalGroup(id="settings-danger"):
                        yield Static(
                            t("counsellor.settings_forget_hint"), markup=False, classes="muted"
                        )
                        yield Button(
                            t("counsellor.settings_forget"),
                            id="settings-forget",
                            variant="error",
                            compact=True,
                        )

    def on_mount(self) -> None:
        self.query_one("#settings-scales").focus()

    @on(Button.Pressed, "#settings-save")
    def save(self) -> None:
        app = self.app
        index = self.query_one("#settings-idle", RadioSet).pressed_index
        idle = self.minutes[index] if index >= 0 else app.settings.idle_minutes
        settings = CounsellorSettings(
            scales_enabled=self.query_one("#settings-scales", MarkedCheckbox).value,
            idle_minutes=idle,
        )
        app.settings = settings
        if app.save_allowed and app.open_store() and isinstance(app.store, VaultStore):
            try:
                app.store.save_settings(settings)
            except StoreError as exc:
                self.notify(exc.message(get_lang()), severity="error", markup=False)
                return
            self.notify(t("counsellor.settings_saved"), markup=False)
        self.dismiss(None)

    @on(Button.Pressed, "#settings-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#settings-forget")
    def forget(self) -> None:
        async def answered(yes: bool | None) -> None:
            if yes:
                await self._forget()

        self.app.push_screen(
            ConfirmScreen(
                t("counsellor.forget_confirm_title"),
                t("counsellor.forget_confirm"),
                t("counsellor.delete_yes"),
                t("counsellor.delete_no"),
            ),
            answered,
        )

    async def _forget(self) -> None:
        app = self.app
        store = app.store
        if not isinstance(store, VaultStore):
            return
        try:
            store.forget_all()
        except StoreError as exc:
            self.notify(exc.message(get_lang()), severity="error", markup=False, timeout=15)
            return
        app.store = None
        self.dismiss(None)
        app.notify(t("counsellor.forgotten"), markup=False)
        app.call_later(app.leave_counsellor)
