"""The network full screen (Ctrl+G from the results and the network question):
everyone on it at 80x24, by name or letter+number, with the names listed beside it."""

from __future__ import annotations

from textual.widgets import Static

from netwerkcheck.content.loader import Content
from netwerkcheck.engine.network import CIRCLES, RELATIONS, SUPPORTS, Network, Person
from netwerkcheck.tui.app import NetwerkcheckApp
from netwerkcheck.tui.screens.network_view import NetworkViewScreen
from netwerkcheck.tui.screens.results import ResultsScreen
from netwerkcheck.tui.widgets.network_map import NetworkMap


def colleagues(n: int) -> Network:
    # the case from the issue: many colleagues whose names start alike
    return Network(
        people=tuple(
            Person(
                name=f"Wim Collega {i}",
                relation="colleague" if i % 3 else RELATIONS[i % len(RELATIONS)],
                circle=CIRCLES[i % 3],
                supports=frozenset(SUPPORTS[: i % 3]),
            )
            for i in range(n)
        )
    )


async def results_with(app: NetwerkcheckApp, pilot: object, network: Network) -> None:
    await pilot.press("enter")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    app.session.set_answer("netwerk", network)
    app.session.current = None
    await app.show_results()
    await pilot.pause()  # type: ignore[attr-defined]


async def test_full_screen_map_shows_40_people_at_80x24(content: Content) -> None:
    app = NetwerkcheckApp(content, lang="nl", save=False)
    network = colleagues(40)
    async with app.run_test(size=(80, 24)) as pilot:
        await results_with(app, pilot, network)
        assert isinstance(app.screen, ResultsScreen)
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert isinstance(app.screen, NetworkViewScreen)
        view = app.screen.query_one("#netview-map", NetworkMap)
        picture = view.picture
        assert picture is not None
        assert view.numbers_used  # names do not fit: letter and number
        assert picture.summarised == {}  # nobody only counted
        assert len(picture.placed) == 40
        listed = str(app.screen.query_one("#netview-list Static", Static).render())
        for i in range(40):
            assert f"Wim Collega {i}" in listed
        # the map and the list are both on screen
        assert view.region.width >= 30 and view.region.height >= 15
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)


async def test_empty_network_is_met_with_a_warm_text(content: Content) -> None:
    app = NetwerkcheckApp(content, lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await results_with(app, pilot, Network())
        assert isinstance(app.screen, ResultsScreen)
        assert not app.screen.query(NetworkMap)  # no empty rings
        text = str(app.screen.query_one("#results-empty", Static).render())
        assert text.startswith("Je hebt nu niemand genoemd")


async def test_ctrl_g_from_the_network_question(content: Content) -> None:
    from netwerkcheck.content import models as m
    from netwerkcheck.tui.screens.question import QuestionScreen
    from tests.tui.helpers import answer_current

    app = NetwerkcheckApp(content, lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        for _ in range(10):
            assert isinstance(app.screen, QuestionScreen)
            question = app.screen.session.question
            if isinstance(question, m.NetworkQuestion):
                break
            assert question is not None
            await answer_current(pilot, question)
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert isinstance(app.screen, NetworkViewScreen)
        assert app.screen.query("#netview-empty")  # nobody named yet: a warm text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
