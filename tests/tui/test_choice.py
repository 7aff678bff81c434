"""A single-choice question: one list, the option picked carries a dot.

Picked by Enter, Space or a click; only one option is ever picked; a pick shows at once.
"""

from __future__ import annotations

from netwerkcheck.tui.app import NetwerkcheckApp
from netwerkcheck.tui.screens.question import QuestionScreen
from netwerkcheck.tui.widgets.questions import ChoiceAnswer
from tests.tui.helpers import small_content


def _lines(widget: ChoiceAnswer) -> list[str]:
    return [widget.render_line(y).text for y in range(widget.option_count)]


async def test_one_option_picked_by_space_enter_or_click_and_shown_with_a_dot() -> None:
    app = NetwerkcheckApp(small_content(), lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")  # Beginnen
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        choice = screen.query_one("#answer", ChoiceAnswer)
        assert choice.has_focus
        assert not any("●" in line for line in _lines(choice))
        options = [o.value for o in choice.question.options]

        await pilot.press("down", "space")
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
