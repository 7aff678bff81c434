"""NetworkEditor and NetworkMap: keyboard-only Pilot tests and snapshots at 80x24."""

from __future__ import annotations

from typing import Any

import pytest
from textual.app import App, ComposeResult
from textual.coordinate import Coordinate
from textual.widgets import Button, DataTable, Input, Static

from netwerkcheck.engine.network import CIRCLES, RELATIONS, Network, Person
from netwerkcheck.i18n import t
from netwerkcheck.tui.keyorder import KeyOrder
from netwerkcheck.tui.widgets.network_editor import NetworkEditor, PersonForm
from netwerkcheck.tui.widgets.network_map import NetworkMap
from tests.tui.helpers import in_view, type_fast

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


class EditorApp(KeyOrder[None]):
    """The editor alone, in an app that handles keys the way NetwerkcheckApp does."""

    def __init__(
        self, value: Network | None = None, lang: Any = "nl", relations: Any = None
    ) -> None:
        super().__init__()
        # As NetwerkcheckApp: nothing animates, scrolling jumps (here the person dialog's
        # body scrolled to the focus in four frames, not one).
        self.animation_level = "none"
        self.value = value
        self.lang = lang
        self.relations = relations
        self.changes: list[Network] = []

    def compose(self) -> ComposeResult:
        yield NetworkEditor(None, self.lang, self.value, relations=self.relations)

    def on_network_editor_changed(self, message: NetworkEditor.Changed) -> None:
        self.changes.append(message.network)


class MapApp(App[None]):
    CSS = "NetworkMap { width: 100%; height: 100%; }"

    def __init__(self, network: Network) -> None:
        super().__init__()
        self.network = network

    def compose(self) -> ComposeResult:
        yield NetworkMap(self.network, "nl")


async def _add(pilot: Any, name: str, relation_index: int, *extra: str) -> None:
    await pilot.press("a")
    await pilot.pause()
    assert isinstance(pilot.app.screen, PersonForm)
    await pilot.press(*name)
    await pilot.press("enter")  # to the relation list
    # someone new has no relation under the cursor: the first Down is the first relation
    await pilot.press(*(["down"] * (relation_index + 1)), "enter")
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
        assert list(editor.value.people) == [
            Person(name="[bold]x", relation="friend", circle="middle")
        ]

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


def _mini_with_relations() -> Any:
    """The mini fixture content with a relations list (school only under 18)."""
    import shutil
    import tempfile
    from pathlib import Path

    from netwerkcheck.content.loader import load_content
    from tests.content.test_personas_relations import RELATIONS_YAML

    root = Path(tempfile.mkdtemp()) / "c"
    shutil.copytree(Path(__file__).parents[1] / "content" / "fixtures" / "mini", root)
    path = root / "questions" / "02.yaml"
    path.write_text(path.read_text("utf-8") + RELATIONS_YAML, encoding="utf-8")
    content = load_content(root)
    shutil.rmtree(root.parent)
    return content


def _content_relations(age: str) -> Any:
    """The relation choices the engine offers for `age`, as the question screen passes them."""
    from netwerkcheck.engine.relations import offered_relations

    content = _mini_with_relations()
    return lambda keep: offered_relations(content, {"leeftijd": age}, "nl", keep)


@pytest.mark.parametrize(("age", "school"), [("onder_18", True), ("volwassen", False)])
async def test_question_screen_gives_the_dialog_the_relations_for_the_answers(
    age: str, school: bool
) -> None:
    """In the app itself: the age answered earlier decides the person dialog's choices."""
    from netwerkcheck.tui.app import NetwerkcheckApp
    from netwerkcheck.tui.screens.question import QuestionScreen

    app = NetwerkcheckApp(_mini_with_relations(), lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")  # Beginnen
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        screen.session.set_answer("leeftijd", age)
        screen.session.current = "netwerk"
        await screen.show_current()
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, PersonForm)
        choices = _relation_choices(app)
        assert any("Klasgenoot of school" in c for c in choices) is school
        assert any("Werk of studie" in c for c in choices)


def _relation_choices(app: Any) -> list[str]:
    from netwerkcheck.tui.widgets.marks import OneChoice

    choice = app.screen.query_one("#pf-relation", OneChoice)
    return [str(choice.get_option_at_index(i).prompt) for i in range(choice.option_count)]


async def test_dialog_offers_the_relations_content_decides() -> None:
    """A teenager can choose 'Klasgenoot of school'; an adult cannot, but an
    adult's existing classmate keeps the choice when edited."""
    teen = EditorApp(relations=_content_relations("onder_18"))
    async with teen.run_test(size=(80, 24)) as pilot:
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(teen.screen, PersonForm)
        choices = _relation_choices(teen)
        assert [c.split(maxsplit=1)[1] for c in choices] == [
            "Familie",
            "Klasgenoot of school",
            "Werk of studie",
        ]
        await pilot.press(*"Bo", "enter", "down", "down", "enter", "ctrl+s")
        await pilot.pause()
        editor = teen.query_one(NetworkEditor)
        assert editor.value.people == (Person(name="Bo", relation="school", circle="middle"),)
    old = Network(people=(Person(name="Kim", relation="school", circle="outer"),))
    adult = EditorApp(old, relations=_content_relations("volwassen"))
    async with adult.run_test(size=(80, 24)) as pilot:
        await pilot.press("a")
        await pilot.pause()
        assert not any("Klasgenoot" in c for c in _relation_choices(adult))
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(adult.screen, PersonForm)
        assert any("Klasgenoot of school" in c for c in _relation_choices(adult))
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert adult.query_one(NetworkEditor).value == old


async def test_a_second_enter_after_the_name_picks_no_relation_and_says_how() -> None:
    """Enter on the name moves to the relations; a second Enter (a quick double press)
    made the new person a partner, the first option, unasked. Now nothing is under the
    cursor there until an arrow key: the Enter picks nothing and the dialog says how to
    choose; the first Down is the first relation, and a pick clears the line again."""
    from netwerkcheck.tui.widgets.marks import OneChoice

    app = EditorApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, PersonForm)
        await pilot.press(*"Bo", "enter", "enter")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, PersonForm)
        relations = form.query_one("#pf-relation", OneChoice)
        assert app.focused is relations and relations.chosen is None
        said = _shown(app, "#pf-error")
        assert said == t("question.nothing_chosen") and in_view(form.query_one("#pf-error"))
        await pilot.press("ctrl+s")  # and saving still asks for a relation
        await pilot.pause()
        assert isinstance(app.screen, PersonForm)
        assert app.query_one(NetworkEditor).value == Network()
        await pilot.press("down", "enter")
        await pilot.pause()
        assert relations.chosen == "partner" and _shown(app, "#pf-error") == ""
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.query_one(NetworkEditor).value.people == (
            Person(name="Bo", relation="partner", circle="middle"),
        )


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
        assert str(table.get_cell_at(Coordinate(0, 0))) == "[bold]x"
        assert str(table.get_cell_at(Coordinate(1, 0))) == "[/a]"
        picture = app.query_one(NetworkMap).picture
        assert picture is not None
        assert len(picture.placed) + sum(picture.summarised.values()) == 4
        # editing a long name keeps it within the limit
        await pilot.press("down", "down", "down", "e")
        await pilot.pause()
        await pilot.press("end", "y", "ctrl+s")
        await pilot.pause()
        assert app.query_one(NetworkEditor).value.people[3].name == "x" * 40


def _shown(app: App[None], selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def test_a_name_typed_right_after_a_arrives_whole() -> None:
    """Keys typed while the dialog opens go into its name field, none lost."""
    app = EditorApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await type_fast(pilot, "a", *"Collega32")
        assert isinstance(app.screen, PersonForm)
        assert app.screen.query_one("#pf-name", Input).value == "Collega32"


def _full_form_keys(name: str, relation: int, circle: int) -> list[str]:
    """a, the name, Enter (to the relation list, where the first Down is the first
    relation), the relation, Tab Tab (to the circle list, which starts on 'middle'), the
    circle, Ctrl+S."""
    steps = ["up"] if circle == 0 else ["down"] * (circle - 1)
    return [
        "a",
        *name,
        "enter",
        *["down"] * (relation + 1),
        "space",
        "tab",
        "tab",
        *steps,
        "space",
        "ctrl+s",
    ]


async def test_forty_people_typed_without_pauses() -> None:
    """Forty people, every key sent at once: exactly forty, each with the relation and
    circle meant. Every fifth through the whole form, the others with 'n' (another one
    like this): n, the name, Enter."""
    app = EditorApp()
    keys: list[str] = []
    wanted: list[tuple[str, str, str]] = []
    for i in range(40):
        group = i // 5
        relation, circle = group % len(RELATIONS), group % len(CIRCLES)
        name = f"P{i}"
        if i % 5 == 0:
            keys += _full_form_keys(name, relation, circle)
        else:
            keys += ["n", *name, "enter"]
        wanted.append((name, RELATIONS[relation], CIRCLES[circle]))
    async with app.run_test(size=(80, 24)) as pilot:
        await type_fast(pilot, *keys)
        assert not isinstance(app.screen, PersonForm)
        people = app.query_one(NetworkEditor).value.people
        assert [(p.name, p.relation, p.circle) for p in people] == wanted
        assert _shown(app, "#ne-count") == "40 mensen genoemd"


async def test_another_one_like_this_keeps_relation_and_circle() -> None:
    value = Network(people=(Person(name="Anna", relation="neighbour", circle="inner"),))
    app = EditorApp(value)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, PersonForm)
        title = str(app.screen.query_one("#pf-title", Static).render())
        assert "Buur" in title and "binnenste cirkel" in title
        assert "Enter: opslaan" in _shown(app, "#pf-keys")
        # n + name + Enter: two keys besides the name
        await pilot.press(*"Bo", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, PersonForm)
        people = app.query_one(NetworkEditor).value.people
        assert people[1] == Person(name="Bo", relation="neighbour", circle="inner")
        # and again from Bo (the cursor is on the one just added)
        await pilot.press("n", *"Cor", "enter")
        await pilot.pause()
        people = app.query_one(NetworkEditor).value.people
        assert [(p.name, p.relation, p.circle) for p in people[1:]] == [
            ("Bo", "neighbour", "inner"),
            ("Cor", "neighbour", "inner"),
        ]


async def test_remove_then_undo_puts_the_person_back() -> None:
    value = Network(
        people=(
            Person(name="Anna", relation="friend", circle="inner"),
            Person(name="Piet", relation="family", circle="outer"),
            Person(name="Bram", relation="club", circle="middle"),
        )
    )
    app = EditorApp(value)
    async with app.run_test(size=(80, 24)) as pilot:
        editor = app.query_one(NetworkEditor)
        undo = app.query_one("#ne-undo", Button)
        assert not undo.display
        await pilot.press("down", "x")
        await pilot.pause()
        assert [p.name for p in editor.value.people] == ["Anna", "Bram"]
        assert _shown(app, "#ne-count") == "Weggehaald: Piet. Ongedaan maken? Druk op u."
        assert undo.display and app.screen.region.contains_region(undo.region)
        await pilot.press("u")
        await pilot.pause()
        assert editor.value == value
        assert app.changes[-1] == value
        assert not undo.display
        assert _shown(app, "#ne-count") == "3 mensen genoemd"
        # the button does the same, and a second undo does nothing
        await pilot.press("x")
        await pilot.pause()
        await pilot.click("#ne-undo")
        await pilot.pause()
        assert editor.value == value
        await pilot.press("u")
        await pilot.pause()
        assert editor.value == value


@pytest.mark.parametrize("count", [0, 3])
async def test_the_words_beside_the_map_keep_a_gap_from_its_rings(count: int) -> None:
    """At 80 columns the list's words ran into the map's dotted rings ('Wil je···')."""
    app = EditorApp(sample(count) if count else None)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        editor = app.query_one(NetworkEditor)
        assert "-narrow" not in editor.classes and "-nomap" not in editor.classes
        map_x = editor.query_one("#ne-map").region.x
        words = [w for w in editor.query("#ne-left > *") if w.display and w.region.area]
        assert words
        for widget in words:
            assert widget.region.right <= map_x - 2, (widget, widget.region, map_x)


@pytest.mark.parametrize("size", [(80, 24), (60, 20), (100, 30)])
async def test_editor_fits_small_and_large_screens(size: tuple[int, int]) -> None:
    """With twelve people, the form opens at each size with its title, the name field and
    both buttons in view (it used to only check that the form opened)."""
    app = EditorApp(sample(12))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, PersonForm)
        for selector in ("#pf-title", "#pf-name", "#pf-cancel", "#pf-save"):
            widget = form.query_one(selector)
            assert in_view(widget), (size, selector, widget.region)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, PersonForm)


@pytest.mark.parametrize("count", [0, 3, 12, 40])
def test_network_map_snapshot(snap_compare: Any, count: int) -> None:
    assert snap_compare(MapApp(sample(count)), terminal_size=(80, 24))


def test_network_editor_snapshot(snap_compare: Any) -> None:
    assert snap_compare(EditorApp(sample(7)), terminal_size=(80, 24))


def test_person_form_snapshot(snap_compare: Any) -> None:
    async def open_the_form(pilot: Any) -> None:
        """'e', then until the dialog is drawn with its focus and cursors in place (the
        picture was once taken before, under load, with the styles of a moment before)."""
        await pilot.press("e")
        for _ in range(50):
            await pilot.pause()
            screen = pilot.app.screen
            if isinstance(screen, PersonForm) and screen.query_one("#pf-name", Input).has_focus:
                break
        # The name field's cursor blinks every half second: on a loaded machine the
        # picture came later than that and caught it off (six of six runs side by side
        # failed, none alone). Not blinking, it is drawn the same in every picture.
        pilot.app.screen.query_one("#pf-name", Input).cursor_blink = False
        await pilot.pause()
        await pilot.wait_for_scheduled_animations()

    assert snap_compare(EditorApp(sample(3)), run_before=open_the_form, terminal_size=(80, 24))


async def test_a_relation_label_from_content_shows_as_written() -> None:
    """Relation labels come from content now (an editor's text, not ours): square
    brackets in one are shown, never read as Textual markup."""
    from netwerkcheck.engine.relations import RelationOption

    def choices(keep: Any) -> list[RelationOption]:
        return [RelationOption("club", "Club [geloof] of vereniging")]

    app = EditorApp(relations=choices)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, PersonForm)
        assert any("Club [geloof] of vereniging" in c for c in _relation_choices(app))


async def test_tab_in_the_person_dialog_goes_from_field_to_field() -> None:
    """Tab stops only where something can be typed or chosen: the dialog's scrolling
    body was a stop of its own, where nothing showed focus."""
    app = EditorApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, PersonForm)
        assert app.focused is app.screen.query_one("#pf-name", Input)
        stops = [type(w).__name__ for w in app.screen.focus_chain]
        assert stops[0] == "Input", stops
        assert "VerticalScroll" not in stops, stops
