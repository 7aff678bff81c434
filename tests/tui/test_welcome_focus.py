"""The welcome screen keeps a focused button when the content arrives after it (the
CLI's start: welcome first, content loaded behind it), so Enter always does something."""

from __future__ import annotations

from netwerkcheck.content.loader import Content
from netwerkcheck.store import CheckStore, new_record
from netwerkcheck.tui.app import NetwerkcheckApp
from netwerkcheck.tui.screens.question import QuestionScreen
from netwerkcheck.tui.screens.welcome import WelcomeScreen
from tests.tui.helpers import small_content


async def test_resume_has_focus_when_the_content_loads_behind_the_welcome() -> None:
    content: Content = small_content()
    with CheckStore() as store:
        store.save(
            new_record(content.version).with_answers(
                {"woonsituatie": "alleen"}, current="bezigheden"
            )
        )
    app = NetwerkcheckApp(lambda: content, lang="nl", save=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await app._loaded.wait()
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        assert app.screen.query("#resume")
        assert app.screen.focused is not None and app.screen.focused.id == "resume"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert app.screen.session.current == "bezigheden"
