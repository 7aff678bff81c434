"""Counsellor mode, driven by keys only: clients kept apart, the lock screen, private
notes (kept with the session, out of the handout unless chosen), 'to talk about'
marks, the conversation aid, and that a person's own check never shows a score."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from textual import events
from textual.geometry import Region
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Button, Checkbox, OptionList, RadioButton, Static

from netwerkcheck.cli import build_parser
from netwerkcheck.content.loader import Content
from netwerkcheck.i18n import Lang, t
from netwerkcheck.store import CheckStore
from netwerkcheck.store.clients import list_clients
from netwerkcheck.store.vault import KdfDefaults
from netwerkcheck.tui.app import NetwerkcheckApp
from netwerkcheck.tui.counsellor.handout_dialog import HandoutScreen
from netwerkcheck.tui.counsellor.lock import LockScreen, PassphraseScreen
from netwerkcheck.tui.counsellor.notes import NotesScreen
from netwerkcheck.tui.counsellor.picker import ClientPickerScreen
from netwerkcheck.tui.counsellor.scale import ScaleScreen
from netwerkcheck.tui.screens.help import HelpScreen
from netwerkcheck.tui.screens.overview import OverviewScreen
from netwerkcheck.tui.screens.question import QuestionScreen
from netwerkcheck.tui.screens.results import ResultsScreen
from tests.tui.helpers import answer_current, in_view, small_content

SIZE = (80, 24)
PASS = "geheim wachtwoord"


@pytest.fixture(autouse=True)
def _fast_passphrase(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Small key-derivation parameters and no wait after a wrong passphrase, so the
    tests stay quick (the code path is the same; tests/store/test_vault.py checks the
    real parameters)."""
    from netwerkcheck.store import vault
    from netwerkcheck.tui.counsellor import lock

    small = KdfDefaults(
        argon2={"iterations": 1, "lanes": 1, "memory_kib": 8 * 1024},
        scrypt={"n": 2**10, "r": 8, "p": 1},
    )
    monkeypatch.setattr(vault, "DEFAULTS", small)
    monkeypatch.setattr(lock, "WRONG_DELAY", 0.0)
    yield


async def _until(pilot: Pilot[None], holds: Callable[[], bool], tries: int = 3000) -> None:
    """Let the app run until `holds()` (the key is derived in a thread)."""
    for _ in range(tries):
        if holds():
            return
        await pilot.pause(0.02)
    raise AssertionError("the app never got there")


async def _passphrase(pilot: Pilot[None], app: NetwerkcheckApp, text: str = PASS) -> None:
    """Set (first use: twice) or give the counsellor's passphrase; on to the picker.

    Pasted into its field, as a password manager does, then Enter: a Pilot key press
    per letter took a third of a second of the suite each time, in some sixty tests.
    Typing it letter by letter is what the tests of the passphrase itself do
    (test_lock_screen_hides_the_answers_..., and in test_counsellor_safety the tests of
    a passphrase that exists and of the lock)."""
    await _until(pilot, lambda: isinstance(app.screen, PassphraseScreen))
    screen = app.screen
    assert isinstance(screen, PassphraseScreen)
    await pilot.pause()
    fields = ["passphrase", "passphrase-again"] if screen.mode == "create" else ["passphrase"]
    for field in fields:
        await _until(pilot, _has_focus(app, field))
        app.post_message(events.Paste(text))
        await pilot.press("enter")
    await _until(pilot, lambda: isinstance(app.screen, ClientPickerScreen))
    await pilot.pause()


def _has_focus(app: NetwerkcheckApp, widget_id: str) -> Callable[[], bool]:
    return lambda: app.focused is not None and app.focused.id == widget_id


async def _open_client(pilot: Pilot[None], app: NetwerkcheckApp, down: int = 0) -> None:
    """From the picker: the client `down` rows below the first, then its latest check."""
    from netwerkcheck.tui.counsellor.timeline import ClientScreen

    await _tab_to(pilot, app, "clients")
    await pilot.press(*(["down"] * down), "enter")
    await _until(pilot, lambda: isinstance(app.screen, ClientScreen))
    await pilot.press("ctrl+o")
    await _until(pilot, lambda: isinstance(app.screen, QuestionScreen | ResultsScreen))


def _small(content: Content) -> Content:
    """The small fixture (five questions, quick to walk) with the shipped scales."""
    small = small_content()
    small.scales = content.scales
    return small


def _texts(root: Widget | None = None, app: NetwerkcheckApp | None = None) -> str:
    """All text the widgets of a screen hold (Statics, buttons, labels), joined."""
    assert root is not None or app is not None
    node = root if root is not None else app.screen  # type: ignore[union-attr]
    parts: list[str] = []
    for widget in node.query("*"):
        if isinstance(widget, Static | Button):
            parts.append(str(widget.render()))
        elif isinstance(widget, OptionList):
            parts += [str(option.prompt) for option in widget.options]
    return "\n".join(parts)


def _footer(app: NetwerkcheckApp) -> str:
    """The key labels the footer shows now."""
    return " ".join(a.binding.description for a in app.active_bindings.values() if a.binding.show)


async def _type(pilot: Pilot[None], text: str) -> None:
    await pilot.press(*text)


async def _close_help(pilot: Pilot[None], app: NetwerkcheckApp) -> None:
    while isinstance(app.screen, HelpScreen):
        await pilot.press("escape")
        await pilot.pause()


async def _new_client(pilot: Pilot[None], app: NetwerkcheckApp, name: str) -> None:
    assert isinstance(app.screen, ClientPickerScreen)
    await pilot.press("ctrl+n")  # focus the pseudonym field
    await _type(pilot, name)
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(app.screen, QuestionScreen)


async def _to_results(pilot: Pilot[None], app: NetwerkcheckApp, limit: int = 80) -> None:
    for _ in range(limit):
        await _close_help(pilot, app)
        screen = app.screen
        if isinstance(screen, ResultsScreen):
            return
        if isinstance(screen, OverviewScreen):  # the answers overview, before the results
            await pilot.press("ctrl+n")
            await pilot.pause()
            continue
        assert isinstance(screen, QuestionScreen)
        question = screen.session.question
        assert question is not None
        await answer_current(pilot, question)
    raise AssertionError("the check did not end")


async def _tab_to(pilot: Pilot[None], app: NetwerkcheckApp, widget_id: str) -> None:
    for _ in range(20):
        if app.focused is not None and app.focused.id == widget_id:
            return
        await pilot.press("tab")
    raise AssertionError(f"Tab never reached #{widget_id}")


async def _enable_scales(pilot: Pilot[None], app: NetwerkcheckApp) -> None:
    """On the picker: F7 settings, tick the scales, save."""
    from netwerkcheck.tui.counsellor.settings import SettingsScreen

    assert isinstance(app.screen, ClientPickerScreen)
    await pilot.press("f7")
    await pilot.pause()
    assert isinstance(app.screen, SettingsScreen)
    await pilot.press("enter")  # the scales checkbox has focus
    await _tab_to(pilot, app, "settings-save")
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(app.screen, ClientPickerScreen)
    assert app.settings.scales_enabled


def _drawn_words(widget: Widget) -> str:
    """The words a widget draws, border and box glyphs left out, lines joined (what
    the counsellor can read)."""
    lines = widget.render_lines(Region(0, 0, *widget.outer_size))
    words = [w for line in lines for w in line.text.split() if any(c.isalnum() for c in w)]
    return " ".join(words)


@pytest.mark.parametrize("size", [(80, 24), (60, 18)], ids=["80x24", "60x18"])
@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_settings_say_every_word_and_the_minutes_in_words_that_fit(
    lang: Lang, size: tuple[int, int]
) -> None:
    """The scales' checkbox says its whole sentence inside the dialog (it ran off the
    dialog's edge at 80 columns), and the idle times read '1 minuut', '5 minuten'."""
    from netwerkcheck.tui.counsellor.settings import SettingsScreen

    app = NetwerkcheckApp(small_content(), lang=lang, save=False, counsellor=True)
    async with app.run_test(size=size) as pilot:
        await _passphrase(pilot, app)
        await pilot.press("f7")
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen)
        box = app.screen.query_one("#settings-scales", Checkbox)
        assert in_view(box), box.region
        assert " ".join(t("counsellor.settings_scales", lang).split()) in _drawn_words(box)
        labels = [_drawn_words(radio) for radio in app.screen.query(RadioButton)]
        one, five = ("1 minuut", "5 minuten") if lang == "nl" else ("1 minute", "5 minutes")
        assert any(label.endswith(one) for label in labels), labels
        assert any(label.endswith(five) for label in labels), labels


def test_counsellor_flag_on_the_command_line() -> None:
    assert build_parser("nl").parse_args(["--counsellor"]).counsellor is True
    assert build_parser("en").parse_args([]).counsellor is False


async def test_welcome_choice_starts_counsellor_mode(content: Content) -> None:
    app = NetwerkcheckApp(content, lang="nl", save=False)
    async with app.run_test(size=SIZE) as pilot:
        assert not app.counsellor
        await _tab_to(pilot, app, "counsellor")
        await pilot.press("enter")
        await pilot.pause()
        assert app.counsellor
        assert isinstance(app.screen, PassphraseScreen) and app.screen.mode == "create"
        await _passphrase(pilot, app)
        assert isinstance(app.screen, ClientPickerScreen)
        # Saving is off (--no-save): only 'without saving', and it has focus.
        assert app.focused is not None and app.focused.id == "nosave"
        assert not app.screen.query("#pseudonym")


async def test_without_saving_is_the_default_on_first_use(content: Content) -> None:
    app = NetwerkcheckApp(content, lang="nl", save=True, counsellor=True)
    async with app.run_test(size=SIZE) as pilot:
        await _passphrase(pilot, app)
        assert isinstance(app.screen, ClientPickerScreen)
        assert app.focused is not None and app.focused.id == "nosave"
        assert t("counsellor.pseudonym_hint") in _texts(app=app)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        await pilot.press("down", "down", "enter", "ctrl+n")
        await pilot.pause()
        assert not app.saving and app.client is None
    assert not (Path(os.environ["XDG_DATA_HOME"]) / "netwerkcheck").exists()


async def test_client_switching_keeps_each_clients_checks_apart(content: Content) -> None:
    app = NetwerkcheckApp(content, lang="nl", save=True, counsellor=True)
    async with app.run_test(size=SIZE) as pilot:
        await _passphrase(pilot, app)
        await _new_client(pilot, app, "Merel")
        await pilot.press("down", "down", "enter", "ctrl+n")  # leeftijd: 18 tot 30
        await pilot.pause()
        await _close_help(pilot, app)
        await pilot.press("f6")  # other client
        await pilot.pause()
        assert isinstance(app.screen, ClientPickerScreen)
        assert "Merel" in _texts(app=app)
        await _new_client(pilot, app, "Vink")
        await pilot.press("down", "down", "down", "down", "enter", "ctrl+n")  # leeftijd: 50 tot 65
        await pilot.pause()
        await _close_help(pilot, app)
        await pilot.press("f6")
        await pilot.pause()
        assert isinstance(app.screen, ClientPickerScreen)
        assert app.store is not None
        clients = {c.name: c for c in list_clients(app.store)}
        assert set(clients) == {"Merel", "Vink"}
        assert [len(c.records) for c in clients.values()] == [1, 1]
        assert clients["Merel"].latest.answers["leeftijd"] == "18_29"
        assert clients["Vink"].latest.answers["leeftijd"] != "18_29"
        # The list is newest first: Vink, then Merel. Open Merel with the keys.
        await _open_client(pilot, app, down=1)
        assert isinstance(app.screen, QuestionScreen)
        assert app.autosave.record.client == "Merel"
        assert app.screen.session.answers["leeftijd"] == "18_29"
        # A pseudonym in use cannot be made twice (case and spaces do not count).
        await pilot.press("f6")
        await pilot.pause()
        await pilot.press("ctrl+n")
        await _type(pilot, " merel ")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ClientPickerScreen)
        assert t("counsellor.pseudonym_taken") in _texts(app=app)


async def test_export_and_delete_one_client_in_one_step_each(
    content: Content,
) -> None:
    app = NetwerkcheckApp(content, lang="nl", save=True, counsellor=True)
    target = Path(os.environ["HOME"]) / "m.md"
    async with app.run_test(size=SIZE) as pilot:
        await _passphrase(pilot, app)
        for name in ("Merel", "Vink"):
            await _new_client(pilot, app, name)
            await pilot.press("down", "down", "enter", "ctrl+n")
            await pilot.pause()
            await _close_help(pilot, app)
            await pilot.press("f6")
            await pilot.pause()
        # Merel is second in the list.
        await _tab_to(pilot, app, "clients")
        await pilot.press("down", "ctrl+e")
        await pilot.pause()
        await _tab_to(pilot, app, "client-path")
        await pilot.press("ctrl+a", "ctrl+k", *"~/m.md", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ClientPickerScreen)
        assert os.stat(target).st_mode & 0o777 == 0o600
        assert "18 tot 30 jaar" in target.read_text(encoding="utf-8")
        await pilot.press("ctrl+d")  # asks first; 'No' has focus
        await pilot.pause()
        await pilot.press("tab", "enter")  # 'Yes, delete'
        await pilot.pause()
        assert app.store is not None
        assert [c.name for c in list_clients(app.store)] == ["Vink"]
        assert "Merel" not in _texts(app=app)
    from netwerkcheck.store.vault import Vault, VaultStore

    data = Path(os.environ["XDG_DATA_HOME"]) / "netwerkcheck"
    with VaultStore(data, Vault.open(data, PASS)) as vault_store:
        assert all(r.client != "Merel" for r in vault_store.list())
    with CheckStore() as store:
        assert store.list() == []  # client checks never land in the person's folder


async def test_lock_screen_hides_the_answers_and_only_the_passphrase_unlocks(
    content: Content,
) -> None:
    app = NetwerkcheckApp(content, lang="nl", save=False, counsellor=True)
    async with app.run_test(size=SIZE) as pilot:
        await _passphrase(pilot, app)
        await pilot.press("enter")  # without saving
        await pilot.pause()
        await pilot.press("down", "down", "enter")  # '18 tot 30 jaar'
        await pilot.pause()
        question = app.screen
        assert isinstance(question, QuestionScreen)
        assert "Hoe oud ben je?" in _texts(app=app)
        assert t("counsellor.lock") in _footer(app)
        await pilot.press("f9")
        await pilot.pause()
        assert isinstance(app.screen, LockScreen)
        shown = _texts(app=app)
        for hidden in ("Hoe oud", "jaar", "Over jou", "Gespreksvragen", "gewone week"):
            assert hidden not in shown
        # What is drawn on the terminal holds none of it either.
        picture = app.export_screenshot().replace("&#160;", " ")
        for hidden in ("Hoe oud", "jaar", "Over jou"):
            assert hidden not in picture
        assert t("counsellor.locked_title") in picture
        # Esc, Enter and F9 do not lift it; neither do the other keys of the app.
        for key in ("escape", "enter", "f9", "f6", "f3", "f1", "f4", "ctrl+n"):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, LockScreen), key
            assert app.locked
        # A wrong passphrase: a calm message, still locked.
        await pilot.press(*"verkeerd wachtwoord", "enter")
        await _until(pilot, lambda: t("vault.wrong") in _texts(app=app))
        assert isinstance(app.screen, LockScreen)
        # The passphrase lifts it, and nothing was lost.
        await pilot.press(*PASS, "enter")
        await _until(pilot, lambda: app.screen is question)
        assert not app.locked
        assert question.session.answers["leeftijd"] == "18_29"


async def test_prompts_and_marks_show_only_in_counsellor_mode(content: Content) -> None:
    prompt = content.themes[0].prompts[0].get("nl")
    app = NetwerkcheckApp(content, lang="nl", save=False, counsellor=True)
    async with app.run_test(size=SIZE) as pilot:
        await _passphrase(pilot, app)
        await pilot.press("enter")
        await pilot.pause()
        assert prompt in _texts(app=app)
    own = NetwerkcheckApp(content, lang="nl", save=False)
    async with own.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(own.screen, QuestionScreen)
        assert prompt not in _texts(app=own)
        assert not own.screen.query("#counsellor-prompts")
        await pilot.press("ctrl+t", "f4", "f9")
        await pilot.pause()
        assert isinstance(own.screen, QuestionScreen)
        assert own.autosave.record.talk_about == [] and own.autosave.record.notes == {}


async def test_talk_about_marks_collect_on_the_results(content: Content) -> None:
    app = NetwerkcheckApp(_small(content), lang="nl", save=False, counsellor=True)
    async with app.run_test(size=SIZE) as pilot:
        await _passphrase(pilot, app)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("down", "down", "enter", "ctrl+t")  # mark 'Met wie woon je?'
        await pilot.pause()
        assert t("counsellor.talk_marked") in _texts(app=app)
        await pilot.press("ctrl+n")
        await pilot.pause()
        await _close_help(pilot, app)
        await pilot.press("ctrl+t", "ctrl+t")  # marked, then unmarked again
        await pilot.pause()
        second = app.screen
        assert isinstance(second, QuestionScreen) and second.session.question is not None
        second_text = second.session.question.text.get("nl").strip()
        assert app.autosave.record.talk_about == ["woonsituatie"]
        await _to_results(pilot, app)
        marked = "\n".join(str(w.render()) for w in app.screen.query(".talk-about"))
        assert "Met wie woon je?" in marked and "Met mijn partner" in marked
        assert second_text not in marked


async def test_notes_are_kept_with_the_session_and_out_of_the_handout_unless_chosen(
    content: Content,
) -> None:
    app = NetwerkcheckApp(_small(content), lang="nl", save=True, counsellor=True)
    home = Path(os.environ["HOME"])
    plain, with_notes = home / "h.html", home / "n.md"
    async with app.run_test(size=SIZE) as pilot:
        await _passphrase(pilot, app)
        await _new_client(pilot, app, "Lijster")
        await pilot.press("f4")
        await pilot.pause()
        assert isinstance(app.screen, NotesScreen)
        await _type(pilot, "geheime notitie")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        await pilot.press("ctrl+t")
        await _to_results(pilot, app)
        await pilot.press("f4")  # notes on the whole session
        await pilot.pause()
        await _type(pilot, "sessienotitie")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.autosave.record.notes == {
            "over_jou": "geheime notitie",
            "session": "sessienotitie",
        }
        # Kept with the session: the saved record holds them.
        assert app.store is not None
        saved = app.store.load(app.autosave.record.id)
        assert saved.notes == app.autosave.record.notes and saved.client == "Lijster"

        await pilot.press("f5")
        await pilot.pause()
        assert isinstance(app.screen, HandoutScreen)
        assert app.screen.query_one("#include-notes", Checkbox).value is False
        await _tab_to(pilot, app, "handout-path")
        await pilot.press("ctrl+a", "ctrl+k", *"~/h.html", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)

        await pilot.press("f5")
        await pilot.pause()
        await pilot.press("down", "enter")  # Markdown
        await _tab_to(pilot, app, "include-talk")
        await pilot.press("enter")
        await _tab_to(pilot, app, "include-notes")
        await pilot.press("enter")
        await _tab_to(pilot, app, "handout-path")
        await pilot.press("ctrl+a", "ctrl+k", *"~/n.md", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)

    html = plain.read_text(encoding="utf-8")
    # The counsellor's Ctrl+T mark stays out unless ticked; it is never 'what matters to you'.
    assert "<html" in html and "Met wie woon je?" not in html
    assert t("handout.talk_about") not in html
    assert "geheime notitie" not in html and "sessienotitie" not in html
    assert os.stat(plain).st_mode & 0o777 == 0o600
    md = with_notes.read_text(encoding="utf-8")
    assert "geheime notitie" in md and "sessienotitie" in md
    assert t("handout.talk_about") in md and "Met wie woon je?" in md
    # The handout names the client by pseudonym (and the date), so two clients'
    # handouts are never mixed up.
    assert "Lijster" in html


async def test_scale_is_a_conversation_aid_in_counsellor_mode(content: Content) -> None:
    app = NetwerkcheckApp(_small(content), lang="nl", save=False, counsellor=True)
    async with app.run_test(size=SIZE) as pilot:
        await _passphrase(pilot, app)
        await _enable_scales(pilot, app)
        await pilot.press("enter")
        await pilot.pause()
        await _to_results(pilot, app)
        await pilot.press("f8")
        await pilot.pause()
        assert isinstance(app.screen, ScaleScreen)
        await pilot.press("tab", "enter")  # the second: DJG-6
        await pilot.pause()
        scale_screen = app.screen
        await pilot.press("enter")  # a stray Enter answers no statement for the client
        await pilot.pause()
        assert scale_screen.answers == {} and scale_screen.index == 0
        # and says how to choose, in view under the statement's answers
        how = scale_screen.query_one("#scale-how")
        assert "Je hebt nog niets gekozen" in _texts(app=app) and in_view(how)
        await pilot.press("down", "enter")  # 'Nee', the first
        await pilot.pause()
        assert not scale_screen.query("#scale-how")  # the pick is made: no longer said
        await pilot.press("ctrl+n")
        await pilot.pause()
        for _ in range(5):
            # no option is under the cursor at first: the first Down is the first, 'Nee'
            await pilot.press("down", "enter", "ctrl+n")  # 'Nee' to every statement
            await pilot.pause()
        # The outcome waits for the counsellor's choice.
        assert not app.screen.query("#scale-outcome")
        assert "van 6" not in _texts(app=app)
        await pilot.press("enter")  # 'Uitkomst tonen' has focus
        await pilot.pause()
        shown = _texts(app=app)
        assert "3 van 6" in shown  # the three positive statements count with 'nee'
        assert "Matig eenzaam" not in shown  # the band only on a second choice
        await pilot.press("enter")  # 'Groep volgens de bron tonen'
        await pilot.pause()
        shown = _texts(app=app)
        assert "Matig eenzaam" in shown
        assert "De Jong Gierveld" in shown
        assert "geen diagnose" in shown
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)


async def test_a_persons_own_check_never_shows_a_score_or_band(content: Content) -> None:
    bands = {
        b.label.get(lang)
        for scale in content.scales
        for b in [*scale.bands, *(b for sub in scale.subscales for b in sub.bands)]
        for lang in ("nl", "en")
    }
    app = NetwerkcheckApp(content, lang="nl", save=False)
    seen: list[str] = []
    async with app.run_test(size=SIZE) as pilot:
        seen.append(_texts(app=app))
        await pilot.press("enter")
        await pilot.pause()
        for _ in range(80):
            await _close_help(pilot, app)
            seen.append(_texts(app=app))
            screen = app.screen
            if isinstance(screen, ResultsScreen):
                break
            if isinstance(screen, OverviewScreen):  # the answers overview, before the results
                await pilot.press("ctrl+n")
                await pilot.pause()
                continue
            assert isinstance(screen, QuestionScreen) and screen.session.question is not None
            await answer_current(pilot, screen.session.question)
        assert isinstance(app.screen, ResultsScreen)
        await pilot.press("f8", "f5", "f4", "f9", "f6")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        seen.append(_texts(app=app))
        for hidden in ("#scale", "#handout", "#counsellor-tools", ".talk-about"):
            assert not app.screen.query(hidden)
        for label in ("counsellor.key_scale", "counsellor.key_handout", "counsellor.lock"):
            assert t(label) not in _footer(app)
    everything = "\n".join(seen)
    for band in bands:
        assert band not in everything
    assert t("counsellor.key_scale") not in everything
    # no score ("3 van 11"); the topic count ("Onderwerp 3 van 11") is not a score
    unscored = re.sub(r"Onderwerp \d+ van \d+", "", everything)
    assert "van 6" not in unscored and "van 11" not in unscored


def _handout_record(content: Content) -> object:
    from netwerkcheck.engine.network import Network, Person
    from netwerkcheck.store import new_record
    from netwerkcheck.store.record import PlanItem

    people = tuple(
        Person(name=name, relation="friend", circle="inner")
        for name in ("Anna", "Bram", "Cees", "Dirk", "Eva")
    )
    record = new_record(content.version, "nl", client="Merel")
    record = record.with_answers(
        {"leeftijd": "30_49", "netwerk": Network(people=people)}, current=None, finished=True
    )
    record.talk_about = ["leeftijd"]  # the counsellor's mark
    record.own_marks = ["netwerk"]  # the client's own mark, on the network question
    record.plan = [PlanItem(suggestion="buurthuis", step="dinsdag even binnenlopen")]
    record.notes = {"over_jou": "mijn notitie", "session": "over het gesprek"}
    return record


def test_handout_holds_only_what_the_client_said_and_chose(content: Content) -> None:
    from netwerkcheck.store import CheckRecord
    from netwerkcheck.tui.counsellor.handout_data import handout_text

    record = _handout_record(content)
    assert isinstance(record, CheckRecord)
    chosen = content.suggestion("buurthuis").title.get("nl").strip()
    assert content.help is not None
    contacts = {c.name for c in content.help.contacts.values()}  # help, not ideas
    others = [
        title
        for s in content.suggestions
        if s.id != "buurthuis" and (title := s.title.get("nl").strip()) not in contacts
    ]
    for fmt in ("html", "md"):
        text = handout_text(fmt, record, content, "nl")
        # notes and the counsellor's marks: absent by default
        assert "mijn notitie" not in text and "over het gesprek" not in text
        assert t("handout.talk_about") not in text and "Hoe oud ben je?" not in text
        # only the chosen idea, with the client's own step
        assert chosen in text and "dinsdag even binnenlopen" in text
        assert not [title for title in others if title in text]
        # the marked network question shows the people
        assert t("plan.talk_title") in text and "Anna" in text and "Eva" in text  # as in the export
        assert t("counsellor.no_answer") not in text
        assert "Merel" in text  # the pseudonym, and the date
        assert t("handout.space") in text
        for scale in content.scales:
            for band in scale.bands:
                assert band.label.get("nl") not in text
        ticked = handout_text(
            fmt,
            record,
            content,
            "nl",
            include_notes=True,
            include_talk_about=True,
            next_meeting="12 januari, 10 uur",
        )
        assert "mijn notitie" in ticked and "over het gesprek" in ticked
        assert "Notities bij Over jou" in ticked
        assert t("handout.talk_about") in ticked and "30 tot 50 jaar" in ticked
        assert "12 januari, 10 uur" in ticked
    html = handout_text("html", record, content, "nl")
    assert "counter(page)" in html and "counter(pages)" in html


def test_handout_has_no_help_contact_outside_the_clients_age(content: Content) -> None:
    from netwerkcheck.content.help_models import Contact
    from netwerkcheck.store import CheckRecord
    from netwerkcheck.tui.counsellor.handout_data import handout_text

    assert "ages" in Contact.model_fields  # contacts carry an age range in content
    assert content.help is not None
    record = _handout_record(content)
    assert isinstance(record, CheckRecord)
    q = content.question("leeftijd")
    years = next(o.years for o in q.options if o.value == "30_49")  # type: ignore[union-attr]
    assert years is not None
    for fmt in ("html", "md"):
        text = handout_text(fmt, record, content, "nl")
        for contact in content.help.contacts.values():
            if contact.ages is not None and not contact.ages.overlaps(years):
                assert contact.name not in text, contact.id


def test_a_pseudonym_with_terminal_escapes_is_listed_clean() -> None:
    """#17 case 8: a hand-edited file's pseudonym holds an OSC 52 clipboard write; the
    client list and the picker's row show it without escapes (it was sent raw)."""
    import json

    from netwerkcheck.store import new_record
    from netwerkcheck.store.paths import data_dir

    nasty = "Mer\x1b]52;c;ZXZpbA==\x07el\x9b31m\u202e"
    with CheckStore() as store:
        saved = store.save(new_record("v", "nl", client="Merel"))
    path = data_dir() / "checks" / f"{saved.id}.json"
    raw = json.loads(path.read_text("utf-8"))
    raw["client"] = nasty
    path.write_text(json.dumps(raw), "utf-8")
    with CheckStore() as store:
        clients = list_clients(store)
    assert [c.name for c in clients] == ["Merel"]
    row = ClientPickerScreen._row(clients[0])
    assert "Merel" in row
    for ch in ("\x1b", "\x07", "\x9b", "\u202e"):
        assert ch not in row
    assert "ZXZpbA" not in row
