"""Save a file the person asked for, to a path they choose (0600, no network).

One dialog for every file the app writes: the export of a check, and (subclassed)
the counsellor's handout. Subclasses add fields and say how the text is made.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button, Input, RadioSet, Static

from netwerkcheck.content.loader import Content
from netwerkcheck.i18n import get_lang, t
from netwerkcheck.report.export import render, write_export
from netwerkcheck.store import CheckRecord, StoreError
from netwerkcheck.tui.bindings import translate_bindings
from netwerkcheck.tui.screens.modals import ConfirmScreen, TooSmallNotice
from netwerkcheck.tui.widgets.marks import MarkedRadioButton
from netwerkcheck.tui.widgets.scroll_body import ScrollBody

FORMATS = ("html", "md", "txt")
MIME_TYPES = {"html": "text/html", "md": "text/markdown", "txt": "text/plain"}


EXTENSION_ALIASES = {"htm": "html", "markdown": "md", "text": "txt"}


def slug(text: str, limit: int = 40) -> str:
    """A pseudonym as a safe piece of a file name: ASCII letters, digits, - and _."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^0-9A-Za-z_]+", "-", ascii_text).strip("-_").lower()[:limit].strip("-_")


def default_path(fmt: str, stem: str = "netwerkcheck", client: str | None = None) -> Path:
    """<home>/<stem>[-<pseudonym>]-<date>.<fmt>: one client's file never takes the
    name of another's."""
    who = slug(client) if client else ""
    parts = [stem, *([who] if who else []), dt.date.today().isoformat()]
    return Path.home() / f"{'-'.join(parts)}.{fmt}"


def format_of(path: Path, formats: tuple[str, ...]) -> str | None:
    """The format a file name asks for by its ending ('' when it has none), or None
    when the ending is not one of `formats`."""
    ext = path.suffix.lower().lstrip(".")
    if not ext:
        return ""
    ext = EXTENSION_ALIASES.get(ext, ext)
    return ext if ext in formats else None


class FileDialog(ModalScreen[Path | None]):
    """Choose a format and a path, then write. Dismisses with the path, or None."""

    BINDINGS = [Binding("escape", "cancel", "export.cancel")]
    FORMATS: tuple[str, ...] = FORMATS
    FORMAT_LABEL = "export.format.{fmt}"
    TITLE_KEY = "export.dialog_title"
    INTRO_KEY = "export.dialog_intro"
    STEM = "netwerkcheck"
    PREFIX = ""  # widget ids are PREFIX + format/path/save/cancel/error

    def __init__(self, record: CheckRecord, content: Content) -> None:
        super().__init__()
        translate_bindings(self)
        self.record = record
        self.content = content

    def _wid(self, name: str) -> str:
        return f"{self.PREFIX}{name}"

    def title_text(self) -> str:
        return t(self.TITLE_KEY)

    def default_path(self, fmt: str) -> Path:
        return default_path(fmt, self.STEM, self.record.client)

    def extra_fields(self) -> list[Widget]:
        """Fields between the format and the path (none for a plain export)."""
        return []

    def render_text(self, fmt: str) -> str:
        return render(fmt, self.record, self.content, get_lang())

    def compose(self) -> ComposeResult:
        yield TooSmallNotice()
        with Vertical(classes="dialog", id=self._wid("dialog")):
            yield Static(self.title_text(), classes="dialog-title", markup=False)
            with ScrollBody(classes="dialog-body", id=self._wid("body")):
                yield Static(t(self.INTRO_KEY), markup=False, classes="prose")
                with RadioSet(id=self._wid("format")):
                    for i, fmt in enumerate(self.FORMATS):
                        yield MarkedRadioButton(
                            t(self.FORMAT_LABEL.format(fmt=fmt)), value=i == 0, id=f"fmt-{fmt}"
                        )
                yield from self.extra_fields()
                if self.app.is_web:  # `netwerkcheck serve`: a download, not a path
                    yield Static(t("serve.download_hint"), markup=False, classes="muted")
                else:
                    yield Static(t("export.path_label"), markup=False)
                    yield Input(str(self.default_path(self.FORMATS[0])), id=self._wid("path"))
                yield Static("", id=self._wid("error"), markup=False)
            with Horizontal(classes="buttons", id="nav"):
                yield Button(
                    t("serve.download" if self.app.is_web else "export.save"),
                    id=self._wid("save"),
                    variant="primary",
                    compact=True,
                )
                yield Button(t("export.cancel"), id=self._wid("cancel"), compact=True)

    def on_mount(self) -> None:
        self.query_one(RadioSet).focus()

    def _format(self) -> str:
        index = self.query_one(RadioSet).pressed_index
        return self.FORMATS[index if index >= 0 else 0]

    @on(RadioSet.Changed)
    def format_changed(self) -> None:
        if self.app.is_web:
            return
        field = self.query_one(f"#{self._wid('path')}", Input)
        field.value = str(Path(field.value).expanduser().with_suffix(f".{self._format()}"))

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        if event.input.id == self._wid("path"):
            self.save()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        if event.button.id == self._wid("save"):
            self.save()
        elif event.button.id == self._wid("cancel"):
            self.action_cancel()

    def _error(self, text: str) -> None:
        self.query_one(f"#{self._wid('error')}", Static).update(text)

    def save(self) -> None:
        """Write the file; the format follows the name's ending (an unknown ending is
        refused), and a file that is already there is replaced only after asking."""
        if self.app.is_web:
            self.deliver()
            return
        raw = self.query_one(f"#{self._wid('path')}", Input).value.strip()
        if not raw:
            return
        path = Path(raw).expanduser()
        fmt = format_of(path, self.FORMATS)
        if fmt is None:
            known = ", ".join(f".{f}" for f in self.FORMATS)
            self._error(t("file.unknown_ext", ext=path.suffix, known=known))
            return
        if not fmt:
            fmt = self._format()
            path = path.with_name(f"{path.name}.{fmt}")
        if path.is_dir():
            self._error(t("file.exists_body", path=str(path)))
            return
        if not (path.exists() or path.is_symlink()):
            self._write(path, fmt)
            return

        def answered(replace: bool | None) -> None:
            if replace:
                self._write(path, fmt, replace=True)
            else:
                self.query_one(f"#{self._wid('path')}", Input).focus()

        self.app.push_screen(
            ConfirmScreen(
                t("file.exists_title"),
                t("file.exists_body", path=str(path)),
                t("file.replace"),
                t("file.keep"),
            ),
            answered,
        )

    def _write(self, path: Path, fmt: str, replace: bool = False) -> None:
        try:  # store.atomic.write_new_file: a regular file only, replaced only when asked
            written = write_export(path, self.render_text(fmt), replace=replace)
        except StoreError as exc:
            self._error(exc.message(get_lang()))
            return
        self.dismiss(written)

    def deliver(self) -> None:
        """Under `netwerkcheck serve`: hand the file to the browser as a download
        (textual-serve fetches it from the app over its pipe; nothing is written here)."""
        fmt = self._format()
        name = self.default_path(fmt).name
        self.app.deliver_text(
            io.StringIO(self.render_text(fmt)),
            save_filename=name,
            encoding="utf-8",
            mime_type=MIME_TYPES.get(fmt, "text/plain"),
        )
        self.app.notify(t("serve.delivered", name=name), markup=False, timeout=15)
        self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ExportScreen(FileDialog):
    """The export of a check: Markdown, plain text or self-contained HTML."""
