"""The app with hostile files in the data folder (issue #17, cases 3 and 5)."""

from __future__ import annotations

import os

import pytest

from netwerkcheck.store import CheckStore
from netwerkcheck.store.paths import data_dir
from netwerkcheck.tui.app import NetwerkcheckApp
from netwerkcheck.tui.screens.question import QuestionScreen
from netwerkcheck.tui.screens.welcome import WelcomeScreen
from tests.store.helpers import record
from tests.tui.helpers import small_content


@pytest.mark.skipif(os.name != "posix", reason="FIFOs")
async def test_a_fifo_and_a_corrupt_check_are_set_aside_told_and_start_works() -> None:
    content = small_content()
    with CheckStore() as store:
        store.save(record())
    checks = data_dir() / "checks"
    os.mkfifo(checks / "20260101-000000-abcdef.json")
    (checks / "20260101-000000-bbbbbb.json").write_bytes(b"{kapot")
    app = NetwerkcheckApp(content, lang="nl", save=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        await pilot.pause()
        # what the app told the person (its notifications; toasts are off in tests)
        shown = " ".join(n.message for n in app._notifications)
        assert "20260101-000000-abcdef.json" in shown and "opzij gezet" in shown, shown
        assert "20260101-000000-bbbbbb.json" in shown
        # 'Verder gaan waar je was' has the focus (an unfinished check exists): one key.
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
    assert not (checks / "20260101-000000-abcdef.json").exists()
