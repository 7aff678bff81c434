"""Keys typed ahead reach what they were meant for; stopping works while content loads."""

from __future__ import annotations

import threading

from textual.widgets import Input

from netwerkcheck.content.loader import Content
from netwerkcheck.tui.app import NetwerkcheckApp
from netwerkcheck.tui.screens.modals import QuitScreen
from netwerkcheck.tui.screens.question import QuestionScreen
from tests.tui.helpers import small_content, type_fast


async def test_ctrl_q_while_the_content_is_still_loading() -> None:
    """Ctrl+Q in the first seconds (content loading in a thread) asks, never crashes."""
    release = threading.Event()
    content = small_content()

    def slow() -> Content:
        release.wait(10)
        return content

    app = NetwerkcheckApp(slow, lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, QuitScreen)
        await pilot.press("escape")
        release.set()


async def test_text_typed_while_the_next_question_opens_goes_into_it() -> None:
    """Ctrl+N and the next answer's words in one burst: the words land in the text
    question that opens, not in the question before (letters typed ahead go through;
    a choosing key typed ahead picks nothing, see tui/settle.py)."""
    app = NetwerkcheckApp(small_content(), lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        # woonsituatie, bezigheden, tevreden at a person's pace
        # (a fresh list has no option under the cursor: the first Down is the first)
        for keys in (["down", "down", "enter"], ["down", "enter"], ["down", "down", "enter"]):
            await pilot.press(*keys, "ctrl+n")
            await pilot.pause()
        question = screen.session.question
        assert question is not None and question.id == "wens_verandering"
        await pilot.press("down", "enter")  # ja
        await pilot.pause()
        await type_fast(pilot, "ctrl+n", *"liever vaker samen")
        assert screen.session.question is not None
        assert screen.session.question.id == "wat_mis_je"
        assert screen.query_one(Input).value == "liever vaker samen"


async def test_text_typed_then_ctrl_n_in_one_burst_is_kept_whole() -> None:
    """Words and Ctrl+N in one burst (a fast typist): the answer saved is every word,
    not the part the text field had handled when Ctrl+N ran (seen in the browser:
    'vaker b' of 'vaker bellen')."""
    app = NetwerkcheckApp(small_content(), lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        # (a fresh list has no option under the cursor: the first Down is the first)
        for keys in (["down", "down", "enter"], ["down", "enter"], ["down", "down", "enter"]):
            await pilot.press(*keys, "ctrl+n")
            await pilot.pause()
        await pilot.press("down", "enter")  # ja
        await pilot.pause()
        await type_fast(pilot, "ctrl+n")
        assert screen.session.question is not None
        assert screen.session.question.id == "wat_mis_je"
        await type_fast(pilot, *"vaker bellen", "ctrl+n")
        assert screen.session.answers.get("wat_mis_je") == "vaker bellen"
