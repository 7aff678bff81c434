"""Proof that a translator can add a language alone: a pseudo-locale made in the test (a
catalog folder and a content copy, no Python edit) runs a whole check in the app and in
plain mode, and no screen shows a string that did not come from it."""

from __future__ import annotations

import html
import io
import re
from pathlib import Path

import pytest

from netwerkcheck import i18n
from netwerkcheck.content import models as m
from netwerkcheck.content.help_models import load_help
from netwerkcheck.content.loader import load_content
from tests.pseudo.locale import LANG, leftovers, make_content, make_locale, pseudo

ROOT = Path(__file__).resolve().parents[2]
SMALL = ROOT / "tests" / "fixtures" / "content_small"
PLAIN_FIXTURE = ROOT / "tests" / "plain" / "fixture_content"

# Key caps are what the keyboard says ('N' in Ctrl+N, 'F1'): not words to translate.
KEY_CAP = re.compile(r"^(?:.*\+)?(?:[A-Z0-9]|F\d{1,2})$")
# Web addresses of help contacts are data (filled into a {url} placeholder), not words.
ADDRESS = re.compile(r"^(?:https?://)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:/\S*)?$")


@pytest.fixture
def pseudo_locale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = make_locale(tmp_path / "locale")
    monkeypatch.setenv(i18n.ENV_LOCALE_DIR, str(root))
    return root


def _svg_text(svg: str) -> str:
    lines = re.findall(r"<text[^>]*>(.*?)</text>", svg, flags=re.S)
    return "\n".join(html.unescape(re.sub(r"<[^>]+>", "", line)) for line in lines)


def _untranslated(text: str) -> list[str]:
    # The language switch names the next language in its own words ('Nederlands').
    names = tuple(i18n.lang_name(code) for code in i18n.available_langs() if code != LANG)
    out = []
    for word in leftovers(text, names):
        bare = word.strip("[]()⟦⟧,.:;")
        if not (KEY_CAP.match(bare) or ADDRESS.match(bare)):
            out.append(word)
    return out


def test_pseudo_transform_keeps_placeholders() -> None:
    assert pseudo("Onderwerp {n} van {total}") == "⟦Öñðëŕŵëŕþ {n} ṽåñ {total}⟧"
    assert pseudo("Typ een nummer: ") == "⟦Ŧÿþ ëëñ ñüɱɱëŕ:⟧ "


def test_languages_offered_are_the_catalogs_present(pseudo_locale: Path) -> None:
    """--lang choices and the welcome switch follow the catalog folders, nothing else."""
    assert i18n.available_langs() == ("nl", "en", LANG)
    from netwerkcheck.cli import build_parser

    parser = build_parser("nl")
    lang_action = next(a for a in parser._actions if a.dest == "lang")
    assert tuple(lang_action.choices or ()) == i18n.available_langs()
    assert "nl (standaard), en of xx" in parser.format_help()
    assert [i18n.next_lang(code) for code in ("nl", "en", LANG)] == ["en", LANG, "nl"]


@pytest.mark.parametrize("fixture", [SMALL, PLAIN_FIXTURE], ids=["small", "with_network"])
async def test_whole_check_in_the_app_shows_only_pseudo_strings(
    pseudo_locale: Path, tmp_path: Path, fixture: Path
) -> None:
    from netwerkcheck.tui.app import NetwerkcheckApp
    from netwerkcheck.tui.screens.overview import OverviewScreen
    from netwerkcheck.tui.screens.question import QuestionScreen
    from netwerkcheck.tui.screens.results import ResultsScreen

    content = load_content(make_content(fixture, tmp_path / "content"), LANG)
    app = NetwerkcheckApp(content, lang=LANG, save=False)
    seen: dict[str, list[str]] = {}
    async with app.run_test(size=(100, 40)) as pilot:

        async def look(where: str) -> None:
            await pilot.pause()
            text = _svg_text(app.export_screenshot())
            assert "⟦" in text, where
            found = _untranslated(text)
            if found:
                seen[where] = found

        await look("welcome")
        await pilot.press("enter")
        for step in range(40):
            screen = app.screen
            await look(f"{step}:{type(screen).__name__}")
            if isinstance(screen, ResultsScreen):
                break
            if isinstance(screen, OverviewScreen):
                await pilot.press("ctrl+n")
                continue
            assert isinstance(screen, QuestionScreen)
            question = screen.session.question
            assert question is not None
            # a fresh list has no option under the cursor: the first Down is the first
            if isinstance(question, m.SingleQuestion | m.ScaleQuestion):
                await pilot.press("down", "down", "enter")
            elif isinstance(question, m.MultiQuestion):
                await pilot.press("down", "space", "enter")
            elif isinstance(question, m.TextQuestion):
                await pilot.press("1", "2", "3")
            await pilot.press("ctrl+n")
        assert isinstance(app.screen, ResultsScreen)
        await pilot.press("f1")
        await look("help")
    assert not seen, seen


def test_whole_check_in_plain_mode_shows_only_pseudo_strings(
    pseudo_locale: Path, tmp_path: Path
) -> None:
    from netwerkcheck.plain import run_plain

    folder = make_content(PLAIN_FIXTURE, tmp_path / "content")
    content = load_content(folder, LANG)
    help_content, problems = load_help(folder, {q.id: q for q in content.questions}, LANG)
    assert help_content is not None, problems
    lines = ["2", "1", "3", "1", "3", "1", "1, 4", "1", "", "2", "1", "123"]
    stdout = io.StringIO()
    stdin = io.StringIO("\n".join(lines) + "\n")
    code = run_plain(content, help_content, LANG, False, stdin, stdout)
    out = stdout.getvalue()
    assert code == 0
    assert pseudo(content.questions[-1].text.get("nl")) in out  # it went all the way
    assert i18n.t("results.title", LANG) in out
    found = _untranslated(out)
    assert not found, found[:40]


async def test_welcome_language_switch_goes_through_the_catalogs_present(
    pseudo_locale: Path,
) -> None:
    from textual.widgets import Button

    from netwerkcheck.tui.app import NetwerkcheckApp
    from tests.tui.helpers import small_content

    app = NetwerkcheckApp(small_content(), lang="nl", save=False)
    shown: list[tuple[str, str]] = []
    async with app.run_test(size=(100, 40)) as pilot:
        for _ in range(len(i18n.available_langs())):
            label = str(app.screen.query_one("#language", Button).label)
            shown.append((i18n.get_lang(), label))
            await pilot.click("#language")
            await pilot.pause()
        assert i18n.get_lang() == "nl"
    assert shown == [
        ("nl", "English"),
        ("en", pseudo("Nederlands")),
        (LANG, "Nederlands"),
    ]
