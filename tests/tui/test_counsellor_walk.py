"""What a counsellor's walk found: letters typed on the picker land in the pseudonym
field, the settings reach Bewaren before the wipe, the session notes show their text on
the results, and a new passphrase says why it is asked. Driven by keys; asserted on
what the screen draws."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from textual import events
from textual.widget import Widget
from textual.widgets import Input

from netwerkcheck.content.loader import Content
from netwerkcheck.i18n import Lang, t
from netwerkcheck.store.vault import vault_exists
from netwerkcheck.tui.app import NetwerkcheckApp
from netwerkcheck.tui.counsellor.lock import PassphraseScreen
from netwerkcheck.tui.counsellor.picker import ClientPickerScreen
from netwerkcheck.tui.counsellor.settings import SettingsScreen
from netwerkcheck.tui.screens.modals import ConfirmScreen
from netwerkcheck.tui.screens.question import QuestionScreen
from tests.tui.helpers import in_view, small_content
from tests.tui.test_counsellor import (  # noqa: F401 (the fixture is used by name)
    _fast_passphrase,
    _new_client,
    _passphrase,
    _to_results,
    _until,
)

SIZES = [(80, 24), (60, 18)]
SIZE_IDS = ["80x24", "60x18"]


def _screen_text(app: NetwerkcheckApp) -> str:
    """The screen on top as it is drawn now, line by line (what the counsellor sees)."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def _words(text: str) -> list[str]:
    """The words of `text`; border and box glyphs (no letter or digit) left out."""
    return [w for w in text.split() if any(c.isalnum() for c in w)]


def _drawn(app: NetwerkcheckApp, text: str) -> bool:
    """Every word of `text`, in order, is drawn on the screen (lines joined)."""
    return " ".join(_words(text)) in " ".join(_words(_screen_text(app)))


def _data() -> Path:
    return Path(os.environ["XDG_DATA_HOME"]) / "netwerkcheck"


# 1. The picker: letters typed while the focus is elsewhere go to the pseudonym field.


async def test_a_pseudonym_typed_on_the_picker_lands_in_its_field_and_enter_uses_it() -> None:
    app = NetwerkcheckApp(small_content(), lang="nl", save=True, counsellor=True)
    async with app.run_test(size=SIZES[0]) as pilot:
        await _passphrase(pilot, app)
        assert app.focused is not None and app.focused.id == "nosave"  # the first-use default
        await pilot.press(*"Mer")
        field = app.screen.query_one("#pseudonym", Input)
        assert app.focused is field and field.value == "Mer"
        await pilot.press("shift+tab")  # away from the field, then typing goes on at its end
        assert app.focused is not field
        await pilot.press(*"el")
        assert app.focused is field and field.value == "Merel"
        assert in_view(field) and "Merel" in _screen_text(app)
        await pilot.press("enter")
        await _until(pilot, lambda: isinstance(app.screen, QuestionScreen))
        assert app.client == "Merel" and app.saving


async def test_enter_with_nothing_typed_still_starts_without_saving_and_space_does_not() -> None:
    """The original protection: the default button is 'Zonder opslaan', so a stray Enter
    writes nothing; a space (no pseudonym starts with one) presses nothing and moves
    nothing."""
    app = NetwerkcheckApp(small_content(), lang="nl", save=True, counsellor=True)
    async with app.run_test(size=SIZES[0]) as pilot:
        await _passphrase(pilot, app)
        await pilot.press("space")
        assert isinstance(app.screen, ClientPickerScreen)
        assert app.focused is not None and app.focused.id == "nosave"
        assert app.screen.query_one("#pseudonym", Input).value == ""
        await pilot.press("enter")
        await _until(pilot, lambda: isinstance(app.screen, QuestionScreen))
        assert app.client is None and not app.saving
    assert not _data().exists()


async def test_typing_on_the_client_list_goes_to_the_pseudonym_field() -> None:
    app = NetwerkcheckApp(small_content(), lang="nl", save=True, counsellor=True)
    async with app.run_test(size=SIZES[0]) as pilot:
        await _passphrase(pilot, app)
        await _new_client(pilot, app, "Merel")
        await pilot.press("f6")
        await _until(pilot, lambda: isinstance(app.screen, ClientPickerScreen))
        await pilot.pause()
        app.screen.query_one("#clients").focus()
        await pilot.pause()
        await pilot.press(*"Lij")
        field = app.screen.query_one("#pseudonym", Input)
        assert app.focused is field and field.value == "Lij"
        # A paste while the list has the focus goes there too (its first line).
        clients = app.screen.query_one("#clients")
        clients.focus()
        await pilot.pause()
        clients.post_message(events.Paste("ster\nen meer"))
        await pilot.pause()
        assert app.focused is field and field.value == "Lijster"


# 2. The settings: Tab reaches the fields, then Bewaren, and only then the wipe.


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_settings_tab_reaches_save_before_the_wipe(lang: Lang, size: tuple[int, int]) -> None:
    app = NetwerkcheckApp(small_content(), lang=lang, save=True, counsellor=True)
    async with app.run_test(size=size) as pilot:
        await _passphrase(pilot, app)
        await _new_client(pilot, app, "Merel")  # the wipe is there once something is saved
        await pilot.press("f6")
        await _until(pilot, lambda: isinstance(app.screen, ClientPickerScreen))
        await pilot.press("f7")
        await _until(pilot, lambda: isinstance(app.screen, SettingsScreen))
        await pilot.pause()
        order: list[str] = []
        for _ in range(8):
            focused = app.focused
            assert focused is not None
            if focused.id in order:
                break
            order.append(str(focused.id))
            assert in_view(focused), (focused.id, focused.region)
            if focused.id == "settings-forget":
                # Scrolled to: the wipe's words and its hint are whole on screen.
                assert _drawn(app, t("counsellor.settings_forget", lang)), _screen_text(app)
                assert _drawn(app, t("counsellor.settings_forget_hint", lang)), _screen_text(app)
            await pilot.press("tab")
            await pilot.pause()
        assert order[:2] == ["settings-scales", "settings-idle"], order
        assert "settings-save" in order and "settings-forget" in order, order
        assert order.index("settings-save") < order.index("settings-forget"), order
        assert order.index("settings-cancel") < order.index("settings-forget"), order
        # Still reached by keys, and still asks first: Escape keeps everything.
        while app.focused is None or app.focused.id != "settings-forget":
            await pilot.press("tab")
        await pilot.press("enter")
        await _until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("escape")
        await _until(pilot, lambda: isinstance(app.screen, SettingsScreen))
        assert vault_exists(_data())
        if (lang, size) != ("nl", SIZES[1]):
            return
        # Yes (reached by Tab from the safe 'no') wipes it all.
        forget = app.focused
        assert forget is not None and forget.id == "settings-forget"
        # Textual ignores a button's second press while its press effect shows (0.2 s
        # after the first): the first Enter was 0.2 s ago, and under load this Enter
        # was dropped and the test waited for a dialog that never came (a CI flake).
        await _until(pilot, lambda: not forget.has_class("-active"))
        await pilot.press("enter")
        await _until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("tab", "enter")
        await _until(pilot, lambda: not vault_exists(_data()))


# 3. The results show each session note's text under its heading.


def _scroll_to(widget: Widget) -> None:
    widget.scroll_visible(animate=False, immediate=True)


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
async def test_session_notes_show_their_text_on_the_results(
    content: Content, size: tuple[int, int]
) -> None:
    app = NetwerkcheckApp(small_content(), lang="nl", save=False, counsellor=True)
    async with app.run_test(size=size) as pilot:
        await _passphrase(pilot, app)
        await pilot.press("enter")  # without saving
        await _until(pilot, lambda: isinstance(app.screen, QuestionScreen))
        await pilot.press("f4")
        await pilot.pause()
        await pilot.press(*"over het wonen", "enter", *"tweede regel [b]vet[/b]", "ctrl+s")
        await pilot.pause()
        # A stored note with terminal escapes (as a file could hold) is shown clean.
        app.autosave.record.notes["over_jou"] += "\x1b[31m rood\x1b]52;c;aGk=\x07 \u202eeind"
        await _to_results(pilot, app)
        await pilot.press("f4")
        await pilot.pause()
        await pilot.press(*"over de sessie", "ctrl+s")
        await pilot.pause()
        notes = list(app.screen.query(".session-note"))
        assert len(notes) == 2
        for note, heading, text in zip(
            notes,
            (t("counsellor.notes_theme", theme="Over jou"), t("counsellor.notes_session")),
            ("over het wonen tweede regel [b]vet[/b] rood eind", "over de sessie"),
            strict=True,
        ):
            _scroll_to(note)
            await pilot.pause()
            assert in_view(note), note.region
            assert _drawn(app, f"{heading} {text}"), _screen_text(app)
        screen = _screen_text(app)
        assert "\x1b" not in screen and "\u202e" not in screen and "aGk=" not in screen


# 4. A new passphrase says why it is asked.


def _asks_passphrase(app: NetwerkcheckApp) -> Callable[[], bool]:
    return lambda: isinstance(app.screen, PassphraseScreen)


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_after_a_session_without_saving_the_new_passphrase_says_why(
    lang: Lang,
) -> None:
    first = NetwerkcheckApp(small_content(), lang=lang, save=True, counsellor=True)
    async with first.run_test(size=SIZES[0]) as pilot:
        await _passphrase(pilot, first)
        await pilot.press("enter")  # without saving
        await _until(pilot, lambda: isinstance(first.screen, QuestionScreen))
        await pilot.press("down", "enter", "ctrl+n")
        await pilot.pause()
    # Nothing was kept, not even the passphrase: so the next start sets a new one.
    assert not _data().exists()
    for size in SIZES:
        app = NetwerkcheckApp(small_content(), lang=lang, save=True, counsellor=True)
        async with app.run_test(size=size) as pilot:
            await _until(pilot, _asks_passphrase(app))
            await pilot.pause()
            assert isinstance(app.screen, PassphraseScreen) and app.screen.mode == "create"
            # The why, and the field to type in, are in sight at once.
            for part in ("#create-intro", "#passphrase"):
                widget = app.screen.query_one(part)
                assert in_view(widget), (part, widget.region)
            assert app.focused is app.screen.query_one("#passphrase")
            intro = t("vault.create_intro", lang, min=8)
            assert _drawn(app, intro), _screen_text(app)
            said = "zonder opslaan" if lang == "nl" else "without saving"
            assert said in intro


# The same clipping as the notes had: the scale's outcome sat in a Vertical (1fr), so
# its source (the citation its terms ask for) and the last line were cut off and could
# not be scrolled to.


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
async def test_the_scale_outcome_can_be_read_to_its_last_line(
    content: Content, size: tuple[int, int]
) -> None:
    from netwerkcheck.store.vault import CounsellorSettings
    from netwerkcheck.tui.counsellor.scale import ScaleScreen

    small = small_content()
    small.scales = content.scales
    app = NetwerkcheckApp(small, lang="nl", save=False, counsellor=True)
    async with app.run_test(size=size) as pilot:
        await _passphrase(pilot, app)
        app.settings = CounsellorSettings(scales_enabled=True)
        await pilot.press("enter")  # without saving
        await _until(pilot, lambda: isinstance(app.screen, QuestionScreen))
        await _to_results(pilot, app)
        await pilot.press("f8")
        await _until(pilot, lambda: isinstance(app.screen, ScaleScreen))
        screen = app.screen
        assert isinstance(screen, ScaleScreen)
        await pilot.press("enter")  # the first scale
        await pilot.pause()
        assert screen.scale is not None
        for _ in screen.scale.items:
            await pilot.press("down", "enter", "ctrl+n")
        await _until(pilot, lambda: screen.done)
        await pilot.press("enter")  # 'Uitkomst tonen'
        await _until(pilot, lambda: bool(screen.query("#scale-citation")))
        citation = screen.scale.citation.get("nl")
        last = t("counsellor.scale_not_for_client")
        await pilot.press("end")  # the body scrolls to its end
        await pilot.pause()
        assert _drawn(app, citation), _screen_text(app)
        assert _drawn(app, last), _screen_text(app)
