"""Counsellor mode with a client beside you and an office around you (issue 13):
the passphrase, the lock (by key and by itself), no toast over it, client data sealed
on disk, the picker's neutral focus, the client's timeline, the scale's outcome on the
counsellor's choice, and files never replaced without asking. Driven by keys."""

from __future__ import annotations

import os
from pathlib import Path

from textual.widgets import Static
from textual.widgets._toast import Toast

from netwerkcheck.content import models as m
from netwerkcheck.content.loader import Content
from netwerkcheck.i18n import t
from netwerkcheck.store.vault import CounsellorSettings, vault_exists
from netwerkcheck.tui.app import NetwerkcheckApp
from netwerkcheck.tui.counsellor.lock import LockScreen, PassphraseScreen
from netwerkcheck.tui.counsellor.picker import ClientPickerScreen
from netwerkcheck.tui.counsellor.scale import ScaleScreen
from netwerkcheck.tui.counsellor.timeline import ClientScreen
from netwerkcheck.tui.screens.modals import ConfirmScreen
from netwerkcheck.tui.screens.overview import OverviewScreen
from netwerkcheck.tui.screens.question import QuestionScreen
from netwerkcheck.tui.screens.results import ResultsScreen
from netwerkcheck.tui.screens.welcome import WelcomeScreen
from tests.tui.helpers import answer_current
from tests.tui.test_counsellor import (  # noqa: F401 (the fixture is used by name)
    PASS,
    SIZE,
    _close_help,
    _fast_passphrase,
    _new_client,
    _passphrase,
    _small,
    _tab_to,
    _texts,
    _to_results,
    _until,
)

SENTINEL = "KWARTEL-5521"


def _data() -> Path:
    return Path(os.environ["XDG_DATA_HOME"]) / "netwerkcheck"


def _burst(app: NetwerkcheckApp, keys: list[str]) -> None:
    """Send keys as a fast typist (or a paste) does: all at once, no waiting between
    them (Pilot's `press` waits for the app to be idle after every key)."""
    from textual import events

    driver = app._driver
    assert driver is not None
    for key in keys:
        event = events.Key(key, key if len(key) == 1 else None)
        event.set_sender(app)
        driver.send_message(event)


def _visible_toasts(app: NetwerkcheckApp) -> list[str]:
    return [str(toast.render()) for toast in app.screen.query(Toast)]


async def _session_without_saving(pilot: object, app: NetwerkcheckApp) -> None:
    await _passphrase(pilot, app)  # type: ignore[arg-type]
    await pilot.press("enter")  # type: ignore[attr-defined]
    await _until(pilot, lambda: isinstance(app.screen, QuestionScreen))  # type: ignore[arg-type]


async def test_first_use_says_a_forgotten_passphrase_means_unreadable_data(
    content: Content,
) -> None:
    app = NetwerkcheckApp(_small(content), lang="nl", save=True, counsellor=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PassphraseScreen) and app.screen.mode == "create"
        assert t("vault.forgotten_warning") in _texts(app=app)
        # too short, then not the same twice: refused calmly
        await pilot.press(*"kort", "enter", *"kort", "enter")
        await pilot.pause()
        assert t("vault.too_short", min=8) in _texts(app=app)
        await pilot.press("ctrl+a", "ctrl+k", *PASS, "enter", *"iets anders!", "enter")
        await pilot.pause()
        assert t("vault.not_same") in _texts(app=app)
        assert isinstance(app.screen, PassphraseScreen)
        await pilot.press(*PASS, "enter")
        await _until(pilot, lambda: isinstance(app.screen, ClientPickerScreen))
    assert not vault_exists(_data())  # nothing written before a client is made


async def test_counsellor_mode_needs_the_passphrase_once_it_exists(content: Content) -> None:
    first = NetwerkcheckApp(_small(content), lang="nl", save=True, counsellor=True)
    async with first.run_test(size=SIZE) as pilot:
        await _passphrase(pilot, first)
        await _new_client(pilot, first, SENTINEL)
    assert vault_exists(_data())
    # The person's own welcome screen: 'Hulpverlener' leads to the passphrase only.
    app = NetwerkcheckApp(_small(content), lang="nl", save=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        await _tab_to(pilot, app, "counsellor")
        await pilot.press("enter")
        await _until(pilot, lambda: isinstance(app.screen, PassphraseScreen))
        assert isinstance(app.screen, PassphraseScreen) and app.screen.mode == "open"
        for key in ("enter", "escape", "f4", "f6", "f9", "f3"):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, PassphraseScreen), key
        await pilot.press(*"niet het wachtwoord", "enter")
        await _until(pilot, lambda: t("vault.wrong") in _texts(app=app))
        assert isinstance(app.screen, PassphraseScreen)
        assert SENTINEL not in _texts(app=app)
        assert SENTINEL not in app.export_screenshot()
        await pilot.press(*PASS, "enter")
        await _until(pilot, lambda: isinstance(app.screen, ClientPickerScreen))
        assert SENTINEL in _texts(app=app)


async def test_client_data_on_disk_holds_no_typed_text(content: Content) -> None:
    app = NetwerkcheckApp(_small(content), lang="nl", save=True, counsellor=True)
    async with app.run_test(size=SIZE) as pilot:
        await _passphrase(pilot, app)
        await _new_client(pilot, app, f"{SENTINEL}-naam")
        await pilot.press("f4")
        await pilot.pause()
        await pilot.press(*f"{SENTINEL}-notitie", "ctrl+s")
        await pilot.pause()
        for _ in range(40):
            await _close_help(pilot, app)
            screen = app.screen
            if isinstance(screen, ResultsScreen):
                break
            if isinstance(screen, OverviewScreen):  # the answers overview, before the results
                await pilot.press("ctrl+n")
                await pilot.pause()
                continue
            assert isinstance(screen, QuestionScreen) and screen.session.question is not None
            question = screen.session.question
            if isinstance(question, m.TextQuestion):
                await pilot.press(*f"{SENTINEL}-antwoord", "ctrl+n")
                await pilot.pause()
            elif isinstance(question, m.SingleQuestion) and question.id == "wens_verandering":
                await pilot.press("down", "enter", "ctrl+n")  # 'yes': the text question follows
                await pilot.pause()
            else:
                await answer_current(pilot, question)
        assert isinstance(app.screen, ResultsScreen)
        record = app.autosave.record
        assert any(SENTINEL in str(v) for v in record.answers.values())
        assert app.store is not None and app.store.load(record.id).notes
    raw = b"".join(p.read_bytes() for p in _data().rglob("*") if p.is_file())
    assert raw
    for needle in (SENTINEL, "notitie", "antwoord", "-naam"):
        assert needle.encode() not in raw, needle


async def test_lock_then_esc_enter_f9_do_not_unlock(content: Content) -> None:
    app = NetwerkcheckApp(_small(content), lang="nl", save=False, counsellor=True)
    async with app.run_test(size=SIZE) as pilot:
        await _session_without_saving(pilot, app)
        question = app.screen
        await pilot.press("f9")
        await pilot.pause()
        assert isinstance(app.screen, LockScreen)
        for key in ("escape", "enter", "f9", "escape", "enter", "f9"):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, LockScreen), key
        await pilot.press(*PASS, "enter")
        await _until(pilot, lambda: app.screen is question)


async def test_the_lock_comes_on_by_itself_after_the_idle_time(content: Content) -> None:
    app = NetwerkcheckApp(_small(content), lang="nl", save=False, counsellor=True)
    async with app.run_test(size=SIZE) as pilot:
        await _session_without_saving(pilot, app)
        assert not app.locked
        app.settings = CounsellorSettings(idle_minutes=0.005)  # 0.3 seconds
        await _until(pilot, lambda: isinstance(app.screen, LockScreen), tries=400)
        assert app.locked
        picture = app.export_screenshot().replace("&#160;", " ")
        assert "Met wie woon je?" not in picture
        app.settings = CounsellorSettings()
        await pilot.pause()
        await pilot.press(*PASS, "enter")
        await _until(pilot, lambda: isinstance(app.screen, QuestionScreen))


async def test_no_toast_is_visible_on_the_lock_screen(content: Content) -> None:
    app = NetwerkcheckApp(_small(content), lang="nl", save=False, counsellor=True)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _session_without_saving(pilot, app)
        app.notify(f"{SENTINEL} /home/x/handout-merel.html", timeout=60, markup=False)
        await pilot.pause()
        assert any(SENTINEL in text for text in _visible_toasts(app))
        await pilot.press("f9")
        await pilot.pause()
        assert isinstance(app.screen, LockScreen)
        app.notify(f"{SENTINEL} later", timeout=60, markup=False)  # suppressed
        await pilot.pause()
        assert _visible_toasts(app) == []
        assert SENTINEL not in app.export_screenshot()


async def test_the_picker_opens_with_no_row_acted_on_by_a_stray_enter(content: Content) -> None:
    app = NetwerkcheckApp(_small(content), lang="nl", save=True, counsellor=True)
    async with app.run_test(size=SIZE) as pilot:
        await _passphrase(pilot, app)
        await _new_client(pilot, app, "Merel")
        await pilot.press("f6")
        await _until(pilot, lambda: isinstance(app.screen, ClientPickerScreen))
        assert app.focused is not None and app.focused.id == "pseudonym"
        await pilot.press("enter", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ClientPickerScreen)
        assert t("counsellor.pseudonym_empty") in _texts(app=app)


async def test_the_client_in_hand_is_named_on_every_check_screen(content: Content) -> None:
    app = NetwerkcheckApp(_small(content), lang="nl", save=True, counsellor=True)
    async with app.run_test(size=SIZE) as pilot:
        await _passphrase(pilot, app)
        await _new_client(pilot, app, "Merel")
        label = t("counsellor.client_in_hand", name="Merel")
        top = app.screen.query_one("#theme-title", Static)
        assert label in str(top.render()) and top.region.y < 2
        await _to_results(pilot, app)
        badge = app.screen.query_one("#client-in-hand", Static)
        assert label in str(badge.render()) and badge.region.y == 0
        app.screen.query_one("#results-body").scroll_end(animate=False)
        await pilot.pause()
        assert badge.region.y == 0  # stays in sight


async def test_timeline_opens_compares_and_starts_from_last_network(content: Content) -> None:
    from netwerkcheck.engine.network import Network, Person
    from netwerkcheck.store.clients import find_client
    from netwerkcheck.tui.screens.compare import CompareScreen

    app = NetwerkcheckApp(content, lang="nl", save=True, counsellor=True)
    async with app.run_test(size=SIZE) as pilot:
        await _passphrase(pilot, app)
        await _new_client(pilot, app, "Merel")
        # the first check: a network of two (set through the session, as the editor does)
        people = (
            Person(name="Anna", relation="friend", circle="inner"),
            Person(name="Bram", relation="family", circle="middle"),
        )
        app.session.set_answer("netwerk", Network(people=people))
        await pilot.press("f6")
        await _until(pilot, lambda: isinstance(app.screen, ClientPickerScreen))
        await _tab_to(pilot, app, "clients")
        await pilot.press("enter")
        await _until(pilot, lambda: isinstance(app.screen, ClientScreen))
        # a new check from last time's network
        await pilot.press("ctrl+n")
        await _until(pilot, lambda: isinstance(app.screen, QuestionScreen))
        assert app.session.answers["netwerk"] == Network(people=people)
        second = app.autosave.record.id
        await pilot.press("f6")
        await _until(pilot, lambda: isinstance(app.screen, ClientPickerScreen))
        assert app.store is not None
        client = find_client(app.store, "Merel")
        assert client is not None and len(client.records) == 2
        await _tab_to(pilot, app, "clients")
        await pilot.press("enter")
        await _until(pilot, lambda: isinstance(app.screen, ClientScreen))
        # Enter and Space only mark rows; Compare shows the two side by side.
        await pilot.press("enter", "down", "space")
        await pilot.pause()
        assert isinstance(app.screen, ClientScreen)
        await pilot.press("ctrl+r")
        await _until(pilot, lambda: isinstance(app.screen, CompareScreen))
        await pilot.press("escape")
        await _until(pilot, lambda: isinstance(app.screen, ClientScreen))
        # open any: the older one (second row)
        await pilot.press("ctrl+o")
        await _until(pilot, lambda: isinstance(app.screen, QuestionScreen))
        assert app.autosave.record.id != second


async def test_djg_outcome_absent_until_revealed_and_fast_keys_answer_every_item(
    content: Content,
) -> None:
    app = NetwerkcheckApp(_small(content), lang="nl", save=False, counsellor=True)
    async with app.run_test(size=SIZE) as pilot:
        await _passphrase(pilot, app)
        app.settings = CounsellorSettings(scales_enabled=True)
        await pilot.press("enter")
        await _until(pilot, lambda: isinstance(app.screen, QuestionScreen))
        await _to_results(pilot, app)
        await pilot.press("f8")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ScaleScreen)
        await pilot.press("enter")  # the first: DJG-11
        await pilot.pause()
        assert screen.scale is not None
        count = len(screen.scale.items)
        keys: list[str] = []
        for _ in range(count):
            keys += ["down", "down", "enter", "ctrl+n"]  # the second option (no cursor at first)
        _burst(app, keys)  # no pause between the items
        await _until(pilot, lambda: screen.done)
        await pilot.pause()
        assert len(screen.answers) == count
        assert set(screen.answers) == {i.id for i in screen.scale.items}
        assert not screen.query("#scale-outcome")
        assert not screen.query("#scale-total") and not screen.query("#scale-band")
        await pilot.press("enter")  # 'Uitkomst tonen'
        await pilot.pause()
        assert screen.query("#scale-outcome") and screen.query("#scale-total")
        assert not screen.query("#scale-band")


async def test_scales_are_off_until_enabled(content: Content) -> None:
    app = NetwerkcheckApp(_small(content), lang="nl", save=False, counsellor=True)
    async with app.run_test(size=SIZE) as pilot:
        await _session_without_saving(pilot, app)
        await _to_results(pilot, app)
        assert not app.screen.query("#scale")
        await pilot.press("f8")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)


async def test_a_file_is_never_replaced_without_asking(content: Content) -> None:
    from netwerkcheck.tui.counsellor.handout_dialog import HandoutScreen

    home = Path(os.environ["HOME"])
    keep = home / "h.html"
    keep.write_text("KEEP ME", encoding="utf-8")
    app = NetwerkcheckApp(_small(content), lang="nl", save=False, counsellor=True)
    async with app.run_test(size=SIZE) as pilot:
        await _session_without_saving(pilot, app)
        await _to_results(pilot, app)
        await pilot.press("f5")
        await pilot.pause()
        assert isinstance(app.screen, HandoutScreen)
        await _tab_to(pilot, app, "handout-path")
        await pilot.press("ctrl+a", "ctrl+k", *"~/h.html", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert t("file.exists_title") in _texts(app=app)
        await pilot.press("enter")  # 'No' has focus
        await pilot.pause()
        assert isinstance(app.screen, HandoutScreen)
        assert keep.read_text(encoding="utf-8") == "KEEP ME"
        await pilot.press("enter")  # again, and Escape means No too
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert keep.read_text(encoding="utf-8") == "KEEP ME"
        # an unknown ending is refused, nothing is written
        await _tab_to(pilot, app, "handout-path")
        await pilot.press("ctrl+a", "ctrl+k", *"~/h.pdf", "enter")
        await pilot.pause()
        assert isinstance(app.screen, HandoutScreen)
        assert not (home / "h.pdf").exists()
        assert ".pdf" in str(app.screen.query_one("#handout-error", Static).render())
        # and replacing after 'Yes' works
        await pilot.press("ctrl+a", "ctrl+k", *"~/h.html", "enter")
        await pilot.pause()
        await pilot.press("tab", "enter")  # 'Yes, replace'
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
    assert "<html" in keep.read_text(encoding="utf-8")


def test_default_names_carry_the_pseudonym_and_the_date() -> None:
    import datetime as dt

    from netwerkcheck.tui.screens.export import default_path, format_of, slug

    day = dt.date.today().isoformat()
    assert default_path("html", "netwerkcheck-overdracht", "Mérel de Vries/../x").name == (
        f"netwerkcheck-overdracht-merel-de-vries-x-{day}.html"
    )
    assert default_path("md").name == f"netwerkcheck-{day}.md"
    assert slug("\u202e\x1b[31mAB") == "31mab"
    assert format_of(Path("a.HTM"), ("html", "md")) == "html"
    assert format_of(Path("a.pdf"), ("html", "md")) is None
    assert format_of(Path("a"), ("html", "md")) == ""


async def test_notes_confirm_and_all_notes_show_on_the_results(content: Content) -> None:
    app = NetwerkcheckApp(_small(content), lang="nl", save=True, counsellor=True)
    async with app.run_test(size=SIZE) as pilot:
        await _passphrase(pilot, app)
        await _new_client(pilot, app, "Merel")
        await pilot.press("f4")
        await pilot.pause()
        await pilot.press(*"over het wonen", "ctrl+s")
        await pilot.pause()
        assert any(n.message == t("counsellor.note_saved") for n in app._notifications)
        await _to_results(pilot, app)
        await pilot.press("f4")
        await pilot.pause()
        await pilot.press(*"over de sessie", "ctrl+s")
        await pilot.pause()
        notes = "\n".join(str(w.render()) for w in app.screen.query(".session-note"))
        assert "over het wonen" in notes and "over de sessie" in notes


async def test_prompts_are_in_sight_at_80x24_on_every_question(content: Content) -> None:
    app = NetwerkcheckApp(content, lang="nl", save=False, counsellor=True)
    async with app.run_test(size=SIZE) as pilot:
        await _session_without_saving(pilot, app)
        for _ in range(60):
            await _close_help(pilot, app)
            screen = app.screen
            if isinstance(screen, ResultsScreen):
                break
            if isinstance(screen, OverviewScreen):  # the answers overview, before the results
                await pilot.press("ctrl+n")
                await pilot.pause()
                continue
            assert isinstance(screen, QuestionScreen) and screen.session.question is not None
            prompts = screen.query_one("#counsellor-prompts", Static)
            panel = screen.query_one("#counsellor-panel")
            assert panel.region.height > 0
            assert prompts.region.y >= panel.region.y
            assert panel.region.bottom <= SIZE[1] - 2  # above the buttons and footer
            assert str(prompts.render()).startswith(t("counsellor.prompts"))
            await answer_current(pilot, screen.session.question)
        assert isinstance(app.screen, ResultsScreen)


async def test_the_persons_forget_leaves_counsellor_data_and_says_so(content: Content) -> None:
    from netwerkcheck.tui.screens.forget import ForgetScreen

    first = NetwerkcheckApp(_small(content), lang="nl", save=True, counsellor=True)
    async with first.run_test(size=SIZE) as pilot:
        await _passphrase(pilot, first)
        await _new_client(pilot, first, "Merel")
    app = NetwerkcheckApp(_small(content), lang="nl", save=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.push_screen(ForgetScreen())
        await pilot.pause()
        assert t("fg.counsellor_separate") in _texts(app=app)
    assert vault_exists(_data())


async def test_a_tampered_client_file_is_set_aside_and_the_counsellor_told(
    content: Content,
) -> None:
    first = NetwerkcheckApp(_small(content), lang="nl", save=True, counsellor=True)
    async with first.run_test(size=SIZE) as pilot:
        await _passphrase(pilot, first)
        await _new_client(pilot, first, "Merel")
    checks = _data() / "counsellor" / "checks"
    (path,) = [p for p in checks.iterdir() if p.name.endswith(".json.enc")]
    blob = bytearray(path.read_bytes())
    blob[-1] ^= 0x01  # the GCM tag no longer matches
    path.write_bytes(bytes(blob))
    app = NetwerkcheckApp(_small(content), lang="nl", save=True, counsellor=True)
    async with app.run_test(size=SIZE) as pilot:
        await _passphrase(pilot, app)
        assert "Merel" not in _texts(app=app)
        told = [n.message for n in app._notifications]
        assert any(t("store.bad.tampered") in m for m in told)
    assert not path.exists()
    aside = [p for p in checks.iterdir() if ".corrupt-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == bytes(blob)


async def test_back_from_the_passphrase_returns_to_the_persons_welcome(content: Content) -> None:
    app = NetwerkcheckApp(_small(content), lang="nl", save=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await _tab_to(pilot, app, "counsellor")
        await pilot.press("enter")
        await _until(pilot, lambda: isinstance(app.screen, PassphraseScreen))
        await _tab_to(pilot, app, "passphrase-back")
        await pilot.press("enter")
        await _until(pilot, lambda: isinstance(app.screen, WelcomeScreen))
        assert not app.counsellor and app.vault is None
        await pilot.press("f9")  # no lock in a person's own check
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
