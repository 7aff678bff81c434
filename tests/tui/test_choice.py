"""A single-choice question: one list, the option picked carries a dot.

Picked by Enter, Space or a click; only one option is ever picked; a pick shows at once.
"""

from __future__ import annotations

from textual.pilot import Pilot

from netwerkcheck.tui.app import NetwerkcheckApp
from netwerkcheck.tui.screens.question import QuestionScreen
from netwerkcheck.tui.widgets.questions import ChoiceAnswer
from tests.tui.helpers import small_content


def _lines(widget: ChoiceAnswer) -> list[str]:
    return [widget.render_line(y).text for y in range(widget.option_count)]


async def _first_choice(
    pilot: Pilot[None], app: NetwerkcheckApp
) -> tuple[QuestionScreen, ChoiceAnswer]:
    """Begin; the first question's list, as it opens."""
    await pilot.press("enter")  # Beginnen
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, QuestionScreen)
    return screen, screen.query_one("#answer", ChoiceAnswer)


async def test_one_option_picked_by_space_enter_or_click_and_shown_with_a_dot() -> None:
    app = NetwerkcheckApp(small_content(), lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, choice = await _first_choice(pilot, app)
        assert choice.has_focus
        assert not any("●" in line for line in _lines(choice))
        options = [o.value for o in choice.question.options]

        await pilot.press("down", "down", "space")  # the first Down is the first option
        await pilot.pause()
        assert screen.session.answers[choice.question.id] == options[1]
        assert choice.selected == [options[1]]
        dotted = [i for i, line in enumerate(_lines(choice)) if "●" in line]
        assert dotted == [1]

        # a click on another option moves the dot: still one option picked
        await pilot.click(choice, offset=(8, 3))  # the border, then the third option
        await pilot.pause()
        assert screen.session.answers[choice.question.id] == options[2]
        assert choice.selected == [options[2]]
        assert [i for i, line in enumerate(_lines(choice)) if "●" in line] == [2]


async def test_a_long_option_wraps_whole_with_one_box_and_the_dot_on_its_first_line() -> None:
    """'So hard that I sometimes do not want to go on living' ended in '…' at 60
    columns; the most serious answer must be read whole. Its further lines sit under
    its words, and a click on any of its lines picks it."""
    from textual.app import App, ComposeResult

    from netwerkcheck.tui.widgets.marks import OneChoice

    long = "So hard that I sometimes do not want to go on living"

    class One(App[None]):
        def compose(self) -> ComposeResult:
            yield OneChoice([("Good", "good"), (long, "hard")], id="c")

    app = One()
    async with app.run_test(size=(36, 12)) as pilot:
        await pilot.pause()
        choice = app.query_one(OneChoice)
        height = choice.scrollable_content_region.height
        lines = [choice.render_line(y).text for y in range(height)]
        drawn = [line.rstrip() for line in lines if line.strip()]
        assert len(drawn) >= 3, drawn  # Good, and the long one on two or more lines
        assert "…" not in "".join(drawn)
        words = " ".join(
            " ".join(line.replace("▐", " ").replace("▌", " ").split()) for line in drawn
        )
        assert long in words, drawn
        assert sum("▐" in line for line in drawn) == 2, drawn  # one box per option
        assert all(line.startswith("    ") for line in drawn[2:]), drawn
        choice.focus()
        await pilot.press("down", "enter")
        await pilot.pause()
        assert choice.chosen == "hard"
        assert "●" in choice.render_line(1).text and "●" not in choice.render_line(2).text
        assert choice.region.height >= len(drawn)  # the list is as high as its lines

    app = One()
    async with app.run_test(size=(36, 12)) as pilot:
        await pilot.pause()
        choice = app.query_one(OneChoice)
        inner = choice.scrollable_content_region
        # a click on the long option's second line, at its indent
        await pilot.click(
            choice, offset=(inner.x - choice.region.x + 1, inner.y - choice.region.y + 2)
        )
        await pilot.pause()
        assert choice.chosen == "hard"


async def test_a_label_is_shown_as_written_never_as_markup() -> None:
    """A scale's labels come from content as plain strings: '[b]' stays on screen as
    typed instead of turning the words bold (the scale passed them straight on)."""
    from textual.app import App, ComposeResult

    from netwerkcheck.tui.widgets.marks import OneChoice

    class One(App[None]):
        def compose(self) -> ComposeResult:
            yield OneChoice([("[b]Nee[/b]", "nee"), ("Ja", "ja")])

    app = One()
    async with app.run_test(size=(40, 8)) as pilot:
        await pilot.pause()
        choice = app.query_one(OneChoice)
        assert "[b]Nee[/b]" in choice.render_line(0).text


async def test_the_arrows_stop_at_the_ends_and_never_wrap_round() -> None:
    """One Up on a fresh question landed on its last option ('Zo zwaar dat ik soms niet
    meer wil leven') and Enter saved it (seen in a walk): the list wrapped round. Up at
    the top and Down at the bottom now stay where they are."""
    app = NetwerkcheckApp(small_content(), lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, choice = await _first_choice(pilot, app)
        last = choice.option_count - 1
        await pilot.press("up")
        await pilot.pause()
        assert choice.highlighted == 0
        await pilot.press("up", "up")
        await pilot.pause()
        assert choice.highlighted == 0
        await pilot.press(*["down"] * (last + 3))
        await pilot.pause()
        assert choice.highlighted == last
        await pilot.press("up", "enter")
        await pilot.pause()
        assert screen.session.answers[choice.question.id] == choice.question.options[last - 1].value
