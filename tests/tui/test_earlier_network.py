"""A second check can start from the last check's network: offered on the network
question, listed to confirm, change or remove; never copied without being seen."""

from __future__ import annotations

from pathlib import Path

from textual.coordinate import Coordinate
from textual.widgets import Button, DataTable, Static

from netwerkcheck.engine.network import Network, Person
from netwerkcheck.store import CheckStore, new_record
from netwerkcheck.tui.app import NetwerkcheckApp
from netwerkcheck.tui.screens.question import QuestionScreen
from netwerkcheck.tui.widgets.network_editor import NetworkEditor
from tests.tui.helpers import in_view
from tests.tui.test_sizes import _layout_content

EARLIER = Network(
    people=(
        Person(name="Anna", relation="friend", circle="inner"),
        Person(name="Piet", relation="family", circle="outer"),
    )
)


def _save_earlier(data: Path, network: Network, client: str | None = None) -> None:
    content = _layout_content()
    store = CheckStore(data)
    record = new_record(content.version, "nl", client=client).with_answers(
        {"netwerk": network}, current=None, finished=True
    )
    store.save(record)
    store.close()


async def _to_network_question(pilot: object, app: NetwerkcheckApp) -> QuestionScreen:
    await pilot.press("enter")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    for _ in range(2):  # the two list questions before it
        await pilot.press("ctrl+o")  # type: ignore[attr-defined]
        await pilot.pause()  # type: ignore[attr-defined]
    screen = app.screen
    assert isinstance(screen, QuestionScreen)
    assert screen.session.question is not None and screen.session.question.id == "netwerk"
    return screen


async def test_new_check_offers_the_last_network_and_lists_the_people(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _save_earlier(data, Network(people=(Person(name="Oud", relation="club", circle="outer"),)))
    _save_earlier(data, EARLIER)  # the newest
    _save_earlier(
        data, Network(people=(Person(name="Klant", relation="club", circle="inner"),)), "X"
    )
    app = NetwerkcheckApp(_layout_content(), lang="nl", save=True, data_dir=data)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _to_network_question(pilot, app)
        offer = screen.query_one("#ne-offer-text", Static)
        text = str(offer.render())
        assert "2 mensen: Anna, Piet" in text and in_view(offer)
        assert "Klant" not in text  # a counsellor's client check is not the person's own
        # offered, not copied: nothing is answered until the person says so
        assert screen.session.answer_for("netwerk") is None
        assert app.focused is not None and app.focused.id == "ne-offer-yes"
        await pilot.press("enter")
        await pilot.pause()
        editor = screen.query_one(NetworkEditor)
        assert editor.value == EARLIER
        assert screen.session.answer_for("netwerk") == EARLIER
        table = screen.query_one("#ne-table", DataTable)
        assert [str(table.get_cell_at(Coordinate(r, 0))) for r in range(table.row_count)] == [
            "Anna",
            "Piet",
        ]
        assert not screen.query("#ne-offer")
        # confirm, change or remove: remove Piet
        await pilot.press("down", "x")
        await pilot.pause()
        assert [p.name for p in screen.session.answer_for("netwerk").people] == ["Anna"]  # type: ignore[union-attr]


async def test_saying_no_starts_empty_and_answers_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _save_earlier(data, EARLIER)
    app = NetwerkcheckApp(_layout_content(), lang="en", save=True, data_dir=data)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _to_network_question(pilot, app)
        assert "Last time you named 2 people" in str(screen.query_one("#ne-offer-text").render())
        no = screen.query_one("#ne-offer-no", Button)
        await pilot.click("#ne-offer-no")
        await pilot.pause()
        assert not no.is_attached
        assert screen.query_one(NetworkEditor).value == Network()
        assert screen.session.answer_for("netwerk") is None
        assert app.earlier_network is None


async def test_no_offer_without_an_earlier_network(tmp_path: Path) -> None:
    app = NetwerkcheckApp(_layout_content(), lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _to_network_question(pilot, app)
        assert not screen.query("#ne-offer")
