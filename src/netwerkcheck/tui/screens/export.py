"""Export the check, only on request, to a file the person chooses (0600, no network)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, RadioSet, Static

from netwerkcheck.content.loader import Content
from netwerkcheck.i18n import get_lang, t
from netwerkcheck.report.export import render, write_export
from netwerkcheck.store import CheckRecord, StoreError
from netwerkcheck.tui.bindings import translate_bindings
from netwerkcheck.tui.screens.modals import TooSmallNotice
from netwerkcheck.tui.widgets.marks import MarkedRadioButton

FORMATS = ("html", "md", "txt")


def default_path(fmt: str) -> Path:
    return Path.home() / f"netwerkcheck-{dt.date.today().isoformat()}.{fmt}"


class ExportScreen(ModalScreen[Path | None]):
    """Dismisses with the written path, or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "export.cancel")]

    def __init__(self, record: CheckRecord, content: Content) -> None:
        super().__init__()
        translate_bindings(self)
        self.record = record
        self.content = content

    def compose(self) -> ComposeResult:
        yield TooSmallNotice()
        with Vertical(classes="dialog"):
            yield Static(t("export.dialog_title"), classes="dialog-title", markup=False)
            yield Static(t("export.dialog_intro"), markup=False, classes="prose")
            with RadioSet(id="format"):
                for i, fmt in enumerate(FORMATS):
                    yield MarkedRadioButton(
                        t(f"export.format.{fmt}"), value=i == 0, id=f"fmt-{fmt}"
                    )
            yield Static(t("export.path_label"), markup=False)
            yield Input(str(default_path("html")), id="path")
            yield Static("", id="export-error", markup=False)
            with Horizontal(classes="buttons", id="nav"):
                yield Button(t("export.save"), id="save", variant="primary", compact=True)
                yield Button(t("export.cancel"), id="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#format", RadioSet).focus()

    def _format(self) -> str:
        index = self.query_one("#format", RadioSet).pressed_index
        return FORMATS[index if index >= 0 else 0]

    @on(RadioSet.Changed, "#format")
    def format_changed(self) -> None:
        field = self.query_one("#path", Input)
        current = Path(field.value).expanduser()
        field.value = str(current.with_suffix(f".{self._format()}"))

    @on(Input.Submitted, "#path")
    @on(Button.Pressed, "#save")
    def save(self) -> None:
        raw = self.query_one("#path", Input).value.strip()
        if not raw:
            return
        text = render(self._format(), self.record, self.content, get_lang())
        try:
            path = write_export(Path(raw), text)
        except StoreError as exc:
            self.query_one("#export-error", Static).update(exc.message(get_lang()))
            return
        self.dismiss(path)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
