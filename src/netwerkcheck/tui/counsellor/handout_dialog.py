"""Export the client's handout: HTML to print or Markdown, to a path the counsellor
chooses (0600, nothing leaves the machine). Notes stay out unless ticked."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content as Text
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, RadioSet, Static

from netwerkcheck.content.loader import Content
from netwerkcheck.i18n import get_lang, t
from netwerkcheck.report.export import write_export
from netwerkcheck.store import CheckRecord, StoreError
from netwerkcheck.tui.bindings import translate_bindings
from netwerkcheck.tui.counsellor.handout_data import (
    HANDOUT_FORMATS,
    handout_text,
    suggestion_choices,
)
from netwerkcheck.tui.screens.modals import TooSmallNotice
from netwerkcheck.tui.widgets.marks import MarkedCheckbox, MarkedRadioButton, MarkedSelectionList


def default_handout_path(fmt: str) -> Path:
    return Path.home() / f"netwerkcheck-overdracht-{dt.date.today().isoformat()}.{fmt}"


class HandoutScreen(ModalScreen[Path | None]):
    """Dismisses with the written path, or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "export.cancel")]

    def __init__(self, record: CheckRecord, content: Content) -> None:
        super().__init__()
        translate_bindings(self)
        self.record = record
        self.content = content

    def compose(self) -> ComposeResult:
        lang = get_lang()
        choices = suggestion_choices(self.content, self.record, lang)
        yield TooSmallNotice()
        with Vertical(classes="dialog", id="handout-dialog"):
            yield Static(t("counsellor.handout"), classes="dialog-title", markup=False)
            with VerticalScroll(classes="dialog-body", id="handout-body"):
                yield Static(t("counsellor.handout_intro"), markup=False, classes="prose")
                with RadioSet(id="handout-format"):
                    for i, fmt in enumerate(HANDOUT_FORMATS):
                        yield MarkedRadioButton(
                            t(f"counsellor.handout_format.{fmt}"), value=i == 0, id=f"hfmt-{fmt}"
                        )
                yield Static(t("counsellor.handout_steps"), markup=False)
                if choices:
                    yield MarkedSelectionList(
                        *[(Text(title), sid) for sid, title in choices], id="steps"
                    )
                else:
                    yield Static(t("counsellor.handout_no_ideas"), markup=False, classes="muted")
                yield MarkedCheckbox(t("counsellor.include_notes"), False, id="include-notes")
                yield Static(t("export.path_label"), markup=False)
                yield Input(str(default_handout_path("html")), id="handout-path")
                yield Static("", id="handout-error", markup=False)
            with Horizontal(classes="buttons"):
                yield Button(t("export.save"), id="handout-save", variant="primary", compact=True)
                yield Button(t("export.cancel"), id="handout-cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#handout-format", RadioSet).focus()

    def _format(self) -> str:
        index = self.query_one("#handout-format", RadioSet).pressed_index
        return HANDOUT_FORMATS[index if index >= 0 else 0]

    @on(RadioSet.Changed, "#handout-format")
    def format_changed(self) -> None:
        field = self.query_one("#handout-path", Input)
        field.value = str(Path(field.value).expanduser().with_suffix(f".{self._format()}"))

    def _steps(self) -> list[str]:
        found = self.query(MarkedSelectionList)
        return list(found.first().selected) if found else []

    @on(Input.Submitted, "#handout-path")
    @on(Button.Pressed, "#handout-save")
    def save(self) -> None:
        raw = self.query_one("#handout-path", Input).value.strip()
        if not raw:
            return
        include = self.query_one("#include-notes", Checkbox).value
        text = handout_text(
            self._format(),
            self.record,
            self.content,
            get_lang(),
            include_notes=include,
            next_steps=self._steps(),
        )
        try:
            path = write_export(Path(raw), text)
        except StoreError as exc:
            self.query_one("#handout-error", Static).update(exc.message(get_lang()))
            return
        self.dismiss(path)

    @on(Button.Pressed, "#handout-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
