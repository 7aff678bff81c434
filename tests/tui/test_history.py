"""Earlier checks in the app, by keys only: list, view, compare, delete, forget everything.

The data folder is the test's own (tests/conftest.py); the checks are made here with
the store, as an earlier run of the app would have left them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from netwerkcheck.content.loader import Content
from netwerkcheck.engine.answers import AnswerValue
from netwerkcheck.engine.network import Network, Person
from netwerkcheck.engine.suggest import select
from netwerkcheck.store import CheckRecord, CheckStore, new_record
from netwerkcheck.store.paths import data_dir
from netwerkcheck.store.record import cleaned_data as record_cleaned_data
from netwerkcheck.tui.app import NetwerkcheckApp
from netwerkcheck.tui.screens.compare import CompareScreen
from netwerkcheck.tui.screens.forget import ForgetScreen
from netwerkcheck.tui.screens.history import HistoryList, HistoryScreen
from netwerkcheck.tui.screens.results import ResultsScreen
from netwerkcheck.tui.screens.welcome import WelcomeScreen
from netwerkcheck.tui.widgets.network_map import NetworkMap

THEN: dict[str, AnswerValue] = {
    "leeftijd": "30_49",
    "tevreden": "eerder_niet",
    "wens_verandering": "ja",
    "netwerk": Network(
        people=(
            Person(name="Anna", relation="friend", circle="inner"),
            Person(name="Bob [b]", relation="family", circle="middle"),
        )
    ),
}
NOW: dict[str, AnswerValue] = {
    "leeftijd": "30_49",
    "tevreden": "helemaal_wel",
    "wens_verandering": "nee",
    "netwerk": Network(
        people=(
            Person(name="Anna", relation="friend", circle="middle"),
            Person(name="Dewi", relation="neighbour", circle="outer"),
        )
    ),
}


def save_two(content: Content, then_version: str | None = None) -> tuple[CheckRecord, CheckRecord]:
    """An earlier and a later finished check, saved as the app would."""
    with CheckStore() as store:
        then = store.save(
            new_record(then_version or content.version).with_answers(
                THEN, current=None, finished=True
            )
        )
        now = store.save(new_record(content.version).with_answers(NOW, current=None, finished=True))
    return then, now


def texts(app: NetwerkcheckApp) -> str:
    return "\n".join(str(w.render()) for w in app.screen.query(Static))


def check_files() -> list[Path]:
    root = data_dir()
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


async def test_history_lists_the_saved_checks(content: Content) -> None:
    then, now = save_two(content)
    app = NetwerkcheckApp(content, lang="nl", save=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        assert app.screen.query("#history")  # the 'Eerdere checks' button
        await pilot.press("f3")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        listing = app.screen.query_one(HistoryList)
        assert listing.option_count == 2
        # newest first
        assert [listing.get_option_at_index(i).value for i in range(2)] == [now.id, then.id]
        row = str(listing.get_option_at_index(0).prompt)
        assert "af" in row
        # the content's version is jargon to the person: not in the row
        assert "inhoud" not in row and now.content_version not in row, row
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)


async def test_history_parses_each_saved_check_once(
    content: Content, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening the store lists every check; the history lists them again a moment later
    and must not parse the same bytes again (with 1000 checks that was most of its time).
    Opened twice, the list is the same and still nothing is parsed twice."""
    from netwerkcheck.store import repo

    then, now = save_two(content)
    parsed: list[object] = []
    real = record_cleaned_data

    def counting(data: object) -> object:
        parsed.append(data)
        return real(data)

    monkeypatch.setattr(repo, "cleaned_data", counting)
    app = NetwerkcheckApp(content, lang="nl", save=True)
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(2):
            await pilot.pause()
            await pilot.press("f3")
            await pilot.pause()
            assert isinstance(app.screen, HistoryScreen)
            listing = app.screen.query_one(HistoryList)
            assert [listing.get_option_at_index(i).value for i in range(2)] == [now.id, then.id]
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, WelcomeScreen)
    assert len(parsed) == 2


async def test_opening_one_shows_its_suggestions_and_back_returns(content: Content) -> None:
    then, _ = save_two(content)
    app = NetwerkcheckApp(content, lang="nl", save=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        await pilot.press("down", "enter")  # the older check
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ResultsScreen) and screen.saved is not None
        assert screen.saved.id == then.id
        shown = texts(app)
        expected = [c.suggestion.title.get("nl") for c in select(content, THEN).chosen]
        assert expected and all(title in shown for title in expected)
        assert "Je kijkt alleen" in shown
        assert screen.query_one("#results-map", NetworkMap).network == THEN["netwerk"]
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)  # not into the questions
    with CheckStore() as store:  # viewing changed nothing
        assert store.load(then.id).updated == then.updated


async def test_compare_shows_what_changed_and_both_maps(content: Content) -> None:
    save_two(content)
    app = NetwerkcheckApp(content, lang="nl", save=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        await pilot.press("ctrl+r")  # nothing chosen yet: a hint, no compare
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        await pilot.press("space", "down", "space", "ctrl+r")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        assert screen.has_class("-stacked")  # 80 columns: one map above the other
        assert screen.query_one("#map-then", NetworkMap).network == THEN["netwerk"]
        assert screen.query_one("#map-now", NetworkMap).network == NOW["netwerk"]
        shown = texts(app)
        assert "Wat is er anders?" in shown
        assert "Ik ben tevreden met de contacten die ik heb." in shown
        assert "toen: Eerder niet" in shown and "nu: Helemaal wel" in shown
        assert "Nu ook genoemd: Dewi" in shown
        assert "Toen genoemd, nu niet: Bob [b]" in shown  # user text, not markup
        assert "Anna: toen binnenste cirkel, nu middelste cirkel" in shown
        assert "verschillende versies" not in shown
        for word in ("score", "beter", "slechter dan"):
            assert word not in shown.replace("niet beter of slechter", "")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)


async def test_compare_side_by_side_when_wide_and_notes_other_content(content: Content) -> None:
    save_two(content, then_version="2020.1.0")
    app = NetwerkcheckApp(content, lang="en", save=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        await pilot.press("space", "down", "space", "ctrl+r")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        assert not screen.has_class("-stacked")
        then_map = screen.query_one("#map-then", NetworkMap)
        now_map = screen.query_one("#map-now", NetworkMap)
        assert then_map.region.y == now_map.region.y and then_map.region.x < now_map.region.x
        assert "different versions of the questions" in texts(app)


async def test_delete_asks_first_then_removes_one(content: Content) -> None:
    then, _ = save_two(content)
    app = NetwerkcheckApp(content, lang="nl", save=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        await pilot.press("ctrl+d")
        await pilot.pause()
        await pilot.press("enter")  # 'Nee, bewaren' has focus
        await pilot.pause()
        assert app.screen.query_one(HistoryList).option_count == 2
        await pilot.press("ctrl+d")
        await pilot.pause()
        await pilot.press("tab", "enter")  # 'Ja, wissen'
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        listing = app.screen.query_one(HistoryList)
        assert listing.option_count == 1
        assert listing.get_option_at_index(0).value == then.id
    with CheckStore() as store:
        assert store.ids() == [then.id]


async def test_forget_needs_the_exact_word_and_deletes_everything(content: Content) -> None:
    save_two(content)
    assert any(p.suffix == ".json" for p in check_files())
    app = NetwerkcheckApp(content, lang="nl", save=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        await pilot.press("ctrl+f")
        await pilot.pause()
        assert isinstance(app.screen, ForgetScreen)
        shown = texts(app)
        assert "2 check(s)" in shown and "back-ups" in shown  # what, and what it cannot
        await pilot.press(*"vergeten", "enter")  # not the exact word
        await pilot.pause()
        assert isinstance(app.screen, ForgetScreen)
        assert "Er is niets gewist" in texts(app)
        assert len([p for p in check_files() if p.suffix == ".json"]) == 2
        await pilot.press(*"VERGETEN", "enter")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        assert app.saving is False and app.store is None
        assert not app.screen.query("#history")
    assert check_files() == []
    assert not data_dir().exists()


async def test_with_saving_off_history_says_nothing_is_shown(content: Content) -> None:
    save_two(content)
    app = NetwerkcheckApp(content, lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not app.screen.query("#history")
        await pilot.press("f3")  # not offered when saving is off
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        app.push_screen(HistoryScreen())
        await pilot.pause()
        assert "Opslaan staat uit" in texts(app)
        assert not app.screen.query(HistoryList)


async def test_from_the_results_the_open_check_is_marked_and_can_be_deleted() -> None:
    """Any check will do (the small fixture): the open one is marked in the history and
    deleting it there deletes its file and stops the autosave."""
    from tests.tui.helpers import small_content, walk_to_results

    app = NetwerkcheckApp(small_content(), lang="nl", save=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await walk_to_results(pilot, app)
        assert isinstance(app.screen, ResultsScreen)
        await pilot.press("f3")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        listing = app.screen.query_one(HistoryList)
        assert listing.option_count == 1
        assert "(nu open)" in str(listing.get_option_at_index(0).prompt)
        await pilot.press("ctrl+d")
        await pilot.pause()
        await pilot.press("tab", "enter")
        await pilot.pause()
        assert app.autosave.store is None  # a later change does not bring it back
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
    assert not [p for p in check_files() if p.suffix == ".json"]


# --- privacy: a person's history never shows counsellor sessions -------------------------

PSEUDONYM = "Cliënt Zeven"


def save_client_checks(content: Content, finished: bool = True) -> list[CheckRecord]:
    """Two checks of counsellor sessions (one client), saved after the person's own."""
    with CheckStore() as store:
        return [
            store.save(
                new_record(content.version, client=name).with_answers(
                    THEN, current=None if finished else "tevreden", finished=finished
                )
            )
            for name in (PSEUDONYM, "cliënt zeven ")  # the same client, written differently
        ]


async def test_history_lists_only_the_persons_own_checks(content: Content) -> None:
    then, now = save_two(content)
    save_client_checks(content)
    app = NetwerkcheckApp(content, lang="nl", save=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        listing = app.screen.query_one(HistoryList)
        assert [listing.get_option_at_index(i).value for i in range(listing.option_count)] == [
            now.id,
            then.id,
        ]
        shown = texts(app) + "".join(
            str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)
        )
        assert "Zeven" not in shown and "zeven" not in shown
        assert "hulpverlenersmodus staan hier niet" in shown
        # compare picks from the person's checks only
        await pilot.press("space", "down", "space", "ctrl+r")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        assert {screen.then.id, screen.now.id} == {then.id, now.id}


async def test_only_client_checks_no_history_button_and_an_empty_history(
    content: Content,
) -> None:
    save_client_checks(content)
    app = NetwerkcheckApp(content, lang="nl", save=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        assert not app.screen.query("#history")
        app.push_screen(HistoryScreen())
        await pilot.pause()
        assert not app.screen.query(HistoryList)
        shown = texts(app)
        assert "geen eigen checks" in shown and "Zeven" not in shown


async def test_welcome_offers_only_the_persons_own_unfinished_check(content: Content) -> None:
    with CheckStore() as store:
        own = store.save(new_record(content.version).with_answers(THEN, current="tevreden"))
    save_client_checks(content, finished=False)  # newer, unfinished, of a client
    app = NetwerkcheckApp(content, lang="nl", save=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.resumable is not None and app.resumable.id == own.id
        assert app.screen.query("#resume")
        await pilot.press("enter")  # 'Verder gaan'
        await pilot.pause()
        assert app.autosave.record.id == own.id and app.autosave.record.client is None


async def test_welcome_offers_no_client_check_to_resume(content: Content) -> None:
    save_client_checks(content, finished=False)
    app = NetwerkcheckApp(content, lang="nl", save=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.resumable is None
        assert not app.screen.query("#resume")
        assert "Zeven" not in texts(app)


async def test_deleting_the_resumable_check_never_offers_a_client_check(
    content: Content,
) -> None:
    with CheckStore() as store:
        own = store.save(new_record(content.version).with_answers(THEN, current="tevreden"))
    save_client_checks(content, finished=False)
    app = NetwerkcheckApp(content, lang="nl", save=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        assert app.screen.query_one(HistoryList).get_option_at_index(0).value == own.id
        await pilot.press("ctrl+d")
        await pilot.pause()
        await pilot.press("tab", "enter")  # 'Ja, wissen'
        await pilot.pause()
        assert app.resumable is None
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        assert not app.screen.query("#resume")


async def test_forget_says_counsellor_sessions_are_deleted_too(content: Content) -> None:
    save_two(content)
    save_client_checks(content)
    app = NetwerkcheckApp(content, lang="nl", save=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        await pilot.press("ctrl+f")
        await pilot.pause()
        assert isinstance(app.screen, ForgetScreen)
        shown = texts(app)
        assert "4 check(s)" in shown
        assert "2 check(s) uit de" in shown and "1 cliënt(en)" in shown
        assert "ook gewist" in shown and "Zeven" not in shown
        await pilot.press(*"VERGETEN", "enter")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
    assert not data_dir().exists()


async def test_forget_without_counsellor_sessions_does_not_mention_them(
    content: Content,
) -> None:
    save_two(content)
    app = NetwerkcheckApp(content, lang="en", save=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        await pilot.press("ctrl+f")
        await pilot.pause()
        assert isinstance(app.screen, ForgetScreen)
        assert not app.screen.query("#forget-clients")
        assert "counsellor mode" not in texts(app)
