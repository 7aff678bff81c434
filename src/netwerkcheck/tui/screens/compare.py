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
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.events import Resize
from textual.screen import Screen
from textual.widgets import Button, Footer, Static

from netwerkcheck.cleantext import one_line
from netwerkcheck.content import models as m
from netwerkcheck.content.loader import Content
from netwerkcheck.engine.compare import Comparison, PersonChange, compare
from netwerkcheck.engine.network import Network, circle_label
from netwerkcheck.i18n import get_lang, t
from netwerkcheck.store import CheckRecord
from netwerkcheck.tui.bindings import translate_bindings
from netwerkcheck.tui.screens.history import check_date
from netwerkcheck.tui.screens.modals import TooSmallNotice

WIDE = 100


def person_line(change: PersonChange) -> str:
    lang = get_lang()
    if change.kind == "moved":
        assert change.then_circle is not None and change.now_circle is not None
        return t(
            "cmp.person.moved",
            name=change.name,
            then=circle_label(change.then_circle, lang).lower(),
            now=circle_label(change.now_circle, lang).lower(),
        )
    circle = change.now_circle if change.kind == "added" else change.then_circle
    assert circle is not None
    return t(
        f"cmp.person.{change.kind}", name=change.name, circle=circle_label(circle, lang).lower()
    )


class CompareScreen(Screen[None]):
    BINDINGS = [
        Binding("ctrl+b", "back", "key.back", id="compare-back"),
        Binding("escape", "back", "key.back", show=False),
    ]

    def __init__(self, then: CheckRecord, now: CheckRecord, content: Content) -> None:
        """`then` is the earlier check, `now` the later one; both are read with the
        content of this run (the questions as they are now)."""
        super().__init__()
        translate_bindings(self)
        self.then = then
        self.now = now
        self.content = content
        self.result: Comparison = compare(
            content,
            then.engine_answers(),
            now.engine_answers(),
            get_lang(),
            same_content=then.content_version == now.content_version,
        )

    def compose(self) -> ComposeResult:
        r = self.result
        then_date, now_date = check_date(self.then), check_date(self.now)
        yield TooSmallNotice()
        with VerticalScroll(id="compare-body"):
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
            yield from self._network_part(then_date, now_date)
            yield from self._answers_part()
            yield from self._suggestions_part()
        with Horizontal(classes="buttons", id="nav"):
            yield Button(f"← {t('key.back')}", id="back", variant="primary", compact=True)
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
                    f"• {one_line(person_line(change))}", markup=False, classes="change-line"
                )
        else:
            yield Static(t("cmp.people_same"), markup=False, classes="change-line")

    def _answers_part(self) -> ComposeResult:
        yield Static(t("cmp.answers"), classes="kind-title", markup=False)
        if not self.result.answers:
            yield Static(t("cmp.answers_same"), markup=False, classes="said")
            return
        none = t("cmp.not_answered")
        for change in self.result.answers:
            question = (
                change.question
                if change.known
                else t("cmp.unknown_question", id=change.question_id)
            )
            was = ", ".join(change.then) or none
            now = ", ".join(change.now) or none
            yield Static(
                f"{question}\n  {t('cmp.was', answer=was)}\n  → {t('cmp.is', answer=now)}",
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
        body = self.query_one("#compare-body", VerticalScroll)
        body.focus()
        body.scroll_home(animate=False)

    def on_resize(self, event: Resize) -> None:
        self._fit(event.size.width)

    def _fit(self, width: int) -> None:
        self.set_class(width < WIDE, "-stacked")

    @on(Button.Pressed, "#back")
    def action_back(self) -> None:
        self.app.pop_screen()
