"""The network, full screen: the map as large as the window allows, and beside it every
person by number, kind, name, circle and what they share. One key (Ctrl+G) opens it from the
network question and the results; Escape closes it.

When names do not fit on the map, people are drawn as letter and number ("V12") and
the list gives each number its name, so nobody is left out or cut off.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Button, Static

from netwerkcheck.engine.network import (
    CIRCLES,
    SUPPORTS,
    Network,
    circle_label,
    relation_code,
    support_label,
)
from netwerkcheck.i18n import get_lang, t, tn
from netwerkcheck.report.netmap import (
    SUPPORT_SIGNS,
    clean_name,
    numbering,
    ring_members,
    support_signs,
)
from netwerkcheck.tui.bindings import translate_bindings
from netwerkcheck.tui.screens.modals import TooSmallNotice
from netwerkcheck.tui.widgets.footer import Footer
from netwerkcheck.tui.widgets.scroll_body import ScrollBody


def people_lines(network: Network) -> list[str]:
    """Everyone, by circle, as '12 V Anna ☺♥' (number, kind letter, name, signs)."""
    lang = get_lang()
    numbers = numbering(network)
    out: list[str] = []
    for ring, members in enumerate(ring_members(network)):
        if not members:
            continue
        out.append(circle_label(CIRCLES[ring], lang))
        for index in members:
            person = network.people[index]
            signs = support_signs(network, index)
            text = f"{numbers[index]:>2} {relation_code(person.relation, lang)} "
            text += clean_name(person.name)
            out.append(f"{text} {signs}" if signs else text)
    shared = [s for s in SUPPORTS if any(s in p.supports for p in network.people)]
    if shared:
        out.append("")
        out.append(t("sum.shares", lang))
        out += [f"{SUPPORT_SIGNS[s]} {support_label(s, lang).lower()}" for s in shared]
    return out


class NetworkViewScreen(Screen[None]):
    DEFAULT_CSS = """
    NetworkViewScreen #netview-title { text-style: bold; height: 1; }
    NetworkViewScreen #netview-body { height: 1fr; }
    NetworkViewScreen #netview-map { width: 1fr; height: 1fr; min-width: 30; }
    NetworkViewScreen #netview-list { width: 34; height: 1fr; border-left: solid $primary;
        padding-left: 1; }
    NetworkViewScreen #netview-empty { margin: 1 2; }
    NetworkViewScreen #netview-nav { height: 1; }
    """

    BINDINGS = [
        Binding("escape", "close", "map.close", id="netview-close"),
        Binding("ctrl+g", "close", "map.close", show=False),
    ]

    def __init__(self, network: Network) -> None:
        super().__init__()
        translate_bindings(self)
        self.network = network

    def compose(self) -> ComposeResult:
        from netwerkcheck.tui.widgets.network_map import NetworkMap

        lang = get_lang()
        n = len(self.network.people)
        count = tn("map.people", n)
        yield TooSmallNotice()
        yield Static(f"{t('map.title')} · {count}", id="netview-title", markup=False)
        if not self.network.people:
            yield Static(t("net.empty_warm"), id="netview-empty", markup=False, classes="prose")
        else:
            with Horizontal(id="netview-body"):
                yield NetworkMap(self.network, lang, id="netview-map", numbered=True)
                with ScrollBody(id="netview-list", can_focus=True):
                    yield Static("\n".join(people_lines(self.network)), markup=False)
        with Vertical(id="netview-nav"):
            yield Button(t("map.close"), id="netview-close", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        lists = self.query("#netview-list")
        (lists.first() if lists else self.query_one("#netview-close")).focus()

    @on(Button.Pressed, "#netview-close")
    def action_close(self) -> None:
        self.app.pop_screen()
