"""Counsellor mode, driven by keys only: clients kept apart, the lock screen, private
notes (kept with the session, out of the handout unless chosen), 'to talk about'
marks, the conversation aid, and that a person's own check never shows a score."""

from __future__ import annotations

import os
from pathlib import Path

from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Button, Checkbox, OptionList, Static

from netwerkcheck.cli import build_parser
from netwerkcheck.content.loader import Content
from netwerkcheck.i18n import t
from netwerkcheck.store import CheckStore
from netwerkcheck.store.clients import list_clients
from netwerkcheck.tui.app import NetwerkcheckApp
from netwerkcheck.tui.counsellor.handout_dialog import HandoutScreen
from netwerkcheck.tui.counsellor.lock import LockScreen
from netwerkcheck.tui.counsellor.notes import NotesScreen
from netwerkcheck.tui.counsellor.picker import ClientPickerScreen
from netwerkcheck.tui.counsellor.scale import ScaleScreen
from netwerkcheck.tui.screens.help import HelpScreen
from netwerkcheck.tui.screens.question import QuestionScreen
from netwerkcheck.tui.screens.results import ResultsScreen
from tests.tui.helpers import answer_current, small_content

SIZE = (80, 24)


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
        assert isinstance(app.screen, ClientPickerScreen)
        # Saving is off (--no-save): only 'without saving', and it has focus.
        assert app.focused is not None and app.focused.id == "nosave"
        assert not app.screen.query("#pseudonym")


async def test_without_saving_is_the_default_on_first_use(content: Content) -> None:
    app = NetwerkcheckApp(content, lang="nl", save=True, counsellor=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ClientPickerScreen)
        assert app.focused is not None and app.focused.id == "nosave"
        assert t("counsellor.pseudonym_hint") in _texts(app=app)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        await pilot.press("down", "enter", "ctrl+n")
        await pilot.pause()
        assert not app.saving and app.client is None
    assert not (Path(os.environ["XDG_DATA_HOME"]) / "netwerkcheck").exists()


async def test_client_switching_keeps_each_clients_checks_apart(content: Content) -> None:
    app = NetwerkcheckApp(content, lang="nl", save=True, counsellor=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await _new_client(pilot, app, "Merel")
        await pilot.press("down", "enter", "ctrl+n")  # leeftijd: 18 tot 30
        await pilot.pause()
        await _close_help(pilot, app)
        await pilot.press("f6")  # other client
        await pilot.pause()
        assert isinstance(app.screen, ClientPickerScreen)
        assert "Merel" in _texts(app=app)
        await _new_client(pilot, app, "Vink")
        await pilot.press("down", "down", "down", "enter", "ctrl+n")  # leeftijd: 50 tot 65
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
        await pilot.press("down", "enter")
        await pilot.pause()
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
        await pilot.pause()
        for name in ("Merel", "Vink"):
            await _new_client(pilot, app, name)
            await pilot.press("down", "enter", "ctrl+n")
            await pilot.pause()
            await _close_help(pilot, app)
            await pilot.press("f6")
            await pilot.pause()
        # Merel is second in the list.
        await pilot.press("down", "ctrl+e")
        await pilot.pause()
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
    with CheckStore() as store:
        assert all(r.client != "Merel" for r in store.list())


async def test_lock_screen_hides_the_answers_and_unlocks(content: Content) -> None:
    app = NetwerkcheckApp(content, lang="nl", save=False, counsellor=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")  # without saving
        await pilot.pause()
        await pilot.press("down", "enter")  # '18 tot 30 jaar'
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
        await pilot.press("f9")
        await pilot.pause()
        assert app.screen is question
        assert question.session.answers["leeftijd"] == "18_29"
        # The button unlocks too.
        await pilot.press("f9")
        await pilot.pause()
        assert isinstance(app.screen, LockScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is question


async def test_prompts_and_marks_show_only_in_counsellor_mode(content: Content) -> None:
    prompt = content.themes[0].prompts[0].get("nl")
    app = NetwerkcheckApp(content, lang="nl", save=False, counsellor=True)
    async with app.run_test(size=SIZE) as pilot:
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
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("down", "enter", "ctrl+t")  # mark 'Met wie woon je?'
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
        await pilot.pause()
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
        await _tab_to(pilot, app, "include-notes")
        await pilot.press("enter")
        await _tab_to(pilot, app, "handout-path")
        await pilot.press("ctrl+a", "ctrl+k", *"~/n.md", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)

    html = plain.read_text(encoding="utf-8")
    assert "<html" in html and "Met wie woon je?" in html
    assert "geheime notitie" not in html and "sessienotitie" not in html
    assert os.stat(plain).st_mode & 0o777 == 0o600
    md = with_notes.read_text(encoding="utf-8")
    assert "geheime notitie" in md and "sessienotitie" in md
    assert "Lijster" not in html  # the pseudonym is the counsellor's, not on the handout


async def test_scale_is_a_conversation_aid_in_counsellor_mode(content: Content) -> None:
    app = NetwerkcheckApp(_small(content), lang="nl", save=False, counsellor=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await _to_results(pilot, app)
        await pilot.press("f8")
        await pilot.pause()
        assert isinstance(app.screen, ScaleScreen)
        await pilot.press("tab", "enter")  # the second: DJG-6
        await pilot.pause()
        for _ in range(6):
            await pilot.press("enter", "ctrl+n")  # 'Nee' to every statement
            await pilot.pause()
        shown = _texts(app=app)
        assert "3 van 6" in shown  # the three positive statements count with 'nee'
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
    assert "van 6" not in everything and "van 11" not in everything


def test_handout_leaves_notes_and_scores_out_by_default(content: Content) -> None:
    from netwerkcheck.store import new_record
    from netwerkcheck.tui.counsellor.handout_data import handout_text

    record = new_record(content.version, "nl", client="Merel")
    record = record.with_answers({"leeftijd": "18_29"}, current=None, finished=True)
    record.talk_about = ["leeftijd"]
    record.notes = {"over_jou": "mijn notitie", "session": "over het gesprek"}
    for fmt in ("html", "md"):
        text = handout_text(fmt, record, content, "nl")
        assert "Hoe oud ben je?" in text and "18 tot 30 jaar" in text
        assert "mijn notitie" not in text and "over het gesprek" not in text
        assert "Merel" not in text
        for scale in content.scales:
            for band in scale.bands:
                assert band.label.get("nl") not in text
        chosen = handout_text(fmt, record, content, "nl", include_notes=True)
        assert "mijn notitie" in chosen and "over het gesprek" in chosen
        assert "Notities bij Over jou" in chosen


async def test_a_pseudonym_with_terminal_escapes_is_shown_clean(content: Content) -> None:
    """#17 case 8: a hand-edited file's pseudonym holds an OSC 52 clipboard write; the
    picker's row, the delete question and the export title show it without escapes."""
    import json

    from netwerkcheck.store import new_record
    from netwerkcheck.store.paths import data_dir

    nasty = "Mer\x1b]52;c;ZXZpbA==\x07el\x9b31m\u202e"
    with CheckStore() as store:
        saved = store.save(new_record(content.version, "nl", client="Merel"))
    path = data_dir() / "checks" / f"{saved.id}.json"
    raw = json.loads(path.read_text("utf-8"))
    raw["client"] = nasty
    path.write_text(json.dumps(raw), "utf-8")
    app = NetwerkcheckApp(content, lang="nl", save=True, counsellor=True)
    seen: list[str] = []
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ClientPickerScreen)
        seen.append(_texts(app=app))
        await _tab_to(pilot, app, "clients")
        await pilot.press("ctrl+e")
        await pilot.pause()
        seen.append(_texts(app=app))
        await pilot.press("escape")
        await pilot.pause()
        await _tab_to(pilot, app, "clients")
        await pilot.press("ctrl+d")
        await pilot.pause()
        seen.append(_texts(app=app))
    assert len(seen) == 3 and all("Merel" in s for s in seen), seen
    for text in seen:
        for ch in ("\x1b", "\x07", "\x9b", "\u202e"):
            assert ch not in text
        assert "ZXZpbA" not in text
