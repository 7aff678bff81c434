"""Wat is er anders? Two checks side by side: the network pictures, the answers that
differ, and the suggestions now and then.

No scores and no judgement: the screen says what is different and leaves the
meaning to the person. The network pictures stand side by side on a wide terminal
and one above the other below WIDE columns.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.events import Resize
from textual.screen import Screen
from textual.widgets import Button, Static

from netwerkcheck.cleantext import one_line
from netwerkcheck.content import models as m
from netwerkcheck.content.loader import Content
from netwerkcheck.engine.compare import Comparison
from netwerkcheck.engine.network import Network
from netwerkcheck.i18n import get_lang, t
from netwerkcheck.report.compare_report import (
    answer_lines,
    compare_records,
    overview_lines,
    person_line,
    render_compare,
)
from netwerkcheck.store import CheckRecord
from netwerkcheck.tui.bindings import translate_bindings
from netwerkcheck.tui.screens.export import FileDialog
from netwerkcheck.tui.screens.history import check_date
from netwerkcheck.tui.screens.modals import TooSmallNotice
from netwerkcheck.tui.widgets.footer import Footer
from netwerkcheck.tui.widgets.scroll_body import ScrollBody

WIDE = 100


class CompareScreen(Screen[None]):
    BINDINGS = [
        Binding("ctrl+b", "back", "key.back", id="compare-back"),
        Binding("escape", "back", "key.back", show=False),
        Binding("ctrl+e", "export", "key.export", id="compare-export"),
    ]

    def __init__(self, then: CheckRecord, now: CheckRecord, content: Content) -> None:
        """`then` is the earlier check, `now` the later one; both are read with the
        content of this run (the questions as they are now)."""
        super().__init__()
        translate_bindings(self)
        self.then = then
        self.now = now
        self.content = content
        self.result: Comparison = compare_records(content, then, now, get_lang())

    def compose(self) -> ComposeResult:
        r = self.result
        then_date, now_date = check_date(self.then), check_date(self.now)
        yield TooSmallNotice()
        with ScrollBody(id="compare-body"):
            yield Static(t("cmp.title"), id="compare-title", markup=False)
            yield Static(
                t("cmp.intro", then=then_date, now=now_date), markup=False, classes="prose"
            )
            if not r.same_content:
                yield Static(
                    t(
                        "cmp.other_content",
                        then=self.then.content_version,
                        now=self.now.content_version,
                    ),
                    markup=False,
                    classes="prose note",
                    id="compare-other-content",
                )
            yield Static(t("ov.title"), classes="kind-title", markup=False)
            yield Static(
                "\n".join(
                    f"• {line}" for line in overview_lines(self.result, self.content, get_lang())
                ),
                markup=False,
                classes="said",
                id="compare-overview",
            )
            yield from self._network_part(then_date, now_date)
            yield from self._answers_part()
            yield from self._suggestions_part()
        with Horizontal(classes="buttons", id="nav"):
            yield Button(f"← {t('key.back')}", id="back", variant="primary", compact=True)
            yield Button(t("key.export"), id="export", compact=True)
        yield Footer()

    def _network_part(self, then_date: str, now_date: str) -> ComposeResult:
        r = self.result
        yield Static(t("cmp.network"), classes="kind-title", markup=False)
        if r.then_network is None and r.now_network is None:
            yield Static(t("cmp.no_network"), markup=False, classes="prose")
            return
        from netwerkcheck.tui.widgets.network_map import NetworkMap

        lang = get_lang()
        with Horizontal(id="compare-maps"):
            with Vertical(classes="map-col"):
                yield Static(t("cmp.then", date=then_date), markup=False, classes="map-label")
                yield NetworkMap(r.then_network or Network(), lang, id="map-then")
            with Vertical(classes="map-col"):
                yield Static(t("cmp.now", date=now_date), markup=False, classes="map-label")
                yield NetworkMap(r.now_network or Network(), lang, id="map-now")
        if r.people:
            for change in r.people:
                yield Static(
                    f"• {one_line(person_line(change, get_lang()))}",
                    markup=False,
                    classes="change-line",
                )
        else:
            yield Static(t("cmp.people_same"), markup=False, classes="change-line")

    def _answers_part(self) -> ComposeResult:
        yield Static(t("cmp.answers"), classes="kind-title", markup=False)
        if not self.result.answers:
            yield Static(t("cmp.answers_same"), markup=False, classes="said")
            return
        for line in answer_lines(self.result, get_lang()):
            yield Static(
                f"{line.question}\n  {t('cmp.was', answer=line.then)}\n"
                f"  → {t('cmp.is', answer=line.now)}",
                markup=False,
                classes="said change",
            )

    def _suggestions_part(self) -> ComposeResult:
        r = self.result
        lang = get_lang()
        yield Static(t("cmp.suggestions"), classes="kind-title", markup=False)
        groups: list[tuple[str, tuple[m.Suggestion, ...]]] = [
            ("new", r.suggestions_new),
            ("gone", r.suggestions_gone),
            ("still", r.suggestions_still),
        ]
        if not any(items for _, items in groups):
            yield Static(t("cmp.sugg.none"), markup=False, classes="said")
            return
        for key, items in groups:
            if not items:
                continue
            lines = "\n".join(f"• {s.title.get(lang)}" for s in items)
            yield Static(
                f"{t(f'cmp.sugg.{key}')}\n{lines}",
                markup=False,
                classes=f"said sugg-{key}",
                id=f"sugg-{key}",
            )

    def on_mount(self) -> None:
        self._fit(self.app.size.width)
        body = self.query_one("#compare-body", ScrollBody)
        body.focus()
        body.scroll_home(animate=False)

    def on_resize(self, event: Resize) -> None:
        self._fit(event.size.width)

    def _fit(self, width: int) -> None:
        self.set_class(width < WIDE, "-stacked")

    @on(Button.Pressed, "#back")
    def action_back(self) -> None:
        self.app.pop_screen()

    @on(Button.Pressed, "#export")
    def action_export(self) -> None:
        def done(path: object) -> None:
            if path is not None:
                self.notify(t("export.saved_to", path=str(path)), markup=False, timeout=15)

        self.app.push_screen(CompareExportScreen(self.then, self.now, self.content), done)


class CompareExportScreen(FileDialog):
    """The comparison as a file: Markdown, plain text or self-contained HTML."""

    STEM = "netwerkcheck-vergelijking"
    INTRO_KEY = "cmp.export_intro"

    def __init__(self, then: CheckRecord, now: CheckRecord, content: Content) -> None:
        super().__init__(now, content)
        self.then = then

    def render_text(self, fmt: str) -> str:
        return render_compare(
            fmt,
            self.content,
            self.then,
            self.record,
            get_lang(),
            check_date(self.then),
            check_date(self.record),
        )
