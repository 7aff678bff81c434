"""Snapshots of the key screens at 80x24, on a small fixed content folder so that
content edits do not churn them."""

from __future__ import annotations

from typing import Any

from netwerkcheck.tui.app import NetwerkcheckApp
from tests.tui.helpers import small_content


def _app() -> NetwerkcheckApp:
    return NetwerkcheckApp(small_content(), lang="nl", save=False)


def test_welcome(snap_compare: Any) -> None:
    assert snap_compare(_app(), terminal_size=(80, 24))


def test_question_single_choice(snap_compare: Any) -> None:
    # a fresh list has no option under the cursor: the first Down is the first option
    assert snap_compare(_app(), press=["enter", "down", "down", "enter"], terminal_size=(80, 24))


def test_question_multi_choice_en(snap_compare: Any) -> None:
    app = NetwerkcheckApp(small_content(), lang="en", save=False)
    assert snap_compare(
        app,
        press=["enter", "down", "down", "enter", "ctrl+n", "down", "enter"],
        terminal_size=(80, 24),
    )


def test_results(snap_compare: Any) -> None:
    keys = ["enter", "down", "down", "enter", "ctrl+n", "down", "enter", "ctrl+n"]
    keys += ["down", "down", "enter", "ctrl+n", "down", "enter", "ctrl+n", "ctrl+o"]
    keys += ["ctrl+n"]  # from the answers overview on to the results
    assert snap_compare(_app(), press=keys, terminal_size=(80, 24))
