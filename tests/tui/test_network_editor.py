"""NetworkEditor and NetworkMap: keyboard-only Pilot tests and snapshots at 80x24."""

from __future__ import annotations

from typing import Any

import pytest
from textual.app import App, ComposeResult
from textual.widgets import DataTable, Static

from netwerkcheck.engine.network import CIRCLES, Network, Person
from netwerkcheck.tui.widgets.network_editor import NetworkEditor, PersonForm
from netwerkcheck.tui.widgets.network_map import NetworkMap

NAMES = [
    "Anna",
    "[bold]x",
    "[/a]",
    "😀😀 Ölçü",
    "Een heel lange naam die niet past",
    "李小龙",
    "Bram",
]


# The relation kinds when the snapshots were made; a new kind (such as "school") must not
# reshuffle the fixed sample networks.
SAMPLE_RELATIONS = ("partner", "family", "friend", "neighbour", "colleague", "club", "professional")


def sample(n: int) -> Network:
    """A fixed network (no randomness: snapshots must be stable)."""
    return Network(
        people=tuple(
            Person(
                name=NAMES[i % len(NAMES)],
                relation=SAMPLE_RELATIONS[(i * 3 + i // 7) % len(SAMPLE_RELATIONS)],
                circle=CIRCLES[(i * 2 + i // 5) % 3],
            )
            for i in range(n)
        )
    )


class EditorApp(App[None]):
    def __init__(self, value: Network | None = None, lang: Any = "nl") -> None:
        super().__init__()
        self.value = value
        self.lang = lang
        self.changes: list[Network] = []

    def compose(self) -> ComposeResult:
        yield NetworkEditor(None, self.lang, self.value)

    def on_network_editor_changed(self, message: NetworkEditor.Changed) -> None:
        self.changes.append(message.network)


class MapApp(App[None]):
    CSS = "NetworkMap { width: 100%; height: 100%; }"

    def __init__(self, network: Network) -> None:
        super().__init__()
        self.network = network

    def compose(self) -> ComposeResult:
        yield NetworkMap(self.network, "nl")


async def _add(pilot: Any, name: str, relation_downs: int, *extra: str) -> None:
    await pilot.press("a")
    await pilot.pause()
    assert isinstance(pilot.app.screen, PersonForm)
    await pilot.press(*name)
    await pilot.press("enter")  # to the relation list
    await pilot.press(*(["down"] * relation_downs), "enter")
    await pilot.press(*extra)
    await pilot.press("ctrl+s")
    await pilot.pause()


async def test_add_edit_and_remove_by_keys_only() -> None:
    app = EditorApp()
    async with app.run_test(size=(80, 24)) as pilot:
        editor = app.query_one(NetworkEditor)
        assert editor.value == Network()
        assert app.query_one("#ne-empty", Static).display

        # add: name, relation 'friend' (third), circle stays 'middle'
        await _add(pilot, "[bold]x", 2)
        assert not isinstance(app.screen, PersonForm)
        assert editor.value.people == (Person(name="[bold]x", relation="friend", circle="middle"),)

        # add another: family, then Tab to the circle list and choose 'inner',
        # Tab to supports and tick the first (company)
        await _add(pilot, "Ölçü", 1, "tab", "space", "tab", "up", "enter", "tab", "tab", "space")
        second = editor.value.people[1]
        assert second.relation == "family"
        assert second.circle == "inner"
        assert second.supports == {"company"}
        assert len(app.changes) == 2

        # edit the second person (cursor is on it): Enter opens the form
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PersonForm)
        await pilot.press("end", *"!")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert editor.value.people[1].name == "Ölçü!"
        assert editor.value.people[1].relation == "family"

        # edit the first with 'e', then cancel with escape: nothing changes
        await pilot.press("up", "e")
        await pilot.pause()
        await pilot.press("x", "escape")
        await pilot.pause()
        assert editor.value.people[0].name == "[bold]x"
        assert len(app.changes) == 3

        # remove the first with x, the other with delete
        await pilot.press("x")
        await pilot.pause()
        assert [p.name for p in editor.value.people] == ["Ölçü!"]
        await pilot.press("delete")
        await pilot.pause()
        assert editor.value == Network()
        assert app.changes[-1] == Network()
        assert app.query_one("#ne-empty", Static).display


async def test_form_requires_a_name_and_a_relation() -> None:
    app = EditorApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, PersonForm)
        assert "naam" in str(app.screen.query_one("#pf-error", Static).render()).lower()
        await pilot.press(*"Mo", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, PersonForm)
        await pilot.press("escape")
        await pilot.pause()
        assert app.query_one(NetworkEditor).value == Network()
        assert app.changes == []


async def test_names_with_markup_and_long_names_render() -> None:
    names = ["[bold]x", "[/a]", "😀😀 Ölçü", "x" * 40]
    value = Network(people=tuple(Person(name=n, relation="club", circle="outer") for n in names))
    app = EditorApp(value, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table = app.query_one("#ne-table", DataTable)
        assert table.row_count == 4
        assert str(table.get_cell_at((0, 0))) == "[bold]x"
        assert str(table.get_cell_at((1, 0))) == "[/a]"
        picture = app.query_one(NetworkMap).picture
        assert picture is not None
        assert len(picture.placed) + sum(picture.summarised.values()) == 4
        # editing a long name keeps it within the limit
        await pilot.press("down", "down", "down", "e")
        await pilot.pause()
        await pilot.press("end", "y", "ctrl+s")
        await pilot.pause()
        assert app.query_one(NetworkEditor).value.people[3].name == "x" * 40


@pytest.mark.parametrize("size", [(80, 24), (60, 20), (100, 30)])
async def test_editor_fits_small_and_large_screens(size: tuple[int, int]) -> None:
    app = EditorApp(sample(12))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, PersonForm)
        await pilot.press("escape")


@pytest.mark.parametrize("count", [0, 3, 12, 40])
def test_network_map_snapshot(snap_compare: Any, count: int) -> None:
    assert snap_compare(MapApp(sample(count)), terminal_size=(80, 24))


def test_network_editor_snapshot(snap_compare: Any) -> None:
    assert snap_compare(EditorApp(sample(7)), terminal_size=(80, 24))


def test_person_form_snapshot(snap_compare: Any) -> None:
    assert snap_compare(EditorApp(sample(3)), press=["e"], terminal_size=(80, 24))
