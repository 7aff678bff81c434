"""The app and plain mode say the same things in the same words (issue #12): the same
check's results carry the same headings, suggestion titles and person labels."""

from __future__ import annotations

import io

import pytest
from textual.widgets import Static

from netwerkcheck.engine.network import relation_label
from netwerkcheck.i18n import Lang
from netwerkcheck.plain import run_plain
from netwerkcheck.tui.app import NetwerkcheckApp
from netwerkcheck.tui.screens.overview import OverviewScreen
from netwerkcheck.tui.screens.results import ResultsScreen
from tests.plain.fixtures import fixture_content
from tests.tui.test_answers import FULL, PEOPLE, start_at


def plain_results(lang: Lang) -> list[str]:
    content, help_content = fixture_content()
    out = io.StringIO()
    run_plain(
        content,
        help_content,
        lang,
        False,
        io.StringIO("\n"),  # Enter on the last question keeps its answer: the results
        out,
        answers=FULL,
        current="wat_mis_je",
    )
    return [line.strip() for line in out.getvalue().splitlines()]


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_results_use_the_same_labels_in_the_app_and_plain_mode(lang: Lang) -> None:
    content = fixture_content()[0]
    app = NetwerkcheckApp(content, lang=lang, save=False)
    async with app.run_test(size=(100, 40)) as pilot:
        await start_at(pilot, app, "wat_mis_je")
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, OverviewScreen)
        await pilot.press("ctrl+n")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ResultsScreen)
        headings = [str(w.render()) for w in screen.query(".kind-title").results(Static)]
        titles = [str(w.render()) for w in screen.query(".suggestion-title").results(Static)]
        page_title = str(screen.query_one("#results-title", Static).render())
    lines = plain_results(lang)
    assert headings and titles
    for words in [page_title, *headings]:
        assert words in lines, words  # each heading is a line of its own in plain mode
    for title in titles:
        assert f"- {title}" in lines, title
    # the people: the relation words of the app's person dialog (not "buren" against "Buur")
    for person in PEOPLE.people:
        line = next(x for x in lines if x.startswith(f"- {person.name}:"))
        assert relation_label(person.relation, lang) in line
    forbidden = {"nl": ["Een kleine stap", "buren", "Suggesties"], "en": ["A small step"]}
    assert not [w for w in forbidden[lang] if any(w in x for x in lines)]
