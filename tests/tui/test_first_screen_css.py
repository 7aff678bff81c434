"""The first screens are styled by first.tcss alone: Textual parses only that file
before the first paint, and app.tcss (every other screen's looks) right after it.

So no rule of app.tcss may match anything on a first screen (else the first paint
would look different from the screen a moment later), and any other screen gets
app.tcss before it is shown, however quickly it is opened.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.css.match import match
from textual.css.parse import parse_selectors
from textual.dom import DOMNode

from netwerkcheck.store import CheckStore, new_record, paths
from netwerkcheck.tui.app import NetwerkcheckApp
from netwerkcheck.tui.counsellor.lock import PassphraseScreen
from netwerkcheck.tui.screens.help import HelpScreen
from netwerkcheck.tui.screens.welcome import WelcomeScreen
from tests.tui.helpers import small_content


def _selectors(css_file: Path) -> list[str]:
    text = re.sub(r"/\*.*?\*/", "", css_file.read_text(encoding="utf-8"), flags=re.S)
    found = [s.strip() for head in re.findall(r"([^{}]+)\{", text) for s in head.split(",")]
    assert len(found) > 50  # the file was read
    return found


def _matching(screen: DOMNode, selectors: list[str]) -> list[str]:
    """Selectors of `selectors` that match the screen or anything on it (Textual's own
    matching, the one the stylesheet uses)."""
    nodes = list(screen.walk_children(with_self=True))
    return [s for s in selectors if any(match(parse_selectors(s), node) for node in nodes)]


def _saved_checks(folder: Path) -> None:
    with CheckStore(folder) as store:
        store.save(new_record("1").model_copy(update={"finished": True}))
        store.save(new_record("1").with_answers({"woonsituatie": "alleen"}, current="bezigheden"))


@pytest.mark.parametrize("case", ["empty", "resume", "no-save", "too-small", "english"])
async def test_no_rule_of_app_tcss_styles_the_welcome_screen(tmp_path: Path, case: str) -> None:
    if case == "resume":
        _saved_checks(tmp_path)
    app = NetwerkcheckApp(
        small_content(),
        lang="en" if case == "english" else "nl",
        save=case != "no-save",
        data_dir=tmp_path,
    )
    size = (50, 12) if case == "too-small" else (80, 24)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        if case == "resume":
            assert app.screen.query("#resume") and app.screen.query("#history")
        assert not _matching(app.screen, _selectors(NetwerkcheckApp.FULL_CSS))
        # and the first screen's own rules do apply (the file is the one read first)
        assert app.screen.query("#welcome-nav") or case == "too-small"


@pytest.mark.parametrize("vault", [False, True])
async def test_no_rule_of_app_tcss_styles_the_passphrase_screen(
    tmp_path: Path, vault: bool
) -> None:
    if vault:
        header = paths.vault_header(tmp_path)
        header.parent.mkdir(parents=True, exist_ok=True)
        header.write_bytes(b"")
    app = NetwerkcheckApp(small_content(), lang="nl", save=True, data_dir=tmp_path, counsellor=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PassphraseScreen)
        assert app.screen.mode == ("open" if vault else "create")
        assert not _matching(app.screen, _selectors(NetwerkcheckApp.FULL_CSS))


async def test_another_screen_has_the_full_looks_however_quickly_it_opens(tmp_path: Path) -> None:
    """F1 pressed as the first key: the help dialog is styled by app.tcss (its width)."""
    app = NetwerkcheckApp(small_content(), lang="nl", save=False, data_dir=tmp_path)
    full = str(NetwerkcheckApp.FULL_CSS.resolve())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert app.stylesheet.has_source(full)
        dialog = app.screen.query_one(".help-dialog")
        assert dialog.region.width == 76  # .help-dialog { width: 76 } in app.tcss


async def test_after_the_first_paint_the_full_looks_are_read(tmp_path: Path) -> None:
    app = NetwerkcheckApp(small_content(), lang="nl", save=False, data_dir=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert app.stylesheet.has_source(str(NetwerkcheckApp.FULL_CSS.resolve()))
        assert isinstance(app.screen, WelcomeScreen)
